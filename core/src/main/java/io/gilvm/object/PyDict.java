package io.gilvm.object;

import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;
import io.gilvm.sync.CriticalSection;
import java.util.Arrays;

/**
 * {@code dict}: CPython's compact layout — an index table of slots pointing into dense entry arrays
 * kept in insertion order. Owns a reference to each key and value.
 *
 * <p>Every operation on the table runs in a critical section on the dict ({@link CriticalSection};
 * free under a global lock); a key's hash is computed before it, and values read out are kept alive
 * for the reader. Every probe loop is bounded, so a table corrupted by unsynchronised writers (the
 * "no lock at all" configuration) raises RuntimeError instead of hanging.
 */
public class PyDict extends PyContainer {
  private static final int EMPTY = -1;
  private static final int DUMMY = -2;
  private static final int MIN_SIZE = 8;

  private int[] indices;
  public PyObject[] keys;
  public PyObject[] values;
  private long[] hashes;

  /** Entries used, including deleted ones (dense arrays' high-water mark). */
  int nentries;

  /** Live entries. */
  private int used;

  /** Bumped by every insertion or deletion, so iterators can detect a change of size. */
  public int version;

  public PyDict() {
    allocate(MIN_SIZE);
  }

  private void allocate(int tableSize) {
    indices = new int[tableSize];
    Arrays.fill(indices, EMPTY);
    int cap = tableSize * 2 / 3;
    keys = new PyObject[cap];
    values = new PyObject[cap];
    hashes = new long[cap];
    nentries = 0;
    used = 0;
  }

  @Override
  public PyType type() {
    return PyType.DICT;
  }

  public int size() {
    return used;
  }

  private static PyException corrupted() {
    return PyException.runtimeError("dictionary changed during lookup");
  }

  /** The entry index of {@code key}, or -1. */
  private int find(PyObject key, long hash) {
    int[] ind = indices;
    int mask = ind.length - 1;
    long perturb = hash;
    int i = (int) (hash & mask);
    for (int probes = 0; probes <= ind.length * 2 + 64; probes++) {
      int ix = ind[i];
      if (ix == EMPTY) {
        return -1;
      }
      if (ix >= 0) {
        PyObject k = keys[ix];
        if (k == key || (k != null && hashes[ix] == hash && Ops.eq(k, key))) {
          return ix;
        }
      }
      perturb >>>= 5;
      i = (int) ((i * 5L + perturb + 1) & mask);
    }
    throw corrupted();
  }

  /** The entry index of the str key with this text, or -1. */
  private int findStr(String key, long hash) {
    int[] ind = indices;
    int mask = ind.length - 1;
    long perturb = hash;
    int i = (int) (hash & mask);
    for (int probes = 0; probes <= ind.length * 2 + 64; probes++) {
      int ix = ind[i];
      if (ix == EMPTY) {
        return -1;
      }
      if (ix >= 0 && hashes[ix] == hash && keys[ix] instanceof PyStr s && s.value().equals(key)) {
        return ix;
      }
      perturb >>>= 5;
      i = (int) ((i * 5L + perturb + 1) & mask);
    }
    throw corrupted();
  }

  /**
   * The entry index of the str key {@code key}, or -1: for a reader that caches where a key is
   * (LOAD_GLOBAL's cache), only under a global lock, where no other thread changes the table.
   */
  public int entryOfStr(String key) {
    return findStr(key, PyStr.hashOf(key));
  }

  /**
   * The value (borrowed) of entry {@code ix} if that entry's key is the str {@code key}, else null:
   * for a reader that remembers where a key was (the attribute caches), only under a global lock,
   * where no other thread changes the table.
   */
  public PyObject valueAtStr(int ix, String key) {
    PyObject[] ks = keys;
    PyObject[] vs = values;
    if (ix >= 0 && ix < ks.length && ix < vs.length && ks[ix] instanceof PyStr s) {
      String k = s.value();
      if (k == key || k.equals(key)) {
        return vs[ix];
      }
    }
    return null;
  }

