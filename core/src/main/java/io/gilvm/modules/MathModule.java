package io.gilvm.modules;

import io.gilvm.object.ArgParser;
import io.gilvm.object.IntGcd;
import io.gilvm.object.Ops;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyTuple;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * {@code math}: CPython's math module on Java's floating point, with CPython's error rules: a NaN
 * from a non-NaN argument is ValueError "math domain error", an infinity from a finite argument is
 * OverflowError "math range error" where the function can overflow and a domain error otherwise.
 * Integer functions (gcd, factorial, comb, isqrt, …) are exact on ints of any size.
 */
final class MathModule {
  private MathModule() {}

  private static final double LN2 = Math.log(2.0);

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("math");
    m.put("pi", PyFloat.of(Math.PI));
    m.put("e", PyFloat.of(Math.E));
    m.put("tau", PyFloat.of(2 * Math.PI));
    m.put("inf", PyFloat.of(Double.POSITIVE_INFINITY));
    m.put("nan", PyFloat.of(Double.NaN));

    unary(m, "sqrt", Math::sqrt, false);
    unary(m, "exp", Math::exp, true);
    unary(m, "exp2", x -> Math.pow(2.0, x), true);
    unary(m, "expm1", Math::expm1, true);
    unary(m, "log1p", Math::log1p, false);
    unary(m, "cbrt", Math::cbrt, false);
    unary(m, "fabs", Math::abs, false);
    unary(m, "sin", Math::sin, false);
    unary(m, "cos", Math::cos, false);
    unary(m, "tan", Math::tan, false);
    unary(m, "asin", Math::asin, false);
    unary(m, "acos", Math::acos, false);
    unary(m, "atan", Math::atan, false);
    unary(m, "sinh", Math::sinh, true);
    unary(m, "cosh", Math::cosh, true);
    unary(m, "tanh", Math::tanh, false);
    unary(m, "asinh", MathModule::asinh, false);
    unary(m, "acosh", MathModule::acosh, false);
    unary(m, "atanh", MathModule::atanh, false);
    unary(m, "erf", ErrorFunction::erf, false);
    unary(m, "erfc", ErrorFunction::erfc, false);
    // CPython divides and multiplies by pi/180 in exactly this form, and never raises here.
    m.function(
        "degrees",
        (t, a, kw) -> {
          ArgParser.arity("degrees", a, kw, 1, 1);
          return PyFloat.of(toDouble(t, a[0]) / (Math.PI / 180.0));
        });
    m.function(
        "radians",
        (t, a, kw) -> {
          ArgParser.arity("radians", a, kw, 1, 1);
          return PyFloat.of(toDouble(t, a[0]) * (Math.PI / 180.0));
        });

