package io.gilvm.runtime;

import java.util.Arrays;

/** {@code list}. Owns a reference to each item. */
public final class PyList extends PyObject {
  PyObject[] items;
  int size;

  private static final PyObject[] NO_ITEMS = new PyObject[0];

  public PyList() {
    this.items = NO_ITEMS;
  }

  /** A list that takes over the caller's references to the items, and the array itself. */
  public static PyList stealing(PyObject[] items, int size) {
    PyList l = new PyList();
    l.items = items;
    l.size = size;
    return l;
  }

  /** A list of these items; increfs each. */
  public static PyList of(PyObject... items) {
    PyList l = new PyList();
    for (PyObject o : items) {
      l.append(o);
    }
    return l;
  }

  @Override
  public PyType type() {
    return PyType.LIST;
  }

  public int size() {
    return size;
  }

  /** The item at {@code i} (0 ≤ i &lt; size), borrowed. */
  public PyObject get(int i) {
    return items[i];
  }

  /** A copy of the items (borrowed references). */
  public PyObject[] toArray() {
    return Arrays.copyOf(items, size);
  }

  /** Appends {@code o}, increfing it. */
  public void append(PyObject o) {
    Refs.incref(o);
    appendStealing(o);
  }

  /** Appends {@code o}, taking over the caller's reference. */
  public void appendStealing(PyObject o) {
    if (size == items.length) {
      items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
    }
    items[size++] = o;
  }

  /** Replaces item {@code i} (0 ≤ i &lt; size), increfing the new and decrefing the old. */
  public void set(int i, PyObject o) {
    Refs.incref(o);
    PyObject old = items[i];
    items[i] = o;
    Refs.decref(old);
  }

  /** Inserts before index {@code i} (clamped as list.insert does), increfing. */
  public void insert(int i, PyObject o) {
    if (i < 0) {
      i = Math.max(0, i + size);
    }
    i = Math.min(i, size);
    Refs.incref(o);
    if (size == items.length) {
      items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
    }
    System.arraycopy(items, i, items, i + 1, size - i);
    items[i] = o;
    size++;
  }

  /**
   * Removes and returns the item at {@code i} (already normalised), handing the list's reference
   * over to the caller as floating.
   */
  public PyObject removeAt(int i) {
    PyObject o = items[i];
    System.arraycopy(items, i + 1, items, i, size - i - 1);
    items[--size] = null;
    Refs.release(ThreadState.current(), o);
    return o;
  }

  /** Removes every item. */
  public void clear() {
    PyObject[] old = items;
    int n = size;
    items = NO_ITEMS;
    size = 0;
    ThreadState ts = ThreadState.current();
    for (int i = 0; i < n; i++) {
      Refs.decref(ts, old[i]);
    }
  }

  /** Replaces the contents with {@code newItems} (borrowed; increfed), releasing the old. */
  public void replaceAll(PyObject[] newItems, int n) {
    ThreadState ts = ThreadState.current();
    for (int i = 0; i < n; i++) {
      ts.refs.incref(newItems[i]);
    }
    PyObject[] old = items;
    int oldSize = size;
    items = Arrays.copyOf(newItems, Math.max(n, 4));
    size = n;
    for (int i = 0; i < oldSize; i++) {
      Refs.decref(ts, old[i]);
    }
  }

  /** Appends every item of an iterable. */
  public void extend(PyObject iterable) {
    if (iterable instanceof PyList l) {
      PyObject[] src = Arrays.copyOf(l.items, l.size);
      for (PyObject o : src) {
        append(o);
      }
      return;
    }
    if (iterable instanceof PyTuple t) {
      for (PyObject o : t.items) {
        append(o);
      }
      return;
    }
    PyObject it = Ops.iter(iterable);
    for (PyObject x; (x = it.next()) != null; ) {
      append(x);
    }
  }

  @Override
  protected void release() {
    ThreadState ts = ThreadState.current();
    PyObject[] it = items;
    int n = size;
    items = NO_ITEMS;
    size = 0;
    for (int i = 0; i < n; i++) {
      Refs.decref(ts, it[i]);
    }
  }

