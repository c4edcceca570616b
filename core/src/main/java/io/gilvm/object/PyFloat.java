package io.gilvm.object;

import io.gilvm.eval.Builtins;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** {@code float}: a double. Mutable only for reuse from a free list. */
public class PyFloat extends PyObject {
  public double value;

  public PyFloat(double value) {
    this.value = value;
  }

  public static PyFloat of(double v) {
    return new PyFloat(v);
  }

  public double value() {
    return value;
  }

  @Override
  public PyType type() {
    return PyType.FLOAT;
  }

  @Override
  public String repr() {
    return repr(value);
  }

  /** Python's float repr: the shortest string that reads back as the same double. */
  public static String repr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (Double.doubleToRawLongBits(d) < 0) ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(d);
    BigDecimal shortest = exact;
    // The fewest digits that read back as d. The correctly rounded p digits may miss when d's
    // rounding interval is lopsided (a power of two: the gap below is half the gap above) while
    // the p-digit neighbour on the other side still reads back; then that one is the answer.
    for (int p = 1; p <= 17; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == d) {
        shortest = r;
        break;
      }
      BigDecimal other =
          exact.round(
              new MathContext(
                  p, r.abs().compareTo(exact.abs()) < 0 ? RoundingMode.UP : RoundingMode.DOWN));
      if (other.doubleValue() == d) {
        shortest = other;
        break;
      }
    }
    String digits = shortest.unscaledValue().abs().toString();
    // Strip trailing zeros of the digit string, adjusting the exponent.
    int scale = shortest.scale();
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
      scale--;
    }
    digits = digits.substring(0, end);
    // value = 0.digits * 10**decpt
    int decpt = digits.length() - scale;
    StringBuilder sb = new StringBuilder();
    if (d < 0) {
      sb.append('-');
    }
    int exp10 = decpt - 1;
    if (exp10 < -4 || exp10 >= 16) {
      sb.append(digits.charAt(0));
      if (digits.length() > 1) {
        sb.append('.').append(digits, 1, digits.length());
      }
      sb.append('e').append(exp10 < 0 ? '-' : '+');
      int ae = Math.abs(exp10);
      if (ae < 10) {
        sb.append('0');
      }
      sb.append(ae);
    } else if (decpt <= 0) {
      sb.append("0.");
      sb.append("0".repeat(-decpt));
      sb.append(digits);
    } else if (decpt >= digits.length()) {
      sb.append(digits);
      sb.append("0".repeat(decpt - digits.length()));
      sb.append(".0");
    } else {
      sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
    }
    return sb.toString();
  }

  @Override
  public boolean isTrue() {
    return value != 0;
  }

  /** CPython's hash of a float: equal to the hash of an equal int, and fixed for others. */
  @Override
  public long hash() {
    return hashDouble(value, this);
  }

  static long hashDouble(double v, PyObject self) {
    if (Double.isNaN(v)) {
      return Builtins.id(self) >>> 4;
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? 314159 : -314159;
    }
    if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
      return PyInt.of((long) v).hash();
    }
    long m = PyInt.HASH_MODULUS;
    int sign = 1;
    double x = v;
    if (x < 0) {
      sign = -1;
      x = -x;
    }
    int e = Math.getExponent(x) + 1;
    double mant = x / Math.scalb(1.0, e);
    if (Math.getExponent(x) == Double.MIN_EXPONENT - 1) {
      // subnormal
      e = Math.getExponent(x * Math.scalb(1.0, 64)) + 1 - 64;
      mant = x / Math.scalb(1.0, e);
    }
    long hx = 0;
    while (mant != 0) {
      hx = ((hx << 28) & m) | hx >>> (61 - 28);
      mant *= 268435456.0;
      e -= 28;
      long y = (long) mant;
      mant -= y;
      hx += y;
      if (hx >= m) {
        hx -= m;
      }
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    hx = ((hx << e) & m) | hx >>> (61 - e);
    hx = hx * sign;
    return hx == -1 ? -2 : hx;
  }

  @Override
  public boolean eq(PyObject other) {
    if (other instanceof PyFloat f) {
      return value == f.value;
    }
    if (other instanceof PyInt i) {
      return compareWithInt(value, i) == 0 && !Double.isNaN(value);
    }
    return super.eq(other);
  }

  /** Exact comparison of a double with an int, as CPython's float_richcompare does. */
  static int compareWithInt(double d, PyInt i) {
    if (Double.isInfinite(d)) {
      return d > 0 ? 1 : -1;
    }
    if (!i.isBig() && Math.abs(i.longValue()) < (1L << 53)) {
      return Double.compare(
          d == 0 ? 0.0 : d, (double) i.longValue() == 0 ? 0.0 : (double) i.longValue());
    }
    return new BigDecimal(d).compareTo(new BigDecimal(i.bigValue()));
  }

  private static double operand(PyObject o) {
    if (o instanceof PyFloat f) {
      return f.value;
    }
    if (o instanceof PyInt i) {
      return i.asDouble();
    }
    return Double.NaN;
  }

  private static boolean isNumber(PyObject o) {
    return o instanceof PyFloat || o instanceof PyInt;
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (other instanceof PyFloat f) {
      double a = value;
      double b = f.value;
      boolean r;
      switch (op) {
        case Ops.LT:
          r = a < b;
          break;
        case Ops.LE:
          r = a <= b;
          break;
        case Ops.EQ:
          r = a == b;
          break;
        case Ops.NE:
          r = a != b;
          break;
        case Ops.GT:
          r = a > b;
          break;
        default:
          r = a >= b;
          break;
      }
      return PyBool.of(r);
    }
    if (other instanceof PyInt i) {
      if (Double.isNaN(value)) {
        return PyBool.of(op == Ops.NE);
      }
      return PyBool.of(Ops.compareResult(compareWithInt(value, i), op));
    }
    return null;
  }

  @Override
  public PyObject unaryOp(int op) {
    switch (op) {
      case Ops.NEG:
        return of(-value);
      case Ops.POS:
        return this;
      default:
        return null;
    }
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    if (!isNumber(other)) {
      return null;
    }
    return arith(op, value, operand(other));
  }

  @Override
  public PyObject reflectedBinaryOp(int op, PyObject other) {
    if (!isNumber(other)) {
      return null;
    }
    return arith(op, operand(other), value);
  }

  static PyObject arith(int op, double a, double b) {
    switch (op) {
      case Ops.ADD:
        return of(a + b);
      case Ops.SUB:
        return of(a - b);
      case Ops.MUL:
        return of(a * b);
      case Ops.TRUEDIV:
        if (b == 0) {
          throw PyException.zeroDivision("float division by zero");
        }
        return of(a / b);
      case Ops.FLOORDIV:
        if (b == 0) {
          throw PyException.zeroDivision("float floor division by zero");
        }
        return of(floorDiv(a, b));
      case Ops.MOD:
        if (b == 0) {
          throw PyException.zeroDivision("float modulo");
        }
        return of(mod(a, b));
      case Ops.POW:
        return pow(a, b);
      default:
        return null;
    }
  }

  public static double mod(double a, double b) {
    double m = a % b;
    if (m != 0) {
      if ((b < 0) != (m < 0)) {
        m += b;
      }
    } else {
      m = Math.copySign(0.0, b);
    }
    return m;
  }

  public static double floorDiv(double a, double b) {
    double m = a % b;
    double div = (a - m) / b;
    if (m != 0 && ((b < 0) != (m < 0))) {
      div -= 1.0;
    }
    if (div != 0) {
      double floordiv = Math.floor(div);
      if (div - floordiv > 0.5) {
        floordiv += 1.0;
      }
      return floordiv;
    }
    return Math.copySign(0.0, a / b);
  }

  static PyObject pow(double a, double b) {
    if (a == 0 && b < 0) {
      throw PyException.zeroDivision("0.0 cannot be raised to a negative power");
    }
    if (a < 0
        && b != Math.rint(b)
        && !Double.isInfinite(b)
        && !Double.isInfinite(a)
        && !Double.isNaN(b)) {
      // A negative number to a fractional power is complex, as CPython's float_pow answers.
      return PyComplex.arith(Ops.POW, a, 0, b, 0);
    }
    double r = Math.pow(a, b);
    if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
      throw PyException.overflowError("(34, 'Numerical result out of range')");
    }
    return of(r);
  }

  /** {@code int(self)}: truncation towards zero. */
  public PyInt toInt() {
    if (Double.isNaN(value)) {
      throw PyException.valueError("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(value)) {
      throw PyException.overflowError("cannot convert float infinity to integer");
    }
    if (Math.abs(value) < 9.2e18) {
      return PyInt.of((long) value);
    }
    return PyInt.of(new BigDecimal(value).toBigInteger());
  }

  static BigInteger toBigInteger(double v) {
    return new BigDecimal(v).toBigInteger();
  }
}
