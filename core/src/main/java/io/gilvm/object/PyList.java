package io.gilvm.object;

import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;
import io.gilvm.sync.CriticalSection;
import java.util.Arrays;

/**
 * {@code list}. Owns a reference to each item. Every operation on the items runs in a critical
 * section on the list ({@link CriticalSection}; free under a global lock), and items read out of it
 * are kept alive for the reader.
 */
public class PyList extends PyContainer {
  public PyObject[] items;
  public int size;

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
    return owning(items.clone());
  }

  /**
   * A new list that takes {@code fresh}, an array nobody else holds, as its storage, with a
   * reference to each item: no critical section and no growing, as the list is not shared yet.
   */
  static PyList owning(PyObject[] fresh) {
    for (PyObject o : fresh) {
      Refs.incref(o);
    }
    return stealing(fresh, fresh.length);
  }

  @Override
  public PyType type() {
    return PyType.LIST;
  }

  public int size() {
    return size;
  }

  /**
   * The item at {@code i}, borrowed (kept alive for the caller under object locks). IndexError when
   * {@code i} is not below the size, which another thread may have just changed.
   */
  public PyObject get(int i) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (i >= size) {
        throw PyException.indexError("list index out of range");
      }
      return CriticalSection.keepAlive(cs, items[i]);
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** A copy of the items (borrowed references, kept alive for the caller under object locks). */
  public PyObject[] toArray() {
    ThreadState cs = CriticalSection.begin(this);
    try {
      PyObject[] r = Arrays.copyOf(items, size);
      if (cs != null) {
        for (PyObject o : r) {
          CriticalSection.keepAlive(cs, o);
        }
      }
      return r;
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** Appends {@code o}, increfing it. */
  public void append(PyObject o) {
    Refs.incref(o);
    appendStealing(o);
  }

  /** Appends {@code o}, taking over the caller's reference. */
  /**
   * Appends {@code o}, taking over the caller's reference, to a list no other thread can reach yet:
   * a display or comprehension being built on a frame's stack. No critical section, as CPython's
   * free-threaded {@code LIST_APPEND}, whose target the caller alone holds.
   */
  public void appendToPrivate(PyObject o) {
    if (size == items.length) {
      items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
    }
    items[size++] = o;
  }

  public void appendStealing(PyObject o) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (size == items.length) {
        items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
      }
      items[size++] = o;
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** Replaces item {@code i} (0 ≤ i &lt; size), increfing the new and decrefing the old. */
  public void set(int i, PyObject o) {
    Refs.incref(o);
    PyObject old;
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (i >= size) {
        Refs.decref(o);
        throw PyException.indexError("list assignment index out of range");
      }
      old = items[i];
      items[i] = o;
    } finally {
      CriticalSection.end(cs);
    }
    Refs.decref(old);
  }

  /** Inserts before index {@code i} (clamped as list.insert does), increfing. */
  public void insert(int i, PyObject o) {
    Refs.incref(o);
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (i < 0) {
        i = Math.max(0, i + size);
      }
      i = Math.min(i, size);
      if (size == items.length) {
        items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
      }
      System.arraycopy(items, i, items, i + 1, size - i);
      items[i] = o;
      size++;
    } finally {
      CriticalSection.end(cs);
    }
  }

  private PyObject removeAtLocked(int i, String outOfRange) {
    if (i < 0 || i >= size) {
      throw PyException.indexError(outOfRange);
    }
    PyObject o = items[i];
    System.arraycopy(items, i + 1, items, i, size - i - 1);
    items[--size] = null;
    CriticalSection.handOver(ThreadState.current(), o);
    return o;
  }

  /**
   * {@code list.pop(i)}: removes and returns the item at {@code i} (negative counts from the end),
   * checked and removed in one step; the list's reference is handed over as floating.
   */
  public PyObject pop(long i) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (size == 0) {
        throw PyException.indexError("pop from empty list");
      }
      if (i < 0) {
        i += size;
      }
      return removeAtLocked(i < 0 || i >= size ? -1 : (int) i, "pop index out of range");
    } finally {
      CriticalSection.end(cs);
    }
  }

  /**
   * {@code list.remove(x)}: removes the first item equal to {@code x}, found and removed in one
   * step; returns it floating, or null when there is none.
   */
  public PyObject removeFirst(PyObject x) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      // The size is read each time: an __eq__ may shrink the list.
      for (int i = 0; i < size; i++) {
        PyObject o = items[i];
        if (o == x || Ops.eq(o, x)) {
          return removeAtLocked(i, "list.remove(x): x not in list");
        }
      }
      return null;
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** {@code list.reverse()}: the same objects in the opposite order. */
  public void reverse() {
    ThreadState cs = CriticalSection.begin(this);
    try {
      // Same objects, new order: the list's references are unchanged.
      for (int i = 0, j = size - 1; i < j; i++, j--) {
        PyObject x = items[i];
        items[i] = items[j];
        items[j] = x;
      }
    } finally {
      CriticalSection.end(cs);
    }
  }

  /**
   * Puts the list's own items back in the order of {@code sorted} (a permutation of what {@link
   * #toArray} returned); ValueError when the list was changed meanwhile, as CPython's sort.
   */
  public void reorder(PyObject[] sorted, int n) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (size != n) {
        throw PyException.valueError("list modified during sort");
      }
      // Same objects, new order: the list's references are unchanged.
      System.arraycopy(sorted, 0, items, 0, n);
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** Removes every item. */
  public void clear() {
    PyObject[] old;
    int n;
    ThreadState cs = CriticalSection.begin(this);
    try {
      old = items;
      n = size;
      items = NO_ITEMS;
      size = 0;
    } finally {
      CriticalSection.end(cs);
    }
    ThreadState ts = ThreadState.current();
    // Last item first, as CPython: finalizers (__del__) run in that order.
    for (int i = n - 1; i >= 0; i--) {
      Refs.decref(ts, old[i]);
    }
  }

  /** Replaces the contents with {@code newItems} (borrowed; increfed), releasing the old. */
  public void replaceAll(PyObject[] newItems, int n) {
    ThreadState ts = ThreadState.current();
    for (int i = 0; i < n; i++) {
      ts.refs.incref(newItems[i]);
    }
    PyObject[] old;
    int oldSize;
    ThreadState cs = CriticalSection.begin(this);
    try {
      old = items;
      oldSize = size;
      items = Arrays.copyOf(newItems, Math.max(n, 4));
      size = n;
    } finally {
      CriticalSection.end(cs);
    }
    for (int i = 0; i < oldSize; i++) {
      Refs.decref(ts, old[i]);
    }
  }

  /** Appends every item of an iterable. */
  public void extend(PyObject iterable) {
    // A subclass of list or tuple may override __iter__: only the exact types are copied.
    if (iterable.getClass() == PyList.class) {
      PyList l = (PyList) iterable;
      PyObject[] src = l.toArray();
      ThreadState ts = ThreadState.current();
      for (PyObject o : src) {
        ts.refs.incref(o);
      }
      ThreadState cs = CriticalSection.begin(this);
      try {
        int need = size + src.length;
        if (need > items.length) {
          items = Arrays.copyOf(items, Math.max(need, size + (size >> 1) + 1));
        }
        System.arraycopy(src, 0, items, size, src.length);
        size = need;
      } finally {
        CriticalSection.end(cs);
      }
      return;
    }
    if (iterable.getClass() == PyTuple.class) {
      for (PyObject o : ((PyTuple) iterable).items) {
        append(o);
      }
      return;
    }
    PyObject it = Ops.iter(iterable);
    try {
      for (PyObject x; (x = it.next()) != null; ) {
        append(x);
      }
    } finally {
      Refs.dropIterator(ThreadState.current(), it, iterable);
    }
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    for (int i = 0; i < size; i++) {
      visit.accept(items[i]);
    }
  }

  @Override
  public void release() {
    ThreadState ts = ThreadState.current();
    PyObject[] it = items;
    int n = size;
    items = NO_ITEMS;
    size = 0;
    for (int i = n - 1; i >= 0; i--) {
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
      // Item by item, re-reading the size: an item's __repr__ may change the list.
      for (int i = 0; i < size; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        PyObject o = itemOrNull(i);
        if (o == null) {
          break;
        }
        sb.append(Ops.repr(o));
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

  /** The item at {@code i} kept alive for the caller, or null past the end. */
  private PyObject itemOrNull(int i) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      return i < size ? CriticalSection.keepAlive(cs, items[i]) : null;
    } finally {
      CriticalSection.end(cs);
    }
  }

  @Override
  public boolean eq(PyObject other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PyList l) || l.size != size) {
      return false;
    }
    ThreadState ts = ThreadState.current();
    ts.enterRecursiveCall(" in comparison");
    // Two-object section: both lists stay as they are while compared (unless an __eq__ blocks).
    ThreadState cs = CriticalSection.begin(this, l);
    try {
      for (int i = 0; i < size && i < l.size; i++) {
        if (!Ops.eq(items[i], l.items[i])) {
          return false;
        }
      }
      return size == l.size;
    } finally {
      CriticalSection.end(cs);
      ts.leaveRecursiveCall();
    }
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (!(other instanceof PyList l)) {
      return null;
    }
    ThreadState ts = ThreadState.current();
    ts.enterRecursiveCall(" in comparison");
    ThreadState cs = CriticalSection.begin(this, l);
    try {
      return Ops.compareSequences(items, size, l.items, l.size, op);
    } finally {
      CriticalSection.end(cs);
      ts.leaveRecursiveCall();
    }
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    if (op == Ops.ADD && other instanceof PyList l) {
      return owning(Ops.concatArrays(toArray(), l.toArray()));
    }
    // Repeating by an int is the same from either side.
    return reflectedBinaryOp(op, other);
  }

  @Override
  public PyObject reflectedBinaryOp(int op, PyObject other) {
    if (op == Ops.MUL && other instanceof PyInt n) {
      PyObject[] a = toArray();
      return owning(Ops.repeatArray(a, a.length, n));
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
      PyObject[] a = toArray();
      PyObject[] r = Ops.repeatArray(a, a.length, n);
      replaceAll(r, r.length);
      return this;
    }
    return null;
  }

  @Override
  public boolean contains(PyObject item) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      for (int i = 0; i < size; i++) {
        PyObject o = items[i];
        if (o == item || Ops.eq(o, item)) {
          return true;
        }
      }
      return false;
    } finally {
      CriticalSection.end(cs);
    }
  }

  @Override
  public PyObject getItem(PyObject key) {
    if (key instanceof PyInt i) {
      ThreadState cs = CriticalSection.begin(this);
      try {
        return CriticalSection.keepAlive(
            cs, items[Ops.checkIndex(i, size, "list index out of range")]);
      } finally {
        CriticalSection.end(cs);
      }
    }
    if (key instanceof PySlice s) {
      PyObject[] a = toArray();
      return of(s.slice(a, a.length));
    }
    PyInt ix = Ops.asIndex(key);
    if (ix != null) {
      return getItem(ix);
    }
    throw PyException.typeError(
        "list indices must be integers or slices, not " + key.type().name());
  }

  @Override
  public void setItem(PyObject key, PyObject value) {
    if (key instanceof PyInt i) {
      setIndexed(i, value);
      return;
    }
    if (key instanceof PySlice s) {
      PyObject[] src = Ops.toArray(value == this ? PyList.of(toArray()) : value);
      // Slice assignment computes the new contents from a snapshot; under object locks a
      // concurrent change between the snapshot and the store is lost, as a racing store would be.
      PyObject[] items = toArray();
      int size = items.length;
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
            "attempt to assign sequence of size "
                + src.length
                + " to extended slice of size "
                + r[3]);
      }
      for (int k = 0, j = r[0]; k < r[3]; k++, j += r[2]) {
        set(j, src[k]);
      }
      return;
    }
    PyInt ix = Ops.asIndex(key);
    if (ix != null) {
      setItem(ix, value);
      return;
    }
    throw PyException.typeError(
        "list indices must be integers or slices, not " + key.type().name());
  }

  @Override
  public void delItem(PyObject key) {
    if (key instanceof PyInt i) {
      PyObject o;
      ThreadState cs = CriticalSection.begin(this);
      try {
        o =
            removeAtLocked(
                Ops.checkIndex(i, size, "list assignment index out of range"),
                "list assignment index out of range");
      } finally {
        CriticalSection.end(cs);
      }
      Refs.incref(o);
      Refs.decref(o);
      return;
    }
    if (key instanceof PySlice s) {
      PyObject[] items = toArray();
      int size = items.length;
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
    PyInt ix = Ops.asIndex(key);
    if (ix != null) {
      delItem(ix);
      return;
    }
    throw PyException.typeError(
        "list indices must be integers or slices, not " + key.type().name());
  }

  /** {@code self[i] = value} for an int index, checked and stored in one step. */
  private void setIndexed(PyInt i, PyObject value) {
    Refs.incref(value);
    PyObject old;
    ThreadState cs = CriticalSection.begin(this);
    try {
      int k;
      try {
        k = Ops.checkIndex(i, size, "list assignment index out of range");
      } catch (PyException e) {
        Refs.decref(value);
        throw e;
      }
      old = items[k];
      items[k] = value;
    } finally {
      CriticalSection.end(cs);
    }
    Refs.decref(old);
  }

  /** The next item for an iterator at {@code i}, kept alive for it; null past the end. */
  PyObject iterItem(int i) {
    return itemOrNull(i);
  }

  @Override
  public PyObject iter() {
    return new PyIterators.ListIterator(this);
  }
}
