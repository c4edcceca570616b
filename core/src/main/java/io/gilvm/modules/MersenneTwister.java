package io.gilvm.modules;

import java.math.BigInteger;

/**
 * MT19937, the generator behind CPython's {@code random}, from Matsumoto and Nishimura's published
 * algorithm, seeded the way CPython seeds it ({@code init_by_array} over an int's 32-bit words) so
 * that a seeded program draws the same numbers as under CPython.
 *
 * <p>Concurrency: every method that reads or advances the state is synchronized, so threads sharing
 * the module's generator without a global interpreter lock cannot corrupt it; under a global lock
 * the monitor is uncontended.
 */
final class MersenneTwister {
  static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER_MASK = 0x80000000;
  private static final int LOWER_MASK = 0x7fffffff;

  private final int[] mt = new int[N];
  private int index = N + 1;

  private void initGenrand(int seed) {
    mt[0] = seed;
    for (int i = 1; i < N; i++) {
      mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    }
    index = N;
  }

  /** Seeds from a key of 32-bit words, least significant word first (CPython's int seeding). */
  synchronized void seedByArray(int[] key) {
    initGenrand(19650218);
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    // The most significant bit set assures a non-zero state.
    mt[0] = 0x80000000;
    index = N;
  }

  /** Seeds from a non-negative integer of any size, as CPython's {@code random.seed(n)}. */
  void seed(BigInteger n) {
    int words = Math.max(1, (n.bitLength() + 31) / 32);
    int[] key = new int[words];
    for (int w = 0; w < words; w++) {
      key[w] = n.shiftRight(32 * w).intValue();
    }
    seedByArray(key);
  }

  private void twist() {
    int kk = 0;
    for (; kk < N - M; kk++) {
      int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
    }
    for (; kk < N - 1; kk++) {
      int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
    }
    int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
    index = 0;
  }

  /** The next 32 random bits (as an int; callers read it unsigned). */
  synchronized int next32() {
    if (index >= N) {
      if (index == N + 1) {
        initGenrand(5489);
      }
      twist();
    }
    int y = mt[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }

  /** A float in [0, 1) with 53 random bits: CPython's {@code random()}. */
  synchronized double nextDouble() {
    int a = next32() >>> 5;
    int b = next32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /**
   * {@code getrandbits(k)} for 1 ≤ k ≤ 63: 32-bit words least significant first, the last one
   * keeping only its top bits, as CPython assembles them.
   */
  synchronized long bits(int k) {
    long r = 0;
    for (int shift = 0; k > 0; shift += 32, k -= 32) {
      long w = next32() & 0xFFFFFFFFL;
      if (k < 32) {
        w >>>= 32 - k;
      }
      r |= w << shift;
    }
    return r;
  }

  /** {@code getrandbits(k)} for any k ≥ 0. */
  synchronized BigInteger bigBits(int k) {
    if (k < 64) {
      return k == 0 ? BigInteger.ZERO : BigInteger.valueOf(bits(k));
    }
    int words = (k - 1) / 32 + 1;
    byte[] bigEndian = new byte[words * 4 + 1];
    for (int w = 0; w < words; w++, k -= 32) {
      int v = next32();
      if (k < 32) {
        v >>>= 32 - k;
      }
      int at = bigEndian.length - 4 * (w + 1);
      bigEndian[at] = (byte) (v >>> 24);
      bigEndian[at + 1] = (byte) (v >>> 16);
      bigEndian[at + 2] = (byte) (v >>> 8);
      bigEndian[at + 3] = (byte) v;
    }
    return new BigInteger(bigEndian);
  }

  /**
   * A uniform integer in [0, n) for n ≥ 1: CPython's {@code _randbelow}, which draws {@code
   * n.bit_length()} bits and retries until the value is below n.
   */
  long below(long n) {
    int k = 64 - Long.numberOfLeadingZeros(n);
    long r;
    do {
      r = bits(k);
    } while (r >= n);
    return r;
  }

  BigInteger below(BigInteger n) {
    if (n.bitLength() < 63) {
      return BigInteger.valueOf(below(n.longValue()));
    }
    int k = n.bitLength();
    BigInteger r;
    do {
      r = bigBits(k);
    } while (r.compareTo(n) >= 0);
    return r;
  }

  /** The state as CPython's {@code getstate()} shows it: 624 words and the position. */
  synchronized long[] state() {
    long[] s = new long[N + 1];
    for (int i = 0; i < N; i++) {
      s[i] = mt[i] & 0xFFFFFFFFL;
    }
    s[N] = Math.min(index, N);
    return s;
  }

  synchronized void setState(long[] s) {
    for (int i = 0; i < N; i++) {
      mt[i] = (int) s[i];
    }
    index = (int) s[N];
  }
}
