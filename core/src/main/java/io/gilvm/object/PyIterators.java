package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/** The iterators of the builtin containers. Each owns a reference to what it iterates. */
public final class PyIterators {
  private PyIterators() {}

  private static final java.util.Map<String, PyType> TYPES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The type of iterators named {@code name} (list_iterator, map, zip, …), made on first use. */
  static PyType iteratorType(String name) {
    return TYPES.computeIfAbsent(
        name,
        n -> {
          PyType t = PyType.builtin(n, PyType.OBJECT);
          t.method("__iter__", (ts, self, a, kw) -> self);
          t.method(
              "__next__",
              (ts, self, a, kw) -> {
                PyObject v = self.next();
                if (v == null) {
                  throw PyException.stopIteration(null);
                }
                return v;
              });
          return t;
        });
  }

  /**
   * Base: an iterator's iter() is itself; its type is named after what it iterates. It owns a
   * reference to each object it iterates until it is exhausted, as CPython's iterators do, so an
   * iterator that a native runs to the end and drops holds nothing.
   */
  public abstract static class Base extends PyObject {
    private final String typeName;
    private PyObject[] owned;

    Base(String typeName, PyObject... owned) {
      this.typeName = typeName;
      this.owned = owned;
      for (PyObject o : owned) {
        Refs.incref(o);
      }
    }

    /** Lets go of what the iterator iterates, once; returns null, the end of iteration. */
    protected final PyObject exhausted() {
      PyObject[] o = owned;
      owned = null;
      if (o != null) {
        ThreadState ts = ThreadState.current();
        for (PyObject x : o) {
          Refs.decref(ts, x);
        }
      }
      return null;
    }

    @Override
    public void release() {
      exhausted();
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      PyObject[] o = owned;
      if (o != null) {
        for (PyObject x : o) {
          visit.accept(x);
        }
      }
    }

    @Override
    public PyType type() {
      return iteratorType(typeName);
    }

    @Override
    public String repr() {
      return "<" + typeName + " object at 0x" + Long.toHexString(Builtins.id(this)) + ">";
    }

    @Override
    public PyObject iter() {
      return this;
    }
  }

  /** Over a tuple's items. */
  public static final class ArrayIterator extends Base {
    private final PyObject[] items;
    private final int n;
    private int i;

    public ArrayIterator(PyObject owner, PyObject[] items, int n) {
      super("tuple_iterator", owner);
      this.items = items;
      this.n = n;
    }

    @Override
    public PyObject next() {
      return i < n ? items[i++] : exhausted();
    }
  }

  /** Over a list, seeing appends made while iterating, as CPython's does. */
  public static final class ListIterator extends Base {
    private PyList list;
    private int i;

    ListIterator(PyList list) {
      super("list_iterator", list);
      this.list = list;
    }

    @Override
    public PyObject next() {
      PyList l = list;
      if (l == null) {
        return null;
      }
      PyObject v = l.iterItem(i);
      if (v != null) {
        i++;
        return v;
      }
      list = null;
      return exhausted();
    }
  }

  /** Over a str's characters. */
  static final class StrIterator extends Base {
    private final PyStr s;
    private int i;

    StrIterator(PyStr s) {
      super("str_ascii_iterator", s);
      this.s = s;
    }

    /** A UTF-16 offset: a character outside the BMP takes two. */
    @Override
    public PyObject next() {
      String v = s.value();
      if (i >= v.length()) {
        return exhausted();
      }
      char c = v.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < v.length()) {
        int cp = v.codePointAt(i);
        i += Character.charCount(cp);
        return PyStr.ofCodePoint(cp);
      }
      i++;
      return PyStr.ofChar(c);
    }
  }

  /** Over a range, without allocating per step beyond the int itself. */
  public static final class RangeIterator extends Base {
    private long next;
    private final long step;
    private long remaining;

    RangeIterator(long start, long step, long length) {
      super("range_iterator");
      this.next = start;
      this.step = step;
      this.remaining = length;
    }

    /** Whether another value is left; the eval loop's fast path. */
    public boolean hasNext() {
      return remaining > 0;
    }

    /** The next value as a long; only after {@link #hasNext()} returned true. */
    public long nextLong() {
      long v = next;
      next += step;
      remaining--;
      return v;
    }

    @Override
    public PyObject next() {
      return remaining > 0 ? PyInt.of(nextLong()) : null;
    }
  }

  /** Over a dict's keys, values or items; raises if the dict changes size meanwhile. */
  static final class DictIterator extends Base {
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ITEMS = 2;

    private final PyDict d;
    private final int kind;
    private final int size;
    private final PyObject[] entry = new PyObject[2];
    private int e;

    DictIterator(PyDict d, int kind) {
      super(
          kind == KEYS
              ? "dict_keyiterator"
              : kind == VALUES ? "dict_valueiterator" : "dict_itemiterator",
          d);
      this.d = d;
      this.kind = kind;
      this.size = d.size();
    }

    @Override
    public PyObject next() {
      if (e < 0) {
        return null;
      }
      if (d.size() != size) {
        e = -1;
        throw PyException.runtimeError("dictionary changed size during iteration");
      }
      PyObject[] kv = entry;
      int j = d.nextEntry(e, kv);
      if (j < 0) {
        e = -1;
        return exhausted();
      }
      e = j + 1;
      PyObject k = kv[0];
      PyObject v = kv[1];
      kv[0] = null;
      kv[1] = null;
      switch (kind) {
        case KEYS:
          return k;
        case VALUES:
          return v;
        default:
          return PyTuple.of(k, v);
      }
    }
  }

  /** Over a set's elements; raises if the set changes size meanwhile. */
  static final class SetIterator extends Base {
    private final PySet s;
    private final int size;
    private final PyObject[] element = new PyObject[1];
    private int slot;

    SetIterator(PySet s) {
      super("set_iterator", s);
      this.s = s;
      this.size = s.size();
    }

    @Override
    public PyObject next() {
      if (slot < 0) {
        return null;
      }
      if (s.size() != size) {
        slot = -1;
        throw PyException.runtimeError("Set changed size during iteration");
      }
      PyObject[] out = element;
      int j = s.nextSlot(slot, out);
      if (j < 0) {
        slot = -1;
        return exhausted();
      }
      slot = j + 1;
      PyObject k = out[0];
      out[0] = null;
      return k;
    }
  }

  /** Over a sequence that defines only {@code __getitem__} (the old iteration protocol). */
  static final class SequenceIterator extends Base {
    private final PyObject seq;
    private int i;
    private boolean done;

    SequenceIterator(PyObject seq) {
      super("iterator", seq);
      this.seq = seq;
    }

    @Override
    public PyObject next() {
      if (done) {
        return null;
      }
      try {
        return seq.getItem(PyInt.of(i++));
      } catch (PyException e) {
        if (e.matches(ExceptionTypes.INDEX_ERROR) || e.matches(ExceptionTypes.STOP_ITERATION)) {
          done = true;
          return exhausted();
        }
        throw e;
      }
    }
  }
}