  @Override
  public String repr() {
    if (size == 0) {
      return "[]";
    }
    ReprGuard g = ReprGuard.enter(this);
    if (g == null) {
      return "[...]";
    }
    try {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < size; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(Ops.repr(items[i]));
      }
      return sb.append(']').toString();
    } finally {
      g.exit();
    }
  }

  @Override
  public boolean isTrue() {
    return size > 0;
  }

  @Override
  public int len() {
    return size;
  }

  @Override
  public long hash() {
    throw PyException.typeError("unhashable type: 'list'");
  }

  @Override
  public boolean eq(PyObject other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PyList l) || l.size != size) {
      return false;
    }
    for (int i = 0; i < size && i < l.size; i++) {
      if (!Ops.eq(items[i], l.items[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (!(other instanceof PyList l)) {
      return null;
    }
    return Ops.compareSequences(items, size, l.items, l.size, op);
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    if (op == Ops.ADD && other instanceof PyList l) {
      PyList r = new PyList();
      for (int i = 0; i < size; i++) {
        r.append(items[i]);
      }
      for (int i = 0; i < l.size; i++) {
        r.append(l.items[i]);
      }
      return r;
    }
    if (op == Ops.MUL && other instanceof PyInt n) {
      return of(Ops.repeatArray(items, size, n));
    }
    return null;
  }

  @Override
  public PyObject reflectedBinaryOp(int op, PyObject other) {
    if (op == Ops.MUL && other instanceof PyInt n) {
      return of(Ops.repeatArray(items, size, n));
    }
    return null;
  }

  @Override
  public PyObject inplaceOp(int op, PyObject other) {
    if (op == Ops.ADD) {
      extend(other);
      return this;
    }
    if (op == Ops.MUL && other instanceof PyInt n) {
      PyObject[] r = Ops.repeatArray(items, size, n);
      replaceAll(r, r.length);
      return this;
    }
    return null;
  }

  @Override
  public boolean contains(PyObject item) {
    for (int i = 0; i < size; i++) {
      PyObject o = items[i];
      if (o == item || Ops.eq(o, item)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public PyObject getItem(PyObject key) {
    if (key instanceof PyInt i) {
      return items[Ops.checkIndex(i, size, "list index out of range")];
    }
    if (key instanceof PySlice s) {
      return of(s.slice(items, size));
    }
    throw PyException.typeError(
        "list indices must be integers or slices, not " + key.type().name());
  }

  @Override
  public void setItem(PyObject key, PyObject value) {
    if (key instanceof PyInt i) {
      set(Ops.checkIndex(i, size, "list assignment index out of range"), value);
      return;
    }
    if (key instanceof PySlice s) {
      PyObject[] src = Ops.toArray(value == this ? PyList.of(toArray()) : value);
      int[] r = s.indices(size);
      if (r[2] == 1) {
        int start = r[0];
        int stop = Math.max(r[1], start);
        PyObject[] next = new PyObject[size - (stop - start) + src.length];
        System.arraycopy(items, 0, next, 0, start);
        System.arraycopy(src, 0, next, start, src.length);
        System.arraycopy(items, stop, next, start + src.length, size - stop);
        replaceAll(next, next.length);
        return;
      }
      if (src.length != r[3]) {
        throw PyException.valueError(
            "attempt to assign sequence of size " + src.length
                + " to extended slice of size " + r[3]);
      }
      for (int k = 0, j = r[0]; k < r[3]; k++, j += r[2]) {
        set(j, src[k]);
      }
      return;
    }
    throw PyException.typeError(
        "list indices must be integers or slices, not " + key.type().name());
  }

  @Override
  public void delItem(PyObject key) {
    if (key instanceof PyInt i) {
      PyObject o = removeAt(Ops.checkIndex(i, size, "list assignment index out of range"));
      Refs.incref(o);
      Refs.decref(o);
      return;
    }
    if (key instanceof PySlice s) {
      int[] r = s.indices(size);
      boolean[] drop = new boolean[size];
      for (int k = 0, j = r[0]; k < r[3]; k++, j += r[2]) {
        drop[j] = true;
      }
      PyObject[] keep = new PyObject[size];
      int n = 0;
      for (int j = 0; j < size; j++) {
        if (!drop[j]) {
          keep[n++] = items[j];
        }
      }
      replaceAll(keep, n);
      return;
    }
    throw PyException.typeError(
        "list indices must be integers or slices, not " + key.type().name());
  }

  @Override
  public PyObject iter() {
    return new PyIterators.ListIterator(this);
  }
}
