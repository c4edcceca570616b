package io.gilvm.object;

import java.util.Arrays;

/** {@code bytes}: an immutable byte array. */
public class PyBytes extends PyObject {
  private final byte[] value;

  public PyBytes(byte[] value) {
    this.value = value;
  }

  /** The bytes, not copied: callers must not change them. */
  public byte[] value() {
    return value;
  }

  @Override
  public PyType type() {
    return PyType.BYTES;
  }

  @Override
  public String repr() {
    return repr(value, false);
  }

  /**
   * The {@code b'...'} literal of value; bytearray's repr (quoteAlways) backslashes every single
   * quote, even inside double quotes, as CPython's does.
   */
  static String repr(byte[] value, boolean quoteAlways) {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (byte b : value) {
      hasSingle |= b == '\'';
      hasDouble |= b == '"';
    }
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder sb = new StringBuilder("b").append(quote);
    for (byte b : value) {
      int c = b & 0xff;
      if (c == quote || c == '\\' || quoteAlways && c == '\'') {
        sb.append('\\').append((char) c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c >= 0x7f) {
        sb.append(String.format("\\x%02x", c));
      } else {
        sb.append((char) c);
      }
    }
    return sb.append(quote).toString();
  }

  @Override
  public boolean isTrue() {
    return value.length > 0;
  }

  @Override
  public long hash() {
    long h = Arrays.hashCode(value);
    return h == -1 ? -2 : h;
  }

  @Override
  public boolean eq(PyObject other) {
    return other instanceof PyBytes b && Arrays.equals(value, b.value);
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (!(other instanceof PyBytes b)) {
      return null;
    }
    return PyBool.of(Ops.compareResult(Arrays.compareUnsigned(value, b.value), op));
  }

  @Override
  public int len() {
    return value.length;
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    if (op == Ops.ADD
        && (other instanceof PyBytes
            || other instanceof PyByteArray
            || other instanceof PyMemoryView)) {
      byte[] o = Buffers.bytes(other);
      byte[] r = Arrays.copyOf(value, value.length + o.length);
      System.arraycopy(o, 0, r, value.length, o.length);
      return new PyBytes(r);
    }
    if (op == Ops.MUL && other instanceof PyInt n) {
      int k = Math.max(0, n.asIndex());
      byte[] r = new byte[value.length * k];
      for (int i = 0; i < k; i++) {
        System.arraycopy(value, 0, r, i * value.length, value.length);
      }
      return new PyBytes(r);
    }
    if (op == Ops.MOD) {
      return new PyBytes(PercentFormat.formatBytes(value, other));
    }
    return null;
  }

  @Override
  public boolean contains(PyObject item) {
    if (item instanceof PyInt i) {
      long v = i.asLong();
      for (byte b : value) {
        if ((b & 0xff) == v) {
          return true;
        }
      }
      return false;
    }
    byte[] needle = Buffers.bytes(item);
    if (needle != null) {
      return indexOf(needle) >= 0;
    }
    throw PyException.typeError(
        "a bytes-like object is required, not '" + item.type().name() + "'");
  }

  int indexOf(byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= value.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (value[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Override
  public PyObject getItem(PyObject key) {
    if (key instanceof PyInt i) {
      long k = i.indexValue();
      if (k < 0) {
        k += value.length;
      }
      if (k < 0 || k >= value.length) {
        throw PyException.indexError("index out of range");
      }
      return PyInt.of(value[(int) k] & 0xff);
    }
    if (key instanceof PySlice sl) {
      int[] r = sl.indices(value.length);
      byte[] out = new byte[r[3]];
      for (int k = 0, j = r[0]; k < r[3]; k++, j += r[2]) {
        out[k] = value[j];
      }
      return new PyBytes(out);
    }
    PyInt ix = Ops.asIndex(key);
    if (ix != null) {
      return getItem(ix);
    }
    throw PyException.typeError(
        "byte indices must be integers or slices, not " + key.type().name());
  }

  @Override
  public PyObject iter() {
    PyList l = new PyList();
    for (byte b : value) {
      l.append(PyInt.of(b & 0xff));
    }
    return l.iter();
  }
}
