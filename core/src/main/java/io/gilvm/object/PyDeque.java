package io.gilvm.object;

import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;
import io.gilvm.sync.CriticalSection;

/**
 * {@code collections.deque}: a double-ended queue in a circular array, optionally bounded by {@code
 * maxlen} (appending to a full deque drops an item from the other end). Owns a reference to each
 * item. Like {@link PyList}, every operation on the items runs in a critical section on the deque
 * (free under a global lock), so that under {@code finegrained} appends and pops from several
 * threads neither lose nor duplicate items, as CPython's deque guarantees under its lock; items
 * read out of it are kept alive for the reader.
 */
public class PyDeque extends PyContainer {
  public static final PyType TYPE = PyType.builtinInModule("collections", "deque", PyType.OBJECT);

  private PyObject[] buf = new PyObject[8];
  private int head;
  private int size;

  /** The bound, or -1 for none. */
  private int maxlen = -1;

  /** Counts changes of size, so that iterators notice a deque changed under them. */
  private long state;

  @Override
  public PyType type() {
    return TYPE;
  }

  public int maxlen() {
    return maxlen;
  }

  private int slot(int i) {
    int k = head + i;
    return k >= buf.length ? k - buf.length : k;
  }

  private void grow() {
    PyObject[] next = new PyObject[buf.length * 2];
    int first = Math.min(size, buf.length - head);
    System.arraycopy(buf, head, next, 0, first);
    System.arraycopy(buf, 0, next, first, size - first);
    buf = next;
    head = 0;
  }

  // ---- the operations, each in one critical section; references: see each

  /** Appends on the right, increfing {@code o}; drops the leftmost item when full. */
  public void append(PyObject o) {
    Refs.incref(o);
    PyObject dropped;
    ThreadState cs = CriticalSection.begin(this);
    try {
      dropped = appendLocked(o);
    } finally {
      CriticalSection.end(cs);
    }
    if (dropped != null) {
      Refs.decref(dropped);
    }
  }

  /** Appends a reference the caller gave; returns an item to decref once out of the section. */
  private PyObject appendLocked(PyObject o) {
    if (maxlen == 0) {
      return o;
    }
    PyObject dropped = null;
    if (size == maxlen) {
      dropped = buf[head];
      buf[head] = null;
      head = slot(1);
      size--;
    }
    if (size == buf.length) {
      grow();
    }
    buf[slot(size)] = o;
    size++;
    state++;
    return dropped;
  }

  /** Appends on the left, increfing {@code o}; drops the rightmost item when full. */
  public void appendLeft(PyObject o) {
    Refs.incref(o);
    PyObject dropped;
    ThreadState cs = CriticalSection.begin(this);
    try {
      dropped = appendLeftLocked(o);
    } finally {
      CriticalSection.end(cs);
    }
    if (dropped != null) {
      Refs.decref(dropped);
    }
  }

  private PyObject appendLeftLocked(PyObject o) {
    if (maxlen == 0) {
      return o;
    }
    PyObject dropped = null;
    if (size == maxlen) {
      int last = slot(size - 1);
      dropped = buf[last];
      buf[last] = null;
      size--;
    }
    if (size == buf.length) {
      grow();
    }
    head = head == 0 ? buf.length - 1 : head - 1;
    buf[head] = o;
    size++;
    state++;
    return dropped;
  }

  /** Removes and returns the rightmost item, handed over floating. */
  public PyObject pop() {
    ThreadState cs = CriticalSection.begin(this);
    PyObject o;
    try {
      if (size == 0) {
        throw PyException.indexError("pop from an empty deque");
      }
      int last = slot(size - 1);
      o = buf[last];
      buf[last] = null;
      size--;
      state++;
    } finally {
      CriticalSection.end(cs);
    }
    CriticalSection.handOver(ThreadState.current(), o);
    return o;
  }

  /** Removes and returns the leftmost item, handed over floating. */
  public PyObject popLeft() {
    ThreadState cs = CriticalSection.begin(this);
    PyObject o;
    try {
      if (size == 0) {
        throw PyException.indexError("pop from an empty deque");
      }
      o = buf[head];
      buf[head] = null;
      head = slot(1);
      size--;
      state++;
    } finally {
      CriticalSection.end(cs);
    }
    CriticalSection.handOver(ThreadState.current(), o);
    return o;
  }

