package io.gilvm.object;

import io.gilvm.eval.EvalSupport;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The abstract object protocol (CPython's PyObject_* and PyNumber_* functions): operators with
 * their NotImplemented dispatch and TypeError messages, truth, hashing, iteration, calls.
 */
public final class Ops {
  private Ops() {}

  // Binary operators.
  public static final int ADD = 0;
  public static final int SUB = 1;
  public static final int MUL = 2;
  public static final int TRUEDIV = 3;
  public static final int FLOORDIV = 4;
  public static final int MOD = 5;
  public static final int POW = 6;
  public static final int LSHIFT = 7;
  public static final int RSHIFT = 8;
  public static final int AND = 9;
  public static final int OR = 10;
  public static final int XOR = 11;
  public static final int MATMUL = 12;

  static final String[] SYMBOLS = {
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"
  };
  static final String[] BINARY_DUNDERS = {
    "__add__",
    "__sub__",
    "__mul__",
    "__truediv__",
    "__floordiv__",
    "__mod__",
    "__pow__",
    "__lshift__",
    "__rshift__",
    "__and__",
    "__or__",
    "__xor__",
    "__matmul__"
  };
  static final String[] REFLECTED_DUNDERS = {
    "__radd__",
    "__rsub__",
    "__rmul__",
    "__rtruediv__",
    "__rfloordiv__",
    "__rmod__",
    "__rpow__",
    "__rlshift__",
    "__rrshift__",
    "__rand__",
    "__ror__",
    "__rxor__",
    "__rmatmul__"
  };
  static final String[] INPLACE_DUNDERS = {
    "__iadd__",
    "__isub__",
    "__imul__",
    "__itruediv__",
    "__ifloordiv__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ior__",
    "__ixor__",
    "__imatmul__"
  };

  // Comparisons: the COMPARE_OP argument.
  public static final int LT = 0;
  public static final int LE = 1;
  public static final int EQ = 2;
  public static final int NE = 3;
  public static final int GT = 4;
  public static final int GE = 5;

  static final String[] COMPARE_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
  static final String[] COMPARE_DUNDERS = {
    "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"
  };
  private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

  // Unary operators.
  public static final int NEG = 0;
  public static final int POS = 1;
  public static final int INVERT = 2;

  static final String[] UNARY_DUNDERS = {"__neg__", "__pos__", "__invert__"};
  private static final String[] UNARY_SYMBOLS = {"unary -", "unary +", "unary ~"};

  /** Whether a three-way comparison result {@code c} satisfies comparison {@code op}. */
  public static boolean compareResult(int c, int op) {
    switch (op) {
      case LT:
        return c < 0;
      case LE:
        return c <= 0;
      case EQ:
        return c == 0;
      case NE:
        return c != 0;
      case GT:
        return c > 0;
      default:
        return c >= 0;
    }
  }

  /** {@code a op b}. */
  public static PyObject binary(PyObject a, PyObject b, int op) {
    PyObject r;
    boolean bFirst = b.type() != a.type() && b.type().isSubtypeOf(a.type()) && isProgramObject(b);
    if (bFirst) {
      r = b.reflectedBinaryOp(op, a);
      if (r != null) {
        return r;
      }
    }
    r = a.binaryOp(op, b);
    if (r != null) {
      return r;
    }
    if (!bFirst && b.type() != a.type()) {
      r = b.reflectedBinaryOp(op, a);
      if (r != null) {
        return r;
      }
    }
    if (op == POW && a instanceof PyInt && b instanceof PyFloat) {
      return PyFloat.pow(((PyInt) a).asDouble(), ((PyFloat) b).value);
    }
    throw unsupported(a, b, SYMBOLS[op]);
  }

  /**
   * An index given as an object of a class with {@code __index__} (a sequence subscript): its int
   * value, or null when the object has no {@code __index__}.
   */
  static PyInt asIndex(PyObject key) {
    if (key instanceof PyInstance inst) {
      PyObject r = inst.callDunder("__index__");
      if (r == null) {
        return null;
      }
      if (r instanceof PyInt i) {
        return i;
      }
      throw PyException.typeError("__index__ returned non-int (type " + r.type().name() + ")");
    }
    return null;
  }

  /** Whether {@code o} is an instance of a class the program defined. */
  public static boolean isProgramObject(PyObject o) {
    return o instanceof PyInstance || o instanceof Derived.Instance;
  }

  /** {@code a op= b}: the in-place method if there is one, else the binary operator. */
  public static PyObject inplace(PyObject a, PyObject b, int op) {
    PyObject r = a.inplaceOp(op, b);
    if (r != null) {
      return r;
    }
    try {
      return binary(a, b, op);
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.TYPE_ERROR)
          && e.value().str().startsWith("unsupported operand type(s) for " + SYMBOLS[op] + ":")) {
        throw unsupported(a, b, SYMBOLS[op] + "=");
      }
      throw e;
    }
  }

  private static PyException unsupported(PyObject a, PyObject b, String symbol) {
    if (symbol.equals("+") && a instanceof PyStr) {
      return PyException.typeError(
          "can only concatenate str (not \"" + b.type().tpName() + "\") to str");
    }
    if (symbol.equals("+") && a instanceof PyList) {
      return PyException.typeError(
          "can only concatenate list (not \"" + b.type().tpName() + "\") to list");
    }
    if (symbol.equals("+") && a instanceof PyBytes) {
      return PyException.typeError("can't concat " + b.type().tpName() + " to bytes");
    }
    if (symbol.equals("+") && a instanceof PyDeque) {
      return PyException.typeError(
          "can only concatenate deque (not \"" + b.type().tpName() + "\") to deque");
    }
    if (symbol.equals("+") && a instanceof PyTuple) {
      return PyException.typeError(
          "can only concatenate tuple (not \"" + b.type().tpName() + "\") to tuple");
    }
    if ((symbol.equals("*") || symbol.equals("*=")) && isSequence(a) && !(b instanceof PyInt)) {
      return PyException.typeError(
          "can't multiply sequence by non-int of type '" + b.type().tpName() + "'");
    }
    if (symbol.equals("*") && isSequence(b) && !(a instanceof PyInt) && !isSequence(a)) {
      return PyException.typeError(
          "can't multiply sequence by non-int of type '" + a.type().tpName() + "'");
    }
    if (symbol.equals("**")) {
      return PyException.typeError(
          "unsupported operand type(s) for ** or pow(): '"
              + a.type().tpName()
              + "' and '"
              + b.type().tpName()
              + "'");
    }
    return PyException.typeError(
        "unsupported operand type(s) for "
            + symbol
            + ": '"
            + a.type().tpName()
            + "' and '"
            + b.type().tpName()
            + "'");
  }

  /** {@code -a}, {@code +a}, {@code ~a}. */
  public static PyObject unary(PyObject a, int op) {
    PyObject r = a.unaryOp(op);
    if (r == null) {
      throw PyException.typeError(
          "bad operand type for " + UNARY_SYMBOLS[op] + ": '" + a.type().name() + "'");
    }
    return r;
  }

  /** {@code a op b} for a comparison, with the reflected fallback and the identity default. */
  public static PyObject compare(PyObject a, PyObject b, int op) {
    boolean bFirst = b.type() != a.type() && b.type().isSubtypeOf(a.type());
    PyObject r;
    if (bFirst) {
      r = b.richCompare(a, SWAPPED[op]);
      if (r != null) {
        return r;
      }
    }
    r = a.richCompare(b, op);
    if (r != null) {
      return r;
    }
    if (!bFirst) {
      r = b.richCompare(a, SWAPPED[op]);
      if (r != null) {
        return r;
      }
    }
    if (op == EQ) {
      return PyBool.of(a == b);
    }
    if (op == NE) {
      return PyBool.of(a != b);
    }
    throw PyException.typeError(
        "'"
            + COMPARE_SYMBOLS[op]
            + "' not supported between instances of '"
            + a.type().tpName()
            + "' and '"
            + b.type().tpName()
            + "'");
  }

  /** {@code a < b} as a Java boolean (sorting, min, max). */
  public static boolean lessThan(PyObject a, PyObject b) {
    if (a.getClass() == PyInt.class
        && b.getClass() == PyInt.class
        && a instanceof PyInt x
        && b instanceof PyInt y
        && !x.isBig()
        && !y.isBig()) {
      return x.longValue() < y.longValue();
    }
    return isTrue(compare(a, b, LT));
  }

  /** {@code a > b} as a truth value (max() compares so, and names '>' in its errors). */
  public static boolean greaterThan(PyObject a, PyObject b) {
    if (a.getClass() == PyInt.class
        && b.getClass() == PyInt.class
        && a instanceof PyInt x
        && b instanceof PyInt y
        && !x.isBig()
        && !y.isBig()) {
      return x.longValue() > y.longValue();
    }
    return isTrue(compare(a, b, GT));
  }

  /** {@code bool(o)}. */
  public static boolean isTrue(PyObject o) {
    if (o == PyBool.TRUE) {
      return true;
    }
    if (o == PyBool.FALSE || o == PyNone.NONE) {
      return false;
    }
    return o.isTrue();
  }

  /** {@code a == b} as a Java boolean. */
  public static boolean eq(PyObject a, PyObject b) {
    return a == b || a.eq(b);
  }

  /** {@code hash(o)}. */
  public static long hash(PyObject o) {
    return o.hash();
  }

  public static String repr(PyObject o) {
    return o.repr();
  }

  public static String str(PyObject o) {
    return o.str();
  }

  /** {@code ascii(o)}: the repr with non-ASCII characters escaped. */
  public static String ascii(PyObject o) {
    String r = o.repr();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c < 128) {
        sb.append(c);
      } else if (c <= 0xff) {
        sb.append(String.format("\\x%02x", (int) c));
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb.toString();
  }

  /** {@code iter(o)}. */
  public static PyObject iter(PyObject o) {
    return o.iter();
  }

  /** {@code len(o)}. */
  public static int len(PyObject o) {
    return o.len();
  }

  /** {@code item in container}. */
  public static boolean contains(PyObject container, PyObject item) {
    return container.contains(item);
  }

  /** Calls {@code f} with borrowed arguments. */
  public static PyObject call(ThreadState ts, PyObject f, PyObject[] args, String[] kwnames) {
    return f.call(ts, args, kwnames);
  }

  /** Calls {@code f} with positional arguments, on the current thread. */
  public static PyObject call(PyObject f, PyObject... args) {
    return f.call(ThreadState.current(), args, null);
  }

  /** Calls method {@code name} of {@code o}; the bound method made for the call is not kept. */
  public static PyObject callMethod(ThreadState ts, PyObject o, String name, PyObject... args) {
    PyObject m = o.getAttr(name);
    ts.refs.incref(m);
    try {
      return m.call(ts, args, null);
    } finally {
      Refs.decref(ts, m);
    }
  }

  /** The items of an iterable, in order (borrowed references for lists and tuples). */
  public static PyObject[] toArray(PyObject iterable) {
    if (iterable.getClass() == PyTuple.class) {
      return ((PyTuple) iterable).items().clone();
    }
    if (iterable.getClass() == PyList.class) {
      return ((PyList) iterable).toArray();
    }
    // Each item is held while the rest are fetched: the iterator may drop its own reference to
    // an item it gave out (a generator rebinding the variable it yielded).
    List<PyObject> out = new ArrayList<>();
    PyObject it = iterable.iter();
    ThreadState ts = ThreadState.current();
    try {
      for (PyObject x; (x = it.next()) != null; ) {
        ts.refs.incref(x);
        out.add(x);
      }
    } catch (PyException e) {
      // The items so far go nowhere: those that were floating are freed.
      for (PyObject x : out) {
        Refs.decref(ts, x);
      }
      throw e;
    } finally {
      Refs.dropIterator(ts, it, iterable);
    }
    PyObject[] items = out.toArray(new PyObject[0]);
    // Handed over as the contract says, borrowed or floating: an item only this array holds is
    // floating again, for the caller to take.
    for (PyObject x : items) {
      Refs.release(ts, x);
    }
    return items;
  }

  /** The items of {@code seq} for unpacking into exactly {@code n} targets. */
  public static PyObject[] unpack(PyObject seq, int n) {
    PyObject[] items;
    if (seq.getClass() == PyTuple.class) {
      items = ((PyTuple) seq).items();
    } else if (seq.getClass() == PyList.class) {
      items = ((PyList) seq).toArray();
    } else {
      PyObject it;
      try {
        it = seq.iter();
      } catch (PyException e) {
        if (e.matches(ExceptionTypes.TYPE_ERROR)) {
          throw PyException.typeError(
              "cannot unpack non-iterable " + seq.type().name() + " object");
        }
        throw e;
      }
      List<PyObject> out = new ArrayList<>();
      ThreadState ts = ThreadState.current();
      try {
        for (PyObject x; (x = it.next()) != null; ) {
          ts.refs.incref(x);
          out.add(x);
          if (out.size() > n) {
            throw PyException.valueError("too many values to unpack (expected " + n + ")");
          }
        }
        if (out.size() < n) {
          throw PyException.valueError(
              "not enough values to unpack (expected " + n + ", got " + out.size() + ")");
        }
      } catch (PyException e) {
        for (PyObject x : out) {
          Refs.decref(ts, x);
        }
        throw e;
      } finally {
        Refs.dropIterator(ts, it, seq);
      }
      items = out.toArray(new PyObject[0]);
      for (PyObject x : items) {
        Refs.release(ts, x);
      }
    }
    if (items.length < n) {
      throw PyException.valueError(
          "not enough values to unpack (expected " + n + ", got " + items.length + ")");
    }
    if (items.length > n) {
      throw PyException.valueError("too many values to unpack (expected " + n + ")");
    }
    return items;
  }

  /** Normalises index {@code i} for a sequence of {@code size}; IndexError with {@code msg}. */
  /** The built-in sequences that repeat with {@code *}. */
  private static boolean isSequence(PyObject o) {
    return o instanceof PyStr
        || o instanceof PyList
        || o instanceof PyTuple
        || o instanceof PyBytes
        || o instanceof PyByteArray
        || o instanceof PyDeque;
  }

  public static int checkIndex(PyInt i, int size, String msg) {
    if (i.isBig()) {
      // Past a machine word, as CPython's Py_ssize_t: not even an index.
      throw PyException.indexError("cannot fit 'int' into an index-sized integer");
    }
    long k = i.longValue();
    if (k < 0) {
      k += size;
    }
    if (k < 0 || k >= size) {
      throw PyException.indexError(msg);
    }
    return (int) k;
  }

  /** Lexicographic comparison of two sequences, as list and tuple compare. */
  static PyObject compareSequences(PyObject[] a, int na, PyObject[] b, int nb, int op) {
    int n = Math.min(na, nb);
    int i = 0;
    for (; i < n; i++) {
      if (!eq(a[i], b[i])) {
        break;
      }
    }
    if (i >= n) {
      return PyBool.of(compareResult(Integer.compare(na, nb), op));
    }
    if (op == EQ) {
      return PyBool.FALSE;
    }
    if (op == NE) {
      return PyBool.TRUE;
    }
    return compare(a[i], b[i], op);
  }

  /** {@code a + b} for sequences: a new array with both's items. */
  static PyObject[] concatArrays(PyObject[] a, PyObject[] b) {
    PyObject[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  /** {@code items * n} for sequences. */
  static PyObject[] repeatArray(PyObject[] items, int size, PyInt n) {
    long k = n.isBig() ? (n.bigValue().signum() < 0 ? 0 : Long.MAX_VALUE) : n.longValue();
    if (k <= 0 || size == 0) {
      return new PyObject[0];
    }
    if (k * size > Integer.MAX_VALUE - 16) {
      throw PyException.memoryError();
    }
    int total = (int) (k * size);
    PyObject[] out = new PyObject[total];
    System.arraycopy(items, 0, out, 0, size);
    // Doubling what is filled: log2(k) copies, not k ([0] * 10**8 is one element a hundred
    // million times).
    for (int filled = size; filled < total; ) {
      int chunk = Math.min(filled, total - filled);
      System.arraycopy(out, 0, out, filled, chunk);
      filled += chunk;
    }
    return out;
  }

  /** Whether an exception of class {@code type} is caught by {@code except cls}. */
  public static boolean exceptionMatches(PyObject type, PyObject cls) {
    if (cls instanceof PyTuple t) {
      for (PyObject c : t.items()) {
        if (exceptionMatches(type, c)) {
          return true;
        }
      }
      return false;
    }
    if (!(cls instanceof PyType ct) || !ct.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
      throw PyException.typeError(
          "catching classes that do not inherit from BaseException is not allowed");
    }
    return type instanceof PyType tt && tt.isSubtypeOf(ct);
  }

  /** What {@code raise x} raises: an instance as is, a class instantiated with no arguments. */
  public static PyBaseException toException(ThreadState ts, PyObject x) {
    if (x instanceof PyBaseException e) {
      return e;
    }
    if (x instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
      PyObject e = t.call(ts, EvalSupport.NO_ARGS, null);
      if (e instanceof PyBaseException be) {
        return be;
      }
    }
    throw PyException.typeError("exceptions must derive from BaseException");
  }

  /** The name CPython uses for a callable in argument errors. */
  /** How CPython names a callable in its call errors: {@code __main__.C.m()}, {@code print()}. */
  public static String callableName(PyObject f) {
    if (f instanceof PyBoundMethod m) {
      f = m.func;
    }
    if (f instanceof PyFunction fn) {
      return fn.module == null || fn.module.equals("builtins")
          ? fn.qualname + "()"
          : fn.module + "." + fn.qualname + "()";
    }
    if (f instanceof PyBuiltinFunction b) {
      return b.name() + "()";
    }
    if (f instanceof PyType t) {
      return t.qualifiedName() + "()";
    }
    return f.type().name() + " object";
  }

  /**
   * Sorts {@code items[0, n)} in place by {@code keys} (or the items themselves when null): a
   * stable merge sort that only asks {@code <}, as list.sort does. For reverse, CPython's trick:
   * reverse, sort stably, reverse again — equal items keep their order.
   */
  public static void sort(PyObject[] items, int n, PyObject[] keys, boolean reverse) {
    PyObject[] k = keys == null ? Arrays.copyOf(items, n) : Arrays.copyOf(keys, n);
    PyObject[] v = Arrays.copyOf(items, n);
    if (reverse) {
      reverse(k, n);
      reverse(v, n);
    }
    mergeSort(k, v, new PyObject[n], new PyObject[n], 0, n);
    if (reverse) {
      reverse(k, n);
      reverse(v, n);
    }
    System.arraycopy(v, 0, items, 0, n);
  }

  private static void reverse(PyObject[] a, int n) {
    for (int i = 0, j = n - 1; i < j; i++, j--) {
      PyObject t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  private static void mergeSort(
      PyObject[] k, PyObject[] v, PyObject[] tk, PyObject[] tv, int lo, int hi) {
    if (hi - lo < 2) {
      return;
    }
    if (hi - lo <= 8) {
      for (int i = lo + 1; i < hi; i++) {
        PyObject kk = k[i];
        PyObject vv = v[i];
        int j = i;
        while (j > lo && lessThan(kk, k[j - 1])) {
          k[j] = k[j - 1];
          v[j] = v[j - 1];
          j--;
        }
        k[j] = kk;
        v[j] = vv;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(k, v, tk, tv, lo, mid);
    mergeSort(k, v, tk, tv, mid, hi);
    System.arraycopy(k, lo, tk, lo, hi - lo);
    System.arraycopy(v, lo, tv, lo, hi - lo);
    int i = lo;
    int j = mid;
    int o = lo;
    while (i < mid && j < hi) {
      if (lessThan(tk[j], tk[i])) {
        k[o] = tk[j];
        v[o++] = tv[j++];
      } else {
        k[o] = tk[i];
        v[o++] = tv[i++];
      }
    }
    while (i < mid) {
      k[o] = tk[i];
      v[o++] = tv[i++];
    }
    while (j < hi) {
      k[o] = tk[j];
      v[o++] = tv[j++];
    }
  }

  /**
   * Calls the class attribute {@code descr} (a method found on {@code type}) with {@code self}
   * bound, as {@code self.method(*args)} would, without leaving a bound-method object behind: a
   * function gets {@code self} prepended, a builtin method descriptor is called with it, and
   * anything else is bound, called, and the bound object released.
   */
  public static PyObject callMethod(
      ThreadState ts,
      PyObject descr,
      PyObject self,
      PyType type,
      PyObject[] args,
      String[] kwnames) {
    if (descr instanceof PyFunction fn) {
      PyObject[] full = new PyObject[args.length + 1];
      full[0] = self;
      System.arraycopy(args, 0, full, 1, args.length);
      return fn.call(ts, full, kwnames);
    }
    if (descr instanceof PyMethodDescriptor md) {
      return md.callWith(ts, self, args, kwnames);
    }
    PyObject bound = descr.bindTo(self, type);
    ts.refs.incref(bound);
    try {
      return bound.call(ts, args, kwnames);
    } finally {
      Refs.decref(ts, bound);
    }
  }

  /** Whether {@code o} has the attribute {@code name}; the looked-up value is not kept. */
  public static boolean hasAttr(ThreadState ts, PyObject o, String name) {
    PyObject v;
    try {
      v = o.lookupAttr(name);
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
        return false;
      }
      throw e;
    }
    Refs.discard(ts, v);
    return v != null;
  }

  /**
   * {@code o.name(*args)}, or null when {@code o} has no such attribute; the bound method made for
   * the call is not kept.
   */
  public static PyObject callAttr(ThreadState ts, PyObject o, String name, PyObject... args) {
    PyObject m;
    try {
      m = o.lookupAttr(name);
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
        return null;
      }
      throw e;
    }
    if (m == null) {
      return null;
    }
    ts.refs.incref(m);
    try {
      return m.call(ts, args, null);
    } finally {
      Refs.decref(ts, m);
    }
  }
}
