package io.gilvm.object;

import java.math.BigInteger;

/**
 * A ratio of integers rounded to the nearest double, ties to even: an int's true division, as
 * CPython's {@code long_true_divide} answers it.
 */
final class CorrectRounding {
  private CorrectRounding() {}

  /**
   * {@code num / den * 2**exp2} rounded to the nearest double, ties to even; {@code num} and {@code
   * den} positive. Infinity when it is too large, zero when below half the smallest subnormal.
   */
  static double ratio(BigInteger num, BigInteger den, long exp2) {
    // A quotient of 55 or 56 bits: 53 to keep, a rounding bit, and more; the remainder says
    // whether anything lies beyond them.
    long shift = (long) den.bitLength() - num.bitLength() + 55;
    BigInteger n = num;
    BigInteger d = den;
    if (shift > 0) {
      n = n.shiftLeft((int) shift);
    } else if (shift < 0) {
      d = d.shiftLeft((int) -shift);
    }
    BigInteger[] qr = n.divideAndRemainder(d);
    long q = qr[0].longValue();
    boolean sticky = qr[1].signum() != 0;
    long e = exp2 - shift;
    int bits = 64 - Long.numberOfLeadingZeros(q);
    // The exponent of the last bit kept: 53 bits for a normal double, fewer for a subnormal.
    long lsb = Math.max(e + bits - 53, -1074);
    long drop = lsb - e;
    if (drop > bits) {
      return 0.0;
    }
    long m = q >>> drop;
    long rest = q & ((1L << drop) - 1);
    long half = 1L << (drop - 1);
    if (rest > half || (rest == half && (sticky || (m & 1) == 1))) {
      m++;
    }
    return Math.scalb((double) m, (int) Math.min(lsb, 2000));
  }

  /** {@code a / b} for ints, {@code b} not zero, correctly rounded; infinite if too large. */
  static double divide(BigInteger a, BigInteger b) {
    boolean negative = (a.signum() < 0) != (b.signum() < 0);
    double r = a.signum() == 0 ? 0.0 : ratio(a.abs(), b.abs(), 0);
    return negative ? -r : r;
  }
}
