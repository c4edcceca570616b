package io.gilvm.modules;

import io.gilvm.object.ArgParser;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import java.math.BigInteger;

/**
 * {@code _gilvm_decimal}: the hot paths of gilvm's {@code decimal} module (written in Python) on
 * {@link BigInteger}: parsing a numeric string, rounding a finite value to a context, and the sum,
 * quotient and comparison of finite values. A value is a sign (0 or 1), a non-negative integer
 * coefficient and an exponent, as decimal.py keeps it; a context is the tuple {@code (prec, Emin,
 * Emax, rounding, clamp)} that decimal.py keeps beside each Context, the rounding as the index
 * {@link #HALF_EVEN}..{@link #R05UP}. Results are {@code (sign, coeff, exp, special, conditions)}:
 * {@code special} 0 for a finite value, 1 for an infinity; {@code conditions} the codes {@link
 * #CLAMPED}..{@link #OVERFLOW} of the conditions met, in the order decimal.py signals them (it
 * raises the trapped ones). The arithmetic gives None for an exponent beyond 2**61 (decimal.py
 * computes those itself).
 */
final class DecimalCore {
  private DecimalCore() {}

  static final int HALF_EVEN = 0;
  static final int HALF_UP = 1;
  static final int HALF_DOWN = 2;
  static final int DOWN = 3;
  static final int UP = 4;
  static final int CEILING = 5;
  static final int FLOOR = 6;
  static final int R05UP = 7;

  static final int CLAMPED = 0;
  static final int SUBNORMAL = 1;
  static final int ROUNDED = 2;
  static final int INEXACT = 3;
  static final int UNDERFLOW = 4;
  static final int OVERFLOW = 5;

  private static final int CACHED = 400;
  private static final BigInteger[] POW10 = new BigInteger[CACHED];
  private static final double LOG10_2 = 0.30102999566398120;

  static {
    POW10[0] = BigInteger.ONE;
    for (int i = 1; i < CACHED; i++) {
      POW10[i] = POW10[i - 1].multiply(BigInteger.TEN);
    }
  }

  static BigInteger pow10(long k) {
    if (k < CACHED) {
      return POW10[(int) k];
    }
    if (k > Integer.MAX_VALUE) {
      throw PyException.of(io.gilvm.object.ExceptionTypes.MEMORY_ERROR, "");
    }
    return BigInteger.TEN.pow((int) k);
  }

  /** The number of decimal digits of n >= 0 (1 for 0). */
  static long digits(BigInteger n) {
    int bits = n.bitLength();
    if (bits <= 1) {
      return 1;
    }
    long d = (long) ((bits - 1) * LOG10_2) + 1;
    // 2**(bits-1) <= n: d is the digit count of 2**(bits-1), and n has d or d + 1 digits.
    return n.compareTo(pow10(d)) >= 0 ? d + 1 : d;
  }

  /** A context: precision, exponent limits, rounding and clamp. */
  private record Ctx(long prec, long emin, long emax, int rounding, boolean clamp) {}

  private static Ctx ctx(PyObject o) {
    if (!(o instanceof PyTuple t) || t.size() != 5) {
      throw PyException.typeError("_gilvm_decimal: a context tuple was expected");
    }
    return new Ctx(
        lng(t.get(0)), lng(t.get(1)), lng(t.get(2)), (int) lng(t.get(3)), lng(t.get(4)) != 0);
  }

  private static long lng(PyObject o) {
    return ((PyInt) o).asLong();
  }

  /** Exponents beyond this are left to decimal.py's own arithmetic on Python ints. */
  private static final long LIMIT = 1L << 61;

  /** Whether every one of these ints is an exponent within +-LIMIT. */
  private static boolean inRange(PyObject... exps) {
    for (PyObject o : exps) {
      PyInt i = (PyInt) o;
      if (i.isBig() || i.longValue() > LIMIT || i.longValue() < -LIMIT) {
        return false;
      }
    }
    return true;
  }

