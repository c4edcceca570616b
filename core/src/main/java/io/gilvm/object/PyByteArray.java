package io.gilvm.object;

import io.gilvm.state.ThreadState;
import io.gilvm.sync.CriticalSection;
import java.util.Arrays;

/**
 * {@code bytearray}: a mutable sequence of bytes. Like {@link PyList}, every read and write of its
 * storage runs in a critical section on the object (free under a global lock; the object's own
 * mutex under {@code finegrained}), so two threads never see it half-changed. Its items are plain
 * bytes, so nothing read out of it needs keeping alive.
 */
public final class PyByteArray extends PyContainer {
  public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT);

  private byte[] data;
  private int size;

  /** Live memoryviews over the storage: while any exists, the size may not change. */
  private int exports;

  public PyByteArray(byte[] initial) {
    this.data = initial.length == 0 ? new byte[8] : initial.clone();
    this.size = initial.length;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  // ---------------------------------------------------------------- guarded access

  /** A copy of the current contents. */
  public byte[] snapshot() {
    ThreadState cs = CriticalSection.begin(this);
    try {
      return Arrays.copyOf(data, size);
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** Replaces the contents (the result of an in-place method computed on a snapshot). */
  void replaceAll(byte[] contents) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (contents.length != size) {
        checkResizable();
      }
      data = contents.length == 0 ? new byte[8] : contents.clone();
      size = contents.length;
    } finally {
      CriticalSection.end(cs);
    }
  }

  private void checkResizable() {
    if (exports > 0) {
      throw PyException.of(
          ExceptionTypes.BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
    }
  }

  void addExport(int delta) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      exports += delta;
    } finally {
      CriticalSection.end(cs);
    }
  }

  private void ensureCapacity(int n) {
    if (n > data.length) {
      data = Arrays.copyOf(data, Math.max(n, data.length * 2));
    }
  }

  /** Byte i (0 &lt;= i), or -1 past the end: what an iterator reads. */
  int byteAt(int i) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      return i < size ? data[i] & 0xff : -1;
    } finally {
      CriticalSection.end(cs);
    }
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

  static int byteValue(PyObject o) {
    PyInt i = NumberMethods.index(o);
    if (i.isBig() || i.longValue() < 0 || i.longValue() > 255) {
      throw PyException.valueError("byte must be in range(0, 256)");
    }
    return (int) i.longValue();
  }

  public void append(int b) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      checkResizable();
      ensureCapacity(size + 1);
      data[size++] = (byte) b;
    } finally {
      CriticalSection.end(cs);
    }
  }

  public void extend(byte[] more) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (more.length > 0) {
        checkResizable();
      }
      ensureCapacity(size + more.length);
      System.arraycopy(more, 0, data, size, more.length);
      size += more.length;
    } finally {
      CriticalSection.end(cs);
    }
  }

  void insert(long index, int b) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      checkResizable();
      int i = (int) Math.max(0, Math.min(index < 0 ? index + size : index, size));
      if (index < 0 && index + size < 0) {
        i = 0;
      }
      ensureCapacity(size + 1);
      System.arraycopy(data, i, data, i + 1, size - i);
      data[i] = (byte) b;
      size++;
    } finally {
      CriticalSection.end(cs);
    }
  }

  int pop(long index) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (size == 0) {
        throw PyException.indexError("pop from empty bytearray");
      }
      long k = index < 0 ? index + size : index;
      if (k < 0 || k >= size) {
        throw PyException.indexError("pop index out of range");
      }
      checkResizable();
      int i = (int) k;
      int v = data[i] & 0xff;
      System.arraycopy(data, i + 1, data, i, size - i - 1);
      size--;
      return v;
    } finally {
      CriticalSection.end(cs);
    }
  }

  void remove(int b) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      for (int i = 0; i < size; i++) {
        if ((data[i] & 0xff) == b) {
          checkResizable();
          System.arraycopy(data, i + 1, data, i, size - i - 1);
          size--;
          return;
        }
      }
      throw PyException.valueError("value not found in bytearray");
    } finally {
      CriticalSection.end(cs);
    }
  }

  void clear() {
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (size > 0) {
        checkResizable();
      }
      size = 0;
    } finally {
      CriticalSection.end(cs);
    }
  }

  void reverse() {
    ThreadState cs = CriticalSection.begin(this);
    try {
      for (int i = 0, j = size - 1; i < j; i++, j--) {
        byte t = data[i];
        data[i] = data[j];
        data[j] = t;
      }
    } finally {
      CriticalSection.end(cs);
    }
  }

  // ---------------------------------------------------------------- the object protocol

  @Override
  public String repr() {
    return "bytearray(" + PyBytes.repr(snapshot(), true) + ")";
  }

  @Override
  public boolean isTrue() {
    return len() > 0;
  }

  @Override
  public long hash() {
    throw PyException.typeError("unhashable type: 'bytearray'");
  }

  @Override
  public boolean eq(PyObject other) {
    byte[] o = Buffers.bytes(other);
    return o != null && Arrays.equals(snapshot(), o);
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    byte[] o = Buffers.bytes(other);
    if (o == null) {
      return null;
    }
    return PyBool.of(Ops.compareResult(Arrays.compareUnsigned(snapshot(), o), op));
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    if (op == Ops.ADD) {
      byte[] o = Buffers.bytes(other);
      if (o == null) {
        throw PyException.typeError("can't concat " + other.type().name() + " to bytearray");
      }
      byte[] a = snapshot();
      byte[] r = Arrays.copyOf(a, a.length + o.length);
      System.arraycopy(o, 0, r, a.length, o.length);
      return new PyByteArray(r);
    }
    if (op == Ops.MUL && other instanceof PyInt n) {
      return new PyByteArray(repeat(snapshot(), n));
    }
    if (op == Ops.MOD) {
      return new PyByteArray(PercentFormat.formatBytes(snapshot(), other));
    }
    return null;
  }

  @Override
  public PyObject reflectedBinaryOp(int op, PyObject other) {
    if (op == Ops.MUL && other instanceof PyInt n) {
      return new PyByteArray(repeat(snapshot(), n));
    }
    return null;
  }

  private static byte[] repeat(byte[] a, PyInt n) {
    int k = Math.max(0, n.asIndex());
    if ((long) a.length * k > Integer.MAX_VALUE - 16) {
      throw PyException.memoryError();
    }
    byte[] r = new byte[a.length * k];
    for (int i = 0; i < k; i++) {
      System.arraycopy(a, 0, r, i * a.length, a.length);
    }
    return r;
  }

  @Override
  public PyObject inplaceOp(int op, PyObject other) {
    if (op == Ops.ADD) {
      byte[] o = Buffers.bytes(other);
      if (o == null) {
        throw PyException.typeError("can't concat " + other.type().name() + " to bytearray");
      }
      extend(o);
      return this;
    }
    if (op == Ops.MUL && other instanceof PyInt n) {
      replaceAll(repeat(snapshot(), n));
      return this;
    }
    return null;
  }

  @Override
  public boolean contains(PyObject item) {
    if (item instanceof PyInt) {
      int v = byteValue(item);
      ThreadState cs = CriticalSection.begin(this);
      try {
        for (int i = 0; i < size; i++) {
          if ((data[i] & 0xff) == v) {
            return true;
          }
        }
        return false;
      } finally {
        CriticalSection.end(cs);
      }
    }
    byte[] needle = Buffers.bytes(item);
    if (needle == null) {
      throw PyException.typeError(
          "a bytes-like object is required, not '" + item.type().name() + "'");
    }
    return new PyBytes(snapshot()).indexOf(needle) >= 0;
  }

  @Override
  public PyObject getItem(PyObject key) {
    if (key instanceof PySlice sl) {
      ThreadState cs = CriticalSection.begin(this);
      try {
        int[] r = sl.indices(size);
        byte[] out = new byte[r[3]];
        for (int k = 0, j = r[0]; k < r[3]; k++, j += r[2]) {
          out[k] = data[j];
        }
        return new PyByteArray(out);
      } finally {
        CriticalSection.end(cs);
      }
    }
    if (key instanceof PyInt || key instanceof PyInstance) {
      long k = NumberMethods.index(key).asLong();
      ThreadState cs = CriticalSection.begin(this);
      try {
        if (k < 0) {
          k += size;
        }
        if (k < 0 || k >= size) {
          throw PyException.indexError("bytearray index out of range");
        }
        return PyInt.of(data[(int) k] & 0xff);
      } finally {
        CriticalSection.end(cs);
      }
    }
    throw PyException.typeError(
        "bytearray indices must be integers or slices, not " + key.type().name());
  }

  @Override
  public void setItem(PyObject key, PyObject value) {
    if (key instanceof PySlice sl) {
      byte[] v;
      if (value instanceof PyInt) {
        throw PyException.typeError(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      }
      v = Buffers.bytes(value);
      if (v == null) {
        v = BytesMethods.bytesOf(value);
      }
      setSlice(sl, v);
      return;
    }
    if (!(key instanceof PyInt) && !(key instanceof PyInstance)) {
      throw PyException.typeError(
          "bytearray indices must be integers or slices, not " + key.type().name());
    }
    long k = NumberMethods.index(key).asLong();
    int b = byteValue(value);
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (k < 0) {
        k += size;
      }
      if (k < 0 || k >= size) {
        throw PyException.indexError("bytearray index out of range");
      }
      data[(int) k] = (byte) b;
    } finally {
      CriticalSection.end(cs);
    }
  }

  private void setSlice(PySlice sl, byte[] v) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      int[] r = sl.indices(size);
      int start = r[0];
      int step = r[2];
      int count = r[3];
      if (step == 1) {
        int stop = Math.max(start, r[1]);
        int removed = stop - start;
        if (removed != v.length) {
          checkResizable();
        }
        int newSize = size - removed + v.length;
        byte[] out = new byte[Math.max(8, newSize)];
        System.arraycopy(data, 0, out, 0, start);
        System.arraycopy(v, 0, out, start, v.length);
        System.arraycopy(data, stop, out, start + v.length, size - stop);
        data = out;
        size = newSize;
        return;
      }
      if (v.length != count) {
        throw PyException.valueError(
            "attempt to assign bytes of size " + v.length + " to extended slice of size " + count);
      }
      for (int k = 0, j = start; k < count; k++, j += step) {
        data[j] = v[k];
      }
    } finally {
      CriticalSection.end(cs);
    }
  }

  @Override
  public void delItem(PyObject key) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (key instanceof PySlice sl) {
        int[] r = sl.indices(size);
        if (r[3] == 0) {
          return;
        }
        checkResizable();
        boolean[] gone = new boolean[size];
        for (int k = 0, j = r[0]; k < r[3]; k++, j += r[2]) {
          gone[j] = true;
        }
        int w = 0;
        for (int i = 0; i < size; i++) {
          if (!gone[i]) {
            data[w++] = data[i];
          }
        }
        size = w;
        return;
      }
      long k = NumberMethods.index(key).asLong();
      if (k < 0) {
        k += size;
      }
      if (k < 0 || k >= size) {
        throw PyException.indexError("bytearray index out of range");
      }
      checkResizable();
      int i = (int) k;
      System.arraycopy(data, i + 1, data, i, size - i - 1);
      size--;
    } finally {
      CriticalSection.end(cs);
    }
  }

  @Override
  public PyObject iter() {
    return new Iter(this);
  }

  /**
   * Reads one byte at a time under the array's lock, so it sees growth and shrinking; lets go of
   * the array once exhausted, as the builtin iterators do.
   */
  static final class Iter extends PyIterators.Base {
    private PyByteArray array;
    private int index;

    Iter(PyByteArray array) {
      super("bytearray_iterator", array);
      this.array = array;
    }

    @Override
    public PyObject next() {
      PyByteArray a = array;
      if (a == null) {
        return null;
      }
      int b = a.byteAt(index);
      if (b < 0) {
        array = null;
        return exhausted();
      }
      index++;
      return PyInt.of(b);
    }
  }
}
