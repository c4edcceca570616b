package io.gilvm.object;

import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The constructors and methods of {@code int}, {@code bool} and {@code float}, the constructor
 * {@code type(name, bases, dict)}, and the helpers every builtin type's methods share: the slot
 * wrappers ({@code __add__}, {@code __eq__}, {@code __len__}, …) that expose the Java object
 * protocol to Python code calling them explicitly, argument binding with Argument Clinic's
 * messages, and CPython's index conversions ({@code __index__}, slice bounds).
 */
public final class NumberMethods {
  private NumberMethods() {}

  static void install() {
    installInt();
    installBool();
    installFloat();
  }

  // ------------------------------------------------------------------ shared helpers

  /** Whether there are keyword arguments ({@code kwnames} may be null or empty when none). */
  static boolean hasKeywords(String[] kwnames) {
    return kwnames != null && kwnames.length > 0;
  }

  /** Argument check of a slot wrapper ({@code 'x'.__eq__()}), in CPython's words. */
  static void expectArgs(String name, PyObject[] args, String[] kwnames, int n) {
    if (hasKeywords(kwnames)) {
      throw PyException.typeError("wrapper " + name + "() takes no keyword arguments");
    }
    if (args.length != n) {
      throw PyException.typeError(
          "expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.length);
    }
  }

  /** {@code operator.index(o)}: an int, or an object whose {@code __index__} returns one. */
  public static PyInt index(PyObject o) {
    if (o instanceof PyInt i) {
      return i;
    }
    if (o instanceof PyInstance inst) {
      PyObject r = inst.callDunder("__index__");
      if (r != null) {
        if (r instanceof PyInt i) {
          return i;
        }
        throw PyException.typeError("__index__ returned non-int (type " + r.type().name() + ")");
      }
    }
    throw PyException.typeError(
        "'" + o.type().name() + "' object cannot be interpreted as an integer");
  }

  /** An index-sized argument (Py_ssize_t): OverflowError when it does not fit in a long. */
  static long ssize(PyObject o) {
    PyInt i = index(o);
    if (i.isBig()) {
      throw PyException.overflowError("Python int too large to convert to C ssize_t");
    }
    return i.longValue();
  }

  /** An argument CPython converts to a C int: OverflowError beyond 32 bits. */
  static int cInt(PyObject o) {
    PyInt i = index(o);
    if (i.isBig() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
      throw PyException.overflowError("Python int too large to convert to C int");
    }
    return (int) i.longValue();
  }

  /** An index-sized argument clamped into Java's int range (sizes beyond it cannot exist). */
  static int clampedInt(PyObject o) {
    long v = ssize(o);
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
  }

  /**
   * A slice bound given to {@code find}, {@code index}, {@code count} …: None means {@code dflt};
   * huge ints saturate, as CPython's _PyEval_SliceIndex does.
   */
  static long sliceBound(PyObject o, long dflt, boolean noneAllowed) {
    if (o == null || (noneAllowed && o == PyNone.NONE)) {
      return dflt;
    }
    PyInt i;
    try {
      i = index(o);
    } catch (PyException e) {
      throw PyException.typeError(
          noneAllowed
              ? "slice indices must be integers or None or have an __index__ method"
              : "slice indices must be integers or have an __index__ method");
    }
    if (i.isBig()) {
      return i.bigValue().signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }
    return i.longValue();
  }

  /** A slice bound normalised against {@code len}: negative counts from the end, then clamped. */
  static int adjustBound(long v, int len) {
    if (v < 0) {
      v += len;
      if (v < 0) {
        v = 0;
      }
    } else if (v > len) {
      v = len;
    }
    return (int) v;
  }

  /**
   * Deallocates a temporary container made during a call (its count never left zero), so the
   * references it took on its items are given back.
   */
  static void drop(PyObject temp) {
    ThreadState ts = ThreadState.current();
    ts.refs.incref(temp);
    Refs.decref(ts, temp);
  }

  /**
   * Binds arguments as Argument Clinic does for a method with keyword parameters, with its
   * messages: the first {@code required} names are required, those past {@code positional} are
   * keyword-only. Absent optional arguments are null.
   */
  static PyObject[] parseArgs(
      String fname,
      PyObject[] args,
      String[] kwnames,
      String[] names,
      int required,
      int positional) {
    int npos = positionalCount(args, kwnames);
    for (int k = 0; kwnames != null && k < kwnames.length; k++) {
      boolean known = false;
      for (String n : names) {
        known |= n.equals(kwnames[k]);
      }
      if (!known) {
        throw PyException.typeError(
            "'" + kwnames[k] + "' is an invalid keyword argument for " + fname + "()");
      }
    }
    if (npos > positional) {
      throw PyException.typeError(
          fname
              + "() takes at most "
              + positional
              + " argument"
              + (positional == 1 ? "" : "s")
              + " ("
              + npos
              + " given)");
    }
    return ArgParser.parse(fname, args, kwnames, names, required, positional);
  }

  /** The result of a Java protocol call as a slot wrapper returns it: null is NotImplemented. */
  private static PyObject orNotImplemented(PyObject r) {
    return r == null ? PySingleton.NOT_IMPLEMENTED : r;
  }

  /** Installs {@code __op__} and {@code __rop__} for each binary operator in {@code ops}. */
  static void binaryDunders(PyType t, int... ops) {
    for (int op : ops) {
      String name = Ops.BINARY_DUNDERS[op];
      t.method(
          name,
          (ts, self, a, kw) -> {
            expectArgs(name, a, kw, 1);
            return orNotImplemented(Derived.binaryOp(self, op, a[0]));
          });
      String rname = Ops.REFLECTED_DUNDERS[op];
      t.method(
          rname,
          (ts, self, a, kw) -> {
            expectArgs(rname, a, kw, 1);
            return orNotImplemented(Derived.reflectedBinaryOp(self, op, a[0]));
          });
    }
  }

  /** Installs {@code __iop__} for each in-place operator in {@code ops}. */
  static void inplaceDunders(PyType t, int... ops) {
    for (int op : ops) {
      String name = Ops.INPLACE_DUNDERS[op];
      t.method(
          name,
          (ts, self, a, kw) -> {
            expectArgs(name, a, kw, 1);
            PyObject r = Derived.inplaceOp(self, op, a[0]);
            return r != null ? r : orNotImplemented(Derived.binaryOp(self, op, a[0]));
          });
    }
  }

  /** Installs the six rich comparisons. */
  static void compareDunders(PyType t) {
    for (int op = Ops.LT; op <= Ops.GE; op++) {
      int o = op;
      String name = Ops.COMPARE_DUNDERS[op];
      t.method(
          name,
          (ts, self, a, kw) -> {
            expectArgs(name, a, kw, 1);
            return orNotImplemented(Derived.richCompare(self, a[0], o));
          });
    }
  }

  /** Installs {@code __repr__}, {@code __str__}, {@code __format__} and {@code __hash__}. */
  static void objectDunders(PyType t, boolean hashable) {
    t.method(
        "__repr__",
        (ts, self, a, kw) -> {
          expectArgs("__repr__", a, kw, 0);
          return new PyStr(Derived.repr(self));
        });
    t.method(
        "__str__",
        (ts, self, a, kw) -> {
          expectArgs("__str__", a, kw, 0);
          return self.getClass() == PyStr.class ? self : new PyStr(Derived.str(self));
        });
    t.method(
        "__format__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__format__", a, kw, 1, 1);
          if (!(a[0] instanceof PyStr spec)) {
            throw PyException.typeError(
                "__format__() argument must be str, not " + a[0].type().name());
          }
          return new PyStr(Format.formatBuiltin(self, spec.value()));
        });
    if (hashable) {
      t.method(
          "__hash__",
          (ts, self, a, kw) -> {
            expectArgs("__hash__", a, kw, 0);
            return PyInt.of(Derived.hash(self));
          });
    } else {
      // Mutable containers are unhashable: CPython sets their __hash__ to None.
      t.define("__hash__", PyNone.NONE);
    }
  }

  /** Installs {@code __len__}, {@code __getitem__}, {@code __contains__} and {@code __iter__}. */
  static void sequenceDunders(PyType t, boolean mutable) {
    t.method(
        "__len__",
        (ts, self, a, kw) -> {
          expectArgs("__len__", a, kw, 0);
          return PyInt.of(Derived.len(self));
        });
    t.method(
        "__getitem__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__getitem__", a, kw, 1, 1);
          return Derived.getItem(self, a[0]);
        });
    t.method(
        "__contains__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__contains__", a, kw, 1, 1);
          return PyBool.of(Derived.contains(self, a[0]));
        });
    t.method(
        "__iter__",
        (ts, self, a, kw) -> {
          expectArgs("__iter__", a, kw, 0);
          return Derived.iter(self);
        });
    if (mutable) {
      t.method(
          "__setitem__",
          (ts, self, a, kw) -> {
            expectArgs("__setitem__", a, kw, 2);
            Derived.setItem(self, a[0], a[1]);
            return PyNone.NONE;
          });
      t.method(
          "__delitem__",
          (ts, self, a, kw) -> {
            expectArgs("__delitem__", a, kw, 1);
            Derived.delItem(self, a[0]);
            return PyNone.NONE;
          });
    }
  }

  /** A read-only attribute computed from the instance ({@code (1).real}), as a property. */
  static void getter(PyType t, String name, java.util.function.Function<PyObject, PyObject> get) {
    PyBuiltinFunction f = new PyBuiltinFunction(name, null, (ts, a, kw) -> get.apply(a[0]));
    t.define(name, new PyDescriptors.Property(f, null, null));
  }

  /** A method called on the type ({@code dict.fromkeys}), receiving the type first. */
  static void classMethod(PyType t, String name, Native body) {
    t.define(name, new PyDescriptors.ClassMethod(new PyBuiltinFunction(name, null, body)));
  }

  /** A method that ignores its receiver ({@code str.maketrans}). */
  static void staticMethod(PyType t, String name, Native body) {
    t.define(name, new PyDescriptors.StaticMethod(new PyBuiltinFunction(name, null, body)));
  }

  /** The positional arguments of a call whose keyword arguments are handled apart. */
  static int positionalCount(PyObject[] args, String[] kwnames) {
    return args.length - (kwnames == null ? 0 : kwnames.length);
  }

  // ------------------------------------------------------------------ int

  private static PyInt exactInt(PyInt i) {
    if (i.getClass() == PyInt.class) {
      return i;
    }
    return i.isBig() ? PyInt.of(i.bigValue()) : PyInt.of(i.longValue());
  }

  private static void installInt() {
    PyType t = PyType.INT;
    t.setConstructor(NumberMethods::constructInt);
    binaryDunders(
        t,
        Ops.ADD,
        Ops.SUB,
        Ops.MUL,
        Ops.TRUEDIV,
        Ops.FLOORDIV,
        Ops.MOD,
        Ops.POW,
        Ops.LSHIFT,
        Ops.RSHIFT,
        Ops.AND,
        Ops.OR,
        Ops.XOR);
    compareDunders(t);
    objectDunders(t, true);
    unaryDunders(t);
    t.method(
        "__index__",
        (ts, self, a, kw) -> {
          expectArgs("__index__", a, kw, 0);
          return exactInt((PyInt) self);
        });
    t.method(
        "__int__",
        (ts, self, a, kw) -> {
          expectArgs("__int__", a, kw, 0);
          return exactInt((PyInt) self);
        });
    t.method(
        "__float__",
        (ts, self, a, kw) -> {
          expectArgs("__float__", a, kw, 0);
          return PyFloat.of(((PyInt) self).asDouble());
        });
    t.method(
        "__bool__",
        (ts, self, a, kw) -> {
          expectArgs("__bool__", a, kw, 0);
          return PyBool.of(Derived.isTrue(self));
        });
    t.method(
        "__abs__",
        (ts, self, a, kw) -> {
          expectArgs("__abs__", a, kw, 0);
          PyInt i = (PyInt) self;
          return i.isBig()
              ? PyInt.of(i.bigValue().abs())
              : i.longValue() < 0 ? i.unaryOp(Ops.NEG) : exactInt(i);
        });
    t.method(
        "__divmod__",
        (ts, self, a, kw) -> {
          expectArgs("__divmod__", a, kw, 1);
          return divmod(self, a[0]);
        });
    t.method(
        "__rdivmod__",
        (ts, self, a, kw) -> {
          expectArgs("__rdivmod__", a, kw, 1);
          return a[0] instanceof PyInt ? divmod(a[0], self) : PySingleton.NOT_IMPLEMENTED;
        });
    for (String name : new String[] {"__trunc__", "__floor__", "__ceil__", "conjugate"}) {
      t.method(
          name,
          (ts, self, a, kw) -> {
            ArgParser.arity("int." + name, a, kw, 0, 0);
            return exactInt((PyInt) self);
          });
    }
    t.method(
        "__round__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__round__", a, kw, 0, 1);
          // Unlike round(), int.__round__ itself takes no None.
          return roundInt((PyInt) self, a.length == 0 ? PyNone.NONE : index(a[0]));
        });
    t.method(
        "bit_length",
        (ts, self, a, kw) -> {
          ArgParser.arity("int.bit_length", a, kw, 0, 0);
          PyInt i = (PyInt) self;
          if (i.isBig()) {
            return PyInt.of(i.bigValue().abs().bitLength());
          }
          long v = i.longValue();
          return PyInt.of(v == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(v)));
        });
    t.method(
        "bit_count",
        (ts, self, a, kw) -> {
          ArgParser.arity("int.bit_count", a, kw, 0, 0);
          PyInt i = (PyInt) self;
          if (i.isBig() || i.longValue() == Long.MIN_VALUE) {
            return PyInt.of(i.bigValue().abs().bitCount());
          }
          return PyInt.of(Long.bitCount(Math.abs(i.longValue())));
        });
    t.method(
        "as_integer_ratio",
        (ts, self, a, kw) -> {
          ArgParser.arity("int.as_integer_ratio", a, kw, 0, 0);
          return PyTuple.of(exactInt((PyInt) self), PyInt.of(1));
        });
    t.method("to_bytes", NumberMethods::toBytes);
    classMethod(t, "from_bytes", NumberMethods::fromBytes);
    getter(t, "real", o -> exactInt((PyInt) o));
    getter(t, "numerator", o -> exactInt((PyInt) o));
    getter(t, "imag", o -> PyInt.of(0));
    getter(t, "denominator", o -> PyInt.of(1));
  }

  private static void unaryDunders(PyType t) {
    unaryDunders(t, Ops.INVERT);
  }

  /** Installs {@code __neg__}, {@code __pos__} and, up to {@code last}, {@code __invert__}. */
  static void unaryDunders(PyType t, int last) {
    for (int op = Ops.NEG; op <= last; op++) {
      int o = op;
      String name = Ops.UNARY_DUNDERS[op];
      t.method(
          name,
          (ts, self, a, kw) -> {
            expectArgs(name, a, kw, 0);
            return orNotImplemented(Derived.unaryOp(self, o));
          });
    }
  }

  private static PyObject divmod(PyObject x, PyObject y) {
    PyObject q = x.binaryOp(Ops.FLOORDIV, y);
    if (q == null) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    return PyTuple.of(q, x.binaryOp(Ops.MOD, y));
  }

  private static PyObject roundInt(PyInt i, PyObject ndigits) {
    if (ndigits == PyNone.NONE) {
      return exactInt(i);
    }
    PyInt nd = index(ndigits);
    if (!nd.isBig() && nd.longValue() >= 0 || nd.isBig() && nd.bigValue().signum() > 0) {
      return exactInt(i);
    }
    if (nd.isBig() || nd.longValue() < -100000) {
      return PyInt.of(0);
    }
    BigDecimal r =
        new BigDecimal(i.bigValue()).setScale((int) nd.longValue(), RoundingMode.HALF_EVEN);
    return PyInt.of(r.toBigInteger());
  }

  private static PyObject constructInt(
      ThreadState ts, PyType type, PyObject[] args, String[] kwnames) {
    int npos = positionalCount(args, kwnames);
    if (npos > 2) {
      throw PyException.typeError("int() takes at most 2 arguments (" + args.length + " given)");
    }
    PyObject x = npos > 0 ? args[0] : null;
    PyObject base = npos > 1 ? args[1] : null;
    for (int k = 0; kwnames != null && k < kwnames.length; k++) {
      if (!kwnames[k].equals("base")) {
        throw PyException.typeError(
            "'" + kwnames[k] + "' is an invalid keyword argument for int()");
      }
      if (base != null) {
        throw PyException.typeError("argument for int() given by name ('base') and position (2)");
      }
      base = args[npos + k];
    }
    if (x == null) {
      if (base != null) {
        throw PyException.typeError("int() missing string argument");
      }
      return PyInt.of(0);
    }
    if (base == null) {
      return toInt(x);
    }
    PyInt b = index(base);
    long bv = b.isBig() ? -1 : b.longValue();
    if (bv != 0 && (bv < 2 || bv > 36)) {
      throw PyException.valueError("int() base must be >= 2 and <= 36, or 0");
    }
    if (x instanceof PyStr s) {
      return parseIntOrFail(s.value(), (int) bv, x);
    }
    if (x instanceof PyBytes by) {
      return parseIntOrFail(BytesMethods.latin1(by.value()), (int) bv, x);
    }
    throw PyException.typeError("int() can't convert non-string with explicit base");
  }

  /** {@code int(x)} with one argument. */
  static PyInt toInt(PyObject x) {
    if (x instanceof PyInt i) {
      return exactInt(i);
    }
    if (x instanceof PyFloat f) {
      return f.toInt();
    }
    if (x instanceof PyStr s) {
      return parseIntOrFail(s.value(), 10, x);
    }
    if (x instanceof PyBytes b) {
      return parseIntOrFail(BytesMethods.latin1(b.value()), 10, x);
    }
    if (x instanceof PyInstance inst) {
      for (String dunder : new String[] {"__int__", "__index__", "__trunc__"}) {
        PyObject r = inst.callDunder(dunder);
        if (r != null) {
          if (r instanceof PyInt i) {
            return exactInt(i);
          }
          throw PyException.typeError(dunder + " returned non-int (type " + r.type().name() + ")");
        }
      }
    }
    throw PyException.typeError(
        "int() argument must be a string, a bytes-like object or a real number, not '"
            + x.type().name()
            + "'");
  }

  private static PyInt parseIntOrFail(String s, int base, PyObject original) {
    PyInt r = parseInt(s, base);
    if (r == null) {
      throw PyException.valueError(
          "invalid literal for int() with base " + base + ": " + original.repr());
    }
    return r;
  }

  /** The whitespace of str.split() and str.strip(): Unicode White_Space, as CPython has it. */
  static boolean isSpace(char c) {
    if (c < 128) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    }
    return c == 0x85
        || c == 0xa0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202f
        || c == 0x205f
        || c == 0x3000;
  }

  /** The text with surrounding whitespace removed and Unicode decimal digits made ASCII. */
  private static String numericText(String s) {
    int lo = 0;
    int hi = s.length();
    while (lo < hi && isSpace(s.charAt(lo))) {
      lo++;
    }
    while (hi > lo && isSpace(s.charAt(hi - 1))) {
      hi--;
    }
    StringBuilder sb = null;
    for (int i = lo; i < hi; i++) {
      char c = s.charAt(i);
      if (c >= 128 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
        if (sb == null) {
          sb = new StringBuilder(s.substring(lo, i));
        }
        sb.append((char) ('0' + Character.digit(c, 10)));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb != null ? sb.toString() : s.substring(lo, hi);
  }

  private static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    return 99;
  }

  /** Parses an int literal as {@code int(s, base)} does; null when it is not one. */
  static PyInt parseInt(String text, int base) {
    String s = numericText(text);
    int n = s.length();
    int i = 0;
    boolean neg = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      neg = s.charAt(i) == '-';
      i++;
    }
    boolean prefixed = false;
    if (i + 1 < n && s.charAt(i) == '0') {
      char p = Character.toLowerCase(s.charAt(i + 1));
      int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
      if (pb != 0 && (base == 0 || base == pb)) {
        base = pb;
        i += 2;
        prefixed = true;
      }
    }
    boolean decimalZeroOnly = false;
    if (base == 0) {
      base = 10;
      // A decimal literal may not have leading zeros unless it is all zeros.
      decimalZeroOnly = i < n && s.charAt(i) == '0';
    }
    StringBuilder digits = new StringBuilder(n - i);
    boolean lastUnderscore = !prefixed;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '_') {
        if (lastUnderscore) {
          return null;
        }
        lastUnderscore = true;
        continue;
      }
      if (digitValue(c) >= base) {
        return null;
      }
      if (decimalZeroOnly && c != '0') {
        return null;
      }
      digits.append(c);
      lastUnderscore = false;
    }
    if (digits.length() == 0 || lastUnderscore) {
      return null;
    }
    if (digits.length() <= 12) {
      long v = Long.parseLong(digits.toString(), base);
      return PyInt.of(neg ? -v : v);
    }
    String tooLong = io.gilvm.lang.IntDigitsLimit.checkParse(digits.length(), base);
    if (tooLong != null) {
      throw PyException.valueError(tooLong);
    }
    BigInteger v =
        base == 10
            ? IntText.parseDecimal(digits.toString())
            : new BigInteger(digits.toString(), base);
    return PyInt.of(neg ? v.negate() : v);
  }

  private static PyObject toBytes(
      ThreadState ts, PyObject self, PyObject[] args, String[] kwnames) {
    PyObject[] p =
        ArgParser.parse(
            "to_bytes", args, kwnames, new String[] {"length", "byteorder", "signed"}, 0, 2);
    long length = p[0] == null ? 1 : ssize(p[0]);
    boolean little = byteOrder(p[1]);
    boolean signed = p[2] != null && Ops.isTrue(p[2]);
    if (length < 0) {
      throw PyException.valueError("length argument must be non-negative");
    }
    BigInteger v = ((PyInt) self).bigValue();
    if (!signed && v.signum() < 0) {
      throw PyException.overflowError("can't convert negative int to unsigned");
    }
    int needed = signed ? v.bitLength() + 1 : v.bitLength();
    if (needed > length * 8) {
      throw PyException.overflowError("int too big to convert");
    }
    byte[] twos = v.toByteArray();
    byte[] out = new byte[(int) length];
    byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
    for (int k = 0; k < out.length; k++) {
      int src = twos.length - 1 - k;
      out[out.length - 1 - k] = src >= 0 ? twos[src] : fill;
    }
    if (little) {
      reverse(out);
    }
    return new PyBytes(out);
  }

  private static boolean byteOrder(PyObject o) {
    if (o == null) {
      return false;
    }
    if (!(o instanceof PyStr s)) {
      throw PyException.typeError(
          "to_bytes() argument 'byteorder' must be str, not " + o.type().name());
    }
    switch (s.value()) {
      case "little":
        return true;
      case "big":
        return false;
      default:
        throw PyException.valueError("byteorder must be either 'little' or 'big'");
    }
  }

  private static void reverse(byte[] b) {
    for (int i = 0, j = b.length - 1; i < j; i++, j--) {
      byte x = b[i];
      b[i] = b[j];
      b[j] = x;
    }
  }

  private static PyObject fromBytes(ThreadState ts, PyObject[] args, String[] kwnames) {
    PyType cls = (PyType) args[0];
    PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    PyObject[] p =
        ArgParser.parse(
            "from_bytes", rest, kwnames, new String[] {"bytes", "byteorder", "signed"}, 1, 2);
    byte[] data = BytesMethods.bytesOf(p[0]).clone();
    boolean little = byteOrder(p[1]);
    boolean signed = p[2] != null && Ops.isTrue(p[2]);
    if (little) {
      reverse(data);
    }
    BigInteger v =
        data.length == 0
            ? BigInteger.ZERO
            : signed ? new BigInteger(data) : new BigInteger(1, data);
    if (cls == PyType.BOOL) {
      return PyBool.of(v.signum() != 0);
    }
    return PyInt.of(v);
  }

  // ------------------------------------------------------------------ bool

  private static void installBool() {
    PyType.BOOL.setConstructor(
        (ts, type, args, kwnames) -> {
          if (hasKeywords(kwnames)) {
            throw PyException.typeError("bool() takes no keyword arguments");
          }
          ArgParser.arity("bool", args, null, 0, 1);
          return PyBool.of(args.length == 1 && Ops.isTrue(args[0]));
        });
  }

  // ------------------------------------------------------------------ float

  private static void installFloat() {
    PyType t = PyType.FLOAT;
    t.setConstructor(
        (ts, type, args, kwnames) -> {
          if (hasKeywords(kwnames)) {
            throw PyException.typeError("float() takes no keyword arguments");
          }
          ArgParser.arity("float", args, null, 0, 1);
          return args.length == 0 ? PyFloat.of(0.0) : toFloat(args[0]);
        });
    binaryDunders(t, Ops.ADD, Ops.SUB, Ops.MUL, Ops.TRUEDIV, Ops.FLOORDIV, Ops.MOD, Ops.POW);
    compareDunders(t);
    objectDunders(t, true);
    unaryDunders(t, Ops.POS);
    t.method(
        "__float__",
        (ts, self, a, kw) -> {
          expectArgs("__float__", a, kw, 0);
          return self;
        });
    t.method(
        "__bool__",
        (ts, self, a, kw) -> {
          expectArgs("__bool__", a, kw, 0);
          return PyBool.of(Derived.isTrue(self));
        });
    t.method(
        "__abs__",
        (ts, self, a, kw) -> {
          expectArgs("__abs__", a, kw, 0);
          return PyFloat.of(Math.abs(((PyFloat) self).value()));
        });
    t.method(
        "__int__",
        (ts, self, a, kw) -> {
          expectArgs("__int__", a, kw, 0);
          return ((PyFloat) self).toInt();
        });
    t.method(
        "__trunc__",
        (ts, self, a, kw) -> {
          ArgParser.arity("float.__trunc__", a, kw, 0, 0);
          return ((PyFloat) self).toInt();
        });
    t.method(
        "__floor__",
        (ts, self, a, kw) -> {
          ArgParser.arity("float.__floor__", a, kw, 0, 0);
          return PyFloat.of(Math.floor(((PyFloat) self).value())).toInt();
        });
    t.method(
        "__ceil__",
        (ts, self, a, kw) -> {
          ArgParser.arity("float.__ceil__", a, kw, 0, 0);
          return PyFloat.of(Math.ceil(((PyFloat) self).value())).toInt();
        });
    t.method(
        "__round__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__round__", a, kw, 0, 1);
          return roundFloat(((PyFloat) self).value(), a.length == 0 ? PyNone.NONE : a[0]);
        });
    t.method(
        "__divmod__",
        (ts, self, a, kw) -> {
          expectArgs("__divmod__", a, kw, 1);
          return divmod(self, a[0]);
        });
    t.method(
        "__rdivmod__",
        (ts, self, a, kw) -> {
          expectArgs("__rdivmod__", a, kw, 1);
          PyObject r = Derived.reflectedBinaryOp(self, Ops.FLOORDIV, a[0]);
          if (r == null) {
            return PySingleton.NOT_IMPLEMENTED;
          }
          return PyTuple.of(r, Derived.reflectedBinaryOp(self, Ops.MOD, a[0]));
        });
    t.method(
        "conjugate",
        (ts, self, a, kw) -> {
          ArgParser.arity("float.conjugate", a, kw, 0, 0);
          return self;
        });
    t.method(
        "is_integer",
        (ts, self, a, kw) -> {
          ArgParser.arity("float.is_integer", a, kw, 0, 0);
          double v = ((PyFloat) self).value();
          return PyBool.of(!Double.isInfinite(v) && v == Math.rint(v));
        });
    t.method(
        "as_integer_ratio",
        (ts, self, a, kw) -> {
          ArgParser.arity("float.as_integer_ratio", a, kw, 0, 0);
          return integerRatio(((PyFloat) self).value());
        });
    t.method(
        "hex",
        (ts, self, a, kw) -> {
          ArgParser.arity("float.hex", a, kw, 0, 0);
          return new PyStr(hex(((PyFloat) self).value()));
        });
    classMethod(
        t,
        "fromhex",
        (ts, a, kw) -> {
          ArgParser.arity("fromhex", java.util.Arrays.copyOfRange(a, 1, a.length), kw, 1, 1);
          return PyFloat.of(fromHex(ArgParser.asStr(a[1], "fromhex")));
        });
    getter(t, "real", o -> o);
    getter(t, "imag", o -> PyFloat.of(0.0));
  }

  /** {@code float(x)} with one argument. */
  static PyFloat toFloat(PyObject x) {
    if (x instanceof PyFloat f) {
      return f.getClass() == PyFloat.class ? f : PyFloat.of(f.value());
    }
    if (x instanceof PyInt i) {
      return PyFloat.of(i.asDouble());
    }
    if (x instanceof PyStr || x instanceof PyBytes) {
      String s = x instanceof PyStr ps ? ps.value() : BytesMethods.latin1(((PyBytes) x).value());
      Double d = parseFloat(s);
      if (d == null) {
        throw PyException.valueError("could not convert string to float: " + x.repr());
      }
      return PyFloat.of(d);
    }
    if (x instanceof PyInstance inst) {
      PyObject r = inst.callDunder("__float__");
      if (r != null) {
        if (r instanceof PyFloat f) {
          return f;
        }
        throw PyException.typeError(
            x.type().name() + ".__float__ returned non-float (type " + r.type().name() + ")");
      }
      r = inst.callDunder("__index__");
      if (r instanceof PyInt i) {
        return PyFloat.of(i.asDouble());
      }
    }
    throw PyException.typeError(
        "float() argument must be a string or a real number, not '" + x.type().name() + "'");
  }

  /** Parses Python float syntax ({@code float(s)}); null when it is not a float literal. */
  static Double parseFloat(String text) {
    String s = numericText(text);
    int n = s.length();
    int i = 0;
    boolean neg = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      neg = s.charAt(i) == '-';
      i++;
    }
    String word = s.substring(i).toLowerCase(java.util.Locale.ROOT);
    if (word.equals("inf") || word.equals("infinity")) {
      return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (word.equals("nan")) {
      return Double.NaN;
    }
    StringBuilder clean = new StringBuilder(n);
    if (neg) {
      clean.append('-');
    }
    int intDigits = scanDigits(s, i, clean);
    if (intDigits < 0) {
      return null;
    }
    i += intDigits;
    int fracDigits = 0;
    if (i < n && s.charAt(i) == '.') {
      clean.append('.');
      i++;
      fracDigits = scanDigits(s, i, clean);
      if (fracDigits < 0) {
        return null;
      }
      i += fracDigits;
    }
    if (countDigits(clean) == 0) {
      return null;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      clean.append('e');
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        clean.append(s.charAt(i++));
      }
      int expDigits = scanDigits(s, i, clean);
      if (expDigits <= 0) {
        return null;
      }
      i += expDigits;
    }
    if (i != n) {
      return null;
    }
    return Double.parseDouble(clean.toString());
  }

  private static int countDigits(CharSequence s) {
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        k++;
      }
    }
    return k;
  }

  /**
   * Scans {@code digit ('_'? digit)*} at {@code from}, appending the digits; returns the characters
   * consumed, or -1 for a misplaced underscore.
   */
  private static int scanDigits(String s, int from, StringBuilder out) {
    int i = from;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
        i++;
      } else if (c == '_'
          && i > from
          && i + 1 < n
          && Character.isDigit(s.charAt(i + 1))
          && s.charAt(i + 1) < 128) {
        i++;
      } else {
        break;
      }
    }
    if (i < n && s.charAt(i) == '_') {
      return -1;
    }
    return i - from;
  }

  /** {@code round(x, ndigits)} for floats: half to even, on the exact binary value. */
  static PyObject roundFloat(double v, PyObject nd) {
    if (nd == PyNone.NONE) {
      if (Double.isNaN(v)) {
        throw PyException.valueError("cannot convert float NaN to integer");
      }
      if (Double.isInfinite(v)) {
        throw PyException.overflowError("cannot convert float infinity to integer");
      }
      return PyInt.of(new BigDecimal(v).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
    }
    PyInt ni = index(nd);
    long n = ni.isBig() ? (ni.bigValue().signum() < 0 ? -1000 : 1000) : ni.longValue();
    if (Double.isNaN(v) || Double.isInfinite(v) || n > 400) {
      return PyFloat.of(v);
    }
    if (n < -400) {
      return PyFloat.of(0.0 * v);
    }
    double out = new BigDecimal(v).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
    return PyFloat.of(out == 0 ? Math.copySign(0.0, v) : out);
  }

  private static PyObject integerRatio(double v) {
    if (Double.isInfinite(v)) {
      throw PyException.overflowError("cannot convert Infinity to integer ratio");
    }
    if (Double.isNaN(v)) {
      throw PyException.valueError("cannot convert NaN to integer ratio");
    }
    BigDecimal exact = new BigDecimal(v);
    BigInteger num;
    BigInteger den;
    if (exact.scale() <= 0) {
      num = exact.toBigIntegerExact();
      den = BigInteger.ONE;
    } else {
      // value = unscaled / 10**scale; the reduced denominator is a power of two.
      num = exact.unscaledValue();
      den = BigInteger.TEN.pow(exact.scale());
      BigInteger g = num.gcd(den);
      num = num.divide(g);
      den = den.divide(g);
    }
    return PyTuple.of(PyInt.of(num), PyInt.of(den));
  }

  /** {@code float.hex()}: 13 hex digits of mantissa, as CPython prints it. */
  static String hex(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    long bits = Double.doubleToRawLongBits(v);
    String sign = bits < 0 ? "-" : "";
    int exp = (int) ((bits >>> 52) & 0x7ff);
    long mant = bits & 0xfffffffffffffL;
    if (exp == 0 && mant == 0) {
      return sign + "0x0.0p+0";
    }
    String lead = exp == 0 ? "0" : "1";
    int e = exp == 0 ? -1022 : exp - 1023;
    String digits = String.format("%013x", mant);
    return sign + "0x" + lead + "." + digits + "p" + (e >= 0 ? "+" : "") + e;
  }

  /** {@code float.fromhex(s)}. */
  static double fromHex(String text) {
    String s = text.strip();
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    String body = lower;
    String sign = "";
    if (body.startsWith("-") || body.startsWith("+")) {
      sign = body.substring(0, 1);
      body = body.substring(1);
    }
    if (body.equals("inf") || body.equals("infinity")) {
      return sign.equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (body.equals("nan")) {
      return Double.NaN;
    }
    if (body.startsWith("0x")) {
      body = body.substring(2);
    }
    if (!body.matches("([0-9a-f]+(\\.[0-9a-f]*)?|\\.[0-9a-f]+)(p[+-]?[0-9]+)?")) {
      throw PyException.valueError("invalid hexadecimal floating-point string");
    }
    if (body.indexOf('p') < 0) {
      body += "p0";
    }
    double d = Double.parseDouble(sign + "0x" + body);
    if (Double.isInfinite(d)) {
      throw PyException.overflowError("hexadecimal value too large to represent as a float");
    }
    return d;
  }
}