  /**
   * An exponent or digit count, clamped to +-LIMIT: rounding gives the same result for any exponent
   * beyond that (an overflow, a clamp, or everything dropped).
   */
  private static long clamped(PyObject o) {
    PyInt i = (PyInt) o;
    if (i.isBig()) {
      return i.bigValue().signum() < 0 ? -LIMIT : LIMIT;
    }
    return Math.max(-LIMIT, Math.min(LIMIT, i.longValue()));
  }

  private static BigInteger big(PyObject o) {
    return ((PyInt) o).bigValue();
  }

  /** The conditions met, in order, each once. */
  private static final class Conds {
    int n;
    final int[] codes = new int[8];

    void add(int c) {
      for (int i = 0; i < n; i++) {
        if (codes[i] == c) {
          return;
        }
      }
      codes[n++] = c;
    }

    PyObject tuple() {
      if (n == 0) {
        return PyTuple.EMPTY;
      }
      PyObject[] items = new PyObject[n];
      for (int i = 0; i < n; i++) {
        items[i] = PyInt.of(codes[i]);
      }
      return PyTuple.of(items);
    }
  }

  private static PyObject result(int sign, BigInteger coeff, long exp, int special, Conds c) {
    return PyTuple.of(PyInt.of(sign), PyInt.of(coeff), PyInt.of(exp), PyInt.of(special), c.tuple());
  }

  /**
   * coeff (of n digits) with its k >= 1 low digits dropped under the rounding; sets {@code
   * inexact[0]} when something non-zero was dropped.
   */
  static BigInteger roundDrop(int sign, BigInteger coeff, long k, int rounding, boolean[] inexact) {
    BigInteger q;
    int half; // the dropped part against half a unit: -1 below, 0 at, 1 above
    if (coeff.signum() == 0) {
      inexact[0] = false;
      return coeff;
    }
    if (k > digits(coeff) + 1) {
      q = BigInteger.ZERO;
      half = -1;
    } else {
      BigInteger[] qr = coeff.divideAndRemainder(pow10(k));
      q = qr[0];
      if (qr[1].signum() == 0) {
        inexact[0] = false;
        return q;
      }
      half = qr[1].shiftLeft(1).compareTo(pow10(k));
    }
    inexact[0] = true;
    boolean up =
        switch (rounding) {
          case HALF_EVEN -> half > 0 || (half == 0 && q.testBit(0));
          case HALF_UP -> half >= 0;
          case HALF_DOWN -> half > 0;
          case DOWN -> false;
          case UP -> true;
          case CEILING -> sign == 0;
          case FLOOR -> sign == 1;
          default -> q.mod(BigInteger.valueOf(5)).signum() == 0;
        };
    return up ? q.add(BigInteger.ONE) : q;
  }