  /**
   * Replaces the value of entry {@code ix} if that entry's key is the str {@code key}, as {@link
   * #putStr} would; false (nothing done) otherwise. Under a global lock only, as {@link
   * #valueAtStr}.
   */
  public boolean replaceAtStr(ThreadState ts, int ix, String key, PyObject value) {
    PyObject[] ks = keys;
    PyObject[] vs = values;
    if (ix >= 0 && ix < ks.length && ix < vs.length && ks[ix] instanceof PyStr s) {
      String k = s.value();
      if (k == key || k.equals(key)) {
        PyObject old = vs[ix];
        if (old != null) {
          ts.refs.incref(value);
          vs[ix] = value;
          Refs.decref(ts, old);
          return true;
        }
      }
    }
    return false;
  }

  /** The value for {@code key} (borrowed), or null. */
  public PyObject get(PyObject key) {
    if (key instanceof PyStr s) {
      return getStr(s.value());
    }
    long hash = Ops.hash(key);
    ThreadState cs = CriticalSection.begin(this);
    try {
      int ix = find(key, hash);
      return ix < 0 ? null : CriticalSection.keepAlive(cs, values[ix]);
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** The value for the str key {@code key} (borrowed), or null. */
  public PyObject getStr(String key) {
    return getStr(ThreadState.current(), key);
  }

  /** {@link #getStr(String)} by the thread {@code ts}, known to the caller (the eval loop). */
  public PyObject getStr(ThreadState ts, String key) {
    long hash = PyStr.hashOf(key);
    if (ts.objectLocks) {
      PyObject v = getStrOptimistic(ts, key, hash);
      if (v != LOCK_TO_READ) {
        return v;
      }
    }
    ThreadState cs = CriticalSection.begin(ts, this);
    try {
      int ix = findStr(key, hash);
      return ix < 0 ? null : CriticalSection.keepAlive(cs, values[ix]);
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** What {@link #getStrOptimistic} returns when the reader must take the lock after all. */
  private static final PyObject LOCK_TO_READ = new PyStr("<lock to read>");

  /**
   * A str-keyed lookup without the dict's critical section, as CPython 3.13t's lock-free dict
   * reads: reads the table between a stamp and its validation (the mutex's sequence), takes a
   * reference to the value found with {@link io.gilvm.spi.RefCounts#tryIncref}, and keeps it only
   * if no section on the dict began meanwhile, so the value was in the dict, and alive, when the
   * reference was taken. Torn reads of a table being changed (an exception, a bounded probe running
   * out) and every failed step return {@link #LOCK_TO_READ}. Str keys only: their comparison runs
   * no Python code. The value is kept alive for the reader as {@link CriticalSection#keepAlive}
   * does, with the reference taken here.
   */
  private PyObject getStrOptimistic(ThreadState ts, String key, long hash) {
    int stamp = readStamp();
    if (stamp == -1) {
      return LOCK_TO_READ;
    }
    PyObject v;
    try {
      int ix = findStr(key, hash);
      v = ix < 0 ? null : values[ix];
    } catch (RuntimeException torn) {
      return LOCK_TO_READ;
    }
    if (v == null) {
      return validate(stamp) ? null : LOCK_TO_READ;
    }
    if (!ts.refs.tryIncref(v)) {
      return LOCK_TO_READ;
    }
    if (!validate(stamp)) {
      Refs.decref(ts, v);
      return LOCK_TO_READ;
    }
    CriticalSection.keepTaken(ts, v);
    return v;
  }

  public boolean containsKey(PyObject key) {
    return get(key) != null;
  }

  /**
   * {@link #put} into a dict no other thread can reach yet (a comprehension being built on a
   * frame's stack): no critical section, as CPython's free-threaded {@code MAP_ADD}.
   */
  public void putToPrivate(PyObject key, PyObject value) {
    long hash = Ops.hash(key);
    Refs.incref(value);
    PyObject old = putLocked(key, value, hash);
    if (old != null) {
      Refs.decref(old);
    }
  }

  /**
   * Stores {@code key: value}, increfing both (the key only if new) and decrefing a replaced value.
   */
  public void put(PyObject key, PyObject value) {
    long hash = Ops.hash(key);
    Refs.incref(value);
    PyObject old;
    ThreadState cs = CriticalSection.begin(this);
    try {
      old = putLocked(key, value, hash);
    } finally {
      CriticalSection.end(cs);
    }
    if (old != null) {
      Refs.decref(old);
    }
  }

  /**
   * Stores {@code key: value} inside a section, taking over a reference to the value and increfing
   * a new key; returns the replaced value, whose reference the caller drops.
   */
  private PyObject putLocked(PyObject key, PyObject value, long hash) {
    int ix = key instanceof PyStr s ? findStr(s.value(), hash) : find(key, hash);
    if (ix >= 0) {
      PyObject old = values[ix];
      values[ix] = value;
      return old;
    }
    Refs.incref(key);
    insertNew(key, value, hash);
    return null;
  }

  /**
   * {@code dict.setdefault(key, dflt)}: the value for {@code key}, storing {@code dflt} first if
   * there is none — looked up and stored in one step. Borrowed.
   */
  public PyObject setDefault(PyObject key, PyObject dflt) {
    long hash = Ops.hash(key);
    ThreadState cs = CriticalSection.begin(this);
    try {
      int ix = key instanceof PyStr s ? findStr(s.value(), hash) : find(key, hash);
      if (ix >= 0) {
        return CriticalSection.keepAlive(cs, values[ix]);
      }
      Refs.incref(dflt);
      Refs.incref(key);
      insertNew(key, dflt, hash);
      return dflt;
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** Stores under a str key. */
  public void putStr(String key, PyObject value) {
    long hash = PyStr.hashOf(key);
    Refs.incref(value);
    PyObject old;
    ThreadState cs = CriticalSection.begin(this);
    try {
      int ix = findStr(key, hash);
      if (ix >= 0) {
        old = values[ix];
        values[ix] = value;
      } else {
        old = null;
        PyStr k = new PyStr(key);
        Refs.incref(k);
        insertNew(k, value, hash);
      }
    } finally {
      CriticalSection.end(cs);
    }
    if (old != null) {
      Refs.decref(old);
    }
  }

  private void insertNew(PyObject key, PyObject value, long hash) {
    if (nentries == keys.length) {
      resize(Math.max(MIN_SIZE, Integer.highestOneBit(Math.max(used, 1) * 3) * 2));
    }
    int e = nentries++;
    keys[e] = key;
    values[e] = value;
    hashes[e] = hash;
    int[] ind = indices;
    int mask = ind.length - 1;
    long perturb = hash;
    int i = (int) (hash & mask);
    for (int probes = 0; ind[i] >= 0; probes++) {
      if (probes > ind.length * 2 + 64) {
        throw corrupted();
      }
      perturb >>>= 5;
      i = (int) ((i * 5L + perturb + 1) & mask);
    }
    ind[i] = e;
    used++;
    version++;
  }

  /**
   * Rebuilds the table with room for more entries. NOTE: it builds in local arrays and publishes
   * them at the end, and bounds its probing: with object locks off another thread may resize or
   * insert at the same time, and a table it filled meanwhile must raise, not spin for ever.
   */
  private void resize(int tableSize) {
    PyObject[] oldKeys = keys;
    PyObject[] oldValues = values;
    long[] oldHashes = hashes;
    int oldN =
        Math.min(nentries, Math.min(oldKeys.length, Math.min(oldValues.length, oldHashes.length)));
    int live = 0;
    for (int j = 0; j < oldN; j++) {
      live += oldKeys[j] == null ? 0 : 1;
    }
    while (tableSize * 2 / 3 <= live) {
      tableSize *= 2;
    }
    int[] ind = new int[tableSize];
    Arrays.fill(ind, EMPTY);
    int cap = tableSize * 2 / 3;
    PyObject[] nk = new PyObject[cap];
    PyObject[] nv = new PyObject[cap];
    long[] nh = new long[cap];
    int mask = tableSize - 1;
    int e = 0;
    for (int j = 0; j < oldN; j++) {
      PyObject k = oldKeys[j];
      if (k == null) {
        continue;
      }
      if (e == cap) {
        throw corrupted();
      }
      nk[e] = k;
      nv[e] = oldValues[j];
      long h = oldHashes[j];
      nh[e] = h;
      long perturb = h;
      int i = (int) (h & mask);
      for (int probes = 0; ind[i] != EMPTY; probes++) {
        if (probes > tableSize * 2 + 64) {
          throw corrupted();
        }
        perturb >>>= 5;
        i = (int) ((i * 5L + perturb + 1) & mask);
      }
      ind[i] = e++;
    }
    indices = ind;
    keys = nk;
    values = nv;
    hashes = nh;
    nentries = e;
    used = e;
  }

  /** Removes {@code key}; returns its value handed over to the caller as floating, or null. */
  public PyObject remove(PyObject key) {
    long hash = Ops.hash(key);
    PyObject[] kv;
    ThreadState cs = CriticalSection.begin(this);
    try {
      kv = removeLocked(key, hash);
    } finally {
      CriticalSection.end(cs);
    }
    if (kv == null) {
      return null;
    }
    ThreadState ts = ThreadState.current();
    Refs.decref(ts, kv[0]);
    CriticalSection.handOver(ts, kv[1]);
    return kv[1];
  }

  /**
   * Unlinks {@code key}'s entry; returns its key and value, whose references pass to the caller.
   */
  private PyObject[] removeLocked(PyObject key, long hash) {
    int[] ind = indices;
    int mask = ind.length - 1;
    long perturb = hash;
    int i = (int) (hash & mask);
    for (int probes = 0; probes <= ind.length * 2 + 64; probes++) {
      int ix = ind[i];
      if (ix == EMPTY) {
        return null;
      }
      if (ix >= 0) {
        PyObject k = keys[ix];
        if (k == key || (k != null && hashes[ix] == hash && Ops.eq(k, key))) {
          PyObject v = values[ix];
          ind[i] = DUMMY;
          keys[ix] = null;
          values[ix] = null;
          used--;
          version++;
          return new PyObject[] {k, v};
        }
      }
      perturb >>>= 5;
      i = (int) ((i * 5L + perturb + 1) & mask);
    }
    throw corrupted();
  }

  /** Deletes {@code key} and releases the dict's references; returns whether it was there. */
  public boolean delete(PyObject key) {
    PyObject v = remove(key);
    if (v == null) {
      return false;
    }
    // remove() handed the value back floating; nobody takes it, so drop it properly.
    Refs.incref(v);
    Refs.decref(v);
    return true;
  }

  /**
   * {@code dict.popitem()}: removes the live entry stored last and returns its key and value, whose
   * references pass to the caller; null when the dict is empty.
   */
  PyObject[] popLast() {
    ThreadState cs = CriticalSection.begin(this);
    try {
      int e = Math.min(nentries, keys.length) - 1;
      while (e >= 0 && keys[e] == null) {
        e--;
      }
      return e < 0 ? null : removeLocked(keys[e], hashes[e]);
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** Removes every entry. */
  public void clear() {
    PyObject[] k;
    PyObject[] v;
    int n;
    ThreadState cs = CriticalSection.begin(this);
    try {
      k = keys;
      v = values;
      n = nentries;
      allocate(MIN_SIZE);
      version++;
    } finally {
      CriticalSection.end(cs);
    }
    ThreadState ts = ThreadState.current();
    for (int j = 0; j < n; j++) {
      if (k[j] != null) {
        Refs.decref(ts, k[j]);
        Refs.decref(ts, v[j]);
      }
    }
  }

  /** Entry index of the first live entry at or after {@code from}, or -1 (inside a section). */
  private int nextEntryLocked(int from) {
    PyObject[] k = keys;
    int n = Math.min(nentries, k.length);
    for (int j = from; j < n; j++) {
      if (k[j] != null) {
        return j;
      }
    }
    return -1;
  }

  /**
   * For iterators: the first live entry at or after {@code from}, its key and value stored in
   * {@code out} (kept alive for the caller); returns its index, or -1 when there is none.
   */
  int nextEntry(int from, PyObject[] out) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      int e = nextEntryLocked(from);
      if (e >= 0) {
        out[0] = CriticalSection.keepAlive(cs, keys[e]);
        out[1] = CriticalSection.keepAlive(cs, values[e]);
      }
      return e;
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** The keys, in insertion order (borrowed). */
  public PyObject[] keyArray() {
    return column(0);
  }

  /** The values, in insertion order (borrowed). */
  public PyObject[] valueArray() {
    return column(1);
  }

  /**
   * The keys (0), values (1) or both interleaved (2), in insertion order, read in one section and
   * kept alive for the caller.
   */
  private PyObject[] column(int which) {
    ThreadState cs = CriticalSection.begin(this);
    try {
      PyObject[] out = new PyObject[which == 2 ? used * 2 : used];
      int n = 0;
      for (int e = nextEntryLocked(0); e >= 0 && n < out.length; e = nextEntryLocked(e + 1)) {
        if (which != 1) {
          out[n++] = CriticalSection.keepAlive(cs, keys[e]);
        }
        if (which != 0) {
          out[n++] = CriticalSection.keepAlive(cs, values[e]);
        }
      }
      return n == out.length ? out : Arrays.copyOf(out, n);
    } finally {
      CriticalSection.end(cs);
    }
  }

  /** Keys and values interleaved ({@code k0, v0, k1, v1, …}), borrowed, in insertion order. */
  public PyObject[] itemArray() {
    return column(2);
  }

  /** A shallow copy. */
  public PyDict copy() {
    PyDict d = new PyDict();
    PyObject[] kv = itemArray();
    for (int i = 0; i < kv.length; i += 2) {
      d.put(kv[i], kv[i + 1]);
    }
    return d;
  }

  /** {@code self.update(other)} for a dict or an iterable of pairs. */
  public void update(PyObject other) {
    if (other instanceof PyDict d) {
      if (d == this) {
        return;
      }
      // One section on both dicts, the lower identity locked first: the merge is one step.
      ThreadState ts = ThreadState.current();
      ThreadState cs = CriticalSection.begin(this, d);
      PyObject[] replaced = new PyObject[d.used];
      int nReplaced = 0;
      try {
        for (int e = d.nextEntryLocked(0); e >= 0; e = d.nextEntryLocked(e + 1)) {
          PyObject v = d.values[e];
          ts.refs.incref(v);
          PyObject old = putLocked(d.keys[e], v, d.hashes[e]);
          if (old != null) {
            if (nReplaced == replaced.length) {
              replaced = Arrays.copyOf(replaced, nReplaced * 2 + 1);
            }
            replaced[nReplaced++] = old;
          }
        }
      } finally {
        CriticalSection.end(cs);
      }
      for (int i = 0; i < nReplaced; i++) {
        Refs.decref(ts, replaced[i]);
      }
      return;
    }
    ThreadState ts = ThreadState.current();
    PyObject keys = Ops.callAttr(ts, other, "keys");
    if (keys != null) {
      // keys() made a view or a list for the purpose, its iterator yields keys (floating or
      // borrowed) and __getitem__ a value: each is held while in use and let go after, so that
      // what was made for the copy is freed (dict(os.environ) left every key and value behind).
      ts.refs.incref(keys);
      PyObject ks = null;
      PyObject k = null;
      PyObject v = null;
      try {
        ks = Ops.iter(keys);
        while ((k = ks.next()) != null) {
          ts.refs.incref(k);
          v = other.getItem(k);
          put(k, v);
          Refs.discard(ts, v);
          v = null;
          PyObject done = k;
          k = null;
          Refs.decref(ts, done);
        }
      } finally {
        if (v != null) {
          Refs.discard(ts, v);
        }
        if (k != null) {
          Refs.decref(ts, k);
        }
        Refs.dropIterator(ts, ks, keys);
        Refs.decref(ts, keys);
      }
      return;
    }
    PyObject it = Ops.iter(other);
    try {
      int n = 0;
      for (PyObject pair; (pair = it.next()) != null; n++) {
        ts.refs.incref(pair);
        try {
          PyObject[] kv = Ops.toArray(pair);
          if (kv.length != 2) {
            throw PyException.valueError(
                "dictionary update sequence element #"
                    + n
                    + " has length "
                    + kv.length
                    + "; 2 is required");
          }
          put(kv[0], kv[1]);
        } finally {
          Refs.decref(ts, pair);
        }
      }
    } finally {
      Refs.dropIterator(ts, it, other);
    }
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    for (int e = nextEntryLocked(0); e >= 0; e = nextEntryLocked(e + 1)) {
      visit.accept(keys[e]);
      visit.accept(values[e]);
    }
  }

  @Override
  public void release() {
    PyObject[] k = keys;
    PyObject[] v = values;
    int n = nentries;
    allocate(MIN_SIZE);
    ThreadState ts = ThreadState.current();
    for (int j = 0; j < n; j++) {
      if (k[j] != null) {
        Refs.decref(ts, k[j]);
        Refs.decref(ts, v[j]);
      }
    }
  }

  @Override
  public String repr() {
    if (used == 0) {
      return "{}";
    }
    ReprGuard g = ReprGuard.enter(this);
    if (g == null) {
      return "{...}";
    }
    try {
      StringBuilder sb = new StringBuilder("{");
      PyObject[] kv = itemArray();
      for (int i = 0; i < kv.length; i += 2) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(Ops.repr(kv[i])).append(": ").append(Ops.repr(kv[i + 1]));
      }
      return sb.append('}').toString();
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
    throw PyException.typeError("unhashable type: 'dict'");
  }

  @Override
  public boolean eq(PyObject other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PyDict d) || d.used != used) {
      return false;
    }
    PyObject[] kv = itemArray();
    if (kv.length != 2 * d.used) {
      return false;
    }
    for (int i = 0; i < kv.length; i += 2) {
      PyObject v = d.get(kv[i]);
      if (v == null || !Ops.eq(kv[i + 1], v)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (!(other instanceof PyDict) || (op != Ops.EQ && op != Ops.NE)) {
      return null;
    }
    return PyBool.of(eq(other) == (op == Ops.EQ));
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    if (op == Ops.OR && other instanceof PyDict d) {
      PyDict r = copy();
      r.update(d);
      return r;
    }
    return null;
  }

  @Override
  public PyObject inplaceOp(int op, PyObject other) {
    if (op == Ops.OR) {
      update(other);
      return this;
    }
    return null;
  }

  @Override
  public boolean contains(PyObject item) {
    return get(item) != null;
  }

  @Override
  public PyObject getItem(PyObject key) {
    PyObject v = get(key);
    if (v == null) {
      if (getClass() != PyDict.class) {
        // dict.__getitem__ of a subclass asks the class's __missing__, as CPython does.
        PyObject missing = type().lookup("__missing__");
        if (missing != null) {
          return Ops.callMethod(
              ThreadState.current(), missing, this, type(), new PyObject[] {key}, null);
        }
      }
      throw PyException.keyError(key);
    }
    return v;
  }

  @Override
  public void setItem(PyObject key, PyObject value) {
    put(key, value);
  }

  @Override
  public void delItem(PyObject key) {
    if (!delete(key)) {
      throw PyException.keyError(key);
    }
  }

  @Override
  public PyObject iter() {
    return new PyIterators.DictIterator(this, PyIterators.DictIterator.KEYS);
  }
}
