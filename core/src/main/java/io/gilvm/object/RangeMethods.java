package io.gilvm.object;

import java.math.BigInteger;

/**
 * The constructors and methods of {@code range} and {@code slice}. A range whose bounds do not fit
 * comfortably in a long is a {@link BigRange}: same Python type, BigInteger arithmetic.
 */
final class RangeMethods {
  private RangeMethods() {}

  static void install() {
    PyType t = PyType.RANGE;
    t.setConstructor(
        (ts, type, args, kwnames) -> {
          if (NumberMethods.hasKeywords(kwnames)) {
            throw PyException.typeError("range() takes no keyword arguments");
          }
          ArgParser.arity("range", args, null, 1, 3);
          if (args.length == 1) {
            return make(BigInteger.ZERO, NumberMethods.index(args[0]).bigValue(), BigInteger.ONE);
          }
          BigInteger start = NumberMethods.index(args[0]).bigValue();
          BigInteger stop = NumberMethods.index(args[1]).bigValue();
          BigInteger step =
              args.length == 3 ? NumberMethods.index(args[2]).bigValue() : BigInteger.ONE;
          if (step.signum() == 0) {
            throw PyException.valueError("range() arg 3 must not be zero");
          }
          return make(start, stop, step);
        });
    NumberMethods.objectDunders(t, true);
    NumberMethods.sequenceDunders(t, false);
    t.method(
        "__eq__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__eq__", a, kw, 1);
          return isRange(a[0]) ? PyBool.of(rangeEquals(self, a[0])) : PySingleton.NOT_IMPLEMENTED;
        });
    t.method(
        "__ne__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__ne__", a, kw, 1);
          return isRange(a[0]) ? PyBool.of(!rangeEquals(self, a[0])) : PySingleton.NOT_IMPLEMENTED;
        });
    t.method(
        "__reversed__",
        (ts, self, a, kw) -> {
          ArgParser.arity("range.__reversed__", a, kw, 0, 0);
          BigInteger[] r = triple(self);
          BigInteger len = length(r[0], r[1], r[2]);
          BigInteger last = r[0].add(len.subtract(BigInteger.ONE).multiply(r[2]));
          if (self instanceof PyRange pr) {
            return new PyIterators.RangeIterator(last.longValue(), -pr.step(), pr.length());
          }
          return new BigRangeIterator(last, r[2].negate(), len);
        });
    t.method(
        "index",
        (ts, self, a, kw) -> {
          ArgParser.arity("range.index", a, kw, 1, 1);
          if (a[0] instanceof PyInt v) {
            BigInteger[] r = triple(self);
            if (!self.contains(v)) {
              throw PyException.valueError(v.repr() + " is not in range");
            }
            return PyInt.of(v.bigValue().subtract(r[0]).divide(r[2]));
          }
          PyObject it = self.iter();
          long i = 0;
          for (PyObject x; (x = it.next()) != null; i++) {
            if (Ops.eq(x, a[0])) {
              return PyInt.of(i);
            }
          }
          throw PyException.valueError("sequence.index(x): x not in sequence");
        });
    t.method(
        "count",
        (ts, self, a, kw) -> {
          ArgParser.arity("range.count", a, kw, 1, 1);
          if (a[0] instanceof PyInt) {
            return PyInt.of(self.contains(a[0]) ? 1 : 0);
          }
          PyObject it = self.iter();
          long n = 0;
          for (PyObject x; (x = it.next()) != null; ) {
            if (Ops.eq(x, a[0])) {
              n++;
            }
          }
          return PyInt.of(n);
        });
    NumberMethods.getter(t, "start", o -> PyInt.of(triple(o)[0]));
    NumberMethods.getter(t, "stop", o -> PyInt.of(triple(o)[1]));
    NumberMethods.getter(t, "step", o -> PyInt.of(triple(o)[2]));
    installSlice();
  }

  private static boolean isRange(PyObject o) {
    return o instanceof PyRange || o instanceof BigRange;
  }

  /** A range over these bounds: a PyRange when longs suffice, else a BigRange. */
  private static PyObject make(BigInteger start, BigInteger stop, BigInteger step) {
    if (fitsSafely(start) && fitsSafely(stop) && fitsSafely(step)) {
      return new PyRange(start.longValue(), stop.longValue(), step.longValue());
    }
    return new BigRange(start, stop, step);
  }

  /** Bounds below 2**61 cannot overflow a long in PyRange's length arithmetic. */
  private static boolean fitsSafely(BigInteger v) {
    return v.bitLength() < 62;
  }

  /** {start, stop, step} of a range of either kind. */
  static BigInteger[] triple(PyObject r) {
    if (r instanceof PyRange pr) {
      return new BigInteger[] {
        BigInteger.valueOf(pr.start()), BigInteger.valueOf(pr.stop()), BigInteger.valueOf(pr.step())
      };
    }
    BigRange br = (BigRange) r;
    return new BigInteger[] {br.start, br.stop, br.step};
  }

  static BigInteger length(BigInteger start, BigInteger stop, BigInteger step) {
    BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
    if (span.signum() <= 0) {
      return BigInteger.ZERO;
    }
    return span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
  }

  /** Ranges are equal when they produce the same sequence. */
  private static boolean rangeEquals(PyObject a, PyObject b) {
    BigInteger[] x = triple(a);
    BigInteger[] y = triple(b);
    BigInteger lx = length(x[0], x[1], x[2]);
    BigInteger ly = length(y[0], y[1], y[2]);
    if (!lx.equals(ly)) {
      return false;
    }
    if (lx.signum() == 0) {
      return true;
    }
    if (!x[0].equals(y[0])) {
      return false;
    }
    return lx.equals(BigInteger.ONE) || x[2].equals(y[2]);
  }

  /** A range too large for longs. */
  static final class BigRange extends PyObject {
    final BigInteger start;
    final BigInteger stop;
    final BigInteger step;
    final BigInteger length;

    BigRange(BigInteger start, BigInteger stop, BigInteger step) {
      this.start = start;
      this.stop = stop;
      this.step = step;
      this.length = RangeMethods.length(start, stop, step);
    }

    @Override
    public PyType type() {
      return PyType.RANGE;
    }

    @Override
    public String repr() {
      return "range("
          + start
          + ", "
          + stop
          + (step.equals(BigInteger.ONE) ? "" : ", " + step)
          + ")";
    }

    @Override
    public boolean isTrue() {
      return length.signum() > 0;
    }

    @Override
    public int len() {
      if (length.bitLength() > 31) {
        throw PyException.overflowError("Python int too large to convert to C ssize_t");
      }
      return length.intValue();
    }

    @Override
    public boolean contains(PyObject item) {
      if (item instanceof PyInt i) {
        BigInteger v = i.bigValue();
        boolean inside =
            step.signum() > 0
                ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
        return inside && v.subtract(start).mod(step.abs()).signum() == 0;
      }
      return super.contains(item);
    }

    @Override
    public PyObject getItem(PyObject key) {
      if (key instanceof PyInt i) {
        BigInteger k = i.bigValue();
        if (k.signum() < 0) {
          k = k.add(length);
        }
        if (k.signum() < 0 || k.compareTo(length) >= 0) {
          throw PyException.indexError("range object index out of range");
        }
        return PyInt.of(start.add(k.multiply(step)));
      }
      if (key instanceof PySlice s) {
        BigInteger[] r = sliceIndices(s, length);
        BigInteger subStart = start.add(r[0].multiply(step));
        BigInteger subStop = start.add(r[1].multiply(step));
        return make(subStart, subStop, step.multiply(r[2]));
      }
      throw PyException.typeError(
          "range indices must be integers or slices, not " + key.type().name());
    }

    @Override
    public boolean eq(PyObject other) {
      return isRange(other) && rangeEquals(this, other);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
      if (!isRange(other) || (op != Ops.EQ && op != Ops.NE)) {
        return null;
      }
      return PyBool.of(rangeEquals(this, other) == (op == Ops.EQ));
    }

    /** CPython's range hash: that of (len, start, step), with None for what cannot matter. */
    @Override
    public long hash() {
      PyObject first = length.signum() == 0 ? PyNone.NONE : PyInt.of(start);
      PyObject third = length.compareTo(BigInteger.ONE) <= 0 ? PyNone.NONE : PyInt.of(step);
      PyTuple key = PyTuple.of(PyInt.of(length), first, third);
      long h = key.hash();
      NumberMethods.drop(key);
      return h;
    }

    @Override
    public PyObject iter() {
      return new BigRangeIterator(start, step, length);
    }
  }

  /** Over a BigRange. */
  static final class BigRangeIterator extends PyIterators.Base {
    private BigInteger next;
    private final BigInteger step;
    private BigInteger remaining;

    BigRangeIterator(BigInteger start, BigInteger step, BigInteger length) {
      super("longrange_iterator");
      this.next = start;
      this.step = step;
      this.remaining = length;
    }

    @Override
    public PyObject next() {
      if (remaining.signum() <= 0) {
        return null;
      }
      BigInteger v = next;
      next = next.add(step);
      remaining = remaining.subtract(BigInteger.ONE);
      return PyInt.of(v);
    }
  }

  /** {@code slice.indices(length)} over big integers: {start, stop, step}, clamped as CPython. */
  static BigInteger[] sliceIndices(PySlice s, BigInteger length) {
    BigInteger step = s.step == PyNone.NONE ? BigInteger.ONE : sliceInt(s.step);
    if (step.signum() == 0) {
      throw PyException.valueError("slice step cannot be zero");
    }
    boolean back = step.signum() < 0;
    BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
    BigInteger upper = back ? length.subtract(BigInteger.ONE) : length;
    BigInteger start =
        s.start == PyNone.NONE
            ? (back ? upper : lower)
            : clamp(sliceInt(s.start), length, lower, upper);
    BigInteger stop =
        s.stop == PyNone.NONE
            ? (back ? lower : upper)
            : clamp(sliceInt(s.stop), length, lower, upper);
    return new BigInteger[] {start, stop, step};
  }

  private static BigInteger sliceInt(PyObject o) {
    try {
      return NumberMethods.index(o).bigValue();
    } catch (PyException e) {
      throw PyException.typeError(
          "slice indices must be integers or None or have an __index__ method");
    }
  }

  private static BigInteger clamp(
      BigInteger v, BigInteger length, BigInteger lower, BigInteger upper) {
    if (v.signum() < 0) {
      v = v.add(length);
      return v.compareTo(lower) < 0 ? lower : v;
    }
    return v.compareTo(upper) > 0 ? upper : v;
  }

  // ---------------------------------------------------------------- slice

  private static void installSlice() {
    PyType t = PyType.SLICE;
    t.setConstructor(
        (ts, type, args, kwnames) -> {
          if (NumberMethods.hasKeywords(kwnames)) {
            throw PyException.typeError("slice() takes no keyword arguments");
          }
          ArgParser.arity("slice", args, null, 1, 3);
          if (args.length == 1) {
            return new PySlice(PyNone.NONE, args[0], PyNone.NONE);
          }
          return new PySlice(args[0], args[1], args.length == 3 ? args[2] : PyNone.NONE);
        });
    t.method(
        "__repr__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__repr__", a, kw, 0);
          return new PyStr(self.repr());
        });
    t.method(
        "indices",
        (ts, self, a, kw) -> {
          ArgParser.arity("slice.indices", a, kw, 1, 1);
          BigInteger length = NumberMethods.index(a[0]).bigValue();
          if (length.signum() < 0) {
            throw PyException.valueError("length should not be negative");
          }
          BigInteger[] r = sliceIndices((PySlice) self, length);
          return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
    for (int op : new int[] {Ops.EQ, Ops.NE}) {
      String name = Ops.COMPARE_DUNDERS[op];
      t.method(
          name,
          (ts, self, a, kw) -> {
            NumberMethods.expectArgs(name, a, kw, 1);
            if (!(a[0] instanceof PySlice o)) {
              return PySingleton.NOT_IMPLEMENTED;
            }
            PySlice s = (PySlice) self;
            boolean same =
                Ops.eq(s.start, o.start) && Ops.eq(s.stop, o.stop) && Ops.eq(s.step, o.step);
            return PyBool.of(same == (op == Ops.EQ));
          });
    }
  }
}
