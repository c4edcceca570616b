package io.gilvm.object;

import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/** {@code slice(start, stop, step)}; parts are None when omitted. */
public final class PySlice extends PyObject {
  final PyObject start;
  final PyObject stop;
  final PyObject step;

  /** A slice holding references to its three parts (increfed). */
  public PySlice(PyObject start, PyObject stop, PyObject step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
    ThreadState ts = ThreadState.current();
    ts.refs.incref(start);
    ts.refs.incref(stop);
    ts.refs.incref(step);
  }

  @Override
  public PyType type() {
    return PyType.SLICE;
  }

  @Override
  public String repr() {
    return "slice(" + Ops.repr(start) + ", " + Ops.repr(stop) + ", " + Ops.repr(step) + ")";
  }

  @Override
  public PyObject lookupAttr(String name) {
    switch (name) {
      case "start":
        return start;
      case "stop":
        return stop;
      case "step":
        return step;
      default:
        return super.lookupAttr(name);
    }
  }

  private static long index(PyObject o, String what) {
    if (o instanceof PyInt i) {
      if (i.isBig()) {
        return i.bigValue().signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
      }
      return i.longValue();
    }
    throw PyException.typeError(
        "slice indices must be integers or None or have an __index__ method");
  }

  /**
   * {@code slice.indices(length)} plus the slice length: {start, stop, step, count}, clamped as
   * CPython's PySlice_AdjustIndices does.
   */
  public int[] indices(int length) {
    long st = step == PyNone.NONE ? 1 : index(step, "step");
    if (st == 0) {
      throw PyException.valueError("slice step cannot be zero");
    }
    long lo;
    long hi;
    if (st > 0) {
      lo = start == PyNone.NONE ? 0 : index(start, "start");
      hi = stop == PyNone.NONE ? length : index(stop, "stop");
      lo = clamp(lo, length, 0, length);
      hi = clamp(hi, length, 0, length);
    } else {
      lo = start == PyNone.NONE ? length - 1 : index(start, "start");
      hi = stop == PyNone.NONE ? -1 : index(stop, "stop");
      lo = clamp(lo, length, -1, length - 1);
      hi = stop == PyNone.NONE ? -1 : clamp(hi, length, -1, length - 1);
    }
    long count;
    if (st > 0) {
      count = lo < hi ? (hi - lo - 1) / st + 1 : 0;
    } else {
      count = lo > hi ? (lo - hi - 1) / (-st) + 1 : 0;
    }
    return new int[] {
      (int) lo,
      (int) hi,
      (int) Math.max(Math.min(st, Integer.MAX_VALUE), Integer.MIN_VALUE + 1),
      (int) count
    };
  }

  private static long clamp(long v, int length, long min, long max) {
    if (v < 0) {
      v += length;
      if (v < 0) {
        return min;
      }
    }
    return v > max ? max : v;
  }

  /** The items {@code items[self]} of an array of which the first {@code n} are used. */
  public PyObject[] slice(PyObject[] items, int n) {
    int[] r = indices(n);
    PyObject[] out = new PyObject[r[3]];
    for (int k = 0, j = r[0]; k < r[3]; k++, j += r[2]) {
      out[k] = items[j];
    }
    return out;
  }

  @Override
  public boolean eq(PyObject other) {
    return other instanceof PySlice s
        && Ops.eq(start, s.start)
        && Ops.eq(stop, s.stop)
        && Ops.eq(step, s.step);
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (!(other instanceof PySlice) || (op != Ops.EQ && op != Ops.NE)) {
      return null;
    }
    return PyBool.of(eq(other) == (op == Ops.EQ));
  }

  @Override
  public void release() {
    ThreadState ts = ThreadState.current();
    Refs.decref(ts, start);
    Refs.decref(ts, stop);
    Refs.decref(ts, step);
  }
}