    m.function(
        "floor",
        (t, a, kw) -> {
          ArgParser.arity("floor", a, kw, 1, 1);
          return rounded(t, a[0], "__floor__", Math::floor);
        });
    m.function(
        "ceil",
        (t, a, kw) -> {
          ArgParser.arity("ceil", a, kw, 1, 1);
          return rounded(t, a[0], "__ceil__", Math::ceil);
        });
    m.function(
        "trunc",
        (t, a, kw) -> {
          ArgParser.arity("trunc", a, kw, 1, 1);
          PyObject x = a[0];
          if (x instanceof PyFloat f) {
            return f.toInt();
          }
          if (x instanceof PyInt i) {
            return asPlainInt(i);
          }
          PyObject hook = x.type().lookup("__trunc__");
          if (hook == null) {
            throw PyException.typeError(
                "type " + x.type().name() + " doesn't define __trunc__ method");
          }
          return Ops.callMethod(t, hook, x, x.type(), new PyObject[0], null);
        });
    m.function(
        "isnan",
        (t, a, kw) -> {
          ArgParser.arity("isnan", a, kw, 1, 1);
          return PyBool.of(Double.isNaN(toDouble(t, a[0])));
        });
    m.function(
        "isinf",
        (t, a, kw) -> {
          ArgParser.arity("isinf", a, kw, 1, 1);
          return PyBool.of(Double.isInfinite(toDouble(t, a[0])));
        });
    m.function(
        "isfinite",
        (t, a, kw) -> {
          ArgParser.arity("isfinite", a, kw, 1, 1);
          return PyBool.of(Double.isFinite(toDouble(t, a[0])));
        });
    m.function(
        "isclose",
        (t, a, kw) -> {
          PyObject[] p =
              ArgParser.parse(
                  "isclose", a, kw, new String[] {"a", "b", "rel_tol", "abs_tol"}, 2, 2);
          double relTol = p[2] == null ? 1e-9 : toDouble(t, p[2]);
          double absTol = p[3] == null ? 0.0 : toDouble(t, p[3]);
          return PyBool.of(isclose(toDouble(t, p[0]), toDouble(t, p[1]), relTol, absTol));
        });
    m.function(
        "copysign",
        (t, a, kw) -> {
          ArgParser.arity("copysign", a, kw, 2, 2);
          return PyFloat.of(Math.copySign(toDouble(t, a[0]), toDouble(t, a[1])));
        });
    m.function(
        "atan2",
        (t, a, kw) -> {
          ArgParser.arity("atan2", a, kw, 2, 2);
          return PyFloat.of(Math.atan2(toDouble(t, a[0]), toDouble(t, a[1])));
        });
    m.function(
        "pow",
        (t, a, kw) -> {
          ArgParser.arity("pow", a, kw, 2, 2);
          return PyFloat.of(pow(toDouble(t, a[0]), toDouble(t, a[1])));
        });
    m.function(
        "fmod",
        (t, a, kw) -> {
          ArgParser.arity("fmod", a, kw, 2, 2);
          double x = toDouble(t, a[0]);
          double y = toDouble(t, a[1]);
          return PyFloat.of(checked(x % y, x, y, false));
        });
    m.function(
        "remainder",
        (t, a, kw) -> {
          ArgParser.arity("remainder", a, kw, 2, 2);
          double x = toDouble(t, a[0]);
          double y = toDouble(t, a[1]);
          return PyFloat.of(checked(Math.IEEEremainder(x, y), x, y, false));
        });
    m.function(
        "log",
        (t, a, kw) -> {
          ArgParser.arity("log", a, kw, 1, 2);
          double num = log(t, a[0], Math::log);
          if (a.length == 1) {
            return PyFloat.of(num);
          }
          double den = log(t, a[1], Math::log);
          if (den == 0.0) {
            throw PyException.zeroDivision("float division by zero");
          }
          return PyFloat.of(num / den);
        });
    m.function(
        "log2",
        (t, a, kw) -> {
          ArgParser.arity("log2", a, kw, 1, 1);
          return PyFloat.of(log(t, a[0], MathModule::log2));
        });
    m.function(
        "log10",
        (t, a, kw) -> {
          ArgParser.arity("log10", a, kw, 1, 1);
          return PyFloat.of(log(t, a[0], Math::log10));
        });
    m.function(
        "hypot",
        (t, a, kw) -> {
          ArgParser.noKeywords("hypot", kw);
          double[] xs = new double[a.length];
          for (int i = 0; i < a.length; i++) {
            xs[i] = toDouble(t, a[i]);
          }
          return PyFloat.of(hypot(xs));
        });
    m.function(
        "dist",
        (t, a, kw) -> {
          ArgParser.arity("dist", a, kw, 2, 2);
          PyObject[] p = Ops.toArray(a[0]);
          PyObject[] q = Ops.toArray(a[1]);
          if (p.length != q.length) {
            throw PyException.valueError("both points must have the same number of dimensions");
          }
          double[] d = new double[p.length];
          for (int i = 0; i < p.length; i++) {
            d[i] = toDouble(t, p[i]) - toDouble(t, q[i]);
          }
          return PyFloat.of(hypot(d));
        });
    m.function(
        "fsum",
        (t, a, kw) -> {
          ArgParser.arity("fsum", a, kw, 1, 1);
          return PyFloat.of(fsum(t, a[0]));
        });
    m.function(
        "prod",
        (t, a, kw) -> {
          PyObject[] p = ArgParser.parse("prod", a, kw, new String[] {"iterable", "start"}, 1, 1);
          PyObject acc = p[1] == null ? PyInt.of(1) : p[1];
          PyObject it = Ops.iter(p[0]);
          for (PyObject x; (x = it.next()) != null; ) {
            acc = Ops.binary(acc, x, Ops.MUL);
          }
          return acc;
        });
    m.function(
        "modf",
        (t, a, kw) -> {
          ArgParser.arity("modf", a, kw, 1, 1);
          double x = toDouble(t, a[0]);
          if (Double.isInfinite(x)) {
            return PyTuple.of(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x));
          }
          double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
          return PyTuple.of(PyFloat.of(Math.copySign(x - whole, x)), PyFloat.of(whole));
        });
    m.function(
        "frexp",
        (t, a, kw) -> {
          ArgParser.arity("frexp", a, kw, 1, 1);
          double x = toDouble(t, a[0]);
          if (x == 0.0 || !Double.isFinite(x)) {
            return PyTuple.of(PyFloat.of(x), PyInt.of(0));
          }
          int shift = 0;
          if (Math.getExponent(x) < Double.MIN_EXPONENT) {
            // Subnormal: scale into the normal range first so getExponent is exact.
            x *= 0x1p54;
            shift = 54;
          }
          int e = Math.getExponent(x) + 1;
          return PyTuple.of(PyFloat.of(Math.scalb(x, -e)), PyInt.of(e - shift));
        });
    m.function(
        "ldexp",
        (t, a, kw) -> {
          ArgParser.arity("ldexp", a, kw, 2, 2);
          double x = toDouble(t, a[0]);
          if (!(a[1] instanceof PyInt i)) {
            throw PyException.typeError("Expected an int as second argument to ldexp.");
          }
          BigInteger big = i.bigValue();
          // Any exponent beyond ±2200 over- or underflows every double alike.
          int exp = big.max(BigInteger.valueOf(-2200)).min(BigInteger.valueOf(2200)).intValue();
          double r = x == 0.0 || !Double.isFinite(x) ? x : Math.scalb(x, exp);
          if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw PyException.overflowError("math range error");
          }
          return PyFloat.of(r);
        });
    m.function(
        "ulp",
        (t, a, kw) -> {
          ArgParser.arity("ulp", a, kw, 1, 1);
          double x = toDouble(t, a[0]);
          if (Double.isNaN(x) || Double.isInfinite(x)) {
            return PyFloat.of(Math.abs(x));
          }
          double ax = Math.abs(x);
          double next = Math.nextUp(ax);
          return PyFloat.of(Double.isInfinite(next) ? ax - Math.nextDown(ax) : next - ax);
        });
    m.function(
        "nextafter",
        (t, a, kw) -> {
          ArgParser.arity("nextafter", a, kw, 2, 2);
          return PyFloat.of(Math.nextAfter(toDouble(t, a[0]), toDouble(t, a[1])));
        });

    m.function(
        "gcd",
        (t, a, kw) -> {
          ArgParser.noKeywords("gcd", kw);
          long small = 0;
          int i = 0;
          // Longs while every value fits (Long.MIN_VALUE's magnitude does not).
          for (; i < a.length; i++) {
            if (!(a[i] instanceof PyInt p) || p.isBig() || p.longValue() == Long.MIN_VALUE) {
              break;
            }
            small = IntGcd.gcd(small, p.longValue());
          }
          if (i == a.length) {
            return PyInt.of(small);
          }
          BigInteger g = BigInteger.valueOf(small);
          for (; i < a.length; i++) {
            g = IntGcd.gcd(g, index(a[i]));
          }
          return PyInt.of(g);
        });
    m.function(
        "lcm",
        (t, a, kw) -> {
          ArgParser.noKeywords("lcm", kw);
          long small = 1;
          int i = 0;
          // Longs while every value and the result so far fit.
          for (; i < a.length; i++) {
            if (!(a[i] instanceof PyInt p) || p.isBig() || p.longValue() == Long.MIN_VALUE) {
              break;
            }
            long v = Math.abs(p.longValue());
            if (v == 0 || small == 0) {
              small = 0;
              continue;
            }
            long q = small / IntGcd.gcd(small, v);
            long hi = Math.multiplyHigh(q, v);
            if (hi != 0 || q * v < 0) {
              break;
            }
            small = q * v;
          }
          if (i == a.length) {
            return PyInt.of(small);
          }
          BigInteger l = BigInteger.valueOf(small);
          for (; i < a.length; i++) {
            BigInteger v = index(a[i]).abs();
            l =
                v.signum() == 0 || l.signum() == 0
                    ? BigInteger.ZERO
                    : l.divide(IntGcd.gcd(l, v)).multiply(v);
          }
          return PyInt.of(l);
        });
    m.function(
        "factorial",
        (t, a, kw) -> {
          ArgParser.arity("factorial", a, kw, 1, 1);
          BigInteger n = index(a[0]);
          if (n.signum() < 0) {
            throw PyException.valueError("factorial() not defined for negative values");
          }
          if (n.bitLength() > 63) {
            throw PyException.overflowError(
                "factorial() argument should not exceed " + Long.MAX_VALUE);
          }
          return PyInt.of(product(1, n.longValue()));
        });
    m.function(
        "comb",
        (t, a, kw) -> {
          ArgParser.arity("comb", a, kw, 2, 2);
          BigInteger n = nonNegative(index(a[0]), "n");
          BigInteger k = nonNegative(index(a[1]), "k");
          if (k.compareTo(n) > 0) {
            return PyInt.of(0);
          }
          BigInteger rest = n.subtract(k);
          if (rest.compareTo(k) < 0) {
            k = rest;
          }
          if (k.bitLength() > 31) {
            throw PyException.overflowError("min(n - k, k) must not exceed " + Integer.MAX_VALUE);
          }
          BigInteger r = BigInteger.ONE;
          for (int i = 1, kk = k.intValue(); i <= kk; i++) {
            // Each prefix product is itself a binomial coefficient, so the division is exact.
            r = r.multiply(n.subtract(BigInteger.valueOf(i - 1))).divide(BigInteger.valueOf(i));
          }
          return PyInt.of(r);
        });
    m.function(
        "perm",
        (t, a, kw) -> {
          ArgParser.arity("perm", a, kw, 1, 2);
          BigInteger n = nonNegative(index(a[0]), "n");
          BigInteger k = a.length < 2 || a[1] == PyNone.NONE ? n : nonNegative(index(a[1]), "k");
          if (k.compareTo(n) > 0) {
            return PyInt.of(0);
          }
          if (k.bitLength() > 31) {
            throw PyException.overflowError("k must not exceed " + Integer.MAX_VALUE);
          }
          BigInteger r = BigInteger.ONE;
          for (int i = 0, kk = k.intValue(); i < kk; i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(i)));
          }
          return PyInt.of(r);
        });
    m.function(
        "isqrt",
        (t, a, kw) -> {
          ArgParser.arity("isqrt", a, kw, 1, 1);
          BigInteger n = index(a[0]);
          if (n.signum() < 0) {
            throw PyException.valueError("isqrt() argument must be nonnegative");
          }
          return PyInt.of(n.sqrt());
        });
    return m;
  }

  // ---------------------------------------------------------------- argument conversion

  /** A real-number argument as a double: float, int (correctly rounded) or one with __float__. */
  static double toDouble(ThreadState ts, PyObject o) {
    if (o instanceof PyFloat f) {
      return f.value();
    }
    if (o instanceof PyInt i) {
      return i.asDouble();
    }
    PyObject hook = o.type().lookup("__float__");
    if (hook != null) {
      PyObject r = Ops.callMethod(ts, hook, o, o.type(), new PyObject[0], null);
      if (r instanceof PyFloat f) {
        return f.value();
      }
      throw PyException.typeError(
          o.type().name() + ".__float__ returned non-float (type " + r.type().name() + ")");
    }
    throw PyException.typeError("must be real number, not " + o.type().name());
  }

  /** An integer argument, as the integer functions take it: floats are refused. */
  private static BigInteger index(PyObject o) {
    if (o instanceof PyInt i) {
      return i.bigValue();
    }
    throw PyException.typeError(
        "'" + o.type().name() + "' object cannot be interpreted as an integer");
  }

  private static BigInteger nonNegative(BigInteger v, String name) {
    if (v.signum() < 0) {
      throw PyException.valueError(name + " must be a non-negative integer");
    }
    return v;
  }

  /** An int result that is exactly {@code int}, not bool. */
  private static PyInt asPlainInt(PyInt i) {
    return i instanceof PyBool ? PyInt.of(i.longValue()) : i;
  }

  // ---------------------------------------------------------------- the float functions

  private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
    m.function(
        name,
        (t, a, kw) -> {
          ArgParser.arity(name, a, kw, 1, 1);
          double x = toDouble(t, a[0]);
          return PyFloat.of(checked(f.applyAsDouble(x), x, x, canOverflow));
        });
  }

  /** CPython's error rule for a result {@code r} computed from {@code x} and {@code y}. */
  private static double checked(double r, double x, double y, boolean canOverflow) {
    if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
      throw PyException.valueError("math domain error");
    }
    if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
      if (canOverflow) {
        throw PyException.overflowError("math range error");
      }
      throw PyException.valueError("math domain error");
    }
    return r;
  }

  /** floor and ceil: an int for floats and ints, else the object's own hook. */
  private static PyObject rounded(ThreadState ts, PyObject x, String hook, DoubleUnaryOperator f) {
    if (x instanceof PyFloat fl) {
      return PyFloat.of(f.applyAsDouble(fl.value())).toInt();
    }
    if (x instanceof PyInt i) {
      return asPlainInt(i);
    }
    PyObject h = x.type().lookup(hook);
    if (h != null) {
      return Ops.callMethod(ts, h, x, x.type(), new PyObject[0], null);
    }
    return PyFloat.of(f.applyAsDouble(toDouble(ts, x))).toInt();
  }

  private static double log2(double x) {
    if (x > 0 && Double.isFinite(x)) {
      // Exact for powers of two, which a quotient of natural logs is not.
      int e = Math.getExponent(x);
      if (e >= Double.MIN_EXPONENT && x == Math.scalb(1.0, e)) {
        return e;
      }
    }
    return Math.log(x) / LN2;
  }

  /**
   * A logarithm with CPython's domain rules; ints too large for a double are split as {@code m *
   * 2**e} with m in [0.5, 1), and the result is {@code f(m) + f(2) * e}, as CPython computes it, so
   * that {@code log(2**2000)} works and agrees.
   */
  private static double log(ThreadState ts, PyObject o, DoubleUnaryOperator f) {
    if (o instanceof PyInt i && i.isBig()) {
      BigInteger v = i.bigValue();
      if (v.signum() <= 0) {
        throw PyException.valueError("math domain error");
      }
      int e = v.bitLength();
      double m = Math.scalb(v.shiftRight(e - 64).doubleValue(), -64);
      return f.applyAsDouble(m) + f.applyAsDouble(2.0) * e;
    }
    double x = toDouble(ts, o);
    if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
      return x;
    }
    if (x <= 0) {
      throw PyException.valueError("math domain error");
    }
    return f.applyAsDouble(x);
  }

  /** {@code x ** y} with C99's special cases, which Java's Math.pow does not all follow. */
  static double pow(double x, double y) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      if (Double.isNaN(x)) {
        return y == 0.0 ? 1.0 : x;
      }
      if (Double.isNaN(y)) {
        return x == 1.0 ? 1.0 : y;
      }
      if (Double.isInfinite(x)) {
        boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
        if (y > 0) {
          return oddY ? x : Math.abs(x);
        }
        if (y == 0) {
          return 1.0;
        }
        return oddY ? Math.copySign(0.0, x) : 0.0;
      }
      double ax = Math.abs(x);
      if (ax == 1.0) {
        return 1.0;
      }
      if ((y > 0) == (ax > 1.0)) {
        return Double.POSITIVE_INFINITY;
      }
      return 0.0;
    }
    double r = Math.pow(x, y);
    if (Double.isNaN(r)) {
      throw PyException.valueError("math domain error");
    }
    if (Double.isInfinite(r)) {
      if (x == 0.0) {
        throw PyException.valueError("math domain error");
      }
      throw PyException.overflowError("math range error");
    }
    return r;
  }

  static boolean isclose(double a, double b, double relTol, double absTol) {
    if (relTol < 0.0 || absTol < 0.0) {
      throw PyException.valueError("tolerances must be non-negative");
    }
    if (a == b) {
      return true;
    }
    if (Double.isInfinite(a) || Double.isInfinite(b)) {
      return false;
    }
    double diff = Math.abs(b - a);
    return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
  }

  /** The Euclidean norm, scaled by the largest magnitude so squares neither overflow nor vanish. */
  static double hypot(double[] xs) {
    if (xs.length == 2) {
      return Math.hypot(xs[0], xs[1]);
    }
    double max = 0.0;
    boolean nan = false;
    for (double x : xs) {
      if (Double.isInfinite(x)) {
        return Double.POSITIVE_INFINITY;
      }
      nan |= Double.isNaN(x);
      max = Math.max(max, Math.abs(x));
    }
    if (nan) {
      return Double.NaN;
    }
    if (max == 0.0 || xs.length == 1) {
      return max;
    }
    double sum = 0.0;
    double comp = 0.0;
    for (double x : xs) {
      double q = x / max;
      // Neumaier summation of the squares keeps the rounding error to about one ulp.
      double sq = q * q;
      double s = sum + sq;
      comp += Math.abs(sum) >= Math.abs(sq) ? (sum - s) + sq : (sq - s) + sum;
      sum = s;
    }
    return max * Math.sqrt(sum + comp);
  }

  /**
   * {@code fsum}: Shewchuk's exact summation into non-overlapping partials, then a correctly
   * rounded (half-even) total, with CPython's handling of infinities and NaN.
   */
  static double fsum(ThreadState ts, PyObject iterable) {
    double[] partials = new double[32];
    int n = 0;
    double special = 0.0;
    double infinities = 0.0;
    PyObject it = Ops.iter(iterable);
    for (PyObject o; (o = it.next()) != null; ) {
      double x = toDouble(ts, o);
      double original = x;
      int i = 0;
      for (int j = 0; j < n; j++) {
        double y = partials[j];
        if (Math.abs(x) < Math.abs(y)) {
          double tmp = x;
          x = y;
          y = tmp;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) {
          partials[i++] = lo;
        }
        x = hi;
      }
      n = i;
      if (x != 0.0) {
        if (!Double.isFinite(x)) {
          if (Double.isFinite(original)) {
            throw PyException.overflowError("intermediate overflow in fsum");
          }
          if (Double.isInfinite(original)) {
            infinities += original;
          }
          special += original;
          n = 0;
        } else {
          if (n == partials.length) {
            partials = Arrays.copyOf(partials, n * 2);
          }
          partials[n++] = x;
        }
      }
    }
    if (special != 0.0) {
      if (Double.isNaN(infinities)) {
        throw PyException.valueError("-inf + inf in fsum");
      }
      return special;
    }
    double hi = 0.0;
    if (n > 0) {
      hi = partials[--n];
      double lo = 0.0;
      while (n > 0) {
        double x = hi;
        double y = partials[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0) {
          break;
        }
      }
      // Round half to even across the remaining partials: nudge hi when lo is exactly half an ulp.
      if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
        double y = lo * 2.0;
        double x = hi + y;
        if (y == x - hi) {
          hi = x;
        }
      }
    }
    return hi;
  }

  /** The product lo * (lo+1) * … * hi, split in halves so the multiplications stay balanced. */
  static BigInteger product(long lo, long hi) {
    if (hi < lo) {
      return BigInteger.ONE;
    }
    if (hi - lo < 16) {
      BigInteger r = BigInteger.valueOf(lo);
      for (long k = lo + 1; k <= hi; k++) {
        r = r.multiply(BigInteger.valueOf(k));
      }
      return r;
    }
    long mid = (lo + hi) >>> 1;
    return product(lo, mid).multiply(product(mid + 1, hi));
  }

  private static double asinh(double x) {
    if (!Double.isFinite(x) || x == 0.0) {
      return x;
    }
    double ax = Math.abs(x);
    double r =
        ax > 0x1p28
            ? Math.log(ax) + LN2
            : Math.log1p(ax + ax * ax / (1.0 + Math.sqrt(1.0 + ax * ax)));
    return Math.copySign(r, x);
  }

  private static double acosh(double x) {
    if (Double.isNaN(x) || x < 1.0) {
      return Double.NaN;
    }
    if (x > 0x1p28) {
      return Double.isInfinite(x) ? x : Math.log(x) + LN2;
    }
    double t = x - 1.0;
    return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
  }

  private static double atanh(double x) {
    double ax = Math.abs(x);
    if (Double.isNaN(x) || ax > 1.0) {
      return Double.NaN;
    }
    // At |x| == 1 this is infinite, which the caller reports as a domain error as CPython does.
    return Math.copySign(0.5 * Math.log1p(2.0 * ax / (1.0 - ax)), x);
  }
}
