package io.gilvm.modules;

import io.gilvm.eval.Builtins;
import io.gilvm.mem.Refs;
import io.gilvm.object.ArgParser;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInstance;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyType;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;

/** {@code _functools}: the parts of {@code functools} written in Java (cached_property). */
final class FunctoolsModule {
  private FunctoolsModule() {}

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("_functools");
    m.put("cached_property", CachedProperty.TYPE);
    return m;
  }

  /**
   * {@code functools.cached_property(func)}: a non-data descriptor that, read through an instance,
   * calls {@code func(instance)} once and stores the result in the instance's {@code __dict__}
   * under the function's name, where later reads find it first. Two threads reading it for the
   * first time at once may both call {@code func}; the last store wins (CPython 3.11 holds a lock
   * around the call, 3.12 no longer does).
   */
  static final class CachedProperty extends PyObject {
    static final PyType TYPE =
        PyType.builtinInModule("functools", "cached_property", PyType.OBJECT);

    static {
      TYPE.setConstructor(
          (ts, type, args, kwnames) -> {
            ArgParser.arity("cached_property", args, kwnames, 1, 1);
            return new CachedProperty(args[0]);
          });
    }

    private final PyObject func;
    private final String attrName;

    CachedProperty(PyObject func) {
      Refs.incref(func);
      this.func = func;
      PyObject name = func.lookupAttr("__name__");
      this.attrName = name instanceof PyStr s ? s.value() : null;
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    @Override
    public void release() {
      Refs.decref(func);
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visit.accept(func);
    }

    @Override
    public PyObject lookupAttr(String attr) {
      switch (attr) {
        case "func":
          return func;
        case "attrname":
          return attrName == null ? PyNone.NONE : new PyStr(attrName);
        case "__doc__":
          {
            PyObject d = func.lookupAttr("__doc__");
            return d == null ? PyNone.NONE : d;
          }
        default:
          return super.lookupAttr(attr);
      }
    }

    @Override
    public String repr() {
      return "<functools.cached_property object at 0x" + Long.toHexString(Builtins.id(this)) + ">";
    }

    @Override
    public PyObject bindTo(PyObject obj, PyType owner) {
      if (obj == null) {
        return this;
      }
      if (attrName == null) {
        throw PyException.typeError(
            "Cannot use cached_property instance without calling __set_name__ on it.");
      }
      if (!(obj instanceof PyInstance inst)) {
        throw PyException.typeError(
            "No '__dict__' attribute on '"
                + obj.type().name()
                + "' instance to cache '"
                + attrName
                + "' property.");
      }
      PyDict dict = inst.dict();
      PyObject cached = dict.getStr(attrName);
      if (cached != null) {
        return cached;
      }
      ThreadState ts = ThreadState.current();
      PyObject value = func.call(ts, new PyObject[] {obj}, null);
      ts.refs.incref(value);
      try {
        dict.putStr(attrName, value);
      } finally {
        Refs.release(ts, value);
      }
      return value;
    }
  }
}
