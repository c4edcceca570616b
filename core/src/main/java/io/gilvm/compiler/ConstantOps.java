package io.gilvm.compiler;

import io.gilvm.lang.Node;
import io.gilvm.lang.Node.BinOpKind;
import io.gilvm.lang.Node.UnaryOpKind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Python arithmetic on constant values for the constant folder, with CPython 3.9's limits: an
 * operation that would raise, or whose result would be too large to be worth storing (ints over 128
 * bits from {@code *}, {@code **} and {@code <<}; strings over 4096 characters; tuples over 256
 * items), answers {@link #FAIL} and the expression is left for run time.
 */
final class ConstantOps {
  private ConstantOps() {}

  /** The answer for "do not fold". */
  static final Object FAIL = new Object();

  private static final int MAX_INT_SIZE = 128;
  private static final int MAX_COLLECTION_SIZE = 256;
  private static final int MAX_STR_SIZE = 4096;
  private static final int MAX_TOTAL_ITEMS = 1024;

  static Object unary(UnaryOpKind op, Object v) {
    if (op == UnaryOpKind.NOT) {
      return !ConstValue.isTrue(v);
    }
    if (ConstValue.isInt(v)) {
      BigInteger b = ConstValue.big(v);
      return switch (op) {
        case USUB -> ConstValue.normalize(b.negate());
        case UADD -> ConstValue.normalize(b);
        case INVERT -> ConstValue.normalize(b.not());
        default -> FAIL;
      };
    }
    if (v instanceof Double d) {
      return switch (op) {
        case USUB -> -d;
        case UADD -> d;
        default -> FAIL;
      };
    }
    if (v instanceof Node.Complex c) {
      return switch (op) {
        case USUB -> new Node.Complex(-c.real(), -c.imag());
        case UADD -> c;
        default -> FAIL;
      };
    }
    return FAIL;
  }

  /** The parts of an int, float or complex constant, or null (ints too large for a float). */
  private static double[] complexParts(Object v) {
    if (v instanceof Node.Complex c) {
      return new double[] {c.real(), c.imag()};
    }
    Double d = isNumber(v) ? toDouble(v) : null;
    return d == null ? null : new double[] {d, 0.0};
  }

  /** {@code a + b}, {@code a - b} and {@code a * b} where either side is complex. */
  private static Object complexOp(BinOpKind op, Object l, Object r) {
    double[] a = complexParts(l);
    double[] b = complexParts(r);
    if (a == null || b == null) {
      return FAIL;
    }
    return switch (op) {
      case ADD -> new Node.Complex(a[0] + b[0], a[1] + b[1]);
      case SUB -> new Node.Complex(a[0] - b[0], a[1] - b[1]);
      case MULT -> new Node.Complex(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
      default -> FAIL;
    };
  }

  static Object binary(BinOpKind op, Object l, Object r) {
    if (l instanceof Node.Complex || r instanceof Node.Complex) {
      return complexOp(op, l, r);
    }
    if (ConstValue.isInt(l) && ConstValue.isInt(r)) {
      if (l instanceof Boolean a && r instanceof Boolean b) {
        switch (op) {
          case BITAND:
            return a & b;
          case BITOR:
            return a | b;
          case BITXOR:
            return a ^ b;
          default:
            break;
        }
      }
      return intOp(op, ConstValue.big(l), ConstValue.big(r));
    }
    if (isNumber(l) && isNumber(r)) {
      Double a = toDouble(l);
      Double b = toDouble(r);
      if (a == null || b == null) {
        return FAIL;
      }
      return floatOp(op, a, b);
    }
    if (op == BinOpKind.ADD) {
      return concat(l, r);
    }
    if (op == BinOpKind.MULT) {
      if (ConstValue.isInt(l)) {
        return repeat(r, ConstValue.big(l));
      }
      if (ConstValue.isInt(r)) {
        return repeat(l, ConstValue.big(r));
      }
    }
    return FAIL;
  }

  /** {@code value[index]} for a constant str, bytes or tuple and an int index. */
  static Object subscript(Object value, Object index) {
    if (!ConstValue.isInt(index)) {
      return FAIL;
    }
    BigInteger i = ConstValue.big(index);
    if (value instanceof String s) {
      if (!bmpOnly(s)) {
        return FAIL;
      }
      int k = index(i, s.length());
      return k < 0 ? FAIL : String.valueOf(s.charAt(k));
    }
    if (value instanceof byte[] b) {
      int k = index(i, b.length);
      return k < 0 ? FAIL : (Object) (long) (b[k] & 0xff);
    }
    if (value instanceof ConstValue.Tuple t) {
      int k = index(i, t.items().size());
      return k < 0 ? FAIL : t.items().get(k);
    }
    return FAIL;
  }

  private static int index(BigInteger i, int length) {
    if (i.bitLength() > 31) {
      return -1;
    }
    int k = i.intValue();
    if (k < 0) {
      k += length;
    }
    return k >= 0 && k < length ? k : -1;
  }

  /** Strings with surrogates index differently in Python and Java: leave them alone. */
  private static boolean bmpOnly(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNumber(Object v) {
    return ConstValue.isInt(v) || v instanceof Double;
  }

  /** An int converted as Python converts it for float arithmetic; null on OverflowError. */
  private static Double toDouble(Object v) {
    if (v instanceof Double d) {
      return d;
    }
    double d = ConstValue.big(v).doubleValue();
    return Double.isInfinite(d) ? null : d;
  }

  private static int bits(BigInteger v) {
    return v.abs().bitLength();
  }

  private static Object intOp(BinOpKind op, BigInteger a, BigInteger b) {
    switch (op) {
      case ADD:
        return ConstValue.normalize(a.add(b));
      case SUB:
        return ConstValue.normalize(a.subtract(b));
      case MULT:
        if (a.signum() != 0 && b.signum() != 0 && bits(a) + bits(b) > MAX_INT_SIZE) {
          return FAIL;
        }
        return ConstValue.normalize(a.multiply(b));
      case DIV:
        return b.signum() == 0 ? FAIL : trueDivide(a, b);
      case FLOORDIV:
        return b.signum() == 0 ? FAIL : ConstValue.normalize(floorDiv(a, b));
      case MOD:
        return b.signum() == 0 ? FAIL : ConstValue.normalize(floorMod(a, b));
      case POW:
        return intPow(a, b);
      case LSHIFT:
        return lshift(a, b);
      case RSHIFT:
        if (b.signum() < 0) {
          return FAIL;
        }
        if (b.bitLength() > 31) {
          return a.signum() < 0 ? -1L : 0L;
        }
        return ConstValue.normalize(a.shiftRight(b.intValue()));
      case BITAND:
        return ConstValue.normalize(a.and(b));
      case BITOR:
        return ConstValue.normalize(a.or(b));
      case BITXOR:
        return ConstValue.normalize(a.xor(b));
      default:
        return FAIL;
    }
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
      return qr[0].subtract(BigInteger.ONE);
    }
    return qr[0];
  }

  private static BigInteger floorMod(BigInteger a, BigInteger b) {
    BigInteger r = a.remainder(b);
    if (r.signum() != 0 && r.signum() != b.signum()) {
      return r.add(b);
    }
    return r;
  }

  private static Object intPow(BigInteger a, BigInteger b) {
    if (b.signum() < 0) {
      if (a.signum() == 0) {
        return FAIL;
      }
      Double x = toDouble(a);
      Double y = toDouble(b);
      return x == null || y == null ? FAIL : floatPow(x, y);
    }
    if (a.signum() == 0) {
      return b.signum() == 0 ? 1L : 0L;
    }
    if (b.signum() > 0) {
      if (b.bitLength() > 63 || bits(a) > MAX_INT_SIZE / b.longValue()) {
        return FAIL;
      }
    }
    return ConstValue.normalize(a.pow(b.intValue()));
  }

  private static Object lshift(BigInteger a, BigInteger b) {
    if (b.signum() < 0) {
      return FAIL;
    }
    if (a.signum() == 0) {
      return 0L;
    }
    if (b.signum() == 0) {
      return ConstValue.normalize(a);
    }
    if (b.bitLength() > 31
        || b.intValue() > MAX_INT_SIZE
        || bits(a) > MAX_INT_SIZE - b.intValue()) {
      return FAIL;
    }
    return ConstValue.normalize(a.shiftLeft(b.intValue()));
  }

  /** int / int, correctly rounded as CPython's long_true_divide; FAIL on overflow. */
  private static Object trueDivide(BigInteger a, BigInteger b) {
    boolean negative = (a.signum() < 0) != (b.signum() < 0);
    BigInteger x = a.abs();
    BigInteger y = b.abs();
    double result;
    if (x.signum() == 0) {
      result = 0.0;
    } else if (x.bitLength() <= 53 && y.bitLength() <= 53) {
      result = x.doubleValue() / y.doubleValue();
    } else {
      // Scale so the quotient has 55 or 56 bits, fold the remainder into a sticky bit, and let
      // the one rounding to 53 bits happen in doubleValue().
      int shift = 55 - (x.bitLength() - y.bitLength());
      BigInteger num = shift > 0 ? x.shiftLeft(shift) : x;
      BigInteger den = shift < 0 ? y.shiftLeft(-shift) : y;
      BigInteger[] qr = num.divideAndRemainder(den);
      BigInteger q = qr[1].signum() != 0 ? qr[0].setBit(0) : qr[0];
      double scaled = Math.scalb(q.doubleValue(), -shift);
      if (Double.isInfinite(scaled) || scaled < Double.MIN_NORMAL) {
        return FAIL;
      }
      result = scaled;
    }
    return negative ? -result : result;
  }

  private static Object floatOp(BinOpKind op, double a, double b) {
    switch (op) {
      case ADD:
        return a + b;
      case SUB:
        return a - b;
      case MULT:
        return a * b;
      case DIV:
        return b == 0.0 ? FAIL : a / b;
      case FLOORDIV:
        return b == 0.0 ? FAIL : floatDivmod(a, b)[0];
      case MOD:
        return b == 0.0 ? FAIL : floatDivmod(a, b)[1];
      case POW:
        return floatPow(a, b);
      default:
        return FAIL;
    }
  }

  /** Python's float divmod: the remainder takes the divisor's sign. */
  private static double[] floatDivmod(double vx, double wx) {
    double mod = vx % wx;
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
      if ((wx < 0) != (mod < 0)) {
        mod += wx;
        div -= 1.0;
      }
    } else {
      mod = Math.copySign(0.0, wx);
    }
    double floordiv;
    if (div != 0.0) {
      floordiv = Math.floor(div);
      if (div - floordiv > 0.5) {
        floordiv += 1.0;
      }
    } else {
      floordiv = Math.copySign(0.0, vx / wx);
    }
    return new double[] {floordiv, mod};
  }

  private static boolean isOddInteger(double d) {
    return Math.abs(d % 2.0) == 1.0;
  }

  /** Python's float ** float: FAIL where CPython raises or the result would be complex. */
  private static Object floatPow(double iv, double iw) {
    if (iw == 0.0) {
      return 1.0;
    }
    if (Double.isNaN(iv)) {
      return iv;
    }
    if (Double.isNaN(iw)) {
      return iv == 1.0 ? 1.0 : iw;
    }
    if (Double.isInfinite(iw)) {
      double a = Math.abs(iv);
      if (a == 1.0) {
        return 1.0;
      }
      return (iw > 0.0) == (a > 1.0) ? Math.abs(iw) : 0.0;
    }
    if (Double.isInfinite(iv)) {
      boolean odd = isOddInteger(iw);
      if (iw > 0.0) {
        return odd ? iv : Math.abs(iv);
      }
      return odd ? Math.copySign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
      if (iw < 0.0) {
        return FAIL;
      }
      return isOddInteger(iw) ? iv : 0.0;
    }
    boolean negate = false;
    if (iv < 0.0) {
      if (iw != Math.floor(iw)) {
        return FAIL;
      }
      iv = -iv;
      negate = isOddInteger(iw);
    }
    if (iv == 1.0) {
      return negate ? -1.0 : 1.0;
    }
    double r = Math.pow(iv, iw);
    if (Double.isInfinite(r)) {
      return FAIL;
    }
    return negate ? -r : r;
  }

  private static Object concat(Object l, Object r) {
    if (l instanceof String a && r instanceof String b) {
      return a + b;
    }
    if (l instanceof byte[] a && r instanceof byte[] b) {
      byte[] c = new byte[a.length + b.length];
      System.arraycopy(a, 0, c, 0, a.length);
      System.arraycopy(b, 0, c, a.length, b.length);
      return c;
    }
    if (l instanceof ConstValue.Tuple a && r instanceof ConstValue.Tuple b) {
      List<Object> items = new ArrayList<>(a.items());
      items.addAll(b.items());
      return new ConstValue.Tuple(items);
    }
    return FAIL;
  }

  private static Object repeat(Object seq, BigInteger n) {
    if (seq instanceof String s) {
      if (!bmpOnly(s)) {
        return FAIL;
      }
      int count = stringCount(s.length(), n);
      return count < 0 ? FAIL : s.repeat(count);
    }
    if (seq instanceof byte[] b) {
      int count = stringCount(b.length, n);
      if (count < 0) {
        return FAIL;
      }
      byte[] out = new byte[b.length * count];
      for (int i = 0; i < count; i++) {
        System.arraycopy(b, 0, out, i * b.length, b.length);
      }
      return out;
    }
    if (seq instanceof ConstValue.Tuple t) {
      int size = t.items().size();
      if (size == 0) {
        return n.bitLength() < 63 ? t : FAIL;
      }
      if (n.signum() < 0 || n.bitLength() > 31 || n.intValue() > MAX_COLLECTION_SIZE / size) {
        return FAIL;
      }
      int count = n.intValue();
      if (count != 0 && complexity(t, MAX_TOTAL_ITEMS / count) < 0) {
        return FAIL;
      }
      List<Object> items = new ArrayList<>(size * count);
      for (int i = 0; i < count; i++) {
        items.addAll(t.items());
      }
      return new ConstValue.Tuple(items);
    }
    return FAIL;
  }

  /** How many times a str or bytes of {@code size} may be repeated, or -1 to leave it. */
  private static int stringCount(int size, BigInteger n) {
    if (size == 0) {
      return n.bitLength() < 63 ? 0 : -1;
    }
    if (n.signum() < 0 || n.bitLength() > 31 || n.intValue() > MAX_STR_SIZE / size) {
      return -1;
    }
    return n.intValue();
  }

  /** The item budget left after counting a tuple's items, nested tuples included. */
  private static int complexity(Object v, int limit) {
    if (v instanceof ConstValue.Tuple t) {
      limit -= t.items().size();
      for (int i = 0; limit >= 0 && i < t.items().size(); i++) {
        limit = complexity(t.items().get(i), limit);
      }
    } else if (v instanceof ConstValue.FrozenSet s) {
      limit -= s.items().size();
      for (int i = 0; limit >= 0 && i < s.items().size(); i++) {
        limit = complexity(s.items().get(i), limit);
      }
    }
    return limit;
  }
}
