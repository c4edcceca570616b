package io.gilvm.object;

import io.gilvm.state.ModuleSpec;
import io.gilvm.state.ThreadState;

/** A module: a name and a dict of globals. Modules live as long as the program. */
public final class PyModule extends PyObject {
  private final String name;
  private final PyDict dict;

  public PyModule(String name, PyDict dict) {
    this.name = name;
    this.dict = dict;
    dict.putStr("__name__", new PyStr(name));
    immortalize();
    dict.immortalize();
  }

  public PyModule(String name) {
    this(name, new PyDict());
  }

  @Override
  public PyType type() {
    return PyType.MODULE;
  }

  public String name() {
    return name;
  }

  public PyDict dict() {
    return dict;
  }

  /** Defines a module attribute. */
  public void put(String attr, PyObject value) {
    dict.putStr(attr, value);
  }

  /** Defines a builtin function of this module. */
  public void function(String fname, Native body) {
    dict.putStr(fname, new PyBuiltinFunction(fname, name, body));
  }

  @Override
  public PyObject lookupAttr(String attr) {
    PyObject v = dict.getStr(attr);
    if (v != null) {
      return v;
    }
    if (attr.equals("__dict__")) {
      return dict;
    }
    // PEP 562: a module's own __getattr__(name) is asked for the names it does not have.
    PyObject hook = dict.getStr("__getattr__");
    if (hook != null) {
      try {
        return Ops.call(ThreadState.current(), hook, new PyObject[] {new PyStr(attr)}, null);
      } catch (PyException e) {
        if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
          return null;
        }
        throw e;
      }
    }
    return null;
  }

  @Override
  public PyException noAttribute(String attr) {
    if (dict.getStr("__spec__") instanceof ModuleSpec spec && spec.initializing) {
      return PyException.attributeError(
          "partially initialized module '"
              + name
              + "' has no attribute '"
              + attr
              + "' (most likely due to a circular import)");
    }
    return PyException.attributeError("module '" + name + "' has no attribute '" + attr + "'");
  }

  @Override
  public void setAttr(String attr, PyObject value) {
    dict.putStr(attr, value);
  }

  @Override
  public void delAttr(String attr) {
    if (!dict.delete(new PyStr(attr))) {
      throw noAttribute(attr);
    }
  }

  @Override
  public String repr() {
    PyObject file = dict.getStr("__file__");
    if (file instanceof PyStr f) {
      return "<module " + PyStr.repr(name) + " from " + PyStr.repr(f.value()) + ">";
    }
    if (dict.getStr("__spec__") instanceof ModuleSpec spec) {
      if (spec.isNamespace()) {
        return "<module " + PyStr.repr(name) + " (namespace)>";
      }
      if (spec.isBuiltin()) {
        return "<module " + PyStr.repr(name) + " (built-in)>";
      }
    }
    if (name.equals("__main__")) {
      // python3 -c: CPython's __main__ then has the built-in importer as its loader.
      return "<module '__main__' (built-in)>";
    }
    return "<module " + PyStr.repr(name) + ">";
  }

  @Override
  public boolean usesGenericGetAttr() {
    return false;
  }
}