  /** (sign, coeff, exp) rounded to the context: the result tuple. */
  static PyObject finish(int sign, BigInteger coeff, long exp, Ctx ctx, Conds conds) {
    long prec = ctx.prec;
    if (coeff.signum() == 0) {
      long etop = ctx.clamp ? ctx.emax - prec + 1 : ctx.emax;
      long etiny = ctx.emin - prec + 1;
      if (exp > etop) {
        exp = etop;
        conds.add(CLAMPED);
      } else if (exp < etiny) {
        exp = etiny;
        conds.add(CLAMPED);
      }
      return result(sign, BigInteger.ZERO, exp, 0, conds);
    }
    long n = digits(coeff);
    long etiny = ctx.emin - prec + 1;
    long adjusted = exp + n - 1;
    boolean[] inexact = new boolean[1];
    if (adjusted < ctx.emin) {
      if (exp < etiny) {
        coeff = roundDrop(sign, coeff, etiny - exp, ctx.rounding, inexact);
        exp = etiny;
        conds.add(SUBNORMAL);
        conds.add(ROUNDED);
        if (inexact[0]) {
          conds.add(INEXACT);
          conds.add(UNDERFLOW);
          if (coeff.signum() == 0) {
            conds.add(CLAMPED);
          }
        }
        return result(sign, coeff, exp, 0, conds);
      }
      conds.add(SUBNORMAL);
    }
    if (n > prec) {
      coeff = roundDrop(sign, coeff, n - prec, ctx.rounding, inexact);
      exp += n - prec;
      if (coeff.equals(pow10(prec))) {
        coeff = pow10(prec - 1);
        exp += 1;
      }
      conds.add(ROUNDED);
      if (inexact[0]) {
        conds.add(INEXACT);
      }
      adjusted = exp + digits(coeff) - 1;
    }
    if (adjusted > ctx.emax) {
      conds.add(OVERFLOW);
      conds.add(INEXACT);
      conds.add(ROUNDED);
      int r = ctx.rounding;
      if (r == DOWN || r == R05UP || (r == CEILING && sign == 1) || (r == FLOOR && sign == 0)) {
        return result(sign, pow10(prec).subtract(BigInteger.ONE), ctx.emax - prec + 1, 0, conds);
      }
      return result(sign, BigInteger.ZERO, 0, 1, conds);
    }
    if (ctx.clamp) {
      long etop = ctx.emax - prec + 1;
      if (exp > etop) {
        coeff = coeff.multiply(pow10(exp - etop));
        exp = etop;
        conds.add(CLAMPED);
      }
    }
    return result(sign, coeff, exp, 0, conds);
  }

  static PyObject add(int s1, BigInteger c1, long e1, int s2, BigInteger c2, long e2, Ctx ctx) {
    // A far smaller operand only matters as a sticky digit below the rounding position.
    if (c1.signum() != 0 && c2.signum() != 0) {
      long a1 = e1 + digits(c1);
      long a2 = e2 + digits(c2);
      long limit = ctx.prec + 3;
      if (a1 - limit > a2 && e1 > e2) {
        long keep = Math.min(e1, a1 - limit);
        if (e2 < keep) {
          c2 = BigInteger.ONE;
          e2 = keep - 1;
        }
      } else if (a2 - limit > a1 && e2 > e1) {
        long keep = Math.min(e2, a2 - limit);
        if (e1 < keep) {
          c1 = BigInteger.ONE;
          e1 = keep - 1;
        }
      }
    }
    long e = Math.min(e1, e2);
    BigInteger v1 = c1.signum() == 0 || e1 == e ? c1 : c1.multiply(pow10(e1 - e));
    BigInteger v2 = c2.signum() == 0 || e2 == e ? c2 : c2.multiply(pow10(e2 - e));
    BigInteger v = (s1 == 1 ? v1.negate() : v1).add(s2 == 1 ? v2.negate() : v2);
    Conds conds = new Conds();
    if (v.signum() == 0) {
      int sign = (s1 == 1 && s2 == 1) || (s1 != s2 && ctx.rounding == FLOOR) ? 1 : 0;
      return finish(sign, BigInteger.ZERO, e, ctx, conds);
    }
    return v.signum() < 0 ? finish(1, v.negate(), e, ctx, conds) : finish(0, v, e, ctx, conds);
  }

  static PyObject divide(int sign, BigInteger c1, long e1, BigInteger c2, long e2, Ctx ctx) {
    long ideal = e1 - e2;
    Conds conds = new Conds();
    if (c1.signum() == 0) {
      return finish(sign, BigInteger.ZERO, ideal, ctx, conds);
    }
    long shift = digits(c2) - digits(c1) + ctx.prec + 1;
    BigInteger[] qr =
        shift >= 0
            ? c1.multiply(pow10(shift)).divideAndRemainder(c2)
            : c1.divideAndRemainder(c2.multiply(pow10(-shift)));
    BigInteger q = qr[0];
    long exp = ideal - shift;
    if (qr[1].signum() != 0) {
      // A sticky digit: the quotient is not exact.
      if (q.mod(BigInteger.valueOf(5)).signum() == 0) {
        q = q.add(BigInteger.ONE);
      }
    } else {
      while (exp < ideal) {
        BigInteger[] t = q.divideAndRemainder(BigInteger.TEN);
        if (t[1].signum() != 0) {
          break;
        }
        q = t[0];
        exp++;
      }
    }
    return finish(sign, q, exp, ctx, conds);
  }

