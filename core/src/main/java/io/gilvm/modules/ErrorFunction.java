package io.gilvm.modules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The error function and its complement for {@code math.erf} and {@code math.erfc}, correctly
 * rounded: each is computed in 60-digit decimal arithmetic, then rounded once to the nearest double
 * (CPython's C library results agree with the correctly rounded value).
 *
 * <p>erf(x) for |x| < 6 is 2/sqrt(pi) * exp(-x*x) * (x + 2x^3/3 + 4x^5/15 + ...), a series of
 * positive terms; erfc(x) for x >= 6 is exp(-x*x)/sqrt(pi) times the continued fraction 1/(x +
 * (1/2)/(x + 1/(x + (3/2)/(x + ...)))), evaluated from a fixed depth.
 */
final class ErrorFunction {
  private ErrorFunction() {}

  private static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
  private static final BigDecimal PI =
      new BigDecimal(
          "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899863");
  private static final BigDecimal SQRT_PI = PI.sqrt(MC);
  private static final BigDecimal TWO_OVER_SQRT_PI = BigDecimal.valueOf(2).divide(SQRT_PI, MC);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal EPS = new BigDecimal("1e-62");

  static double erf(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (x == 0.0) {
      return x;
    }
    double ax = Math.abs(x);
    if (ax >= 6.0) {
      // 1 - erf(6) is 2e-17, under half an ulp of 1.0.
      return Math.copySign(1.0, x);
    }
    return Math.copySign(erfSeries(new BigDecimal(ax)).doubleValue(), x);
  }

  static double erfc(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 0.0;
    }
    if (x == Double.NEGATIVE_INFINITY) {
      return 2.0;
    }
    if (x == 0.0) {
      return 1.0;
    }
    if (x < 0) {
      if (x <= -6.0) {
        return 2.0;
      }
      return BigDecimal.ONE.add(erfSeries(new BigDecimal(-x)), MC).doubleValue();
    }
    if (x < 6.0) {
      return BigDecimal.ONE.subtract(erfSeries(new BigDecimal(x)), MC).doubleValue();
    }
    if (x > 30.0) {
      // erfc(27.3) is already below half the smallest subnormal.
      return 0.0;
    }
    return erfcFraction(new BigDecimal(x)).doubleValue();
  }

  /** erf(x) for 0 < x < 6. */
  private static BigDecimal erfSeries(BigDecimal x) {
    BigDecimal x2 = x.multiply(x, MC);
    BigDecimal twoX2 = x2.multiply(TWO, MC);
    BigDecimal term = x;
    BigDecimal sum = x;
    for (int n = 1; n < 2000; n++) {
      term = term.multiply(twoX2, MC).divide(BigDecimal.valueOf(2L * n + 1), MC);
      sum = sum.add(term, MC);
      if (term.compareTo(sum.multiply(EPS, MC)) < 0) {
        break;
      }
    }
    return TWO_OVER_SQRT_PI.multiply(expNeg(x2), MC).multiply(sum, MC);
  }

  /** erfc(x) for 6 <= x <= 30. */
  private static BigDecimal erfcFraction(BigDecimal x) {
    // Depth 400 leaves an error far below 60 digits from x = 6 on.
    BigDecimal t = x;
    for (int k = 400; k >= 1; k--) {
      t = x.add(BigDecimal.valueOf(k).divide(TWO.multiply(t, MC), MC), MC);
    }
    BigDecimal x2 = x.multiply(x, MC);
    return expNeg(x2).divide(SQRT_PI.multiply(t, MC), MC);
  }

  /** exp(-y) for 0 <= y <= 900. */
  private static BigDecimal expNeg(BigDecimal y) {
    // exp(y) = exp(y / 2**k) ** (2**k) with y / 2**k below 1/4; the series converges fast there.
    int k = 0;
    BigDecimal r = y;
    while (r.compareTo(new BigDecimal("0.25")) > 0) {
      r = r.divide(TWO, MC);
      k++;
    }
    MathContext wide = new MathContext(MC.getPrecision() + 2 * k + 10, RoundingMode.HALF_EVEN);
    BigDecimal term = BigDecimal.ONE;
    BigDecimal sum = BigDecimal.ONE;
    for (int n = 1; n < 200; n++) {
      term = term.multiply(r, wide).divide(BigDecimal.valueOf(n), wide);
      sum = sum.add(term, wide);
      if (term.compareTo(EPS.movePointLeft(k)) < 0) {
        break;
      }
    }
    for (int i = 0; i < k; i++) {
      sum = sum.multiply(sum, wide);
    }
    return BigDecimal.ONE.divide(sum, MC);
  }
}
