package io.gilvm.object;

/** {@code range} over longs. */
public final class PyRange extends PyObject {
  final long start;
  final long stop;
  final long step;
  private final long length;

  public PyRange(long start, long stop, long step) {
    if (step == 0) {
      throw PyException.valueError("range() arg 3 must not be zero");
    }
    this.start = start;
    this.stop = stop;
    this.step = step;
    long n;
    if (step > 0) {
      n = start < stop ? (stop - start - 1) / step + 1 : 0;
    } else {
      n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }
    this.length = n;
  }

  @Override
  public PyType type() {
    return PyType.RANGE;
  }

  public long start() {
    return start;
  }

  public long stop() {
    return stop;
  }

  public long step() {
    return step;
  }

  public long length() {
    return length;
  }

  @Override
  public String repr() {
    return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
  }

  @Override
  public boolean isTrue() {
    return length > 0;
  }

  @Override
  public int len() {
    if (length > Integer.MAX_VALUE) {
      throw PyException.overflowError("Python int too large to convert to C ssize_t");
    }
    return (int) length;
  }

  @Override
  public boolean contains(PyObject item) {
    if (item instanceof PyInt i && !i.isBig()) {
      long v = i.longValue();
      if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
        return false;
      }
      return (v - start) % step == 0;
    }
    return super.contains(item);
  }

  @Override
  public PyObject getItem(PyObject key) {
    if (key instanceof PyInt i) {
      if (i.isBig()) {
        throw PyException.indexError("range object index out of range");
      }
      long k = i.asLong();
      if (k < 0) {
        k += length;
      }
      if (k < 0 || k >= length) {
        throw PyException.indexError("range object index out of range");
      }
      return PyInt.of(start + k * step);
    }
    if (key instanceof PySlice s) {
      int[] r = s.indices((int) Math.min(length, Integer.MAX_VALUE));
      long newStart = start + r[0] * step;
      long newStep = step * r[2];
      return new PyRange(newStart, newStart + r[3] * newStep, newStep);
    }
    PyInt ix = Ops.asIndex(key);
    if (ix != null) {
      return getItem(ix);
    }
    throw PyException.typeError(
        "range indices must be integers or slices, not " + key.type().name());
  }

  /** CPython hashes a range as the tuple (len, start, step), with None for what does not matter. */
  @Override
  public long hash() {
    PyObject s = length == 0 ? PyNone.NONE : PyInt.of(start);
    PyObject st = length <= 1 ? PyNone.NONE : PyInt.of(step);
    return new PyTuple(new PyObject[] {PyInt.of(length), s, st}).hash();
  }

  @Override
  public boolean eq(PyObject other) {
    if (!(other instanceof PyRange r)) {
      return false;
    }
    if (length != r.length) {
      return false;
    }
    return length == 0 || (start == r.start && (length == 1 || step == r.step));
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (!(other instanceof PyRange) || (op != Ops.EQ && op != Ops.NE)) {
      return null;
    }
    return PyBool.of(eq(other) == (op == Ops.EQ));
  }

  @Override
  public PyObject iter() {
    return new PyIterators.RangeIterator(start, step, length);
  }
}