  /** -1, 0 or 1 comparing two finite values. */
  static int compare(int s1, BigInteger c1, long e1, int s2, BigInteger c2, long e2) {
    if (c1.signum() == 0) {
      return c2.signum() == 0 ? 0 : (s2 == 1 ? 1 : -1);
    }
    if (c2.signum() == 0) {
      return s1 == 1 ? -1 : 1;
    }
    if (s1 != s2) {
      return s1 == 1 ? -1 : 1;
    }
    long ea = e1 + digits(c1) - 1;
    long eb = e2 + digits(c2) - 1;
    int r;
    if (ea != eb) {
      r = ea > eb ? 1 : -1;
    } else {
      long e = Math.min(e1, e2);
      BigInteger a = e1 == e ? c1 : c1.multiply(pow10(e1 - e));
      BigInteger b = e2 == e ? c2 : c2.multiply(pow10(e2 - e));
      r = a.compareTo(b);
    }
    return s1 == 1 ? -r : r;
  }

  /**
   * The finite value, infinity or NaN written in an ASCII string as (sign, coeff, exp, special)
   * with special 0 finite, 1 infinity, 2 NaN, 3 sNaN; None when it is not a number; False when the
   * string holds anything beyond ASCII (decimal.py parses those itself).
   */
  static PyObject parse(String s) {
    int len = s.length();
    for (int i = 0; i < len; i++) {
      if (s.charAt(i) >= 128) {
        return PyBool.FALSE;
      }
    }
    int lo = 0;
    int hi = len;
    while (lo < hi && isSpace(s.charAt(lo))) {
      lo++;
    }
    while (hi > lo && isSpace(s.charAt(hi - 1))) {
      hi--;
    }
    if (s.indexOf('_', lo) >= 0) {
      // CPython 3.11's decimal drops every underscore of a numeric string, wherever it is.
      s = s.substring(lo, hi).replace("_", "");
      lo = 0;
      hi = s.length();
    }
    if (lo == hi) {
      return PyNone.NONE;
    }
    int sign = 0;
    char first = s.charAt(lo);
    if (first == '+' || first == '-') {
      sign = first == '-' ? 1 : 0;
      lo++;
    }
    String body = s.substring(lo, hi);
    String low = body.toLowerCase(java.util.Locale.ROOT);
    if (low.equals("inf") || low.equals("infinity")) {
      return special(sign, BigInteger.ZERO, 1);
    }
    if (low.startsWith("snan") || low.startsWith("nan")) {
      int special = low.startsWith("snan") ? 3 : 2;
      String payload = low.substring(special == 3 ? 4 : 3);
      if (payload.isEmpty()) {
        return special(sign, BigInteger.ZERO, special);
      }
      if (!allDigits(payload, 0, payload.length())) {
        return PyNone.NONE;
      }
      return special(sign, new BigInteger(payload), special);
    }
    int e = body.length();
    for (int i = 0; i < body.length(); i++) {
      char ch = body.charAt(i);
      if (ch == 'e' || ch == 'E') {
        e = i;
        break;
      }
    }
    long exp = 0;
    if (e < body.length()) {
      int j = e + 1;
      if (j < body.length() && (body.charAt(j) == '+' || body.charAt(j) == '-')) {
        j++;
      }
      if (j == body.length() || !allDigits(body, j, body.length())) {
        return PyNone.NONE;
      }
      BigInteger ev = new BigInteger(body.substring(e + 1));
      if (ev.bitLength() > 62) {
        return PyBool.FALSE;
      }
      exp = ev.longValue();
    }
    int dot = body.indexOf('.');
    String ip;
    String fp;
    if (dot >= 0 && dot < e) {
      ip = body.substring(0, dot);
      fp = body.substring(dot + 1, e);
    } else {
      ip = body.substring(0, e);
      fp = "";
    }
    if (ip.isEmpty() && fp.isEmpty()) {
      return PyNone.NONE;
    }
    if (!allDigits(ip, 0, ip.length()) || !allDigits(fp, 0, fp.length())) {
      return PyNone.NONE;
    }
    BigInteger coeff = new BigInteger(ip + fp);
    return PyTuple.of(PyInt.of(sign), PyInt.of(coeff), PyInt.of(exp - fp.length()), PyInt.of(0));
  }

