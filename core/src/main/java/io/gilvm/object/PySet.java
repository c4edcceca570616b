package io.gilvm.object;

import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;
import io.gilvm.sync.CriticalSection;

/**
 * {@code set} and {@code frozenset}: CPython's open-addressing table (linear probes, then perturbed
 * jumps; the same growth rule), so sets of ints iterate in the order CPython's do. Owns a reference
 * to each element. Every operation on the table runs in a critical section on the set ({@link
 * CriticalSection}; free under a global lock), with hashes computed before it. Probe loops are
 * bounded, as in {@link PyDict}.
 */
public class PySet extends PyContainer {
  private static final int MIN_SIZE = 8;
  private static final int LINEAR_PROBES = 9;
  private static final PyObject DUMMY = new PyStr("<dummy>").immortalize();

  private final boolean frozen;
  PyObject[] table;
  private long[] hashes;
  private int fill;
  private int used;
  int version;

  public PySet(boolean frozen) {
    this.frozen = frozen;
    table = new PyObject[MIN_SIZE];
    hashes = new long[MIN_SIZE];
  }

  public PySet() {
    this(false);
  }

  /** A set of the items of an iterable. */
  public static PySet from(PyObject iterable, boolean frozen) {
    PySet s = new PySet(frozen);
    try {
      s.addAll(iterable);
    } catch (PyException e) {
      Refs.discard(ThreadState.current(), s);
      throw e;
    }
    return s;
  }

  public boolean isFrozen() {
    return frozen;
  }

  @Override
  public PyType type() {
    return frozen ? PyType.FROZENSET : PyType.SET;
  }

  public int size() {
    return used;
  }

  private static PyException corrupted() {
    return PyException.runtimeError("set changed during lookup");
  }

  /** Adds {@code key}, increfing it if it was not there. Returns whether it was added. */
  public boolean add(PyObject key) {
    long hash = Ops.hash(key);
    ThreadState cs = CriticalSection.begin(this);
    try {
      return addLocked(key, hash);
    } finally {
      CriticalSection.end(cs);
    }
  }

  /**
   * {@link #add} to a set no other thread can reach yet (a display or comprehension being built on
   * a frame's stack): no critical section, as CPython's free-threaded {@code SET_ADD}.
   */
  public void addToPrivate(PyObject key) {
    addLocked(key, Ops.hash(key));
  }

