package io.gilvm.eval;

import io.gilvm.mem.Refs;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.Ops;
import io.gilvm.object.PyByteArray;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyList;
import io.gilvm.object.PyMemoryView;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyRange;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import io.gilvm.state.ThreadState;
import java.util.HashSet;
import java.util.Set;

/** What the pattern-matching instructions ask of objects: PEP 634's rules. */
final class Patterns {
  private Patterns() {}

  /** The builtin types a class pattern with one positional sub-pattern matches as a whole. */
  private static final PyType[] MATCH_SELF = {
    PyType.BOOL,
    PyType.INT,
    PyType.FLOAT,
    PyType.STR,
    PyType.BYTES,
    PyType.TUPLE,
    PyType.LIST,
    PyType.DICT,
    PyType.SET,
    PyType.FROZENSET,
    PyByteArray.TYPE
  };

  private static boolean mroHas(PyType t, String... names) {
    for (PyType c : t.mro()) {
      for (String n : names) {
        if (c.name().equals(n)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A sequence pattern's subject: list, tuple, range, memoryview, deque and their subclasses, or a
   * class derived from collections.abc.Sequence; never str, bytes or bytearray.
   */
  static boolean isSequence(PyObject o) {
    if (o instanceof PyList
        || o instanceof PyTuple
        || o instanceof PyRange
        || o instanceof PyMemoryView) {
      return true;
    }
    if (o instanceof PyStr || o instanceof PyBytes || o instanceof PyByteArray) {
      return false;
    }
    PyType t = o.type();
    if (t.isSubtypeOf(PyType.STR) || t.isSubtypeOf(PyType.BYTES)) {
      return false;
    }
    return t.isSubtypeOf(PyType.LIST)
        || t.isSubtypeOf(PyType.TUPLE)
        || mroHas(t, "deque", "array", "Sequence", "MutableSequence");
  }

  /** A mapping pattern's subject: dict and its subclasses, or a collections.abc.Mapping. */
  static boolean isMapping(PyObject o) {
    if (o instanceof PyDict) {
      return true;
    }
    PyType t = o.type();
    return t.isSubtypeOf(PyType.DICT) || mroHas(t, "Mapping", "MutableMapping");
  }

  /** The values of {@code keys} in the subject, or None when one is missing. */
  static PyObject matchKeys(ThreadState ts, PyObject subject, PyTuple keys) {
    PyObject[] values = new PyObject[keys.size()];
    PyObject missing = new PyList();
    ts.refs.incref(missing);
    try {
      for (int i = 0; i < values.length; i++) {
        PyObject k = keys.get(i);
        PyObject v;
        if (subject instanceof PyDict d && subject.type() == PyType.DICT) {
          v = d.get(k);
        } else {
          v = Ops.callAttr(ts, subject, "get", k, missing);
          if (v == missing) {
            v = null;
          }
        }
        if (v == null) {
          for (int j = 0; j < i; j++) {
            Refs.decref(ts, values[j]);
          }
          return PyNone.NONE;
        }
        ts.refs.incref(v);
        values[i] = v;
      }
    } finally {
      Refs.decref(ts, missing);
    }
    return PyTuple.stealing(values);
  }

  /** {@code **rest}: a new dict of the subject's items but those under {@code keys}. */
  static PyObject copyWithoutKeys(ThreadState ts, PyObject subject, PyTuple keys) {
    PyDict rest = new PyDict();
    rest.update(subject);
    for (PyObject k : keys.items()) {
      rest.delete(k);
    }
    return rest;
  }

  /**
   * A class pattern: the tuple of the subject's attributes the sub-patterns match (positional ones
   * by {@code __match_args__}, then the keyword ones), or None when the subject is not an instance
   * of the class or lacks one of them.
   */
  static PyObject matchClass(
      ThreadState ts, PyObject subject, PyObject cls, PyTuple names, int npos) {
    if (!(cls instanceof PyType type)) {
      throw PyException.typeError("called match pattern must be a type");
    }
    if (!subject.type().isSubtypeOf(type)) {
      return PyNone.NONE;
    }
    int n = npos + names.size();
    PyObject[] out = new PyObject[n];
    Set<String> seen = new HashSet<>();
    int filled = 0;
    try {
      if (npos > 0) {
        PyObject matchArgs = type.lookup("__match_args__");
        boolean self = false;
        int allowed;
        if (matchArgs == null) {
          for (PyType t : MATCH_SELF) {
            self |= type.isSubtypeOf(t);
          }
          allowed = self ? 1 : 0;
        } else if (matchArgs instanceof PyTuple t) {
          allowed = t.size();
        } else {
          throw PyException.typeError(
              type.name()
                  + ".__match_args__ must be a tuple (got "
                  + matchArgs.type().name()
                  + ")");
        }
        if (npos > allowed) {
          throw PyException.typeError(
              type.name()
                  + "() accepts "
                  + allowed
                  + " positional sub-pattern"
                  + (allowed == 1 ? "" : "s")
                  + " ("
                  + npos
                  + " given)");
        }
        if (self) {
          ts.refs.incref(subject);
          out[filled++] = subject;
        } else {
          for (int i = 0; i < npos; i++) {
            PyObject name = ((PyTuple) matchArgs).get(i);
            if (!(name instanceof PyStr s)) {
              throw PyException.typeError(
                  "__match_args__ elements must be strings (got " + name.type().name() + ")");
            }
            PyObject v = attribute(ts, type, subject, s.value(), seen);
            if (v == null) {
              return PyNone.NONE;
            }
            out[filled++] = v;
          }
        }
      }
      for (PyObject name : names.items()) {
        PyObject v = attribute(ts, type, subject, ((PyStr) name).value(), seen);
        if (v == null) {
          return PyNone.NONE;
        }
        out[filled++] = v;
      }
      PyTuple result = PyTuple.stealing(out);
      filled = 0;
      return result;
    } finally {
      for (int i = 0; i < filled; i++) {
        Refs.decref(ts, out[i]);
      }
    }
  }

  /** The subject's attribute (owned), or null when it has none. */
  private static PyObject attribute(
      ThreadState ts, PyType type, PyObject subject, String name, Set<String> seen) {
    if (!seen.add(name)) {
      throw PyException.typeError(
          type.name() + "() got multiple sub-patterns for attribute '" + name + "'");
    }
    PyObject v;
    try {
      v = subject.getAttr(name);
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
        return null;
      }
      throw e;
    }
    ts.refs.incref(v);
    return v;
  }
}
