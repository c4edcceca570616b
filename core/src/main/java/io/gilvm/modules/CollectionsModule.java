package io.gilvm.modules;

import io.gilvm.mem.Refs;
import io.gilvm.object.ArgParser;
import io.gilvm.object.Derived;
import io.gilvm.object.Ops;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyDeque;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyObject;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;

/** {@code _collections}: the container types of {@code collections} written in Java. */
final class CollectionsModule {
  private CollectionsModule() {}

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("_collections");
    m.put("deque", PyDeque.TYPE);
    m.function("_count_into", CollectionsModule::countInto);
    return m;
  }

  /**
   * {@code _count_into(mapping, iterable)}: adds one to {@code mapping[item]} (0 when absent) for
   * each item, as Counter.update does for an iterable, when the mapping is a dict whose class keeps
   * dict's own {@code get} and {@code __setitem__}; returns False without consuming anything
   * otherwise, for the caller to count in Python.
   */
  private static PyObject countInto(ThreadState ts, PyObject[] a, String[] kw) {
    ArgParser.arity("_count_into", a, kw, 2, 2);
    if (!(a[0] instanceof PyDict d)
        || Derived.override(d.type(), "get") != null
        || Derived.override(d.type(), "__setitem__") != null) {
      return PyBool.FALSE;
    }
    PyObject one = PyInt.of(1);
    PyObject it = Ops.iter(a[1]);
    try {
      for (PyObject x; (x = it.next()) != null; ) {
        ts.refs.incref(x);
        try {
          PyObject old = d.get(x);
          PyObject count = old == null ? one : Ops.binary(old, one, Ops.ADD);
          d.put(x, count);
          Refs.discard(ts, count);
        } finally {
          Refs.decref(ts, x);
        }
      }
    } finally {
      Refs.dropIterator(ts, it, a[1]);
    }
    return PyBool.TRUE;
  }
}
