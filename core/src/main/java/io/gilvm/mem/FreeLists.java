package io.gilvm.mem;

import io.gilvm.object.PyDict;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyTuple;
import io.gilvm.spi.RefCounts;

/**
 * A thread's free lists: deallocated ints, floats, tuples, lists and dicts kept for reuse, as
 * CPython keeps freed memory of these types. A stale reference to a freed object therefore sees
 * whatever value reused it — the hazard a lost reference-count update causes in C.
 */
public final class FreeLists {
  private static final int MAX = 100;

  private final PyInt[] ints = new PyInt[MAX];
  private int nInts;
  private final PyFloat[] floats = new PyFloat[MAX];
  private int nFloats;
  private final PyList[] lists = new PyList[MAX];
  private int nLists;
  private final PyDict[] dicts = new PyDict[MAX];
  private int nDicts;

  /** Tuples by size 1..MAX_TUPLE, each keeping its item array, as CPython keeps them by size. */
  private static final int MAX_TUPLE = 8;

  private final PyTuple[][] tuples = new PyTuple[MAX_TUPLE + 1][MAX];
  private final int[] nTuples = new int[MAX_TUPLE + 1];

  /** Whether objects are reused at all; off in checked mode, so a use after free is caught. */
  public boolean enabled = true;

  public void recycle(PyObject o) {
    if (!enabled) {
      return;
    }
    Class<?> c = o.getClass();
    if (c == PyInt.class) {
      if (nInts < MAX) {
        ints[nInts++] = (PyInt) o;
      }
    } else if (c == PyFloat.class) {
      if (nFloats < MAX) {
        floats[nFloats++] = (PyFloat) o;
      }
    } else if (c == PyList.class) {
      if (nLists < MAX) {
        lists[nLists++] = (PyList) o;
      }
    } else if (c == PyDict.class) {
      if (nDicts < MAX) {
        dicts[nDicts++] = (PyDict) o;
      }
    } else if (c == PyTuple.class) {
      int n = ((PyTuple) o).items.length;
      if (n >= 1 && n <= MAX_TUPLE && nTuples[n] < MAX) {
        tuples[n][nTuples[n]++] = (PyTuple) o;
      }
    }
  }

  /** {@link #recycle} of a float. */
  void recycleFloat(PyFloat f) {
    if (enabled && nFloats < MAX) {
      floats[nFloats++] = f;
    }
  }

  /** A tuple of {@code n} null items for the caller to fill: reused or new. */
  public PyTuple newTuple(int n) {
    if (n >= 1 && n <= MAX_TUPLE && nTuples[n] > 0) {
      PyTuple t = tuples[n][--nTuples[n]];
      tuples[n][nTuples[n]] = null;
      revive(t);
      return t;
    }
    return n == 0 ? PyTuple.EMPTY : new PyTuple(new PyObject[n]);
  }

  /** The thread's counts, which make a freed object new again ({@link RefCounts#revive}). */
  private final RefCounts refs;

  public FreeLists(RefCounts refs) {
    this.refs = refs;
  }

  /** Makes a freed object new again: floating, owned by the thread that reissues it. */
  private void revive(PyObject o) {
    refs.revive(o);
    o.markAlive();
  }

  /** The int {@code v}: cached, reused from the free list, or new. */
  public PyInt intOf(long v) {
    if (PyInt.isSmall(v)) {
      return PyInt.small(v);
    }
    if (nInts > 0) {
      PyInt i = ints[--nInts];
      ints[nInts] = null;
      revive(i);
      i.value = v;
      if (i.big != null) {
        i.big = null;
      }
      return i;
    }
    return new PyInt(v);
  }

  public PyFloat floatOf(double v) {
    if (nFloats > 0) {
      PyFloat f = floats[--nFloats];
      floats[nFloats] = null;
      revive(f);
      f.value = v;
      return f;
    }
    return new PyFloat(v);
  }

  /** An empty list: reused or new. */
  public PyList newList() {
    if (nLists > 0) {
      PyList l = lists[--nLists];
      lists[nLists] = null;
      revive(l);
      return l;
    }
    return new PyList();
  }

  /** An empty dict: reused or new. */
  public PyDict newDict() {
    if (nDicts > 0) {
      PyDict d = dicts[--nDicts];
      dicts[nDicts] = null;
      revive(d);
      return d;
    }
    return new PyDict();
  }
}
