package io.gilvm.object;

import io.gilvm.state.ThreadState;

/**
 * Inline caches of attribute and method loads and attribute stores (CPython 3.11's
 * LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_SLOT, LOAD_METHOD_WITH_VALUES, STORE_ATTR_INSTANCE_VALUE):
 * for one instruction, per receiver class, what the class's MRO holds under the name, found once
 * and trusted while the class keeps its {@link PyType#version() version tag}. Assignments to the
 * class or to any base, a new {@code __getattribute__}, {@code __setattr__} or descriptor give the
 * class a new tag; {@code __class__} assignment changes the receiver's type, which each use
 * compares; the instance's own dict is read every time.
 *
 * <p>Several threads read and replace an instruction's cache at once under {@code finegrained} (no
 * global lock): an {@link Entry} is immutable, its fields final, and a cache is changed only by
 * storing a new chain of entries into the instruction's slot with one reference write, so a reader
 * sees a whole old chain or a whole new one, never a mix. A lost store (two threads filling one
 * slot) costs a later refill, nothing else. What an entry says is read after the tag it was taken
 * with ({@link PyType#lookup} reads the tag first), so an entry never pairs a tag with an older
 * finding.
 */
public final class AttrCache {
  private AttrCache() {}

  /** No shortcut: the generic path (custom {@code __getattribute__}, a module, a type...). */
  public static final int GENERIC = 0;

  /** The instance dict, then the class attribute {@code descr} (non-data; may be null). */
  public static final int DICT = 1;

  /** The data descriptor {@code descr} (a slot, a property), bound to the receiver. */
  public static final int DATA = 2;

  /** LOAD_METHOD: the method {@code descr} unbound, unless the instance dict shadows it. */
  public static final int METHOD = 3;

  /** STORE_ATTR: into the instance dict ({@code descr}, non-data, or none, on the class). */
  public static final int STORE_DICT = 4;

  /** STORE_ATTR: through the data descriptor {@code descr}. */
  public static final int STORE_DATA = 5;

  /** Entries kept per instruction: sites seeing more receiver classes refill. */
  private static final int WAYS = 4;

  /**
   * What {@code name} is for receivers of Java class {@code cls} and type {@code type} while the
   * type has tag {@code version}; {@code ix}, where the instance dict of the receiver that filled
   * the entry held the name (instances made by one {@code __init__} agree), a hint checked at each
   * use, or -1; {@code next} is the instruction's entry for another class.
   */
  public record Entry(
      Class<?> cls, PyType type, int version, int kind, PyObject descr, int ix, Entry next) {}

  /**
   * Whether the thread may read an instance dict at a remembered entry: no other thread changes a
   * table meanwhile (a global lock, no object locks), as for LOAD_GLOBAL's cache.
   */
  private static boolean hinted(ThreadState ts) {
    return ts.exactCounts && !ts.objectLocks;
  }

  /** Where the dict of {@code o} holds {@code name} now, when {@link #hinted}; else -1. */
  private static int hint(ThreadState ts, PyObject o, String name) {
    if (!hinted(ts) || !(o instanceof PyInstance inst) || inst.dict == null) {
      return -1;
    }
    return inst.dict.entryOfStr(name);
  }

  /**
   * The type of {@code o}; for a program's plain instance read without the virtual call (whose site
   * sees every kind of object, so the JIT cannot inline it).
   */
  private static PyType typeOf(PyObject o) {
    return o.getClass() == PyInstance.class ? ((PyInstance) o).type() : o.type();
  }

  /** The entry for the receiver {@code o} in the chain {@code e}, or null. */
  private static Entry find(Entry e, PyObject o, PyType t) {
    Class<?> c = o.getClass();
    for (; e != null; e = e.next) {
      if (e.type == t && e.cls == c) {
        return e.version == t.version() ? e : null;
      }
    }
    return null;
  }

  /** The chain {@code old} with {@code e} in front, dropping {@code e}'s class and the oldest. */
  private static Entry prepend(Entry e, Entry old) {
    Entry[] keep = new Entry[WAYS - 1];
    int n = 0;
    for (Entry x = old; x != null && n < keep.length; x = x.next) {
      if (x.type != e.type || x.cls != e.cls) {
        keep[n++] = x;
      }
    }
    Entry chain = null;
    for (int i = n - 1; i >= 0; i--) {
      Entry x = keep[i];
      chain = new Entry(x.cls, x.type, x.version, x.kind, x.descr, x.ix, chain);
    }
    return new Entry(e.cls, e.type, e.version, e.kind, e.descr, e.ix, chain);
  }

  /** Whether {@code f}, found on a class, is object's own attribute hook (or there is none). */
  private static boolean plainHook(PyObject f) {
    return f == null || f instanceof PyMethodDescriptor;
  }

  /**
   * Whether a class attribute keeps what it is: a value of a builtin type (a function, a property,
   * a slot, an int) cannot become a data descriptor later; an instance of a program's class can
   * (its class may gain {@code __set__}), so it is not cached.
   */
  private static boolean fixedKind(PyObject descr) {
    return descr == null || descr.type().isBuiltin();
  }

