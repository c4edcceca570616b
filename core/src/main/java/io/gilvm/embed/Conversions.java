package io.gilvm.embed;

import io.gilvm.mem.Refs;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyByteArray;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PySet;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import io.gilvm.state.ThreadState;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values across the boundary, as the package documentation lists them. Reference counts: {@link
 * #toPython} returns a floating object (no reference counted for the caller; containers hold
 * references to their items), which the caller stores (increfing) and then discards; {@link
 * #toJava} only reads.
 */
final class Conversions {
  private Conversions() {}

  /** Nesting deeper than this is taken for a cycle (a list containing itself). */
  private static final int MAX_DEPTH = 1000;

  static PyObject toPython(ThreadState ts, Object v) {
    return toPython(ts, v, 0);
  }

  private static PyObject toPython(ThreadState ts, Object v, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "a value nested more than " + MAX_DEPTH + " deep (a cycle?)");
    }
    if (v == null) {
      return PyNone.NONE;
    }
    if (v instanceof PyHandle h) {
      return h.object();
    }
    if (v instanceof Boolean b) {
      return PyBool.of(b);
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return PyInt.of(((Number) v).longValue());
    }
    if (v instanceof BigInteger b) {
      return PyInt.of(b);
    }
    if (v instanceof Double || v instanceof Float) {
      return PyFloat.of(((Number) v).doubleValue());
    }
    if (v instanceof CharSequence s) {
      return new PyStr(s.toString());
    }
    if (v instanceof Character c) {
      return new PyStr(c.toString());
    }
    if (v instanceof byte[] b) {
      return new PyBytes(b.clone());
    }
    if (v instanceof Object[] a) {
      return list(ts, List.of(a), depth);
    }
    if (v instanceof List<?> l) {
      return list(ts, l, depth);
    }
    if (v instanceof Map<?, ?> m) {
      PyDict d = new PyDict();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        PyObject k = toPython(ts, e.getKey(), depth + 1);
        PyObject val = null;
        try {
          val = toPython(ts, e.getValue(), depth + 1);
          d.setItem(k, val);
        } catch (RuntimeException ex) {
          Refs.discard(ts, d);
          throw ex;
        } finally {
          Refs.discard(ts, k);
          Refs.discard(ts, val);
        }
      }
      return d;
    }
    if (v instanceof Set<?> s) {
      PySet set = new PySet();
      for (Object o : s) {
        PyObject item = toPython(ts, o, depth + 1);
        try {
          set.add(item);
        } catch (RuntimeException ex) {
          Refs.discard(ts, set);
          throw ex;
        } finally {
          Refs.discard(ts, item);
        }
      }
      return set;
    }
    throw new IllegalArgumentException(
        "no Python value for a Java "
            + v.getClass().getName()
            + " (pass null, Boolean, a number, String, byte[], List, Map, Set or a PyHandle)");
  }

  private static PyList list(ThreadState ts, List<?> items, int depth) {
    PyList l = new PyList();
    for (Object o : items) {
      PyObject item;
      try {
        item = toPython(ts, o, depth + 1);
      } catch (RuntimeException ex) {
        Refs.discard(ts, l);
        throw ex;
      }
      l.append(item);
      Refs.discard(ts, item);
    }
    return l;
  }

  /** The Java value of {@code o} (borrowed), or a handle for what has none. */
  static Object toJava(ThreadState ts, PyObject o, PythonInterpreter owner) {
    return toJava(ts, o, owner, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static Object toJava(
      ThreadState ts, PyObject o, PythonInterpreter owner, Set<PyObject> open) {
    if (o == PyNone.NONE) {
      return null;
    }
    if (o instanceof PyBool b) {
      return b == PyBool.TRUE;
    }
    PyType t = o.type();
    if (t == PyType.INT && o instanceof PyInt i) {
      return i.isBig() ? i.bigValue() : (Object) i.longValue();
    }
    if (t == PyType.FLOAT && o instanceof PyFloat f) {
      return f.value();
    }
    if (t == PyType.STR && o instanceof PyStr s) {
      return s.value();
    }
    if (t == PyType.BYTES && o instanceof PyBytes b) {
      return b.value().clone();
    }
    if (o instanceof PyByteArray b && t == PyByteArray.TYPE) {
      return b.snapshot();
    }
    boolean container =
        (t == PyType.LIST && o instanceof PyList)
            || (t == PyType.TUPLE && o instanceof PyTuple)
            || (t == PyType.DICT && o instanceof PyDict)
            || ((t == PyType.SET || t == PyType.FROZENSET) && o instanceof PySet);
    if (!container) {
      return owner.handle(ts, o);
    }
    if (!open.add(o)) {
      // A container that holds itself has no Java value: that part stays a handle.
      return owner.handle(ts, o);
    }
    try {
      if (o instanceof PyList l) {
        return items(ts, l.toArray(), owner, open);
      }
      if (o instanceof PyTuple tu) {
        return items(ts, tu.items(), owner, open);
      }
      if (o instanceof PyDict d) {
        PyObject[] kv = d.itemArray();
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
          m.put(toJava(ts, kv[i], owner, open), toJava(ts, kv[i + 1], owner, open));
        }
        return Collections.unmodifiableMap(m);
      }
      PySet s = (PySet) o;
      Set<Object> out = new LinkedHashSet<>();
      for (PyObject item : s.toArray()) {
        out.add(toJava(ts, item, owner, open));
      }
      return Collections.unmodifiableSet(out);
    } finally {
      open.remove(o);
    }
  }

  private static List<Object> items(
      ThreadState ts, PyObject[] items, PythonInterpreter owner, Set<PyObject> open) {
    List<Object> out = new ArrayList<>(items.length);
    for (PyObject item : items) {
      out.add(toJava(ts, item, owner, open));
    }
    // Not List.copyOf: a Python list may hold None, which becomes null.
    return Collections.unmodifiableList(out);
  }
}
