package io.gilvm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Decimal text by halves against BigInteger's own conversions, at sizes around every split. */
class IntTextTest {
  @Test
  void agreesWithBigIntegerOnRandomNumbers() {
    Random rnd = new Random(15);
    for (int i = 0; i < 400; i++) {
      int bits = 1 + rnd.nextInt(i < 300 ? 6000 : 60000);
      BigInteger random = new BigInteger(bits, rnd);
      BigInteger v = rnd.nextBoolean() ? random.negate() : random;
      String s = v.toString();
      assertEquals(s, IntText.toDecimal(v), () -> "bits " + v.bitLength());
      String digits = v.abs().toString();
      assertEquals(v.abs(), IntText.parseDecimal(digits), () -> "digits " + digits.length());
    }
  }

  @Test
  void runsOfZerosAndNinesAcrossTheSplits() {
    for (int n : new int[] {9, 18, 1199, 1200, 1201, 2304, 4608, 4609, 9216, 20000}) {
      BigInteger p = BigInteger.TEN.pow(n);
      BigInteger[] values = {
        p, p.subtract(BigInteger.ONE), p.add(BigInteger.ONE), p.multiply(p).add(p), p.shiftLeft(3)
      };
      for (BigInteger v : values) {
        assertEquals(v.toString(), IntText.toDecimal(v), () -> "10^" + n);
        assertEquals(v, IntText.parseDecimal(v.toString()), () -> "10^" + n);
      }
    }
    assertEquals("0", IntText.toDecimal(BigInteger.ZERO));
    assertEquals(BigInteger.ZERO, IntText.parseDecimal("0".repeat(5000)));
    assertEquals(BigInteger.ONE, IntText.parseDecimal("0".repeat(5000) + "1"));
  }
}