  private static PyObject special(int sign, BigInteger payload, int special) {
    return PyTuple.of(PyInt.of(sign), PyInt.of(payload), PyInt.of(0), PyInt.of(special));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int bit(PyObject o) {
    return (int) lng(o);
  }

  static PyModule create(io.gilvm.state.ThreadState ts, io.gilvm.state.Interpreter interp) {
    PyModule m = new PyModule("_gilvm_decimal");
    m.function(
        "digits",
        (t, a, kw) -> {
          ArgParser.arity("digits", a, kw, 1, 1);
          return PyInt.of(digits(big(a[0])));
        });
    m.function(
        "round_drop",
        (t, a, kw) -> {
          // (sign, coeff, k, rounding) -> (coeff with k >= 1 digits dropped, inexact)
          ArgParser.arity("round_drop", a, kw, 4, 4);
          boolean[] inexact = new boolean[1];
          BigInteger q = roundDrop(bit(a[0]), big(a[1]), clamped(a[2]), bit(a[3]), inexact);
          return PyTuple.of(PyInt.of(q), PyBool.of(inexact[0]));
        });
    m.function(
        "finish",
        (t, a, kw) -> {
          // (sign, coeff, exp, ctx)
          ArgParser.arity("finish", a, kw, 4, 4);
          return finish(bit(a[0]), big(a[1]), clamped(a[2]), ctx(a[3]), new Conds());
        });
    m.function(
        "multiply",
        (t, a, kw) -> {
          // (sign, c1, e1, c2, e2, ctx)
          ArgParser.arity("multiply", a, kw, 6, 6);
          if (!inRange(a[2], a[4])) {
            return PyNone.NONE;
          }
          return finish(
              bit(a[0]),
              big(a[1]).multiply(big(a[3])),
              lng(a[2]) + lng(a[4]),
              ctx(a[5]),
              new Conds());
        });
    m.function(
        "add",
        (t, a, kw) -> {
          // (s1, c1, e1, s2, c2, e2, ctx)
          ArgParser.arity("add", a, kw, 7, 7);
          if (!inRange(a[2], a[5])) {
            return PyNone.NONE;
          }
          return add(bit(a[0]), big(a[1]), lng(a[2]), bit(a[3]), big(a[4]), lng(a[5]), ctx(a[6]));
        });
    m.function(
        "divide",
        (t, a, kw) -> {
          // (sign, c1, e1, c2, e2, ctx), c2 non-zero
          ArgParser.arity("divide", a, kw, 6, 6);
          if (!inRange(a[2], a[4])) {
            return PyNone.NONE;
          }
          return divide(bit(a[0]), big(a[1]), lng(a[2]), big(a[3]), lng(a[4]), ctx(a[5]));
        });
    m.function(
        "compare",
        (t, a, kw) -> {
          // (s1, c1, e1, s2, c2, e2)
          ArgParser.arity("compare", a, kw, 6, 6);
          if (!inRange(a[2], a[5])) {
            return PyNone.NONE;
          }
          return PyInt.of(
              compare(bit(a[0]), big(a[1]), lng(a[2]), bit(a[3]), big(a[4]), lng(a[5])));
        });
    m.function(
        "parse",
        (t, a, kw) -> {
          ArgParser.arity("parse", a, kw, 1, 1);
          return parse(((PyStr) a[0]).value());
        });
    return m;
  }
}
