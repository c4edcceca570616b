package io.gilvm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lehmer's gcd against BigInteger's own, on numbers built to share large factors. */
class IntGcdTest {
  private static BigInteger random(Random rnd, int maxBits) {
    return new BigInteger(1 + rnd.nextInt(maxBits), rnd);
  }

  @Test
  void agreesWithBigIntegerOnRandomNumbersWithCommonFactors() {
    Random rnd = new Random(15);
    for (int i = 0; i < 3000; i++) {
      BigInteger common = random(rnd, 900);
      BigInteger b = common.multiply(random(rnd, 3000));
      BigInteger a =
          common
              .multiply(random(rnd, 3000))
              .multiply(BigInteger.valueOf(rnd.nextBoolean() ? 1 : -1));
      assertEquals(a.gcd(b), IntGcd.gcd(a, b), () -> a + " " + b);
      assertEquals(a.gcd(b), IntGcd.gcd(b, a));
    }
  }

  @Test
  void edgeCases() {
    BigInteger big = BigInteger.TWO.pow(4000).subtract(BigInteger.ONE);
    assertEquals(big, IntGcd.gcd(big, BigInteger.ZERO));
    assertEquals(big, IntGcd.gcd(BigInteger.ZERO, big.negate()));
    assertEquals(big, IntGcd.gcd(big, big));
    // Fibonacci neighbours: every quotient is 1, the longest run of Euclid's steps.
    BigInteger f0 = BigInteger.ONE;
    BigInteger f1 = BigInteger.ONE;
    for (int i = 0; i < 3000; i++) {
      BigInteger t = f0.add(f1);
      f0 = f1;
      f1 = t;
    }
    assertEquals(BigInteger.ONE, IntGcd.gcd(f1, f0));
    BigInteger k = BigInteger.TEN.pow(300).add(BigInteger.valueOf(7));
    assertEquals(k, IntGcd.gcd(f1.multiply(k), f0.multiply(k)));
    // Powers of two and numbers of very different sizes.
    assertEquals(
        BigInteger.TWO.pow(700), IntGcd.gcd(BigInteger.TWO.pow(700), BigInteger.TWO.pow(3000)));
    BigInteger p = BigInteger.TWO.pow(521).subtract(BigInteger.ONE);
    assertEquals(BigInteger.ONE, IntGcd.gcd(p, BigInteger.TWO.pow(2000).add(BigInteger.ONE)));
    assertEquals(6L, IntGcd.gcd(-12, 18));
    assertEquals(0L, IntGcd.gcd(0, 0));
  }
}