  private boolean addLocked(PyObject key, long hash) {
    int mask = table.length - 1;
    int i = (int) (hash & mask);
    long perturb = hash;
    int freeslot = -1;
    for (int rounds = 0; rounds <= table.length + 64; rounds++) {
      int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
      int j = i;
      do {
        PyObject k = table[j];
        if (k == null) {
          Refs.incref(key);
          if (freeslot >= 0) {
            table[freeslot] = key;
            hashes[freeslot] = hash;
            used++;
            version++;
            return true;
          }
          table[j] = key;
          hashes[j] = hash;
          fill++;
          used++;
          version++;
          if ((long) fill * 5 >= (long) mask * 3) {
            resize(used > 50000 ? used * 2 : used * 4);
          }
          return true;
        }
        if (k == DUMMY) {
          if (freeslot < 0) {
            freeslot = j;
          }
        } else if (hashes[j] == hash && (k == key || Ops.eq(k, key))) {
          return false;
        }
        j++;
      } while (probes-- > 0);
      perturb >>>= 5;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
    throw corrupted();
  }

  /**
   * Rebuilds the table. NOTE: it fills local arrays and publishes them at the end, and bounds its
   * probing: with object locks off another thread may change the set at the same time, and a table
   * it filled meanwhile must raise, not spin for ever.
   */
  private void resize(int minused) {
    int newsize = MIN_SIZE;
    while (newsize <= minused) {
      newsize <<= 1;
    }
    PyObject[] oldTable = table;
    long[] oldHashes = hashes;
    PyObject[] nt = new PyObject[newsize];
    long[] nh = new long[newsize];
    int mask = newsize - 1;
    int n = 0;
    for (int j = 0; j < Math.min(oldTable.length, oldHashes.length); j++) {
      PyObject k = oldTable[j];
      if (k != null && k != DUMMY) {
        insertClean(nt, nh, k, oldHashes[j], mask);
        n++;
      }
    }
    table = nt;
    hashes = nh;
    used = n;
    fill = n;
  }

  private static void insertClean(
      PyObject[] table, long[] hashes, PyObject key, long hash, int mask) {
    long perturb = hash;
    int i = (int) (hash & mask);
    for (int rounds = 0; rounds <= table.length + 64; rounds++) {
      if (table[i] == null) {
        table[i] = key;
        hashes[i] = hash;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (int j = 1; j <= LINEAR_PROBES; j++) {
          if (table[i + j] == null) {
            table[i + j] = key;
            hashes[i + j] = hash;
            return;
          }
        }
      }
      perturb >>>= 5;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
    throw corrupted();
  }

  private int find(PyObject key, long hash) {
    int mask = table.length - 1;
    int i = (int) (hash & mask);
    long perturb = hash;
    for (int rounds = 0; rounds <= table.length + 64; rounds++) {
      int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
      int j = i;
      do {
        PyObject k = table[j];
        if (k == null) {
          return -1;
        }
        if (k != DUMMY && hashes[j] == hash && (k == key || Ops.eq(k, key))) {
          return j;
        }
        j++;
      } while (probes-- > 0);
      perturb >>>= 5;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
    throw corrupted();
  }

  @Override
  public boolean contains(PyObject key) {
    long hash = Ops.hash(key);
    ThreadState cs = CriticalSection.begin(this);
    try {
      return find(key, hash) >= 0;
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** Removes {@code key}; returns whether it was there. */
  public boolean discard(PyObject key) {
    long hash = Ops.hash(key);
    PyObject k;
    ThreadState cs = CriticalSection.begin(this);
    try {
      int j = find(key, hash);
      if (j < 0) {
        return false;
      }
      k = table[j];
      table[j] = DUMMY;
      hashes[j] = -1;
      used--;
      version++;
    } finally {
      CriticalSection.end(cs);
    }
    Refs.decref(k);
    return true;
  }

  /** Removes and returns an arbitrary element (handed over as floating); null when empty. */
  public PyObject pop() {
    PyObject k = null;
    ThreadState cs = CriticalSection.begin(this);
    try {
      for (int j = 0; used > 0 && j < table.length; j++) {
        PyObject t = table[j];
        if (t != null && t != DUMMY) {
          table[j] = DUMMY;
          hashes[j] = -1;
          used--;
          version++;
          k = t;
          break;
        }
      }
    } finally {
      CriticalSection.end(cs);
    }
    if (k != null) {
      CriticalSection.handOver(ThreadState.current(), k);
    }
    return k;
  }

  public void clear() {
    PyObject[] old;
    ThreadState cs = CriticalSection.begin(this);
    try {
      old = table;
      table = new PyObject[MIN_SIZE];
      hashes = new long[MIN_SIZE];
      fill = 0;
      used = 0;
      version++;
    } finally {
      CriticalSection.end(cs);
    }
    for (PyObject k : old) {
      if (k != null && k != DUMMY) {
        Refs.decref(k);
      }
    }
  }

  public void addAll(PyObject iterable) {
    if (iterable instanceof PySet s) {
      merge(s);
      return;
    }
    PyObject it = Ops.iter(iterable);
    PyObject x = null;
    try {
      ThreadState ts = ThreadState.current();
      while ((x = it.next()) != null) {
        add(x);
        // A duplicate the set did not take may have been floating (a generator's fresh value).
        Refs.discard(ts, x);
        x = null;
      }
    } catch (PyException e) {
      // An item the set did not take (unhashable) may have been floating.
      Refs.discard(ThreadState.current(), x);
      throw e;
    } finally {
      Refs.dropIterator(ThreadState.current(), it, iterable);
    }
  }

  /** The elements in table order (borrowed; kept alive for the caller under object locks). */
  public PyObject[] toArray() {
    ThreadState cs = CriticalSection.begin(this);
    try {
      PyObject[] out = new PyObject[used];
      int n = 0;
      for (PyObject k : table) {
        if (k != null && k != DUMMY && n < out.length) {
          out[n++] = CriticalSection.keepAlive(cs, k);
        }
      }
      return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    } finally {
      CriticalSection.end(cs);
    }
  }

  /**
   * For iterators: the index of the first element slot at or after {@code from}, or -1; the element
   * goes to {@code out[0]}, kept alive for the caller.
   */
  int nextSlot(int from, PyObject[] out) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      PyObject[] t = table;
      for (int j = from; j < t.length; j++) {
        if (t[j] != null && t[j] != DUMMY) {
          out[0] = CriticalSection.keepAlive(cs, t[j]);
          return j;
        }
      }
      return -1;
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** A new set (of the same kind) with this set's elements. */
  public PySet copy() {
    PySet s = new PySet(frozen);
    s.merge(this);
    return s;
  }

  /**
   * {@code this |= other} as CPython's {@code set_merge} does it, so that the result's table, and
   * so its iteration order, is CPython's: one resize up front to fit both; into an empty set of the
   * same size a table without dummies is copied slot for slot, into another empty set each element
   * is placed in the other's table order without comparisons; otherwise each is added.
   */
  void merge(PySet other) {
    if (other == this) {
      return;
    }
    ThreadState cs = CriticalSection.begin(this, other);
    try {
      if (other.used == 0) {
        return;
      }
      if ((long) (fill + other.used) * 5 >= (long) (table.length - 1) * 3) {
        resize((used + other.used) * 2);
      }
      PyObject[] ot = other.table;
      long[] oh = other.hashes;
      int n = Math.min(ot.length, oh.length);
      if (fill == 0 && table.length == n && other.fill == other.used) {
        for (int j = 0; j < n; j++) {
          PyObject k = ot[j];
          if (k != null) {
            Refs.incref(k);
            table[j] = k;
            hashes[j] = oh[j];
            fill++;
            used++;
          }
        }
        version++;
        return;
      }
      if (fill == 0) {
        int mask = table.length - 1;
        for (int j = 0; j < n; j++) {
          PyObject k = ot[j];
          if (k != null && k != DUMMY) {
            Refs.incref(k);
            insertClean(table, hashes, k, oh[j], mask);
            fill++;
            used++;
          }
        }
        version++;
        return;
      }
      for (int j = 0; j < n; j++) {
        PyObject k = ot[j];
        if (k != null && k != DUMMY) {
          addLocked(k, oh[j]);
        }
      }
    } finally {
      CriticalSection.end(cs);
    }
  }

  /**
   * Takes {@code other}'s table and gives it this set's (CPython's {@code set_swap_bodies}): an
   * in-place operation computed into a new set ends with this set holding exactly that table. The
   * caller drops {@code other}, and with it this set's old elements.
   */
  void swapBodies(PySet other) {
    ThreadState cs = CriticalSection.begin(this, other);
    try {
      PyObject[] t = table;
      long[] h = hashes;
      int f = fill;
      int u = used;
      table = other.table;
      hashes = other.hashes;
      fill = other.fill;
      used = other.used;
      other.table = t;
      other.hashes = h;
      other.fill = f;
      other.used = u;
      version++;
      other.version++;
    } finally {
      CriticalSection.end(cs);
    }
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    for (PyObject k : table) {
      if (k != null && k != DUMMY) {
        visit.accept(k);
      }
    }
  }

  @Override
  public void release() {
    PyObject[] old = table;
    table = new PyObject[MIN_SIZE];
    hashes = new long[MIN_SIZE];
    fill = 0;
    used = 0;
    ThreadState ts = ThreadState.current();
    for (PyObject k : old) {
      if (k != null && k != DUMMY) {
        Refs.decref(ts, k);
      }
    }
  }

  @Override
  public String repr() {
    PyType t = type();
    // A subclass shows its own name, braces inside parentheses, as frozenset does.
    boolean plain = t == PyType.SET || t == PyType.FROZENSET;
    String name = plain ? (frozen ? "frozenset" : "set") : t.name();
    boolean wrap = frozen || !plain;
    if (used == 0) {
      return name + "()";
    }
    ReprGuard g = ReprGuard.enter(this);
    if (g == null) {
      return name + "(...)";
    }
    try {
      StringBuilder sb = new StringBuilder(wrap ? name + "({" : "{");
      boolean first = true;
      for (PyObject k : toArray()) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        sb.append(Ops.repr(k));
      }
      return sb.append(wrap ? "})" : "}").toString();
    } finally {
      g.exit();
    }
  }

  @Override
  public boolean isTrue() {
    return used > 0;
  }

  @Override
  public int len() {
    return used;
  }

  @Override
  public long hash() {
    if (!frozen) {
      throw PyException.typeError("unhashable type: 'set'");
    }
    long h = 0;
    for (PyObject k : toArray()) {
      long x = Ops.hash(k);
      h ^= ((x ^ 89869747L) ^ (x << 16)) * 3644798167L;
    }
    h ^= ((long) used + 1) * 1927868237L;
    h ^= (h >>> 11) ^ (h >>> 25);
    h = h * 69069L + 907133923L;
    return h == -1 ? 590923713L : h;
  }

  /** Whether every element of this set is in {@code other}. */
  public boolean isSubsetOf(PySet other) {
    if (used > other.used) {
      return false;
    }
    for (PyObject k : toArray()) {
      if (!other.contains(k)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean eq(PyObject other) {
    return other instanceof PySet s && s.used == used && isSubsetOf(s);
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (!(other instanceof PySet s)) {
      return null;
    }
    switch (op) {
      case Ops.EQ:
        return PyBool.of(eq(s));
      case Ops.NE:
        return PyBool.of(!eq(s));
      case Ops.LE:
        return PyBool.of(isSubsetOf(s));
      case Ops.LT:
        return PyBool.of(used < s.used && isSubsetOf(s));
      case Ops.GE:
        return PyBool.of(s.isSubsetOf(this));
      default:
        return PyBool.of(s.used < used && s.isSubsetOf(this));
    }
  }

  /**
   * The set algebra shared by the operators and the named methods, each as CPython computes it, so
   * that the result iterates in CPython's order: {@code a | b} is a copy of a merged with b; {@code
   * a & b} walks the smaller set (the right one on a tie) keeping what the other holds ({@code a &
   * a} is a copy); {@code a - b} copies a and discards b's elements when a is more than four times
   * as big, else adds a's elements that b lacks; {@code a ^ b} copies b and toggles a's elements.
   */
  public PySet combine(int op, PySet other) {
    PySet r;
    switch (op) {
      case Ops.OR:
        r = copy();
        r.merge(other);
        return r;
      case Ops.AND:
        {
          if (other == this) {
            return copy();
          }
          r = new PySet(frozen);
          // As CPython: walk the smaller set (the right one on a tie) and keep its elements,
          // which matters when equal elements differ ({1} & {True} is {True}).
          PySet big = this;
          PySet small = other;
          if (small.used > big.used) {
            big = other;
            small = this;
          }
          for (PyObject k : small.toArray()) {
            if (big.contains(k)) {
              r.add(k);
            }
          }
          return r;
        }
      case Ops.SUB:
        if ((used >> 2) > other.used) {
          r = copy();
          for (PyObject k : other.toArray()) {
            r.discard(k);
          }
          return r;
        }
        r = new PySet(frozen);
        for (PyObject k : toArray()) {
          if (!other.contains(k)) {
            r.add(k);
          }
        }
        return r;
      case Ops.XOR:
        r = new PySet(frozen);
        r.merge(other);
        r.toggle(this);
        return r;
      default:
        throw new IllegalArgumentException("not a set operator: " + op);
    }
  }

  /** {@code this ^= other} for a set: each of other's elements removed if present, else added. */
  void toggle(PySet other) {
    if (other == this) {
      clear();
      return;
    }
    for (PyObject k : other.toArray()) {
      if (!discard(k)) {
        add(k);
      }
    }
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    if (other instanceof PySet s
        && (op == Ops.OR || op == Ops.AND || op == Ops.SUB || op == Ops.XOR)) {
      return combine(op, s);
    }
    return null;
  }

  @Override
  public PyObject inplaceOp(int op, PyObject other) {
    if (frozen || !(other instanceof PySet s)) {
      return null;
    }
    switch (op) {
      case Ops.OR:
        addAll(s);
        return this;
      case Ops.AND:
        {
          PySet r = combine(op, s);
          swapBodies(r);
          Refs.discard(ThreadState.current(), r);
          return this;
        }
      case Ops.SUB:
        if (s == this) {
          clear();
        } else {
          for (PyObject k : s.toArray()) {
            discard(k);
          }
        }
        return this;
      case Ops.XOR:
        toggle(s);
        return this;
      default:
        return null;
    }
  }

  @Override
  public PyObject iter() {
    return new PyIterators.SetIterator(this);
  }
}
