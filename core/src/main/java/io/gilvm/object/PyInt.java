package io.gilvm.object;

import java.math.BigInteger;

/**
 * {@code int}: a long while the value fits, a BigInteger beyond. Mutable only so that a freed int
 * can be reused from a free list, as CPython reuses freed memory.
 */
public class PyInt extends PyObject {
  /** The value when {@link #big} is null. */
  public long value;

  /** The value when it does not fit in a long; null otherwise. */
  public BigInteger big;

  private static final int SMALL_MIN = -5;
  private static final int SMALL_MAX = 256;
  private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new PyInt(i + SMALL_MIN).immortalize();
    }
  }

  public PyInt(long value) {
    this.value = value;
  }

  public PyInt(BigInteger big) {
    this.big = big;
  }

  /** The int {@code v}: the immortal cached object for -5..256, a new one otherwise. */
  public static PyInt of(long v) {
    if (v >= SMALL_MIN && v <= SMALL_MAX) {
      return SMALL[(int) v - SMALL_MIN];
    }
    return new PyInt(v);
  }

  /** Whether {@code v} has a cached immortal object. */
  public static boolean isSmall(long v) {
    return v >= SMALL_MIN && v <= SMALL_MAX;
  }

  public static PyInt small(long v) {
    return SMALL[(int) v - SMALL_MIN];
  }

  /** The int {@code v}, normalised to the long form when it fits. */
  public static PyInt of(BigInteger v) {
    if (v.bitLength() < 64) {
      return of(v.longValue());
    }
    return new PyInt(v);
  }

  @Override
  public PyType type() {
    return PyType.INT;
  }

  /** Whether the value does not fit in a long. */
  public final boolean isBig() {
    return big != null;
  }

  /** The value as a long; only when {@link #isBig()} is false. */
  public final long longValue() {
    return value;
  }

  public final BigInteger bigValue() {
    return big != null ? big : BigInteger.valueOf(value);
  }

  /** The value as a Java long, or OverflowError. */
  public final long asLong() {
    if (big != null) {
      throw PyException.overflowError("Python int too large to convert to C long");
    }
    return value;
  }

  /** An index into a sequence, or CPython's IndexError for one past a machine word. */
  public final long indexValue() {
    if (big != null) {
      throw PyException.indexError("cannot fit 'int' into an index-sized integer");
    }
    return value;
  }

  /** The value as a Java int for sizes and indexes, or IndexError/OverflowError as CPython. */
  public final int asIndex() {
    if (big != null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
      throw PyException.indexError("cannot fit 'int' into an index-sized integer");
    }
    return (int) value;
  }

  public final double asDouble() {
    if (big != null) {
      double d = big.doubleValue();
      if (Double.isInfinite(d)) {
        throw PyException.overflowError("int too large to convert to float");
      }
      return d;
    }
    return value;
  }

  @Override
  public String repr() {
    if (big == null) {
      return Long.toString(value);
    }
    return IntText.decimal(big);
  }

  @Override
  public boolean isTrue() {
    return big != null || value != 0;
  }

  /** CPython's int hash: the value modulo the Mersenne prime 2**61 - 1, with -1 taken as -2. */
  @Override
  public long hash() {
    long h;
    if (big == null && value > -HASH_MODULUS && value < HASH_MODULUS) {
      h = value;
    } else {
      BigInteger b = bigValue();
      h = b.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
      if (b.signum() < 0) {
        h = -h;
      }
    }
    return h == -1 ? -2 : h;
  }

  static final long HASH_MODULUS = (1L << 61) - 1;

  @Override
  public boolean eq(PyObject other) {
    if (other instanceof PyInt o) {
      return big == null && o.big == null ? value == o.value : bigValue().equals(o.bigValue());
    }
    return super.eq(other);
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    int c;
    if (other instanceof PyInt o) {
      c =
          big == null && o.big == null
              ? Long.compare(value, o.value)
              : bigValue().compareTo(o.bigValue());
    } else if (other instanceof PyFloat f) {
      if (Double.isNaN(f.value)) {
        return PyBool.of(op == Ops.NE);
      }
      c = -PyFloat.compareWithInt(f.value, this);
    } else {
      return null;
    }
    return PyBool.of(Ops.compareResult(c, op));
  }

  @Override
  public PyObject unaryOp(int op) {
    switch (op) {
      case Ops.NEG:
        if (big == null && value != Long.MIN_VALUE) {
          return of(-value);
        }
        return of(bigValue().negate());
      case Ops.POS:
        return type() == PyType.INT ? this : (big == null ? of(value) : of(big));
      case Ops.INVERT:
        return big == null ? of(~value) : of(big.not());
      default:
        return null;
    }
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    if (!(other instanceof PyInt o)) {
      return null;
    }
    if (big == null && o.big == null) {
      return longOp(op, value, o.value);
    }
    return bigOp(op, bigValue(), o.bigValue());
  }

  @Override
  public PyObject reflectedBinaryOp(int op, PyObject other) {
    if (!(other instanceof PyInt o)) {
      return null;
    }
    return o.binaryOp(op, this);
  }

  /** {@code divmod(a, b)} of two ints with one division; b is not zero. */
  public static PyTuple divmod(PyInt a, PyInt b) {
    if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
      if (b.value == 0) {
        throw PyException.zeroDivision("integer division or modulo by zero");
      }
      long q = Math.floorDiv(a.value, b.value);
      return PyTuple.of(of(q), of(a.value - q * b.value));
    }
    BigInteger bb = b.bigValue();
    if (bb.signum() == 0) {
      throw PyException.zeroDivision("integer division or modulo by zero");
    }
    BigInteger[] qr = a.bigValue().divideAndRemainder(bb);
    if (qr[1].signum() != 0 && qr[1].signum() != bb.signum()) {
      qr[0] = qr[0].subtract(BigInteger.ONE);
      qr[1] = qr[1].add(bb);
    }
    return PyTuple.of(of(qr[0]), of(qr[1]));
  }

  /** {@code pow(base, exp, mod)} of three ints; mod is not zero. */
  public static PyInt powMod(PyInt base, PyInt exp, PyInt mod) {
    if (mod.big == null && base.big == null && exp.big == null && exp.value >= 0) {
      long m = Math.abs(mod.value);
      if (m > 0 && m <= Integer.MAX_VALUE) {
        // Every product of two residues fits a long: square and multiply on words.
        long r = 1 % m;
        long b = Math.floorMod(base.value, m);
        for (long e = exp.value; e != 0; e >>>= 1) {
          if ((e & 1) != 0) {
            r = r * b % m;
          }
          b = b * b % m;
        }
        return of(mod.value < 0 && r != 0 ? r + mod.value : r);
      }
    }
    BigInteger bm = mod.bigValue();
    BigInteger am = bm.abs();
    BigInteger be = exp.bigValue();
    BigInteger bb = base.bigValue();
    if (be.signum() < 0 && !am.equals(BigInteger.ONE) && !bb.gcd(am).equals(BigInteger.ONE)) {
      throw PyException.valueError("base is not invertible for the given modulus");
    }
    BigInteger r = bb.modPow(be, am);
    if (bm.signum() < 0 && r.signum() != 0) {
      r = r.add(bm);
    }
    return of(r);
  }

  /** The arithmetic of two longs, overflowing into BigInteger. */
  static PyObject longOp(int op, long a, long b) {
    switch (op) {
      case Ops.ADD:
        {
          long r = a + b;
          if (((a ^ r) & (b ^ r)) < 0) {
            return of(BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
          }
          return of(r);
        }
      case Ops.SUB:
        {
          long r = a - b;
          if (((a ^ b) & (a ^ r)) < 0) {
            return of(BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)));
          }
          return of(r);
        }
      case Ops.MUL:
        {
          long hi = Math.multiplyHigh(a, b);
          long lo = a * b;
          if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return of(lo);
          }
          return of(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)));
        }
      case Ops.FLOORDIV:
        if (b == 0) {
          throw PyException.zeroDivision("integer division or modulo by zero");
        }
        if (a == Long.MIN_VALUE && b == -1) {
          return of(BigInteger.valueOf(a).negate());
        }
        return of(Math.floorDiv(a, b));
      case Ops.MOD:
        if (b == 0) {
          throw PyException.zeroDivision("integer modulo by zero");
        }
        return of(Math.floorMod(a, b));
      case Ops.TRUEDIV:
        return trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b), a, b);
      case Ops.POW:
        return pow(BigInteger.valueOf(a), b);
      case Ops.LSHIFT:
        if (b < 0) {
          throw PyException.valueError("negative shift count");
        }
        if (a == 0) {
          return of(0);
        }
        if (b < 63 && Long.numberOfLeadingZeros(Math.abs(a)) > b + 1 && a != Long.MIN_VALUE) {
          return of(a << b);
        }
        return of(BigInteger.valueOf(a).shiftLeft(shiftCount(b)));
      case Ops.RSHIFT:
        if (b < 0) {
          throw PyException.valueError("negative shift count");
        }
        return of(b >= 64 ? (a < 0 ? -1 : 0) : a >> b);
      case Ops.AND:
        return of(a & b);
      case Ops.OR:
        return of(a | b);
      case Ops.XOR:
        return of(a ^ b);
      default:
        return null;
    }
  }

  private static int shiftCount(long b) {
    if (b > Integer.MAX_VALUE) {
      throw PyException.overflowError("too many digits in integer");
    }
    return (int) b;
  }

  static PyObject bigOp(int op, BigInteger a, BigInteger b) {
    switch (op) {
      case Ops.ADD:
        return of(a.add(b));
      case Ops.SUB:
        return of(a.subtract(b));
      case Ops.MUL:
        return of(a.multiply(b));
      case Ops.FLOORDIV:
        if (b.signum() == 0) {
          throw PyException.zeroDivision("integer division or modulo by zero");
        }
        return of(floorDiv(a, b));
      case Ops.MOD:
        if (b.signum() == 0) {
          throw PyException.zeroDivision("integer modulo by zero");
        }
        return of(floorMod(a, b));
      case Ops.TRUEDIV:
        return trueDivide(a, b, 0, 0);
      case Ops.POW:
        if (b.bitLength() >= 63) {
          if (b.signum() < 0) {
            return PyFloat.of(Math.pow(a.doubleValue(), b.doubleValue()));
          }
          throw PyException.overflowError("exponent too large");
        }
        return pow(a, b.longValue());
      case Ops.LSHIFT:
        if (b.signum() < 0) {
          throw PyException.valueError("negative shift count");
        }
        if (a.signum() == 0) {
          return of(0);
        }
        if (b.bitLength() > 31) {
          throw PyException.overflowError("too many digits in integer");
        }
        return of(a.shiftLeft(b.intValue()));
      case Ops.RSHIFT:
        if (b.signum() < 0) {
          throw PyException.valueError("negative shift count");
        }
        if (b.bitLength() > 31) {
          return of(a.signum() < 0 ? -1 : 0);
        }
        return of(a.shiftRight(b.intValue()));
      case Ops.AND:
        return of(a.and(b));
      case Ops.OR:
        return of(a.or(b));
      case Ops.XOR:
        return of(a.xor(b));
      default:
        return null;
    }
  }

  static BigInteger floorDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
      return qr[0].subtract(BigInteger.ONE);
    }
    return qr[0];
  }

  static BigInteger floorMod(BigInteger a, BigInteger b) {
    BigInteger r = a.mod(b.abs());
    if (b.signum() < 0 && r.signum() != 0) {
      r = r.add(b);
    }
    return r;
  }

  private static final long EXACT = 1L << 53;

  private static PyObject trueDivide(BigInteger a, BigInteger b, long la, long lb) {
    if (b.signum() == 0) {
      throw PyException.zeroDivision("division by zero");
    }
    if (a.bitLength() < 63 && b.bitLength() < 63) {
      long x = a.longValue();
      long y = b.longValue();
      if (Math.abs(x) <= EXACT && Math.abs(y) <= EXACT) {
        return PyFloat.of((double) x / (double) y);
      }
    }
    // Correctly rounded, as CPython's long_true_divide is.
    double d = CorrectRounding.divide(a, b);
    if (Double.isInfinite(d)) {
      throw PyException.overflowError("integer division result too large for a float");
    }
    return PyFloat.of(d);
  }

  private static PyObject pow(BigInteger base, long exp) {
    if (exp < 0) {
      if (base.signum() == 0) {
        throw PyException.zeroDivision("0.0 cannot be raised to a negative power");
      }
      return PyFloat.of(Math.pow(base.doubleValue(), (double) exp));
    }
    if (exp > Integer.MAX_VALUE) {
      if (base.abs().equals(BigInteger.ONE) || base.signum() == 0) {
        return of(
            base.signum() == 0
                ? BigInteger.ZERO
                : (base.signum() < 0 && (exp & 1) == 1 ? base : BigInteger.ONE));
      }
      throw PyException.overflowError("exponent too large");
    }
    if (base.bitLength() < 32 && exp < 64) {
      long b = base.longValue();
      long r = 1;
      boolean ok = true;
      for (long i = 0; i < exp; i++) {
        long hi = Math.multiplyHigh(r, b);
        long lo = r * b;
        if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
          ok = false;
          break;
        }
        r = lo;
      }
      if (ok) {
        return of(r);
      }
    }
    return of(base.pow((int) exp));
  }
}