  /** A copy of the items, left to right (borrowed, kept alive for the caller). */
  public PyObject[] toArray() {
    ThreadState cs = CriticalSection.begin(this);
    try {
      PyObject[] r = new PyObject[size];
      for (int i = 0; i < size; i++) {
        r[i] = CriticalSection.keepAlive(cs, buf[slot(i)]);
      }
      return r;
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** Appends every item of {@code iterable} on the right (or the left). */
  public void extend(PyObject iterable, boolean left) {
    PyObject[] items = iterable == this ? toArray() : null;
    if (items != null || iterable instanceof PyList || iterable instanceof PyTuple) {
      if (items == null) {
        items = Ops.toArray(iterable);
      }
      ThreadState ts = ThreadState.current();
      for (PyObject o : items) {
        ts.refs.incref(o);
      }
      PyObject[] dropped = new PyObject[items.length];
      int nd = 0;
      ThreadState cs = CriticalSection.begin(this);
      try {
        for (PyObject o : items) {
          PyObject d = left ? appendLeftLocked(o) : appendLocked(o);
          if (d != null) {
            dropped[nd++] = d;
          }
        }
      } finally {
        CriticalSection.end(cs);
      }
      for (int i = 0; i < nd; i++) {
        Refs.decref(ts, dropped[i]);
      }
      return;
    }
    PyObject it = Ops.iter(iterable);
    try {
      for (PyObject x; (x = it.next()) != null; ) {
        if (left) {
          appendLeft(x);
        } else {
          append(x);
        }
      }
    } finally {
      Refs.discard(ThreadState.current(), it);
    }
  }

  /** Removes every item. */
  public void clear() {
    PyObject[] old;
    ThreadState cs = CriticalSection.begin(this);
    try {
      old = new PyObject[size];
      for (int i = 0; i < size; i++) {
        old[i] = buf[slot(i)];
      }
      buf = new PyObject[8];
      head = 0;
      size = 0;
      state++;
    } finally {
      CriticalSection.end(cs);
    }
    ThreadState ts = ThreadState.current();
    for (PyObject o : old) {
      Refs.decref(ts, o);
    }
  }

  /** Rotates {@code n} steps to the right (negative: to the left). */
  public void rotate(long n) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (size <= 1) {
        return;
      }
      int k = (int) Math.floorMod(n, (long) size);
      if (k == 0) {
        return;
      }
      // The same items in a new order: the deque's references are unchanged.
      PyObject[] items = new PyObject[buf.length];
      for (int i = 0; i < size; i++) {
        items[(i + k) % size] = buf[slot(i)];
      }
      buf = items;
      head = 0;
      state++;
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** Reverses the items in place. */
  public void reverse() {
    ThreadState cs = CriticalSection.begin(this);
    try {
      for (int i = 0, j = size - 1; i < j; i++, j--) {
        int a = slot(i);
        int b = slot(j);
        PyObject x = buf[a];
        buf[a] = buf[b];
        buf[b] = x;
      }
      state++;
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** Inserts {@code o} before index {@code i} (clamped as list.insert does), increfing it. */
  public void insert(long i, PyObject o) {
    Refs.incref(o);
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (size == maxlen) {
        Refs.decref(o);
        throw PyException.indexError("deque already at its maximum size");
      }
      if (i < 0) {
        i = Math.max(0, i + size);
      }
      int at = (int) Math.min(i, size);
      if (size == buf.length) {
        grow();
      }
      for (int k = size; k > at; k--) {
        buf[slot(k)] = buf[slot(k - 1)];
      }
      buf[slot(at)] = o;
      size++;
      state++;
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** Removes the item at {@code i} (in range, normalised) inside a section; returns it. */
  private PyObject removeAtLocked(int i) {
    PyObject o = buf[slot(i)];
    for (int k = i; k < size - 1; k++) {
      buf[slot(k)] = buf[slot(k + 1)];
    }
    buf[slot(size - 1)] = null;
    size--;
    state++;
    return o;
  }

  /** {@code deque.remove(x)}: removes the first item equal to {@code x}; false if none. */
  public boolean removeFirst(PyObject x) {
    PyObject removed = null;
    ThreadState cs = CriticalSection.begin(this);
    try {
      long seen = state;
      for (int i = 0; i < size; i++) {
        PyObject o = buf[slot(i)];
        boolean match = o == x || Ops.eq(o, x);
        if (state != seen) {
          throw PyException.indexError("deque mutated during remove().");
        }
        if (match) {
          removed = removeAtLocked(i);
          break;
        }
      }
    } finally {
      CriticalSection.end(cs);
    }
    if (removed == null) {
      return false;
    }
    Refs.decref(removed);
    return true;
  }

  /** The index of the first item equal to {@code x} in [start, stop), or -1. */
  public int indexOf(PyObject x, int start, int stop) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      long seen = state;
      for (int i = start; i < Math.min(stop, size); i++) {
        PyObject o = buf[slot(i)];
        boolean match = o == x || Ops.eq(o, x);
        if (state != seen) {
          throw PyException.runtimeError("deque mutated during iteration");
        }
        if (match) {
          return i;
        }
      }
      return -1;
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** The next item for an iterator at {@code i} that saw {@code expected}; null past the end. */
  PyObject iterItem(int i, long expected, boolean reversed) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      if (state != expected) {
        throw PyException.runtimeError("deque mutated during iteration");
      }
      if (i >= size) {
        return null;
      }
      return CriticalSection.keepAlive(cs, buf[slot(reversed ? size - 1 - i : i)]);
    } finally {
      CriticalSection.end(cs);
    }
  }

  long state() {
    ThreadState cs = CriticalSection.begin(this);
    try {
      return state;
    } finally {
      CriticalSection.end(cs);
    }
  }

  // ---- the object protocol

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    for (int i = 0; i < size; i++) {
      visit.accept(buf[slot(i)]);
    }
  }

  @Override
  public void release() {
    ThreadState ts = ThreadState.current();
    PyObject[] old = buf;
    int h = head;
    int n = size;
    buf = new PyObject[8];
    head = 0;
    size = 0;
    for (int i = 0; i < n; i++) {
      int k = h + i;
      Refs.decref(ts, old[k >= old.length ? k - old.length : k]);
    }
  }

  @Override
  public String repr() {
    ReprGuard g = ReprGuard.enter(this);
    if (g == null) {
      return "[...]";
    }
    try {
      StringBuilder sb = new StringBuilder(type().name() + "([");
      PyObject[] items = toArray();
      for (int i = 0; i < items.length; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(Ops.repr(items[i]));
      }
      sb.append(']');
      if (maxlen >= 0) {
        sb.append(", maxlen=").append(maxlen);
      }
      return sb.append(')').toString();
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
    throw PyException.typeError("unhashable type: 'collections.deque'");
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (!(other instanceof PyDeque d)) {
      return null;
    }
    PyObject[] a = toArray();
    PyObject[] b = d.toArray();
    return Ops.compareSequences(a, a.length, b, b.length, op);
  }

  @Override
  public boolean eq(PyObject other) {
    if (this == other) {
      return true;
    }
    PyObject r = richCompare(other, Ops.EQ);
    return r != null && r.isTrue();
  }

  /** A new deque with this one's bound and the given items (borrowed; increfed). */
  PyDeque withItems(PyObject[] items) {
    PyDeque d = new PyDeque();
    d.maxlen = maxlen;
    for (PyObject o : items) {
      d.append(o);
    }
    return d;
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    if (op == Ops.ADD && other instanceof PyDeque d) {
      return withItems(Ops.concatArrays(toArray(), d.toArray()));
    }
    // Repeating by an int is the same from either side.
    return reflectedBinaryOp(op, other);
  }

  @Override
  public PyObject reflectedBinaryOp(int op, PyObject other) {
    if (op == Ops.MUL && other instanceof PyInt n) {
      PyObject[] a = toArray();
      return withItems(Ops.repeatArray(a, a.length, n));
    }
    return null;
  }

  @Override
  public PyObject inplaceOp(int op, PyObject other) {
    if (op == Ops.ADD) {
      extend(other, false);
      return this;
    }
    if (op == Ops.MUL && other instanceof PyInt n) {
      PyObject[] a = toArray();
      PyObject[] r = Ops.repeatArray(a, a.length, n);
      clear();
      extend(PyTuple.of(r), false);
      return this;
    }
    return null;
  }

  @Override
  public boolean contains(PyObject item) {
    return indexOf(item, 0, Integer.MAX_VALUE) >= 0;
  }

  private static int index(PyObject key, int size) {
    if (!(key instanceof PyInt i)) {
      throw PyException.typeError(
          "sequence index must be integer, not '" + key.type().name() + "'");
    }
    return Ops.checkIndex(i, size, "deque index out of range");
  }

  @Override
  public PyObject getItem(PyObject key) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      return CriticalSection.keepAlive(cs, buf[slot(index(key, size))]);
    } finally {
      CriticalSection.end(cs);
    }
  }

  @Override
  public void setItem(PyObject key, PyObject value) {
    Refs.incref(value);
    PyObject old;
    ThreadState cs = CriticalSection.begin(this);
    try {
      int k;
      try {
        k = index(key, size);
      } catch (PyException e) {
        Refs.decref(value);
        throw e;
      }
      old = buf[slot(k)];
      buf[slot(k)] = value;
    } finally {
      CriticalSection.end(cs);
    }
    Refs.decref(old);
  }

  @Override
  public void delItem(PyObject key) {
    PyObject old;
    ThreadState cs = CriticalSection.begin(this);
    try {
      old = removeAtLocked(index(key, size));
    } finally {
      CriticalSection.end(cs);
    }
    Refs.decref(old);
  }

  @Override
  public PyObject iter() {
    return new DequeIterator(this, false);
  }

  /** Iterates a deque forwards or backwards; RuntimeError if the deque changes meanwhile. */
  static final class DequeIterator extends PyIterators.Base {
    private PyDeque deque;
    private final long expected;
    private final boolean reversed;
    private int i;

    DequeIterator(PyDeque deque, boolean reversed) {
      super(
          reversed ? "_collections._deque_reverse_iterator" : "_collections._deque_iterator",
          deque);
      this.deque = deque;
      this.reversed = reversed;
      this.expected = deque.state();
    }

    @Override
    public PyObject next() {
      PyDeque d = deque;
      if (d == null) {
        return null;
      }
      PyObject v = d.iterItem(i, expected, reversed);
      if (v != null) {
        i++;
        return v;
      }
      deque = null;
      return exhausted();
    }
  }

  // ---- the type's constructor and methods

  static {
    install();
  }

  private static void install() {
    PyType t = TYPE;
    t.setConstructor(
        (ts, type, args, kwnames) -> {
          PyObject[] p =
              ArgParser.parse("deque", args, kwnames, new String[] {"iterable", "maxlen"}, 0, 2);
          PyDeque d = new PyDeque();
          if (p[1] != null && p[1] != PyNone.NONE) {
            long m = NumberMethods.ssize(p[1]);
            if (m < 0) {
              throw PyException.valueError("maxlen must be non-negative");
            }
            d.maxlen = (int) Math.min(m, Integer.MAX_VALUE);
          }
          if (p[0] != null) {
            d.extend(p[0], false);
          }
          return d;
        });
    t.installNew((ts, cls, a, kw) -> cls == TYPE ? new PyDeque() : Derived.DequeSub.make(cls));
    t.method(
        "__init__",
        (ts, self, a, kw) -> {
          PyObject[] p = ArgParser.parse("deque", a, kw, new String[] {"iterable", "maxlen"}, 0, 2);
          PyDeque d = (PyDeque) self;
          d.clear();
          d.maxlen = -1;
          if (p[1] != null && p[1] != PyNone.NONE) {
            long m = NumberMethods.ssize(p[1]);
            if (m < 0) {
              throw PyException.valueError("maxlen must be non-negative");
            }
            d.maxlen = (int) Math.min(m, Integer.MAX_VALUE);
          }
          if (p[0] != null) {
            d.extend(p[0], false);
          }
          return PyNone.NONE;
        });
    NumberMethods.compareDunders(t);
    NumberMethods.objectDunders(t, false);
    NumberMethods.sequenceDunders(t, true);
    NumberMethods.getter(
        t,
        "maxlen",
        o -> {
          int m = ((PyDeque) o).maxlen;
          return m < 0 ? PyNone.NONE : PyInt.of(m);
        });
    t.method(
        "__add__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__add__", a, kw, 1);
          if (!(a[0] instanceof PyDeque)) {
            throw PyException.typeError(
                "can only concatenate deque (not \"" + a[0].type().name() + "\") to deque");
          }
          return self.binaryOp(Ops.ADD, a[0]);
        });
    t.method(
        "__iadd__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__iadd__", a, kw, 1);
          ((PyDeque) self).extend(a[0], false);
          return self;
        });
    t.method(
        "__mul__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__mul__", a, kw, 1);
          return self.binaryOp(Ops.MUL, NumberMethods.index(a[0]));
        });
    t.method(
        "__reversed__",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.__reversed__", a, kw, 0, 0);
          return new DequeIterator((PyDeque) self, true);
        });
    t.method(
        "append",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.append", a, kw, 1, 1);
          ((PyDeque) self).append(a[0]);
          return PyNone.NONE;
        });
    t.method(
        "appendleft",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.appendleft", a, kw, 1, 1);
          ((PyDeque) self).appendLeft(a[0]);
          return PyNone.NONE;
        });
    t.method(
        "pop",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.pop", a, kw, 0, 0);
          return ((PyDeque) self).pop();
        });
    t.method(
        "popleft",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.popleft", a, kw, 0, 0);
          return ((PyDeque) self).popLeft();
        });
    t.method(
        "extend",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.extend", a, kw, 1, 1);
          ((PyDeque) self).extend(a[0], false);
          return PyNone.NONE;
        });
    t.method(
        "extendleft",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.extendleft", a, kw, 1, 1);
          ((PyDeque) self).extend(a[0], true);
          return PyNone.NONE;
        });
    t.method(
        "clear",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.clear", a, kw, 0, 0);
          ((PyDeque) self).clear();
          return PyNone.NONE;
        });
    t.method(
        "rotate",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.rotate", a, kw, 0, 1);
          ((PyDeque) self).rotate(a.length == 0 ? 1 : NumberMethods.ssize(a[0]));
          return PyNone.NONE;
        });
    t.method(
        "reverse",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.reverse", a, kw, 0, 0);
          ((PyDeque) self).reverse();
          return PyNone.NONE;
        });
    t.method(
        "insert",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.insert", a, kw, 2, 2);
          ((PyDeque) self).insert(NumberMethods.ssize(a[0]), a[1]);
          return PyNone.NONE;
        });
    t.method(
        "remove",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.remove", a, kw, 1, 1);
          if (!((PyDeque) self).removeFirst(a[0])) {
            throw PyException.valueError(a[0].repr() + " is not in deque");
          }
          return PyNone.NONE;
        });
    t.method(
        "count",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.count", a, kw, 1, 1);
          int n = 0;
          for (PyObject o : ((PyDeque) self).toArray()) {
            if (o == a[0] || Ops.eq(o, a[0])) {
              n++;
            }
          }
          return PyInt.of(n);
        });
    t.method(
        "index",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.index", a, kw, 1, 3);
          PyDeque d = (PyDeque) self;
          int start =
              NumberMethods.adjustBound(
                  NumberMethods.sliceBound(a.length > 1 ? a[1] : null, 0, false), d.size);
          int stop =
              NumberMethods.adjustBound(
                  NumberMethods.sliceBound(a.length > 2 ? a[2] : null, Long.MAX_VALUE / 2, false),
                  d.size);
          int i = d.indexOf(a[0], start, stop);
          if (i < 0) {
            throw PyException.valueError(a[0].repr() + " is not in deque");
          }
          return PyInt.of(i);
        });
    Native copy =
        (ts, a, kw) -> {
          PyDeque d = (PyDeque) a[0];
          return d.withItems(d.toArray());
        };
    t.method(
        "copy",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.copy", a, kw, 0, 0);
          return copy.call(ts, new PyObject[] {self}, null);
        });
    // deque.__reduce__ as CPython's: (type, () or ((), maxlen), the instance dict or None, an
    // iterator over the items), which pickle and copy rebuild by appending.
    t.method(
        "__reduce__",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.__reduce__", a, kw, 0, 0);
          PyDeque d = (PyDeque) self;
          // Containers count their items; the new objects here start uncounted (as every result).
          PyObject args =
              d.maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(d.maxlen));
          PyDict dict = self.instanceDict();
          PyObject state = dict == null || dict.size() == 0 ? PyNone.NONE : dict;
          return PyTuple.of(self.type(), args, state, new DequeIterator(d, false));
        });
    t.method(
        "__copy__",
        (ts, self, a, kw) -> {
          ArgParser.arity("deque.__copy__", a, kw, 0, 0);
          return copy.call(ts, new PyObject[] {self}, null);
        });
  }
}
