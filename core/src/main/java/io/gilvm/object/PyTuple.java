package io.gilvm.object;

import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;
import java.util.Arrays;

/** {@code tuple}. Owns a reference to each item. */
public class PyTuple extends PyObject {
  public PyObject[] items;

  public static final PyTuple EMPTY = new PyTuple(new PyObject[0]).immortalize();

  public PyTuple(PyObject[] items) {
    this.items = items;
  }

  /** A tuple of these items; increfs each (the caller keeps its own references). */
  public static PyTuple of(PyObject... items) {
    if (items.length == 0) {
      return EMPTY;
    }
    // A copy typed PyObject[] even when the caller passed a narrower array (PyType[] for __mro__):
    // a recycled tuple's array must take any item.
    PyObject[] copy = java.util.Arrays.copyOf(items, items.length, PyObject[].class);
    ThreadState ts = ThreadState.current();
    for (PyObject o : copy) {
      ts.refs.incref(o);
    }
    return new PyTuple(copy);
  }

  /** A tuple that takes over the caller's references to the items, and the array itself. */
  public static PyTuple stealing(PyObject[] items) {
    if (items.length == 0) {
      return EMPTY;
    }
    // Free lists reuse the array for any items: it must be exactly PyObject[].
    return new PyTuple(
        items.getClass() == PyObject[].class
            ? items
            : java.util.Arrays.copyOf(items, items.length, PyObject[].class));
  }

  /** The item array, not copied: callers must not change it. */
  public PyObject[] items() {
    return items;
  }

  public int size() {
    return items.length;
  }

  public PyObject get(int i) {
    return items[i];
  }

  @Override
  public PyType type() {
    return PyType.TUPLE;
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    for (PyObject o : items) {
      if (o != null) {
        visit.accept(o);
      }
    }
  }

  @Override
  public void release() {
    ThreadState ts = ThreadState.current();
    PyObject[] it = items;
    for (int i = 0; i < it.length; i++) {
      PyObject o = it[i];
      // The array stays with the tuple for reuse from the free list; its slots let go.
      it[i] = null;
      if (o != null) {
        Refs.decref(ts, o);
      }
    }
  }

  @Override
  public String repr() {
    if (items.length == 0) {
      return "()";
    }
    ReprGuard g = ReprGuard.enter(this);
    if (g == null) {
      return "(...)";
    }
    try {
      StringBuilder sb = new StringBuilder("(");
      for (int i = 0; i < items.length; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(Ops.repr(items[i]));
      }
      if (items.length == 1) {
        sb.append(',');
      }
      return sb.append(')').toString();
    } finally {
      g.exit();
    }
  }

  @Override
  public boolean isTrue() {
    return items.length > 0;
  }

  @Override
  public int len() {
    return items.length;
  }

  /** CPython's tuple hash (xxHash-based since 3.8), so hashes agree with CPython's. */
  @Override
  public long hash() {
    final long prime1 = 0x9E3779B185EBCA87L;
    final long prime2 = 0xC2B2AE3D27D4EB4FL;
    final long prime5 = 0x27D4EB2F165667C5L;
    long acc = prime5;
    for (PyObject o : items) {
      long lane = Ops.hash(o);
      acc += lane * prime2;
      acc = Long.rotateLeft(acc, 31);
      acc *= prime1;
    }
    acc += items.length ^ (prime5 ^ 3527539L);
    return acc == -1 ? 1546275796 : acc;
  }

  @Override
  public boolean eq(PyObject other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PyTuple t) || t.items.length != items.length) {
      return false;
    }
    ThreadState ts = ThreadState.current();
    ts.enterRecursiveCall(" in comparison");
    try {
      for (int i = 0; i < items.length; i++) {
        if (!Ops.eq(items[i], t.items[i])) {
          return false;
        }
      }
      return true;
    } finally {
      ts.leaveRecursiveCall();
    }
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (!(other instanceof PyTuple t)) {
      return null;
    }
    ThreadState ts = ThreadState.current();
    ts.enterRecursiveCall(" in comparison");
    try {
      return Ops.compareSequences(items, items.length, t.items, t.items.length, op);
    } finally {
      ts.leaveRecursiveCall();
    }
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    if (op == Ops.ADD && other instanceof PyTuple t) {
      PyObject[] r = Arrays.copyOf(items, items.length + t.items.length);
      System.arraycopy(t.items, 0, r, items.length, t.items.length);
      return of(r);
    }
    if (op == Ops.MUL && other instanceof PyInt n) {
      return of(Ops.repeatArray(items, items.length, n));
    }
    return null;
  }

  @Override
  public PyObject reflectedBinaryOp(int op, PyObject other) {
    if (op == Ops.MUL && other instanceof PyInt n) {
      return of(Ops.repeatArray(items, items.length, n));
    }
    return null;
  }

  @Override
  public boolean contains(PyObject item) {
    for (PyObject o : items) {
      if (o == item || Ops.eq(o, item)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public PyObject getItem(PyObject key) {
    if (key instanceof PyInt i) {
      return items[Ops.checkIndex(i, items.length, "tuple index out of range")];
    }
    if (key instanceof PySlice s) {
      return of(s.slice(items, items.length));
    }
    PyInt ix = Ops.asIndex(key);
    if (ix != null) {
      return getItem(ix);
    }
    throw PyException.typeError(
        "tuple indices must be integers or slices, not " + key.type().name());
  }

  @Override
  public PyObject iter() {
    return new PyIterators.ArrayIterator(this, items, items.length);
  }
}
