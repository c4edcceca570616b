package io.gilvm.object;

import java.math.BigInteger;

/**
 * Greatest common divisors of ints. {@link BigInteger#gcd} finishes with a binary algorithm that
 * takes a bit per step, several times slower than CPython on numbers of a few hundred digits; this
 * one is Lehmer's: the leading 60 bits of both numbers predict up to 30 bits' worth of Euclid's
 * quotients, which are then applied to the whole numbers in one pass over their 30-bit limbs, with
 * single-word cofactors.
 */
public final class IntGcd {
  private static final int BITS = 30;
  private static final long MASK = (1L << BITS) - 1;

  /** Cofactors and quotients stay below this, so a limb times a cofactor fits in 60 bits. */
  private static final long BOUND = 1L << BITS;

  /** Below this many bits both numbers go to BigInteger's own algorithm. */
  private static final int LEHMER_MIN_BITS = 192;

  private IntGcd() {}

  /** gcd(a, b) of two longs whose magnitudes fit in a long. */
  public static long gcd(long a, long b) {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b != 0) {
      long r = a % b;
      a = b;
      b = r;
    }
    return a;
  }

  /** gcd(a, b), non-negative. */
  public static BigInteger gcd(BigInteger a, BigInteger b) {
    a = a.abs();
    b = b.abs();
    if (a.compareTo(b) < 0) {
      BigInteger t = a;
      a = b;
      b = t;
    }
    if (b.signum() == 0) {
      return a;
    }
    if (b.bitLength() < 63) {
      // One division of the big number by the word, then Euclid on longs.
      long lb = b.longValue();
      long la = a.bitLength() < 63 ? a.longValue() : a.mod(b).longValue();
      return BigInteger.valueOf(gcd(la, lb));
    }
    if (b.bitLength() < LEHMER_MIN_BITS) {
      return a.gcd(b);
    }
    if (a.bitLength() - b.bitLength() > BITS) {
      // One exact division first: the leading bits cannot predict a quotient that large.
      BigInteger r = a.mod(b);
      a = b;
      b = r;
      if (b.signum() == 0 || b.bitLength() < LEHMER_MIN_BITS) {
        return a.gcd(b);
      }
    }
    int[] x = limbs(a);
    int[] y = limbs(b);
    int xn = used(x, x.length);
    int yn = used(y, y.length);
    int[] nx = new int[x.length];
    int[] ny = new int[x.length];
    while (yn > 2) {
      int shift = bitLength(x, xn) - 60;
      long xh = top(x, xn, shift);
      long yh = top(y, yn, shift);
      long ca = 1;
      long cb = 0;
      long cc = 0;
      long cd = 1;
      while (true) {
        long yc = yh + cc;
        long yd = yh + cd;
        if (yc == 0 || yd == 0) {
          break;
        }
        long q = (xh + ca) / yc;
        if (q != (xh + cb) / yd || q >= BOUND) {
          break;
        }
        long t = ca - q * cc;
        long u = cb - q * cd;
        if (Math.abs(t) >= BOUND || Math.abs(u) >= BOUND) {
          break;
        }
        ca = cc;
        cb = cd;
        cc = t;
        cd = u;
        long r = xh - q * yh;
        xh = yh;
        yh = r;
      }
      if (cb == 0) {
        // No quotient could be predicted: one exact Euclid step.
        BigInteger bx = toBig(x, xn);
        BigInteger by = toBig(y, yn);
        BigInteger r = bx.mod(by);
        x = limbs(by);
        xn = used(x, x.length);
        y = limbs(r);
        yn = used(y, y.length);
        if (nx.length < x.length) {
          nx = new int[x.length];
          ny = new int[x.length];
        }
        continue;
      }
      combine(x, xn, y, yn, ca, cb, nx);
      combine(x, xn, y, yn, cc, cd, ny);
      int[] t = x;
      x = nx;
      nx = t;
      t = y;
      y = ny;
      ny = t;
      xn = used(x, xn);
      yn = used(y, xn);
    }
    return toBig(x, xn).gcd(toBig(y, yn));
  }

  /** out = p * x + q * y, which is known to be non-negative and no longer than x. */
  private static void combine(int[] x, int xn, int[] y, int yn, long p, long q, int[] out) {
    long carry = 0;
    for (int i = 0; i < xn; i++) {
      long v = carry + p * x[i] + (i < yn ? q * y[i] : 0);
      out[i] = (int) (v & MASK);
      carry = v >> BITS;
    }
    for (int i = xn; i < out.length; i++) {
      out[i] = 0;
    }
  }

  /** The number of limbs of m below n that are in use (no leading zero limb). */
  private static int used(int[] m, int n) {
    while (n > 0 && m[n - 1] == 0) {
      n--;
    }
    return n;
  }

  private static int bitLength(int[] m, int n) {
    return (n - 1) * BITS + (32 - Integer.numberOfLeadingZeros(m[n - 1]));
  }

  /** (m >> shift), which has at most 60 bits; shift >= 0. */
  private static long top(int[] m, int n, int shift) {
    int limb = shift / BITS;
    int off = shift % BITS;
    if (limb >= n) {
      return 0;
    }
    long v = (long) m[limb] >>> off;
    if (limb + 1 < n) {
      v |= (long) m[limb + 1] << (BITS - off);
    }
    if (limb + 2 < n) {
      v |= (long) m[limb + 2] << (2 * BITS - off);
    }
    return v;
  }

  private static int[] limbs(BigInteger v) {
    int n = (v.bitLength() + BITS - 1) / BITS;
    int[] m = new int[Math.max(n, 1)];
    byte[] bytes = v.toByteArray(); // big-endian, non-negative
    long acc = 0;
    int have = 0;
    int k = 0;
    for (int i = bytes.length - 1; i >= 0 && k < m.length; i--) {
      acc |= (long) (bytes[i] & 0xff) << have;
      have += 8;
      if (have >= BITS) {
        m[k++] = (int) (acc & MASK);
        acc >>>= BITS;
        have -= BITS;
      }
    }
    if (k < m.length) {
      m[k] = (int) acc;
    }
    return m;
  }

  private static BigInteger toBig(int[] m, int n) {
    byte[] bytes = new byte[(n * BITS + 7) / 8 + 1];
    long acc = 0;
    int have = 0;
    int k = bytes.length - 1;
    for (int i = 0; i < n; i++) {
      acc |= (long) m[i] << have;
      have += BITS;
      while (have >= 8) {
        bytes[k--] = (byte) acc;
        acc >>>= 8;
        have -= 8;
      }
    }
    while (k >= 0) {
      bytes[k--] = (byte) acc;
      acc >>>= 8;
    }
    return new BigInteger(1, bytes);
  }
}
