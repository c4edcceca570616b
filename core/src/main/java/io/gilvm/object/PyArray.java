package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;
import io.gilvm.sync.CriticalSection;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * {@code array.array}: a compact sequence of one machine type (typecodes b B u h H i I l L q Q f d,
 * with x86-64 Linux's sizes). Integers (and 'u' code points) are kept in a {@code long[]}, floats
 * in a {@code double[]}; the items are values, not objects, so the array holds no references. Like
 * {@link PyList}, every access to the storage runs in a critical section on the array (free under a
 * global lock), so that under {@code finegrained} appends and pops from several threads neither
 * lose nor duplicate items. Values are converted from Python objects before the section is entered
 * (a conversion may run Python code).
 */
public final class PyArray extends PyContainer {
  public static final PyType TYPE = PyType.builtinInModule("array", "array", PyType.OBJECT);
  public static final String TYPECODES = "bBuhHiIlLqQfd";

  private final char code;
  private final int itemsize;
  private final boolean floating;
  private long[] ints;
  private double[] doubles;
  private int size;

  /** Live buffer exports (none yet: memoryview over arrays is not supported). */
  PyArray(char code) {
    this.code = code;
    this.itemsize = itemSize(code);
    this.floating = code == 'f' || code == 'd';
    if (floating) {
      doubles = new double[4];
    } else {
      ints = new long[4];
    }
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  public char typecode() {
    return code;
  }

  static int itemSize(char c) {
    switch (c) {
      case 'b', 'B':
        return 1;
      case 'h', 'H':
        return 2;
      case 'i', 'I', 'f', 'u':
        return 4;
      default:
        return 8;
    }
  }

  // ------------------------------------------------------------------ values in and out

  /** The stored form of a Python value: long bits (for 'd'/'f' the double's raw bits). */
  private long convert(PyObject o) {
    if (floating) {
      double d;
      if (o instanceof PyFloat f) {
        d = f.value();
      } else if (o instanceof PyInt i) {
        d = i.asDouble();
      } else if (o instanceof PyInstance) {
        PyObject r = NumberMethods.toFloat(o);
        d = ((PyFloat) r).value();
      } else {
        throw PyException.typeError("must be real number, not " + o.type().name());
      }
      return Double.doubleToRawLongBits(code == 'f' ? roundToFloat(d) : d);
    }
    if (code == 'u') {
      if (o instanceof PyStr s && s.value().codePointCount(0, s.value().length()) == 1) {
        return s.value().codePointAt(0);
      }
      throw PyException.typeError("array item must be unicode character");
    }
    PyInt i = NumberMethods.index(o);
    BigInteger big = i.isBig() ? i.bigValue() : null;
    long v = i.isBig() ? 0 : i.longValue();
    switch (code) {
      case 'b':
        return bounded(
            big,
            v,
            -128,
            127,
            "signed char is less than minimum",
            "signed char is greater than maximum");
      case 'B':
        return bounded(
            big,
            v,
            0,
            255,
            "unsigned byte integer is less than minimum",
            "unsigned byte integer is greater than maximum");
      case 'h':
        return bounded(
            big,
            v,
            Short.MIN_VALUE,
            Short.MAX_VALUE,
            "signed short integer is less than minimum",
            "signed short integer is greater than maximum");
      case 'H':
        return bounded(
            big,
            v,
            0,
            65535,
            "unsigned short is less than minimum",
            "unsigned short is greater than maximum");
      case 'i':
        return bounded(
            big,
            v,
            Integer.MIN_VALUE,
            Integer.MAX_VALUE,
            "signed integer is less than minimum",
            "signed integer is greater than maximum");
      case 'I':
        if ((big != null && big.signum() < 0) || (big == null && v < 0)) {
          throw PyException.overflowError("can't convert negative value to unsigned int");
        }
        return bounded(big, v, 0, 0xffffffffL, "", "unsigned int is greater than maximum");
      case 'l':
        if (big != null) {
          throw PyException.overflowError("Python int too large to convert to C long");
        }
        return v;
      case 'L':
        if ((big != null && big.signum() < 0) || (big == null && v < 0)) {
          throw PyException.overflowError("can't convert negative value to unsigned int");
        }
        if (big != null && big.bitLength() > 64) {
          throw PyException.overflowError("Python int too large to convert to C unsigned long");
        }
        return big != null ? big.longValue() : v;
      case 'q':
        if (big != null) {
          throw PyException.overflowError("int too big to convert");
        }
        return v;
      default: // 'Q'
        if ((big != null && big.signum() < 0) || (big == null && v < 0)) {
          throw PyException.overflowError("can't convert negative int to unsigned");
        }
        if (big != null && big.bitLength() > 64) {
          throw PyException.overflowError("int too big to convert");
        }
        return big != null ? big.longValue() : v;
    }
  }

  private static double roundToFloat(double d) {
    float f = (float) d;
    return f;
  }

  private static long bounded(BigInteger big, long v, long lo, long hi, String low, String high) {
    if (big != null) {
      throw PyException.overflowError(big.signum() < 0 ? low : high);
    }
    if (v < lo) {
      throw PyException.overflowError(low);
    }
    if (v > hi) {
      throw PyException.overflowError(high);
    }
    return v;
  }

  /** The Python object for stored bits (floating: a new int, float or str). */
  private PyObject box(long bits) {
    if (floating) {
      return PyFloat.of(Double.longBitsToDouble(bits));
    }
    if (code == 'u') {
      return PyStr.ofCodePoint((int) bits);
    }
    if ((code == 'Q' || code == 'L') && bits < 0) {
      return PyInt.of(BigInteger.valueOf(bits).add(BigInteger.ONE.shiftLeft(64)));
    }
    return PyInt.of(bits);
  }

  // ------------------------------------------------------------------ guarded storage

  private long getLocked(int i) {
    return floating ? Double.doubleToRawLongBits(doubles[i]) : ints[i];
  }

  private void setLocked(int i, long bits) {
    if (floating) {
      doubles[i] = Double.longBitsToDouble(bits);
    } else {
      ints[i] = bits;
    }
  }

  private void ensureLocked(int n) {
    int cap = floating ? doubles.length : ints.length;
    if (n > cap) {
      int next = Math.max(n, cap * 2);
      if (floating) {
        doubles = Arrays.copyOf(doubles, next);
      } else {
        ints = Arrays.copyOf(ints, next);
      }
    }
  }

  /** A copy of the items' bits. */
  long[] snapshot() {
    ThreadState cs = CriticalSection.begin(this);
    try {
      long[] out = new long[size];
      for (int i = 0; i < size; i++) {
        out[i] = getLocked(i);
      }
      return out;
    } finally {
      CriticalSection.end(cs);
    }
  }

  private void appendBits(long[] bits) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      ensureLocked(size + bits.length);
      for (long b : bits) {
        setLocked(size++, b);
      }
    } finally {
      CriticalSection.end(cs);
    }
  }

  private void replaceBits(long[] bits) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      size = 0;
      ensureLocked(bits.length);
      for (long b : bits) {
        setLocked(size++, b);
      }
    } finally {
      CriticalSection.end(cs);
    }
  }

  private PyArray withBits(long[] bits) {
    PyArray a = new PyArray(code);
    a.ensureLocked(bits.length);
    for (long b : bits) {
      a.setLocked(a.size++, b);
    }
    return a;
  }

  @Override
  public int len() {
    ThreadState cs = CriticalSection.begin(this);
    try {
      return size;
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** The raw bytes of the items, in the machine's (little-endian) order. */
  public byte[] toBytes() {
    long[] bits = snapshot();
    byte[] out = new byte[bits.length * itemsize];
    for (int i = 0; i < bits.length; i++) {
      long v = bits[i];
      if (code == 'f') {
        v = Float.floatToRawIntBits((float) Double.longBitsToDouble(v)) & 0xffffffffL;
      }
      for (int b = 0; b < itemsize; b++) {
        out[i * itemsize + b] = (byte) (v >>> (8 * b));
      }
    }
    return out;
  }

  private long[] bitsFromBytes(byte[] data) {
    if (data.length % itemsize != 0) {
      throw PyException.valueError("bytes length not a multiple of item size");
    }
    long[] out = new long[data.length / itemsize];
    for (int i = 0; i < out.length; i++) {
      long v = 0;
      for (int b = itemsize - 1; b >= 0; b--) {
        v = (v << 8) | (data[i * itemsize + b] & 0xffL);
      }
      switch (code) {
        case 'b' -> v = (v << 56) >> 56;
        case 'h' -> v = (v << 48) >> 48;
        case 'i' -> v = (v << 32) >> 32;
        case 'f' -> v = Double.doubleToRawLongBits(Float.intBitsToFloat((int) v));
        default -> {}
      }
      out[i] = v;
    }
    return out;
  }

  private long[] bitsOf(PyObject iterable) {
    if (iterable instanceof PyArray other) {
      if (other.code == code
          || (floating && !other.floating && other.code != 'u')
          || (floating && other.floating)) {
        long[] src = other.snapshot();
        if (other.code == code) {
          return src;
        }
        long[] out = new long[src.length];
        for (int i = 0; i < src.length; i++) {
          PyObject v = other.box(src[i]);
          out[i] = convert(v);
          Refs.discard(ThreadState.current(), v);
        }
        return out;
      }
    }
    PyObject[] items = Ops.toArray(iterable);
    long[] out = new long[items.length];
    try {
      for (int i = 0; i < items.length; i++) {
        out[i] = convert(items[i]);
      }
    } finally {
      // Items an iterator made (floating) are freed; a list's or tuple's are only borrowed.
      Refs.discardAll(ThreadState.current(), items, items.length);
    }
    return out;
  }

  // ------------------------------------------------------------------ sequence protocol

  private int index(PyObject key, String what) {
    if (!(key instanceof PyInt) && !(key instanceof PyInstance)) {
      throw PyException.typeError("array indices must be integers");
    }
    long k =
        NumberMethods.index(key).isBig() ? Long.MAX_VALUE : NumberMethods.index(key).longValue();
    return (int) Math.max(Math.min(k, Integer.MAX_VALUE), Integer.MIN_VALUE);
  }

  @Override
  public PyObject getItem(PyObject key) {
    if (key instanceof PySlice sl) {
      ThreadState cs = CriticalSection.begin(this);
      long[] out;
      try {
        int[] r = sl.indices(size);
        out = new long[r[3]];
        for (int k = 0, j = r[0]; k < r[3]; k++, j += r[2]) {
          out[k] = getLocked(j);
        }
      } finally {
        CriticalSection.end(cs);
      }
      return withBits(out);
    }
    int i = index(key, "index");
    long bits;
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (i < 0) {
        i += size;
      }
      if (i < 0 || i >= size) {
        throw PyException.indexError("array index out of range");
      }
      bits = getLocked(i);
    } finally {
      CriticalSection.end(cs);
    }
    return box(bits);
  }

  @Override
  public void setItem(PyObject key, PyObject value) {
    if (key instanceof PySlice sl) {
      if (!(value instanceof PyArray other)) {
        throw PyException.typeError(
            "can only assign array (not \"" + value.type().name() + "\") to array slice");
      }
      if (other.code != code) {
        throw PyException.typeError("bad argument type for built-in operation");
      }
      long[] src = other.snapshot();
      ThreadState cs = CriticalSection.begin(this);
      try {
        int[] r = sl.indices(size);
        if (r[2] == 1) {
          int lo = r[0];
          int hi = Math.max(r[1], lo);
          long[] cur = new long[size];
          for (int k = 0; k < size; k++) {
            cur[k] = getLocked(k);
          }
          int n = size - (hi - lo) + src.length;
          size = 0;
          ensureLocked(n);
          for (int k = 0; k < lo; k++) {
            setLocked(size++, cur[k]);
          }
          for (long b : src) {
            setLocked(size++, b);
          }
          for (int k = hi; k < cur.length; k++) {
            setLocked(size++, cur[k]);
          }
        } else {
          if (src.length != r[3]) {
            throw PyException.valueError(
                "attempt to assign array of size "
                    + src.length
                    + " to extended slice of size "
                    + r[3]);
          }
          for (int k = 0, j = r[0]; k < r[3]; k++, j += r[2]) {
            setLocked(j, src[k]);
          }
        }
      } finally {
        CriticalSection.end(cs);
      }
      return;
    }
    int i = index(key, "assignment index");
    long bits = convert(value);
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (i < 0) {
        i += size;
      }
      if (i < 0 || i >= size) {
        throw PyException.indexError("array assignment index out of range");
      }
      setLocked(i, bits);
    } finally {
      CriticalSection.end(cs);
    }
  }

  @Override
  public void delItem(PyObject key) {
    ThreadState cs;
    if (key instanceof PySlice sl) {
      cs = CriticalSection.begin(this);
      try {
        int[] r = sl.indices(size);
        boolean[] gone = new boolean[size];
        for (int k = 0, j = r[0]; k < r[3]; k++, j += r[2]) {
          gone[j] = true;
        }
        int w = 0;
        for (int k = 0; k < size; k++) {
          if (!gone[k]) {
            setLocked(w++, getLocked(k));
          }
        }
        size = w;
      } finally {
        CriticalSection.end(cs);
      }
      return;
    }
    int i = index(key, "assignment index");
    cs = CriticalSection.begin(this);
    try {
      if (i < 0) {
        i += size;
      }
      if (i < 0 || i >= size) {
        throw PyException.indexError("array assignment index out of range");
      }
      removeAtLocked(i);
    } finally {
      CriticalSection.end(cs);
    }
  }

  private void removeAtLocked(int i) {
    for (int k = i; k < size - 1; k++) {
      setLocked(k, getLocked(k + 1));
    }
    size--;
  }

  /** The item at i, boxed, or null past the end: what an iterator reads. */
  PyObject itemOrNull(int i) {
    long bits;
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (i >= size) {
        return null;
      }
      bits = getLocked(i);
    } finally {
      CriticalSection.end(cs);
    }
    return box(bits);
  }

  @Override
  public PyObject iter() {
    return new ArrayIter(this);
  }

  static final class ArrayIter extends PyIterators.Base {
    private PyArray array;
    private int i;

    ArrayIter(PyArray array) {
      super("arrayiterator", array);
      this.array = array;
    }

    @Override
    public PyObject next() {
      PyArray a = array;
      if (a == null) {
        return null;
      }
      PyObject v = a.itemOrNull(i);
      if (v != null) {
        i++;
        return v;
      }
      array = null;
      return exhausted();
    }
  }

  /** Whether the stored bits equal the Python value (by Python equality). */
  private boolean matches(long bits, PyObject value) {
    PyObject v = box(bits);
    try {
      return v.eq(value);
    } finally {
      Refs.discard(ThreadState.current(), v);
    }
  }

  @Override
  public boolean contains(PyObject item) {
    for (long b : snapshot()) {
      if (matches(b, item)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (!(other instanceof PyArray o)) {
      return null;
    }
    long[] a = snapshot();
    long[] b = o.snapshot();
    if ((op == Ops.EQ || op == Ops.NE) && a.length != b.length) {
      return PyBool.of(op == Ops.NE);
    }
    int n = Math.min(a.length, b.length);
    ThreadState ts = ThreadState.current();
    for (int i = 0; i < n; i++) {
      PyObject x = box(a[i]);
      PyObject y = o.box(b[i]);
      try {
        if (!x.eq(y)) {
          if (op == Ops.EQ) {
            return PyBool.FALSE;
          }
          if (op == Ops.NE) {
            return PyBool.TRUE;
          }
          PyObject r = Ops.compare(x, y, op);
          return PyBool.of(r.isTrue());
        }
      } finally {
        Refs.discard(ts, x);
        Refs.discard(ts, y);
      }
    }
    int c = Integer.compare(a.length, b.length);
    boolean r =
        switch (op) {
          case Ops.LT -> c < 0;
          case Ops.LE -> c <= 0;
          case Ops.EQ -> c == 0;
          case Ops.NE -> c != 0;
          case Ops.GT -> c > 0;
          default -> c >= 0;
        };
    return PyBool.of(r);
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    if (op == Ops.ADD) {
      if (!(other instanceof PyArray o)) {
        throw PyException.typeError(
            "can only append array (not \"" + other.type().name() + "\") to array");
      }
      if (o.code != code) {
        throw PyException.typeError("bad argument type for built-in operation");
      }
      long[] a = snapshot();
      long[] b = o.snapshot();
      long[] out = Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, out, a.length, b.length);
      return withBits(out);
    }
    if (op == Ops.MUL && (other instanceof PyInt || other instanceof PyInstance)) {
      return withBits(repeat(snapshot(), NumberMethods.ssize(other)));
    }
    return null;
  }

  @Override
  public PyObject reflectedBinaryOp(int op, PyObject other) {
    if (op == Ops.MUL && (other instanceof PyInt || other instanceof PyInstance)) {
      return withBits(repeat(snapshot(), NumberMethods.ssize(other)));
    }
    return null;
  }

  @Override
  public PyObject inplaceOp(int op, PyObject other) {
    if (op == Ops.ADD) {
      if (!(other instanceof PyArray o)) {
        throw PyException.typeError(
            "can only extend array with array (not \"" + other.type().name() + "\")");
      }
      if (o.code != code) {
        throw PyException.typeError("can only extend with array of same kind");
      }
      appendBits(o.snapshot());
      return this;
    }
    if (op == Ops.MUL && (other instanceof PyInt || other instanceof PyInstance)) {
      long n = NumberMethods.ssize(other);
      ThreadState cs = CriticalSection.begin(this);
      try {
        long[] cur = new long[size];
        for (int k = 0; k < size; k++) {
          cur[k] = getLocked(k);
        }
        long[] out = repeat(cur, n);
        size = 0;
        ensureLocked(out.length);
        for (long b : out) {
          setLocked(size++, b);
        }
      } finally {
        CriticalSection.end(cs);
      }
      return this;
    }
    return null;
  }

  private static long[] repeat(long[] a, long n) {
    if (n <= 0 || a.length == 0) {
      return new long[0];
    }
    if ((long) a.length * n > Integer.MAX_VALUE - 8) {
      throw PyException.of(ExceptionTypes.MEMORY_ERROR, "");
    }
    long[] out = new long[(int) (a.length * n)];
    for (int k = 0; k < n; k++) {
      System.arraycopy(a, 0, out, k * a.length, a.length);
    }
    return out;
  }

  @Override
  public long hash() {
    throw PyException.typeError("unhashable type: 'array.array'");
  }

  @Override
  public String repr() {
    long[] bits = snapshot();
    if (bits.length == 0) {
      return "array('" + code + "')";
    }
    if (code == 'u') {
      StringBuilder sb = new StringBuilder();
      for (long b : bits) {
        sb.appendCodePoint((int) b);
      }
      return "array('u', " + new PyStr(sb.toString()).repr() + ")";
    }
    StringBuilder sb = new StringBuilder("array('").append(code).append("', [");
    for (int i = 0; i < bits.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      PyObject v = box(bits[i]);
      sb.append(v.repr());
      Refs.discard(ThreadState.current(), v);
    }
    return sb.append("])").toString();
  }

  private PyObject toList() {
    long[] bits = snapshot();
    PyObject[] items = new PyObject[bits.length];
    for (int i = 0; i < bits.length; i++) {
      items[i] = box(bits[i]);
    }
    return PyList.of(items);
  }

  // ------------------------------------------------------------------ the type

  static {
    install();
  }

  private static PyArray self(PyObject o) {
    return (PyArray) o;
  }

  private static void install() {
    PyType t = TYPE;
    t.setConstructor(
        (ts, type, args, kwnames) -> {
          if (kwnames != null && kwnames.length > 0) {
            throw PyException.typeError("array.array() takes no keyword arguments");
          }
          if (args.length < 1 || args.length > 2) {
            throw PyException.typeError(
                "array() takes at most 2 arguments (" + args.length + " given)");
          }
          if (!(args[0] instanceof PyStr s) || s.value().length() != 1) {
            throw PyException.typeError(
                "array() argument 1 must be a unicode character, not " + args[0].type().name());
          }
          char c = s.value().charAt(0);
          if (TYPECODES.indexOf(c) < 0) {
            throw PyException.valueError(
                "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
          }
          PyArray a = new PyArray(c);
          if (args.length == 2 && args[1] != PyNone.NONE) {
            PyObject init = args[1];
            if (init instanceof PyStr str) {
              if (c != 'u') {
                throw PyException.typeError(
                    "cannot use a str to initialize an array with typecode '" + c + "'");
              }
              a.appendBits(str.value().codePoints().asLongStream().toArray());
            } else if (init instanceof PyBytes || init instanceof PyByteArray) {
              a.appendBits(a.bitsFromBytes(Buffers.bytes(init)));
            } else if (init instanceof PyArray other && other.code == 'u' && c != 'u') {
              throw PyException.typeError(
                  "cannot use a unicode array to initialize an array with "
                      + "typecode '"
                      + c
                      + "'");
            } else {
              a.appendBits(a.bitsOf(init));
            }
          }
          return a;
        });
    NumberMethods.compareDunders(t);
    NumberMethods.objectDunders(t, false);
    NumberMethods.sequenceDunders(t, true);
    NumberMethods.getter(t, "typecode", o -> PyStr.ofChar(self(o).code));
    NumberMethods.getter(t, "itemsize", o -> PyInt.of(self(o).itemsize));
    t.method(
        "append",
        (ts, s, a, kw) -> {
          ArgParser.arity("append", a, kw, 1, 1);
          self(s).appendBits(new long[] {self(s).convert(a[0])});
          return PyNone.NONE;
        });
    t.method(
        "extend",
        (ts, s, a, kw) -> {
          ArgParser.arity("extend", a, kw, 1, 1);
          PyArray me = self(s);
          if (a[0] instanceof PyArray o && o.code != me.code) {
            throw PyException.typeError("can only extend with array of same kind");
          }
          me.appendBits(me.bitsOf(a[0]));
          return PyNone.NONE;
        });
    t.method(
        "fromlist",
        (ts, s, a, kw) -> {
          ArgParser.arity("fromlist", a, kw, 1, 1);
          if (!(a[0] instanceof PyList)) {
            throw PyException.typeError("arg must be list");
          }
          self(s).appendBits(self(s).bitsOf(a[0]));
          return PyNone.NONE;
        });
    t.method(
        "insert",
        (ts, s, a, kw) -> {
          ArgParser.arity("insert", a, kw, 2, 2);
          PyArray me = self(s);
          long i = NumberMethods.ssize(a[0]);
          long bits = me.convert(a[1]);
          ThreadState cs = CriticalSection.begin(me);
          try {
            if (i < 0) {
              i = Math.max(0, i + me.size);
            }
            int at = (int) Math.min(i, me.size);
            me.ensureLocked(me.size + 1);
            for (int k = me.size; k > at; k--) {
              me.setLocked(k, me.getLocked(k - 1));
            }
            me.setLocked(at, bits);
            me.size++;
          } finally {
            CriticalSection.end(cs);
          }
          return PyNone.NONE;
        });
    t.method(
        "pop",
        (ts, s, a, kw) -> {
          ArgParser.arity("pop", a, kw, 0, 1);
          PyArray me = self(s);
          long i = a.length == 0 ? -1 : NumberMethods.ssize(a[0]);
          long bits;
          ThreadState cs = CriticalSection.begin(me);
          try {
            if (me.size == 0) {
              throw PyException.indexError("pop from empty array");
            }
            if (i < 0) {
              i += me.size;
            }
            if (i < 0 || i >= me.size) {
              throw PyException.indexError("pop index out of range");
            }
            bits = me.getLocked((int) i);
            me.removeAtLocked((int) i);
          } finally {
            CriticalSection.end(cs);
          }
          return me.box(bits);
        });
    t.method(
        "remove",
        (ts, s, a, kw) -> {
          ArgParser.arity("remove", a, kw, 1, 1);
          PyArray me = self(s);
          long[] bits = me.snapshot();
          for (int i = 0; i < bits.length; i++) {
            if (me.matches(bits[i], a[0])) {
              ThreadState cs = CriticalSection.begin(me);
              try {
                // Remove the first equal item still there (another thread may have changed it).
                for (int k = 0; k < me.size; k++) {
                  if (me.getLocked(k) == bits[i]) {
                    me.removeAtLocked(k);
                    break;
                  }
                }
              } finally {
                CriticalSection.end(cs);
              }
              return PyNone.NONE;
            }
          }
          throw PyException.valueError("array.remove(x): x not in array");
        });
    t.method(
        "index",
        (ts, s, a, kw) -> {
          ArgParser.arity("index", a, kw, 1, 3);
          PyArray me = self(s);
          long[] bits = me.snapshot();
          int start =
              a.length > 1
                  ? NumberMethods.adjustBound(NumberMethods.sliceBound(a[1], 0, false), bits.length)
                  : 0;
          int stop =
              a.length > 2
                  ? NumberMethods.adjustBound(
                      NumberMethods.sliceBound(a[2], bits.length, false), bits.length)
                  : bits.length;
          for (int i = start; i < stop && i < bits.length; i++) {
            if (me.matches(bits[i], a[0])) {
              return PyInt.of(i);
            }
          }
          throw PyException.valueError("array.index(x): x not in array");
        });
    t.method(
        "count",
        (ts, s, a, kw) -> {
          ArgParser.arity("count", a, kw, 1, 1);
          PyArray me = self(s);
          int n = 0;
          for (long b : me.snapshot()) {
            if (me.matches(b, a[0])) {
              n++;
            }
          }
          return PyInt.of(n);
        });
    t.method(
        "reverse",
        (ts, s, a, kw) -> {
          ArgParser.arity("reverse", a, kw, 0, 0);
          PyArray me = self(s);
          ThreadState cs = CriticalSection.begin(me);
          try {
            for (int i = 0, j = me.size - 1; i < j; i++, j--) {
              long x = me.getLocked(i);
              me.setLocked(i, me.getLocked(j));
              me.setLocked(j, x);
            }
          } finally {
            CriticalSection.end(cs);
          }
          return PyNone.NONE;
        });
    t.method(
        "byteswap",
        (ts, s, a, kw) -> {
          ArgParser.arity("byteswap", a, kw, 0, 0);
          PyArray me = self(s);
          byte[] raw = me.toBytes();
          int w = me.itemsize;
          for (int i = 0; i < raw.length; i += w) {
            for (int x = 0, y = w - 1; x < y; x++, y--) {
              byte tmp = raw[i + x];
              raw[i + x] = raw[i + y];
              raw[i + y] = tmp;
            }
          }
          me.replaceBits(me.bitsFromBytes(raw));
          return PyNone.NONE;
        });
    t.method(
        "tobytes",
        (ts, s, a, kw) -> {
          ArgParser.arity("tobytes", a, kw, 0, 0);
          return new PyBytes(self(s).toBytes());
        });
    t.method(
        "frombytes",
        (ts, s, a, kw) -> {
          ArgParser.arity("frombytes", a, kw, 1, 1);
          byte[] b = Buffers.bytes(a[0]);
          if (b == null) {
            throw PyException.typeError(
                "a bytes-like object is required, not '" + a[0].type().name() + "'");
          }
          self(s).appendBits(self(s).bitsFromBytes(b));
          return PyNone.NONE;
        });
    t.method(
        "tolist",
        (ts, s, a, kw) -> {
          ArgParser.arity("tolist", a, kw, 0, 0);
          return self(s).toList();
        });
    t.method(
        "tounicode",
        (ts, s, a, kw) -> {
          ArgParser.arity("tounicode", a, kw, 0, 0);
          PyArray me = self(s);
          if (me.code != 'u') {
            throw PyException.valueError("tounicode() may only be called on unicode type arrays");
          }
          StringBuilder sb = new StringBuilder();
          for (long b : me.snapshot()) {
            sb.appendCodePoint((int) b);
          }
          return new PyStr(sb.toString());
        });
    t.method(
        "fromunicode",
        (ts, s, a, kw) -> {
          ArgParser.arity("fromunicode", a, kw, 1, 1);
          PyArray me = self(s);
          if (me.code != 'u') {
            throw PyException.valueError("fromunicode() may only be called on unicode type arrays");
          }
          if (!(a[0] instanceof PyStr str)) {
            throw PyException.typeError(
                "fromunicode() argument must be str, not " + a[0].type().name());
          }
          me.appendBits(str.value().codePoints().asLongStream().toArray());
          return PyNone.NONE;
        });
    t.method(
        "buffer_info",
        (ts, s, a, kw) -> {
          ArgParser.arity("buffer_info", a, kw, 0, 0);
          return PyTuple.of(PyInt.of(Builtins.id(s)), PyInt.of(self(s).len()));
        });
    Native copy = (ts, a, kw) -> self(a[0]).withBits(self(a[0]).snapshot());
    t.method(
        "__copy__",
        (ts, s, a, kw) -> {
          ArgParser.arity("__copy__", a, kw, 0, 0);
          return copy.call(ts, new PyObject[] {s}, null);
        });
    t.method(
        "__deepcopy__",
        (ts, s, a, kw) -> {
          ArgParser.arity("__deepcopy__", a, kw, 1, 1);
          return copy.call(ts, new PyObject[] {s}, null);
        });
    t.method(
        "__reversed__",
        (ts, s, a, kw) -> {
          ArgParser.arity("__reversed__", a, kw, 0, 0);
          long[] bits = self(s).snapshot();
          long[] rev = new long[bits.length];
          for (int i = 0; i < bits.length; i++) {
            rev[i] = bits[bits.length - 1 - i];
          }
          return self(s).withBits(rev).iter();
        });
  }
}
