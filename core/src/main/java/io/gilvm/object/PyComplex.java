package io.gilvm.object;

/** {@code complex}: a pair of doubles, with CPython's arithmetic, repr and hash. */
public final class PyComplex extends PyObject {
  public static final PyType TYPE = PyType.builtin("complex", PyType.OBJECT);

  final double real;
  final double imag;

  public PyComplex(double real, double imag) {
    this.real = real;
    this.imag = imag;
  }

  public double real() {
    return real;
  }

  public double imag() {
    return imag;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** A float as complex's repr writes it: the shortest repr, without a ".0" for whole values. */
  private static String part(double d) {
    String s = PyFloat.repr(d);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  @Override
  public String repr() {
    if (real == 0 && Math.copySign(1.0, real) > 0) {
      return part(imag) + "j";
    }
    String im = part(imag);
    if (!im.startsWith("-")) {
      im = "+" + im;
    }
    return "(" + part(real) + im + "j)";
  }

  @Override
  public boolean isTrue() {
    return real != 0 || imag != 0;
  }

  @Override
  public long hash() {
    long h = PyFloat.hashDouble(real, this) + 1000003L * PyFloat.hashDouble(imag, this);
    // Reduced as CPython's Py_uhash_t arithmetic wraps on 64 bits.
    return h == -1 ? -2 : h;
  }

  /** The value of an int, float or complex operand as {re, im}, or null for any other type. */
  static double[] operand(PyObject o) {
    if (o instanceof PyComplex c) {
      return new double[] {c.real, c.imag};
    }
    if (o instanceof PyFloat f) {
      return new double[] {f.value(), 0};
    }
    if (o instanceof PyInt i) {
      double d = i.asDouble();
      if (Double.isInfinite(d)) {
        throw PyException.overflowError("int too large to convert to float");
      }
      return new double[] {d, 0};
    }
    return null;
  }

  @Override
  public boolean eq(PyObject other) {
    PyObject r = richCompare(other, Ops.EQ);
    return r != null ? r.isTrue() : super.eq(other);
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (op != Ops.EQ && op != Ops.NE) {
      return null;
    }
    boolean same;
    if (other instanceof PyComplex c) {
      same = real == c.real && imag == c.imag;
    } else if (other instanceof PyFloat f) {
      same = imag == 0 && real == f.value();
    } else if (other instanceof PyInt i) {
      same = imag == 0 && !Double.isNaN(real) && PyFloat.compareWithInt(real, i) == 0;
    } else {
      return null;
    }
    return PyBool.of(same == (op == Ops.EQ));
  }

  @Override
  public PyObject unaryOp(int op) {
    switch (op) {
      case Ops.NEG:
        return new PyComplex(-real, -imag);
      case Ops.POS:
        return new PyComplex(real, imag);
      default:
        return null;
    }
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    double[] b = operand(other);
    return b == null ? null : arith(op, real, imag, b[0], b[1]);
  }

  @Override
  public PyObject reflectedBinaryOp(int op, PyObject other) {
    double[] a = operand(other);
    return a == null ? null : arith(op, a[0], a[1], real, imag);
  }

  /** {@code abs(z)}: the hypotenuse, OverflowError when it is infinite but the parts are not. */
  public double abs() {
    if (Double.isInfinite(real) || Double.isInfinite(imag)) {
      return Double.POSITIVE_INFINITY;
    }
    if (Double.isNaN(real) || Double.isNaN(imag)) {
      return Double.NaN;
    }
    double r = Math.hypot(real, imag);
    if (Double.isInfinite(r)) {
      throw PyException.overflowError("absolute value too large");
    }
    return r;
  }

  static PyObject arith(int op, double ar, double ai, double br, double bi) {
    switch (op) {
      case Ops.ADD:
        return new PyComplex(ar + br, ai + bi);
      case Ops.SUB:
        return new PyComplex(ar - br, ai - bi);
      case Ops.MUL:
        return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
      case Ops.TRUEDIV:
        {
          double[] q = quot(ar, ai, br, bi);
          return new PyComplex(q[0], q[1]);
        }
      case Ops.POW:
        {
          double[] p = pow(ar, ai, br, bi);
          if (Double.isInfinite(p[0]) || Double.isInfinite(p[1])) {
            if (!Double.isInfinite(ar)
                && !Double.isInfinite(ai)
                && !Double.isInfinite(br)
                && !Double.isInfinite(bi)) {
              throw PyException.overflowError("complex exponentiation");
            }
          }
          return new PyComplex(p[0], p[1]);
        }
      default:
        return null;
    }
  }

  /** Division by Smith's method, which keeps intermediate values in range. */
  static double[] quot(double ar, double ai, double br, double bi) {
    double absBr = Math.abs(br);
    double absBi = Math.abs(bi);
    if (absBr >= absBi) {
      if (absBr == 0.0) {
        throw PyException.zeroDivision("complex division by zero");
      }
      double ratio = bi / br;
      double denom = br + bi * ratio;
      return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
    }
    if (absBi >= absBr) {
      double ratio = br / bi;
      double denom = br * ratio + bi;
      return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
    }
    return new double[] {Double.NaN, Double.NaN};
  }

  private static double[] prod(double[] a, double[] b) {
    return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
  }

  static double[] pow(double ar, double ai, double br, double bi) {
    if (bi == 0 && br == Math.floor(br) && Math.abs(br) <= 100) {
      // Whole powers by repeated squaring, as CPython: exact for small Gaussian integers.
      long n = (long) br;
      double[] r = {1, 0};
      double[] p = {ar, ai};
      long m = Math.abs(n);
      while (m > 0) {
        if ((m & 1) != 0) {
          r = prod(r, p);
        }
        m >>= 1;
        if (m > 0) {
          p = prod(p, p);
        }
      }
      if (n < 0 && r[0] == 0 && r[1] == 0) {
        throw PyException.zeroDivision("0.0 to a negative or complex power");
      }
      return n >= 0 ? r : quot(1, 0, r[0], r[1]);
    }
    if (br == 0 && bi == 0) {
      return new double[] {1, 0};
    }
    if (ar == 0 && ai == 0) {
      if (bi != 0 || br < 0) {
        throw PyException.zeroDivision("0.0 to a negative or complex power");
      }
      return new double[] {0, 0};
    }
    double vabs = Math.hypot(ar, ai);
    double len = Math.pow(vabs, br);
    double at = Math.atan2(ai, ar);
    double phase = at * br;
    if (bi != 0) {
      len /= Math.exp(at * bi);
      phase += bi * Math.log(vabs);
    }
    return new double[] {len * Math.cos(phase), len * Math.sin(phase)};
  }

  /** {@code complex(string)}: CPython's grammar, with optional parentheses and spaces. */
  static PyComplex parse(String s) {
    String t = s.strip();
    if (t.startsWith("(") && t.endsWith(")")) {
      t = t.substring(1, t.length() - 1).strip();
    }
    t = t.replace("_", "\u0000");
    PyComplex c = parseParts(t);
    if (c == null) {
      throw PyException.valueError("complex() arg is a malformed string");
    }
    return c;
  }

  private static PyComplex parseParts(String t) {
    if (t.isEmpty() || t.indexOf('\u0000') >= 0 && !validUnderscores(t)) {
      return null;
    }
    t = t.replace("\u0000", "");
    char last = t.charAt(t.length() - 1);
    if (last != 'j' && last != 'J') {
      Double r = number(t);
      return r == null ? null : new PyComplex(r, 0);
    }
    String body = t.substring(0, t.length() - 1);
    // The imaginary part starts at the last sign not part of an exponent (index > 0).
    int split = -1;
    for (int i = body.length() - 1; i > 0; i--) {
      char ch = body.charAt(i);
      if ((ch == '+' || ch == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
        split = i;
        break;
      }
    }
    String re = split < 0 ? null : body.substring(0, split);
    String im = split < 0 ? body : body.substring(split);
    Double imv;
    if (im.isEmpty() || im.equals("+")) {
      imv = 1.0;
    } else if (im.equals("-")) {
      imv = -1.0;
    } else {
      imv = number(im);
    }
    if (imv == null) {
      return null;
    }
    if (re == null) {
      return new PyComplex(0, imv);
    }
    Double rev = number(re);
    return rev == null ? null : new PyComplex(rev, imv);
  }

  private static boolean validUnderscores(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '\u0000') {
        if (i == 0
            || i == t.length() - 1
            || !Character.isDigit(t.charAt(i - 1))
            || !Character.isDigit(t.charAt(i + 1))) {
          return false;
        }
      }
    }
    return true;
  }

  /** A float literal as float() reads it (inf, nan, exponents), or null. */
  private static Double number(String s) {
    String lower = s.toLowerCase();
    String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
    boolean negative = lower.startsWith("-");
    if (unsigned.equals("inf") || unsigned.equals("infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (unsigned.equals("nan")) {
      return Double.NaN;
    }
    if (!unsigned.matches("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
      return null;
    }
    return Double.parseDouble(lower);
  }

  @Override
  public PyObject lookupAttr(String name) {
    switch (name) {
      case "real":
        return PyFloat.of(real);
      case "imag":
        return PyFloat.of(imag);
      default:
        return super.lookupAttr(name);
    }
  }
}
