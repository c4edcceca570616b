package io.gilvm.object;

import io.gilvm.eval.Builtins;

/**
 * Installs the builtin types' methods and constructors, and registers the built-in modules, once
 * per JVM before the first interpreter is made.
 */
public final class TypeSetup {
  private TypeSetup() {}

  private static volatile boolean done;

  public static void ensure() {
    if (done) {
      return;
    }
    synchronized (TypeSetup.class) {
      if (done) {
        return;
      }
      installCore();
      done = true;
    }
  }

  private static void installCore() {
    // types.ModuleType(name, doc=None): an empty module, as CPython makes one.
    PyType.MODULE.setConstructor(
        (ts, t, a, kw) -> {
          PyObject[] p = ArgParser.parse("module", a, kw, new String[] {"name", "doc"}, 1, 2);
          if (!(p[0] instanceof PyStr name)) {
            throw PyException.typeError(
                "module() argument 'name' must be str, not " + p[0].type().name());
          }
          PyModule m = ts.interp.importer.newModule(name.value());
          m.put("__doc__", p[1] == null ? PyNone.NONE : p[1]);
          m.put("__package__", PyNone.NONE);
          m.put("__loader__", PyNone.NONE);
          m.put("__spec__", PyNone.NONE);
          return m;
        });
    PyType.SUPER.setConstructor(PySuper::construct);
    PyType.PROPERTY.setConstructor(
        (ts, t, a, kw) -> {
          PyObject[] p =
              ArgParser.parse(
                  "property", a, kw, new String[] {"fget", "fset", "fdel", "doc"}, 0, 4);
          return new PyDescriptors.Property(noneToNull(p[0]), noneToNull(p[1]), noneToNull(p[2]));
        });
    PyType.STATICMETHOD.setConstructor(
        (ts, t, a, kw) -> {
          ArgParser.arity("staticmethod", a, kw, 1, 1);
          return new PyDescriptors.StaticMethod(a[0]);
        });
    PyType.CLASSMETHOD.setConstructor(
        (ts, t, a, kw) -> {
          ArgParser.arity("classmethod", a, kw, 1, 1);
          return new PyDescriptors.ClassMethod(a[0]);
        });
    PyType.GENERATOR.method(
        "send",
        (ts, self, a, kw) -> {
          ArgParser.arity("send", a, kw, 1, 1);
          PyGenerator g = (PyGenerator) self;
          PyObject v = g.resume(ts, a[0]);
          if (v == null) {
            PyObject rv = g.returnValue();
            throw PyException.stopIteration(rv == PyNone.NONE ? null : rv);
          }
          return v;
        });
    PyType.GENERATOR.method(
        "__next__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__next__", a, kw, 0, 0);
          PyGenerator g = (PyGenerator) self;
          PyObject v = g.resume(ts, PyNone.NONE);
          if (v == null) {
            PyObject rv = g.returnValue();
            throw PyException.stopIteration(rv == PyNone.NONE ? null : rv);
          }
          return v;
        });
    PyType.GENERATOR.method("__iter__", (ts, self, a, kw) -> self);
    PyType.GENERATOR.method(
        "throw",
        (ts, self, a, kw) -> {
          ArgParser.arity("throw", a, kw, 1, 3);
          PyObject x = a[0];
          if (a.length >= 2 && x instanceof PyType t && a[1] != PyNone.NONE) {
            x = a[1] instanceof PyBaseException ? a[1] : t.call(ts, new PyObject[] {a[1]}, null);
          }
          PyGenerator g = (PyGenerator) self;
          PyObject v = g.throwInto(ts, Ops.toException(ts, x));
          if (v == null) {
            PyObject rv = g.returnValue();
            throw PyException.stopIteration(rv == PyNone.NONE ? null : rv);
          }
          return v;
        });
    PyType.GENERATOR.method(
        "close",
        (ts, self, a, kw) -> {
          ((PyGenerator) self).close();
          return PyNone.NONE;
        });
    PyType.OBJECT.method(
        "__repr__",
        (ts, self, a, kw) ->
            new PyStr(
                self instanceof PyInstance || self instanceof Derived.Instance
                    ? "<"
                        + self.type().qualifiedName()
                        + " object at 0x"
                        + Long.toHexString(Builtins.id(self))
                        + ">"
                    : self.repr()));
    PyType.OBJECT.method("__str__", (ts, self, a, kw) -> new PyStr(self.repr()));
    PyType.OBJECT.method(
        "__eq__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__eq__", a, kw, 1, 1);
          return self == a[0] ? PyBool.TRUE : PySingleton.NOT_IMPLEMENTED;
        });
    PyType.OBJECT.method(
        "__ne__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__ne__", a, kw, 1, 1);
          return self != a[0] ? PyBool.TRUE : PySingleton.NOT_IMPLEMENTED;
        });
    PyType.OBJECT.method("__hash__", (ts, self, a, kw) -> PyInt.of(Builtins.id(self) >>> 4));
    PyType.OBJECT.method(
        "__setattr__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__setattr__", a, kw, 2, 2);
          String name = ArgParser.asStr(a[0], "__setattr__");
          if (self instanceof PyInstance || self instanceof Derived.Instance) {
            Derived.genericSetAttr(self, self.type(), self.instanceDict(), name, a[1]);
          } else if (self instanceof PyType t) {
            t.setAttrPlain(name, a[1]);
          } else {
            self.setAttr(name, a[1]);
          }
          return PyNone.NONE;
        });
    PyType.OBJECT.method(
        "__delattr__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__delattr__", a, kw, 1, 1);
          String name = ArgParser.asStr(a[0], "__delattr__");
          if (self instanceof PyInstance || self instanceof Derived.Instance) {
            Derived.genericDelAttr(self, self.type(), self.instanceDict(), name);
          } else {
            self.delAttr(name);
          }
          return PyNone.NONE;
        });
    PyType.OBJECT.method(
        "__getattribute__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__getattribute__", a, kw, 1, 1);
          String name = ArgParser.asStr(a[0], "__getattribute__");
          if (self instanceof PyInstance || self instanceof Derived.Instance) {
            PyObject v = Derived.genericGetAttr(self, self.type(), self.instanceDict(), name);
            if (v == null) {
              throw self.noAttribute(name);
            }
            return v;
          }
          return self.getAttr(name);
        });
    NumberMethods.install();
    ClassBuilder.install();
    StrMethods.install();
    ListMethods.install();
    DictMethods.install();
    SetMethods.install();
    TupleMethods.install();
    BytesMethods.install();
    RangeMethods.install();
    ClassBuilder.installBuiltinNew();
    LanguageTypes.install();
    io.gilvm.modules.BuiltinModules.registerAll();
  }

  private static PyObject noneToNull(PyObject o) {
    return o == null || o == PyNone.NONE ? null : o;
  }
}
