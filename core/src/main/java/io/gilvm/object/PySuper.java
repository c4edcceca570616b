package io.gilvm.object;

import io.gilvm.eval.Frame;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/** {@code super()}: attribute lookup that starts after a class in the instance's MRO. */
public final class PySuper extends PyObject {
  private final PyType start;
  private final PyObject obj;
  private final PyType objType;

  PySuper(PyType start, PyObject obj) {
    if (!(obj instanceof PyType t && t.isSubtypeOf(start)) && !obj.type().isSubtypeOf(start)) {
      throw PyException.typeError("super(type, obj): obj must be an instance or subtype of type");
    }
    this.start = start;
    this.obj = obj;
    this.objType = obj instanceof PyType t && t.isSubtypeOf(start) ? t : obj.type();
    Refs.incref(obj);
  }

  @Override
  public PyType type() {
    return PyType.SUPER;
  }

  @Override
  public void release() {
    Refs.decref(obj);
  }

  @Override
  public PyObject lookupAttr(String name) {
    if (name.equals("__class__")) {
      // The super object's own class, never object's __class__ found along the MRO.
      return PyType.SUPER;
    }
    PyType[] mro = objType.mro();
    int i = 0;
    while (i < mro.length && mro[i] != start) {
      i++;
    }
    for (i++; i < mro.length; i++) {
      PyObject v = mro[i].getOwn(name);
      if (v != null) {
        return v.bindTo(obj == objType ? null : obj, objType);
      }
    }
    return null;
  }

  @Override
  public PyException noAttribute(String name) {
    return PyException.attributeError("'super' object has no attribute '" + name + "'");
  }

  @Override
  public String repr() {
    return "<super: <class '" + start.name() + "'>, <" + objType.name() + " object>>";
  }

  /** {@code super()} with no arguments: the class and first argument of the calling method. */
  static PyObject construct(ThreadState ts, PyType type, PyObject[] args, String[] kw) {
    ArgParser.arity("super", args, kw, 0, 2);
    if (args.length == 2) {
      if (!(args[0] instanceof PyType t)) {
        throw PyException.typeError(
            "super() argument 1 must be a type, not " + args[0].type().name());
      }
      return new PySuper(t, args[1]);
    }
    if (args.length == 1) {
      throw PyException.runtimeError("gilvm does not support unbound super objects");
    }
    Frame f = ts.frame;
    if (f == null || f.code.argcount == 0) {
      throw PyException.runtimeError("super(): no arguments");
    }
    PyCode co = f.code;
    PyObject first = f.fast[0];
    if (first == null) {
      for (int i = 0; i < co.cellvars.length; i++) {
        if (co.cell2arg[i] == 0) {
          first = ((PyCell) f.fast[co.varnames.length + i]).contents;
        }
      }
    }
    if (first == null) {
      throw PyException.runtimeError("super(): arg[0] deleted");
    }
    int ncells = co.cellvars.length;
    for (int j = 0; j < co.freevars.length; j++) {
      if (co.freevars[j].equals("__class__")) {
        PyObject cls = ((PyCell) f.fast[co.varnames.length + ncells + j]).contents;
        if (!(cls instanceof PyType t)) {
          throw PyException.runtimeError("super(): empty __class__ cell");
        }
        return new PySuper(t, first);
      }
    }
    throw PyException.runtimeError("super(): __class__ cell not found");
  }

  @Override
  public boolean usesGenericGetAttr() {
    return false;
  }
}
