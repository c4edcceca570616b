package io.gilvm.runtime;

import java.util.Arrays;

/**
 * {@code dict}: CPython's compact layout — an index table of slots pointing into dense entry
 * arrays kept in insertion order. Owns a reference to each key and value.
 *
 * <p>Every probe loop is bounded, so a table corrupted by unsynchronised writers (the "no lock
 * at all" configuration) raises RuntimeError instead of hanging.
 */
public final class PyDict extends PyObject {
  private static final int EMPTY = -1;
  private static final int DUMMY = -2;
  private static final int MIN_SIZE = 8;

  private int[] indices;
  PyObject[] keys;
  PyObject[] values;
  private long[] hashes;
  /** Entries used, including deleted ones (dense arrays' high-water mark). */
  int nentries;
  /** Live entries. */
  private int used;
  /** Bumped by every insertion or deletion, so iterators can detect a change of size. */
  int version;

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

  /** The value for {@code key} (borrowed), or null. */
  public PyObject get(PyObject key) {
    if (key instanceof PyStr s) {
      return getStr(s.value());
    }
    int ix = find(key, Ops.hash(key));
    return ix < 0 ? null : values[ix];
  }

  /** The value for the str key {@code key} (borrowed), or null. */
  public PyObject getStr(String key) {
    int ix = findStr(key, PyStr.hashOf(key));
    return ix < 0 ? null : values[ix];
  }

  public boolean containsKey(PyObject key) {
    return get(key) != null;
  }

  /** Stores {@code key: value}, increfing both (the key only if new) and decrefing a replaced value. */
  public void put(PyObject key, PyObject value) {
    long hash = Ops.hash(key);
    int ix = key instanceof PyStr s ? findStr(s.value(), hash) : find(key, hash);
    Refs.incref(value);
    if (ix >= 0) {
      PyObject old = values[ix];
      values[ix] = value;
      Refs.decref(old);
      return;
    }
    Refs.incref(key);
    insertNew(key, value, hash);
  }

  /** Stores under a str key. */
  public void putStr(String key, PyObject value) {
    long hash = PyStr.hashOf(key);
    int ix = findStr(key, hash);
    Refs.incref(value);
    if (ix >= 0) {
      PyObject old = values[ix];
      values[ix] = value;
      Refs.decref(old);
      return;
    }
    PyStr k = new PyStr(key);
    Refs.incref(k);
    insertNew(k, value, hash);
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

  private void resize(int tableSize) {
    PyObject[] oldKeys = keys;
    PyObject[] oldValues = values;
    long[] oldHashes = hashes;
    int oldN = nentries;
    while (tableSize * 2 / 3 <= used) {
      tableSize *= 2;
    }
    allocate(tableSize);
    int mask = tableSize - 1;
    for (int j = 0; j < oldN; j++) {
      PyObject k = oldKeys[j];
      if (k == null) {
        continue;
      }
      int e = nentries++;
      keys[e] = k;
      values[e] = oldValues[j];
      long h = oldHashes[j];
      hashes[e] = h;
      long perturb = h;
      int i = (int) (h & mask);
      while (indices[i] != EMPTY) {
        perturb >>>= 5;
        i = (int) ((i * 5L + perturb + 1) & mask);
      }
      indices[i] = e;
      used++;
    }
  }

  /** Removes {@code key}; returns its value handed over to the caller as floating, or null. */
  public PyObject remove(PyObject key) {
    long hash = Ops.hash(key);
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
          ThreadState ts = ThreadState.current();
          Refs.decref(ts, k);
          Refs.release(ts, v);
          return v;
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

  /** Removes every entry. */
  public void clear() {
    PyObject[] k = keys;
    PyObject[] v = values;
    int n = nentries;
    allocate(MIN_SIZE);
    version++;
    ThreadState ts = ThreadState.current();
    for (int j = 0; j < n; j++) {
      if (k[j] != null) {
        Refs.decref(ts, k[j]);
        Refs.decref(ts, v[j]);
      }
    }
  }

  /** Entry index of the first live entry at or after {@code from}, or -1. */
  int nextEntry(int from) {
    PyObject[] k = keys;
    int n = Math.min(nentries, k.length);
    for (int j = from; j < n; j++) {
      if (k[j] != null) {
        return j;
      }
    }
    return -1;
  }

  PyObject keyAt(int e) {
    return keys[e];
  }

  PyObject valueAt(int e) {
    return values[e];
  }

  /** The keys, in insertion order (borrowed). */
  public PyObject[] keyArray() {
    PyObject[] out = new PyObject[used];
    int n = 0;
    for (int e = nextEntry(0); e >= 0 && n < out.length; e = nextEntry(e + 1)) {
      out[n++] = keys[e];
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** The values, in insertion order (borrowed). */
  public PyObject[] valueArray() {
    PyObject[] out = new PyObject[used];
    int n = 0;
    for (int e = nextEntry(0); e >= 0 && n < out.length; e = nextEntry(e + 1)) {
      out[n++] = values[e];
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** A shallow copy. */
  public PyDict copy() {
    PyDict d = new PyDict();
    for (int e = nextEntry(0); e >= 0; e = nextEntry(e + 1)) {
      d.put(keys[e], values[e]);
    }
    return d;
  }

  /** {@code self.update(other)} for a dict or an iterable of pairs. */
  public void update(PyObject other) {
    if (other instanceof PyDict d) {
      for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
        put(d.keys[e], d.values[e]);
      }
      return;
    }
    PyObject keysMethod = other.lookupAttr("keys");
    if (keysMethod != null) {
      PyObject ks = Ops.iter(Ops.call(keysMethod));
      for (PyObject k; (k = ks.next()) != null; ) {
        put(k, other.getItem(k));
      }
      return;
    }
    PyObject it = Ops.iter(other);
    int n = 0;
    for (PyObject pair; (pair = it.next()) != null; n++) {
      PyObject[] kv = Ops.toArray(pair);
      if (kv.length != 2) {
        throw PyException.valueError(
            "dictionary update sequence element #" + n + " has length " + kv.length
                + "; 2 is required");
      }
      put(kv[0], kv[1]);
    }
  }

  @Override
  protected void release() {
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
      boolean first = true;
      for (int e = nextEntry(0); e >= 0; e = nextEntry(e + 1)) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        sb.append(Ops.repr(keys[e])).append(": ").append(Ops.repr(values[e]));
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
    for (int e = nextEntry(0); e >= 0; e = nextEntry(e + 1)) {
      PyObject v = d.get(keys[e]);
      if (v == null || !Ops.eq(values[e], v)) {
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
