package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;
import io.gilvm.sync.CriticalSection;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code weakref.ref}: a reference that does not keep its referent alive. Calling it returns the
 * referent, or None once the referent's count reached zero; its callback, if any, is called with
 * the weak reference when that happens, from the thread whose decref freed the referent, as in
 * CPython. Instances of classes the program defines and functions can be referred to weakly.
 *
 * <p>Concurrency: a referent's weak references are a list guarded by the list's monitor; the
 * referent field is volatile and cleared (under that monitor) before the callbacks run. A call
 * races a freeing thread only through {@link io.gilvm.spi.RefCounts#tryIncref}, which refuses an
 * object whose count already reached zero.
 */
public final class PyWeakRef extends PyObject {
  public static final PyType TYPE =
      PyType.builtinInModule("weakref", "ReferenceType", PyType.OBJECT);

  /** The weak references to one object, oldest first. */
  static final class Holder {
    final List<PyWeakRef> refs = new ArrayList<>(2);
  }

  private volatile PyObject referent;
  private final PyObject callback;
  private long cachedHash = -1;

  private PyWeakRef(PyObject referent, PyObject callback) {
    this.referent = referent;
    this.callback = callback;
    if (callback != null) {
      Refs.incref(callback);
    }
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private static Holder holderOf(PyObject o, boolean create) {
    if (o instanceof PyInstance i) {
      synchronized (i) {
        if (i.weakrefs == null && create) {
          i.weakrefs = new Holder();
        }
        return i.weakrefs;
      }
    }
    if (o instanceof PyFunction f) {
      synchronized (f) {
        if (f.weakrefs == null && create) {
          f.weakrefs = new Holder();
        }
        return f.weakrefs;
      }
    }
    if (o instanceof PyType t && !t.isBuiltin()) {
      // Classes the program defines live as long as the program: their references never die.
      return create ? new Holder() : null;
    }
    return null;
  }

  /** {@code obj.__weakref__}: the first weak reference to obj, or None. */
  static PyObject firstRef(PyObject obj) {
    Holder h = holderOf(obj, false);
    if (h == null) {
      return PyNone.NONE;
    }
    synchronized (h) {
      return h.refs.isEmpty() ? PyNone.NONE : h.refs.get(0);
    }
  }

  /** {@code weakref.ref(obj, callback=None)}. */
  static PyWeakRef create(PyObject obj, PyObject callback) {
    Holder h = holderOf(obj, true);
    if (h == null) {
      throw PyException.typeError(
          "cannot create weak reference to '" + obj.type().name() + "' object");
    }
    synchronized (h) {
      if (callback == null) {
        // Without a callback, one reference serves every caller, as CPython's does.
        for (PyWeakRef r : h.refs) {
          if (r.callback == null) {
            return r;
          }
        }
      }
      PyWeakRef r = new PyWeakRef(obj, callback);
      h.refs.add(r);
      return r;
    }
  }

  /** The weak references to {@code o} (for getweakrefs and getweakrefcount). */
  static List<PyWeakRef> referencesTo(PyObject o) {
    Holder h = holderOf(o, false);
    if (h == null) {
      return List.of();
    }
    synchronized (h) {
      return new ArrayList<>(h.refs);
    }
  }

  /**
   * Called when {@code o}'s count reached zero, before it releases what it holds: clears every weak
   * reference to it, then calls their callbacks, newest first (as CPython does).
   */
  static void clearAll(ThreadState ts, Holder h) {
    List<PyWeakRef> refs;
    synchronized (h) {
      refs = new ArrayList<>(h.refs);
      h.refs.clear();
      for (PyWeakRef r : refs) {
        r.referent = null;
      }
    }
    for (int i = refs.size() - 1; i >= 0; i--) {
      PyWeakRef r = refs.get(i);
      if (r.callback == null || r.isDead()) {
        continue;
      }
      // The reference stays alive through its own callback.
      ts.refs.incref(r);
      try {
        Refs.discard(ts, r.callback.call(ts, new PyObject[] {r}, null));
      } catch (PyException e) {
        ts.interp.reportUnraisable("Exception ignored in: " + Ops.repr(r.callback), e);
      } finally {
        Refs.decref(ts, r);
      }
    }
  }

  /** The referent, or null when it is dead; kept alive for the caller. */
  PyObject get(ThreadState ts) {
    PyObject o = referent;
    if (o == null || o.isDead()) {
      return null;
    }
    if (!ts.objectLocks) {
      // Under a global lock no other thread runs: set and not dead means alive.
      return o;
    }
    if (ts.refs.tryIncref(o)) {
      CriticalSection.handOver(ts, o);
      return o;
    }
    // Refused: its count already reached zero (or plain counts, which cannot tell without a lock).
    return null;
  }

  @Override
  public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
    ArgParser.arity("weakref", args, kwnames, 0, 0);
    PyObject o = get(ts);
    return o == null ? PyNone.NONE : o;
  }

  @Override
  public void release() {
    PyObject o = referent;
    if (o != null) {
      Holder h = holderOf(o, false);
      if (h != null) {
        synchronized (h) {
          h.refs.remove(this);
        }
      }
    }
    if (callback != null) {
      Refs.decref(callback);
    }
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    if (callback != null) {
      visit.accept(callback);
    }
  }

  @Override
  public long hash() {
    if (cachedHash != -1) {
      return cachedHash;
    }
    PyObject o = get(ThreadState.current());
    if (o == null) {
      throw PyException.typeError("weak object has gone away");
    }
    cachedHash = o.hash();
    return cachedHash;
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if ((op != Ops.EQ && op != Ops.NE) || !(other instanceof PyWeakRef w)) {
      return null;
    }
    ThreadState ts = ThreadState.current();
    PyObject a = get(ts);
    PyObject b = w.get(ts);
    boolean same = a == null || b == null ? this == w : Ops.eq(a, b);
    return PyBool.of(op == Ops.EQ ? same : !same);
  }

  @Override
  public boolean eq(PyObject other) {
    PyObject r = richCompare(other, Ops.EQ);
    return r != null ? r.isTrue() : this == other;
  }

  @Override
  public PyObject lookupAttr(String attr) {
    if (attr.equals("__callback__")) {
      return callback == null ? PyNone.NONE : callback;
    }
    return super.lookupAttr(attr);
  }

  @Override
  public String repr() {
    String at = "<weakref at 0x" + Long.toHexString(Builtins.id(this)) + "; ";
    PyObject o = referent;
    if (o == null || o.isDead()) {
      return at + "dead>";
    }
    return at
        + "to '"
        + o.type().qualifiedName()
        + "' at 0x"
        + Long.toHexString(Builtins.id(o))
        + ">";
  }

  static {
    TYPE.setConstructor(
        (ts, type, args, kwnames) -> {
          ArgParser.arity("weakref", args, kwnames, 1, 2);
          PyObject cb = args.length > 1 && args[1] != PyNone.NONE ? args[1] : null;
          return create(args[0], cb);
        });
    NumberMethods.objectDunders(TYPE, true);
    NumberMethods.compareDunders(TYPE);
    TYPE.method("__call__", (ts, self, a, kw) -> self.call(ts, a, kw));
  }

  /** {@code _weakref}'s functions. */
  public static void fill(PyModule m) {
    m.put("ref", TYPE);
    m.put("ReferenceType", TYPE);
    m.function(
        "getweakrefcount",
        (ts, a, kw) -> {
          ArgParser.arity("getweakrefcount", a, kw, 1, 1);
          return PyInt.of(referencesTo(a[0]).size());
        });
    m.function(
        "getweakrefs",
        (ts, a, kw) -> {
          ArgParser.arity("getweakrefs", a, kw, 1, 1);
          PyList l = new PyList();
          for (PyWeakRef r : referencesTo(a[0])) {
            l.append(r);
          }
          return l;
        });
  }
}
