package io.gilvm.object;

import io.gilvm.lang.IntDigitsLimit;
import java.math.BigInteger;

/**
 * Decimal text of big ints, both ways, in time below quadratic for long numbers.
 *
 * <p>JDK 17's {@link BigInteger#BigInteger(String)} multiplies the whole number so far by 10^9 for
 * each group of nine digits (quadratic), and its {@link BigInteger#toString()} pays for
 * intermediate strings and a general division on short numbers. Here a long number is split in
 * halves at a power of ten (10^(9 * 2^j)), the halves converted recursively and joined by one
 * multiplication (parsing) or one division (printing), which BigInteger does with Toom-Cook and
 * Burnikel-Ziegler; short numbers go nine digits at a time on machine words.
 */
public final class IntText {
  private IntText() {}

  /** Digits in a machine-word chunk: 10^9 < 2^30, so a remainder and a 32-bit word fit a long. */
  private static final int CHUNK = 9;

  private static final long CHUNK_BASE = 1_000_000_000L;

  /** Below this many bits a number is printed by repeated division of its words by 10^9. */
  private static final int SMALL_BITS = 1536;

  /** Up to this many digits text is parsed by BigInteger's own constructor. */
  private static final int SMALL_DIGITS = 1200;

  /** {@code str(v)} for an int, with CPython's ValueError beyond the digit limit. */
  public static String decimal(BigInteger v) {
    if (v.bitLength() > 2100) {
      int limit = IntDigitsLimit.current.getAsInt();
      // log10(2) > 0.30102: surely more than limit digits, without converting.
      if (limit > 0 && (long) (v.bitLength() - 1) * 30102 / 100000 >= limit) {
        throw PyException.valueError(IntDigitsLimit.toStrMessage(limit));
      }
      String s = toDecimal(v);
      if (limit > 0 && s.length() - (v.signum() < 0 ? 1 : 0) > limit) {
        throw PyException.valueError(IntDigitsLimit.toStrMessage(limit));
      }
      return s;
    }
    return toDecimal(v);
  }

  /** The decimal text of {@code v}, without any limit. */
  public static String toDecimal(BigInteger v) {
    if (v.bitLength() < 63) {
      return Long.toString(v.longValue());
    }
    StringBuilder sb = new StringBuilder((int) (v.bitLength() * 0.30103) + 2);
    if (v.signum() < 0) {
      sb.append('-');
      v = v.negate();
    }
    if (v.bitLength() < SMALL_BITS) {
      writeSmall(sb, v, 0);
    } else {
      int top = levelFor(v.bitLength());
      writeBig(sb, v, 0, powers(top), top);
    }
    return sb.toString();
  }

  /** The level j whose power 10^(9 * 2^j) has about half of {@code bits} bits. */
  private static int levelFor(int bits) {
    int j = 0;
    // 10^(9 * 2^j) has about 29.9 * 2^j bits.
    while ((long) 30 << (j + 1) < bits) {
      j++;
    }
    return j;
  }

  /** 10^(9 * 2^j) for j = 0..top. */
  private static BigInteger[] powers(int top) {
    BigInteger[] p = new BigInteger[top + 1];
    p[0] = BigInteger.valueOf(CHUNK_BASE);
    for (int j = 1; j <= top; j++) {
      p[j] = p[j - 1].multiply(p[j - 1]);
    }
    return p;
  }

  /**
   * Appends v (non-negative) padded with zeros to {@code pad} digits (0: no padding), splitting at
   * 10^(9 * 2^j) for j from {@code level} down.
   */
  private static void writeBig(
      StringBuilder sb, BigInteger v, int pad, BigInteger[] pow, int level) {
    if (v.bitLength() < SMALL_BITS || level < 0) {
      writeSmall(sb, v, pad);
      return;
    }
    while (level >= 0 && pow[level].compareTo(v) > 0) {
      // v is below this power: its high half would be zero.
      if (pad > 0) {
        int lowDigits = CHUNK << level;
        appendZeros(sb, pad - lowDigits);
        pad = lowDigits;
      }
      level--;
    }
    if (level < 0) {
      writeSmall(sb, v, pad);
      return;
    }
    BigInteger[] qr = v.divideAndRemainder(pow[level]);
    int lowDigits = CHUNK << level;
    writeBig(sb, qr[0], pad > 0 ? pad - lowDigits : 0, pow, level - 1);
    writeBig(sb, qr[1], lowDigits, pow, level - 1);
  }

  private static void appendZeros(StringBuilder sb, int n) {
    for (int i = 0; i < n; i++) {
      sb.append('0');
    }
  }

  /** Appends v (non-negative) padded to {@code pad} digits by dividing its words by 10^9. */
  private static void writeSmall(StringBuilder sb, BigInteger v, int pad) {
    int[] words = words(v);
    int n = words.length;
    while (n > 0 && words[n - 1] == 0) {
      n--;
    }
    // Nine-digit chunks, least significant first.
    int[] chunks = new int[(v.bitLength() / 29) + 2];
    int k = 0;
    while (n > 0) {
      long rem = 0;
      for (int i = n - 1; i >= 0; i--) {
        long cur = (rem << 32) | (words[i] & 0xffffffffL);
        long q = cur / CHUNK_BASE;
        words[i] = (int) q;
        rem = cur - q * CHUNK_BASE;
      }
      chunks[k++] = (int) rem;
      while (n > 0 && words[n - 1] == 0) {
        n--;
      }
    }
    if (k == 0) {
      appendZeros(sb, Math.max(pad, 1));
      return;
    }
    int digits = (k - 1) * CHUNK + Integer.toString(chunks[k - 1]).length();
    if (pad > digits) {
      appendZeros(sb, pad - digits);
    }
    sb.append(chunks[k - 1]);
    char[] buf = new char[CHUNK];
    for (int i = k - 2; i >= 0; i--) {
      int c = chunks[i];
      for (int d = CHUNK - 1; d >= 0; d--) {
        buf[d] = (char) ('0' + c % 10);
        c /= 10;
      }
      sb.append(buf);
    }
  }

  /** The 32-bit words of a non-negative v, least significant first. */
  private static int[] words(BigInteger v) {
    byte[] b = v.toByteArray(); // big-endian, with a sign byte
    int n = (b.length + 3) / 4;
    int[] w = new int[n];
    for (int i = 0; i < b.length; i++) {
      int fromEnd = b.length - 1 - i;
      w[fromEnd >> 2] |= (b[i] & 0xff) << ((fromEnd & 3) << 3);
    }
    return w;
  }

  /** The value of a string of ASCII decimal digits (no sign, no underscores), not empty. */
  public static BigInteger parseDecimal(String digits) {
    int n = digits.length();
    if (n <= SMALL_DIGITS) {
      return new BigInteger(digits);
    }
    int top = 0;
    while ((CHUNK << (top + 1)) < n) {
      top++;
    }
    return parse(digits, 0, n, powers(top), top);
  }

  /** digits[lo, hi) split at 10^(9 * 2^j) for j from {@code level} down. */
  private static BigInteger parse(String digits, int lo, int hi, BigInteger[] pow, int level) {
    int n = hi - lo;
    if (n <= SMALL_DIGITS) {
      return new BigInteger(digits.substring(lo, hi));
    }
    while ((CHUNK << level) >= n) {
      level--;
    }
    int lowDigits = CHUNK << level;
    BigInteger high = parse(digits, lo, hi - lowDigits, pow, level - 1);
    BigInteger low = parse(digits, hi - lowDigits, hi, pow, level - 1);
    return high.multiply(pow[level]).add(low);
  }
}
