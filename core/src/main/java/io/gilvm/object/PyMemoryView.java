package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/**
 * {@code memoryview} over a bytes or bytearray: one dimension of unsigned bytes (format 'B'), a
 * window (start and step) into the object's storage, read and written through it. While a view over
 * a bytearray is unreleased, the bytearray cannot change size, as in CPython.
 */
public final class PyMemoryView extends PyObject {
  public static final PyType TYPE = PyType.builtin("memoryview", PyType.OBJECT);

  /** The viewed bytes or bytearray (owned); null once released. */
  private PyObject obj;

  private final int start;
  private final int step;
  private final int length;

  private PyMemoryView(PyObject obj, int start, int step, int length) {
    this.obj = obj;
    this.start = start;
    this.step = step;
    this.length = length;
    Refs.incref(obj);
    if (obj instanceof PyByteArray a) {
      a.addExport(1);
    }
  }

  /** {@code memoryview(obj)}. */
  static PyMemoryView of(PyObject o) {
    if (o instanceof PyMemoryView m) {
      PyObject base = m.checked();
      return new PyMemoryView(base, m.start, m.step, m.length);
    }
    if (o instanceof PyBytes || o instanceof PyByteArray) {
      return new PyMemoryView(o, 0, 1, o.len());
    }
    throw PyException.typeError(
        "memoryview: a bytes-like object is required, not '" + o.type().name() + "'");
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private PyObject checked() {
    PyObject o = obj;
    if (o == null) {
      throw PyException.valueError("operation forbidden on released memoryview object");
    }
    return o;
  }

  private byte[] source() {
    PyObject o = checked();
    return o instanceof PyBytes b ? b.value() : ((PyByteArray) o).snapshot();
  }

  /** {@code tobytes()}: a copy of the viewed bytes. */
  byte[] toBytes() {
    byte[] src = source();
    byte[] out = new byte[length];
    for (int k = 0, j = start; k < length; k++, j += step) {
      out[k] = j < src.length ? src[j] : 0;
    }
    return out;
  }

  /** {@code release()}: lets go of the object; a second release does nothing. */
  void releaseView() {
    PyObject o = obj;
    if (o == null) {
      return;
    }
    obj = null;
    if (o instanceof PyByteArray a) {
      a.addExport(-1);
    }
    Refs.decref(ThreadState.current(), o);
  }

  boolean isReleased() {
    return obj == null;
  }

  boolean readonly() {
    return !(checked() instanceof PyByteArray);
  }

  PyObject viewed() {
    return checked();
  }

  @Override
  public String repr() {
    return (obj == null ? "<released memory at 0x" : "<memory at 0x")
        + Long.toHexString(Builtins.id(this))
        + ">";
  }

  @Override
  public int len() {
    checked();
    return length;
  }

  @Override
  public long hash() {
    if (!readonly()) {
      throw PyException.valueError("cannot hash writable memoryview object");
    }
    return new PyBytes(toBytes()).hash();
  }

  @Override
  public boolean eq(PyObject other) {
    PyObject r = richCompare(other, Ops.EQ);
    return r != null && r.isTrue();
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (op != Ops.EQ && op != Ops.NE) {
      return null;
    }
    if (obj == null || other instanceof PyMemoryView m && m.obj == null) {
      return PyBool.of((this == other) == (op == Ops.EQ));
    }
    byte[] o = Buffers.bytes(other);
    if (o == null) {
      return null;
    }
    return PyBool.of(java.util.Arrays.equals(toBytes(), o) == (op == Ops.EQ));
  }

  private int index(PyObject key) {
    long k = NumberMethods.index(key).asLong();
    if (k < 0) {
      k += length;
    }
    if (k < 0 || k >= length) {
      throw PyException.indexError("index out of bounds on dimension 1");
    }
    return start + (int) k * step;
  }

  @Override
  public PyObject getItem(PyObject key) {
    checked();
    if (key instanceof PySlice sl) {
      int[] r = sl.indices(length);
      return new PyMemoryView(obj, start + r[0] * step, step * r[2], r[3]);
    }
    if (key instanceof PyInt || key instanceof PyInstance) {
      int j = index(key);
      PyObject o = obj;
      int b = o instanceof PyBytes bs ? bs.value()[j] & 0xff : ((PyByteArray) o).byteAt(j);
      return PyInt.of(Math.max(b, 0));
    }
    throw PyException.typeError("memoryview: invalid slice key");
  }

  @Override
  public void setItem(PyObject key, PyObject value) {
    if (readonly()) {
      throw PyException.typeError("cannot modify read-only memory");
    }
    PyByteArray a = (PyByteArray) obj;
    if (key instanceof PySlice sl) {
      int[] r = sl.indices(length);
      byte[] v = Buffers.bytes(value);
      if (v == null) {
        throw PyException.typeError(
            "a bytes-like object is required, not '" + value.type().name() + "'");
      }
      if (v.length != r[3]) {
        throw PyException.valueError(
            "memoryview assignment: lvalue and rvalue have different structures");
      }
      for (int k = 0, j = start + r[0] * step; k < r[3]; k++, j += step * r[2]) {
        a.setItem(PyInt.of(j), PyInt.of(v[k] & 0xff));
      }
      return;
    }
    if (!(value instanceof PyInt)) {
      throw PyException.typeError("memoryview: invalid type for format 'B'");
    }
    long v = ((PyInt) value).asLong();
    if (v < 0 || v > 255) {
      throw PyException.valueError("memoryview: invalid value for format 'B'");
    }
    a.setItem(PyInt.of(index(key)), value);
  }

  @Override
  public PyObject iter() {
    byte[] b = toBytes();
    PyList l = new PyList();
    for (byte x : b) {
      l.append(PyInt.of(x & 0xff));
    }
    return l.iter();
  }

  @Override
  public PyObject lookupAttr(String name) {
    switch (name) {
      case "obj":
        return checked();
      case "nbytes":
        checked();
        return PyInt.of(length);
      case "readonly":
        return PyBool.of(readonly());
      case "itemsize":
        checked();
        return PyInt.of(1);
      case "format":
        checked();
        return new PyStr("B");
      case "ndim":
        checked();
        return PyInt.of(1);
      case "shape":
        checked();
        return PyTuple.of(PyInt.of(length));
      case "strides":
        checked();
        return PyTuple.of(PyInt.of(step));
      case "contiguous":
      case "c_contiguous":
      case "f_contiguous":
        checked();
        return PyBool.of(step == 1 || length <= 1);
      default:
        return super.lookupAttr(name);
    }
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    PyObject o = obj;
    if (o != null) {
      visit.accept(o);
    }
  }

  @Override
  public void release() {
    releaseView();
  }
}