  /** Whether instances of {@code t}, a program's class, use the generic attribute lookup. */
  private static boolean genericInstance(PyType t) {
    return plainHook(t.lookup("__getattribute__")) && !t.hasCustomGetAttribute();
  }

  /** The LOAD_ATTR entry for {@code o}; read the tag before the MRO. */
  private static Entry fillLoad(ThreadState ts, PyObject o, PyType t, String name) {
    int version = t.version();
    int kind = GENERIC;
    PyObject descr = null;
    if (o.getClass() == PyInstance.class && genericInstance(t)) {
      descr = t.lookup(name);
      if (!fixedKind(descr)) {
        // A program's object on the class: it may become a data descriptor.
        descr = null;
      } else if (descr != null && descr.isDataDescriptor()) {
        kind = DATA;
      } else if (t.instancesHaveDict()) {
        kind = DICT;
      }
    }
    int ix = kind == DICT ? hint(ts, o, name) : -1;
    return new Entry(o.getClass(), t, version, kind, kind == GENERIC ? null : descr, ix, null);
  }

  /** The instance dict's value for {@code name}, or null; at entry {@code ix} if it is there. */
  private static PyObject dictValue(ThreadState ts, PyObject o, String name, int ix) {
    PyDict d = ((PyInstance) o).dict;
    if (d == null) {
      return null;
    }
    if (ix >= 0 && hinted(ts)) {
      PyObject v = d.valueAtStr(ix, name);
      if (v != null) {
        return v;
      }
    }
    return d.getStr(ts, name);
  }

  /** {@code o.name} (a new reference is not taken: as {@link PyObject#getAttr}). */
  public static PyObject load(ThreadState ts, PyObject o, String name, Entry[] slots, int i) {
    PyType t = typeOf(o);
    Entry e = find(slots[i], o, t);
    if (e == null) {
      e = fillLoad(ts, o, t, name);
      slots[i] = prepend(e, slots[i]);
    }
    switch (e.kind) {
      case DICT:
        {
          PyObject v = dictValue(ts, o, name, e.ix);
          if (v != null) {
            return v;
          }
          if (e.descr != null) {
            v = e.descr.bindTo(o, t);
            if (v != null) {
              return v;
            }
          }
          // Nothing on the class: __getattr__, __class__, __dict__ or the AttributeError.
          return o.getAttr(name);
        }
      case DATA:
        {
          PyObject v = e.descr.bindTo(o, t);
          // An empty slot: __getattr__ or the AttributeError, as the generic path says.
          return v != null ? v : o.getAttr(name);
        }
      default:
        return o.getAttr(name);
    }
  }

  /**
   * LOAD_METHOD's lookup: the unbound method for {@code o.name} when the class has a plain method
   * not shadowed by the instance (the caller pushes it and {@code o}), else null.
   */
  public static PyObject method(ThreadState ts, PyObject o, String name, Entry[] slots, int i) {
    PyType t = typeOf(o);
    Entry e = find(slots[i], o, t);
    if (e == null) {
      int version = t.version();
      PyObject m = null;
      if (o.usesGenericGetAttr()) {
        m = t.lookup(name);
        if (m != null && !m.isMethodDescriptor()) {
          m = null;
        }
      }
      e = new Entry(o.getClass(), t, version, m == null ? GENERIC : METHOD, m, -1, null);
      slots[i] = prepend(e, slots[i]);
    }
    if (e.kind != METHOD) {
      return null;
    }
    PyDict d = o instanceof PyInstance inst ? inst.dict : o.instanceDict();
    if (d != null && (hinted(ts) ? d.entryOfStr(name) >= 0 : d.getStr(ts, name) != null)) {
      return null;
    }
    return e.descr;
  }

  /** {@code o.name = value}; the caller keeps its references to both. */
  public static void store(
      ThreadState ts, PyObject o, String name, PyObject value, Entry[] slots, int i) {
    PyType t = typeOf(o);
    Entry e = find(slots[i], o, t);
    if (e == null) {
      int version = t.version();
      int kind = GENERIC;
      PyObject descr = null;
      if (o.getClass() == PyInstance.class
          && plainHook(t.lookup("__setattr__"))
          && !name.equals("__class__")) {
        descr = t.lookup(name);
        if (!fixedKind(descr)) {
          // A program's object on the class: it may become a data descriptor.
          descr = null;
        } else if (descr != null && descr.isDataDescriptor()) {
          kind = STORE_DATA;
        } else if (t.instancesHaveDict()) {
          kind = STORE_DICT;
        }
      }
      int ix = kind == STORE_DICT ? hint(ts, o, name) : -1;
      e = new Entry(o.getClass(), t, version, kind, kind == GENERIC ? null : descr, ix, null);
      slots[i] = prepend(e, slots[i]);
    }
    switch (e.kind) {
      case STORE_DICT:
        {
          PyDict d = ((PyInstance) o).dict;
          if (d != null) {
            if (e.ix < 0 || !hinted(ts) || !d.replaceAtStr(ts, e.ix, name, value)) {
              d.putStr(name, value);
            }
            return;
          }
          o.setAttr(name, value);
          return;
        }
      case STORE_DATA:
        e.descr.setThrough(o, value);
        return;
      default:
        o.setAttr(name, value);
    }
  }
}
