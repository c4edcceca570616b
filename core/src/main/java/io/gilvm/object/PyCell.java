package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.mem.Refs;

/** A cell: one captured variable shared by a scope and the closures made in it. */
public final class PyCell extends PyObject {
  /** The contents, or null when the variable is unbound. Owns a reference. */
  public PyObject contents;

  @Override
  public PyType type() {
    return PyType.CELL;
  }

  public PyObject get() {
    return contents;
  }

  /** Stores {@code v} (increfed), releasing the old contents. */
  public void set(PyObject v) {
    if (v != null) {
      Refs.incref(v);
    }
    PyObject old = contents;
    contents = v;
    if (old != null) {
      Refs.decref(old);
    }
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    if (contents != null) {
      visit.accept(contents);
    }
  }

  @Override
  public void release() {
    PyObject old = contents;
    contents = null;
    if (old != null) {
      Refs.decref(old);
    }
  }

  @Override
  public String repr() {
    return contents == null
        ? "<cell at 0x" + Long.toHexString(Builtins.id(this)) + ": empty>"
        : "<cell at 0x"
            + Long.toHexString(Builtins.id(this))
            + ": "
            + contents.type().name()
            + " object>";
  }
}
