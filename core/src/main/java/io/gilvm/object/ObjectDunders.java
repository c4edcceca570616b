package io.gilvm.object;

import io.gilvm.state.ThreadState;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The attributes every object inherits from {@code object} beyond the core protocol, so that {@code
 * dir()}, {@code object.__dict__} and {@code getattr} list and find what CPython's do: {@code
 * __class__}, {@code __doc__}, {@code __dir__}, {@code __format__}, the default ordering
 * comparisons, {@code __getstate__}, {@code __reduce__}, {@code __reduce_ex__} and {@code
 * __subclasshook__}; {@code type.__dir__} and {@code module.__dir__}; and the {@code __dict__} and
 * {@code __weakref__} descriptors a class adds for its instances.
 */
final class ObjectDunders {
  private ObjectDunders() {}

  static void install() {
    PyType o = PyType.OBJECT;
    o.define(
        "__class__",
        new PyDescriptors.GetSet(
            o,
            "__class__",
            PyObject::type,
            (obj, v) -> {
              if (v == null) {
                throw PyException.typeError("can't delete __class__ attribute");
              }
              // Instances of the program's classes take the assignment before the descriptor.
              throw PyException.typeError(
                  "__class__ assignment only supported for mutable types or ModuleType"
                      + " subclasses");
            }));
    o.define("__doc__", new PyDescriptors.Doc(new PyStr("The base class of every class.")));
    o.method(
        "__dir__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__dir__", a, kw, 0, 0);
          Set<String> names = new LinkedHashSet<>();
          PyDict d = self.instanceDict();
          if (d != null && !(self instanceof PyInstance i && !i.type().instancesHaveDict())) {
            for (PyObject k : d.keyArray()) {
              if (k instanceof PyStr s) {
                names.add(s.value());
              }
            }
          }
          classNames(self.type(), names);
          return listOf(names);
        });
    o.method(
        "__format__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__format__", a, kw, 1, 1);
          if (!(a[0] instanceof PyStr spec)) {
            throw PyException.typeError(
                "__format__() argument must be str, not " + a[0].type().name());
          }
          if (!spec.value().isEmpty()) {
            throw PyException.typeError(
                "unsupported format string passed to " + self.type().name() + ".__format__");
          }
          return new PyStr(self.str());
        });
    for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
      o.method(
          cmp,
          (ts, self, a, kw) -> {
            ArgParser.arity(cmp, a, kw, 1, 1);
            return PySingleton.NOT_IMPLEMENTED;
          });
    }
    o.method(
        "__getstate__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__getstate__", a, kw, 0, 0);
          return defaultState(self);
        });
    o.method(
        "__reduce_ex__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__reduce_ex__", a, kw, 1, 1);
          long proto = ArgParser.asLong(a[0], "protocol");
          PyObject own = self.type().lookup("__reduce__");
          if (own != null && own != PyType.OBJECT.getOwn("__reduce__")) {
            return Ops.callMethod(ts, own, self, self.type(), new PyObject[0], null);
          }
          return defaultReduce(ts, self, proto);
        });
    o.method(
        "__reduce__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__reduce__", a, kw, 0, 0);
          return defaultReduce(ts, self, 0);
        });
    o.define(
        "__subclasshook__",
        new PyDescriptors.ClassMethod(
            new PyBuiltinFunction(
                "__subclasshook__", null, (ts, a, kw) -> PySingleton.NOT_IMPLEMENTED)));
    PyType.TYPE.method(
        "__dir__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__dir__", a, kw, 0, 0);
          if (!(self instanceof PyType t)) {
            throw PyException.typeError(
                "descriptor '__dir__' requires a 'type' object but received a '"
                    + self.type().name()
                    + "'");
          }
          Set<String> names = new LinkedHashSet<>();
          classNames(t, names);
          return listOf(names);
        });
    PyType.MODULE.method(
        "__dir__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__dir__", a, kw, 0, 0);
          if (!(self instanceof PyModule m)) {
            throw PyException.typeError(
                "descriptor '__dir__' requires a 'module' object but received a '"
                    + self.type().name()
                    + "'");
          }
          PyObject own = m.dict().getStr("__dir__");
          if (own != null) {
            return Ops.call(ts, own, new PyObject[0], null);
          }
          Set<String> names = new LinkedHashSet<>();
          for (PyObject k : m.dict().keyArray()) {
            if (k instanceof PyStr s) {
              names.add(s.value());
            }
          }
          return listOf(names);
        });
  }

  /**
   * The methods of builtin types CPython lists and gilvm's installers leave out: {@code
   * __getnewargs__} of the immutable values, {@code __bool__} of None and range, {@code __rmod__}
   * of str, {@code float.__getformat__}, and complex's arithmetic dunders.
   */
  static void completeBuiltins() {
    for (PyType t :
        new PyType[] {PyType.INT, PyType.FLOAT, PyType.STR, PyType.TUPLE, PyType.BYTES}) {
      t.method(
          "__getnewargs__",
          (ts, self, a, kw) -> {
            ArgParser.arity("__getnewargs__", a, kw, 0, 0);
            return PyTuple.of(t.call(ts, new PyObject[] {self}, null));
          });
    }
    PyComplex.TYPE.method(
        "__getnewargs__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__getnewargs__", a, kw, 0, 0);
          PyComplex c = (PyComplex) self;
          return PyTuple.of(PyFloat.of(c.real()), PyFloat.of(c.imag()));
        });
    for (PyType t : new PyType[] {PyType.NONE, PyType.RANGE, PyComplex.TYPE}) {
      t.method(
          "__bool__",
          (ts, self, a, kw) -> {
            ArgParser.arity("__bool__", a, kw, 0, 0);
            return PyBool.of(self.isTrue());
          });
    }
    PyType.STR.method(
        "__rmod__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__rmod__", a, kw, 1, 1);
          return PySingleton.NOT_IMPLEMENTED;
        });
    NumberMethods.classMethod(
        PyType.FLOAT,
        "__getformat__",
        (ts, a, kw) -> {
          ArgParser.arity("__getformat__", a, kw, 2, 2);
          if (!(a[1] instanceof PyStr s)) {
            throw PyException.typeError(
                "__getformat__() argument must be str, not " + a[1].type().name());
          }
          if (!s.value().equals("double") && !s.value().equals("float")) {
            throw PyException.valueError("__getformat__() argument 1 must be 'double' or 'float'");
          }
          return new PyStr("IEEE, little-endian");
        });
    NumberMethods.binaryDunders(PyComplex.TYPE, Ops.ADD, Ops.SUB, Ops.MUL, Ops.TRUEDIV, Ops.POW);
    NumberMethods.unaryDunders(PyComplex.TYPE, Ops.POS);
    NumberMethods.getter(PyComplex.TYPE, "real", c -> PyFloat.of(((PyComplex) c).real()));
    NumberMethods.getter(PyComplex.TYPE, "imag", c -> PyFloat.of(((PyComplex) c).imag()));
  }

  /** The attribute names of a class and its bases. */
  private static void classNames(PyType t, Set<String> names) {
    for (PyType c : t.mro()) {
      names.addAll(c.ownAttributes().keySet());
      names.addAll(c.dirNames());
    }
  }

  /**
   * The attributes builtin types answer in their own {@code lookupAttr} (a function's {@code
   * __code__}, an exception's {@code args}): listed by {@code dir()} as CPython lists them.
   */
  static void declareComputedAttributes() {
    PyType.FUNCTION.addDirNames(
        "__annotations__",
        "__closure__",
        "__code__",
        "__defaults__",
        "__dict__",
        "__globals__",
        "__kwdefaults__",
        "__module__",
        "__name__",
        "__qualname__");
    ExceptionTypes.BASE_EXCEPTION.addDirNames(
        "__cause__", "__context__", "__dict__", "__suppress_context__", "__traceback__", "args");
    PyType.METHOD.addDirNames("__func__", "__self__");
    PyType.TYPE.addDirNames(
        "__base__", "__bases__", "__dict__", "__module__", "__mro__", "__name__", "__qualname__");
    PyType.GENERATOR.addDirNames(
        "__name__", "__qualname__", "gi_code", "gi_frame", "gi_running", "gi_yieldfrom");
    PyType.PROPERTY.addDirNames("deleter", "fdel", "fget", "fset", "getter", "setter");
    PyType.STATICMETHOD.addDirNames("__dict__", "__func__");
    PyType.CLASSMETHOD.addDirNames("__dict__", "__func__");
    PyType.BUILTIN_FUNCTION.addDirNames("__module__", "__name__", "__qualname__");
    PyType.SLICE.addDirNames("start", "step", "stop");
  }

  private static PyList listOf(Set<String> names) {
    PyList l = new PyList();
    for (String s : names) {
      l.append(new PyStr(s));
    }
    return l;
  }

  /**
   * {@code object.__getstate__()}: None for an instance without attributes, else its dict; with
   * slot values, the pair of both.
   */
  private static PyObject defaultState(PyObject self) {
    PyDict d = self.instanceDict();
    PyObject state =
        d == null || d.len() == 0 || self instanceof PyInstance i && !i.type().instancesHaveDict()
            ? PyNone.NONE
            : d;
    PyDict slots = null;
    if (self instanceof PyInstance i) {
      slots = i.slotValues();
    } else if (self instanceof Derived.Instance di) {
      slots = di.slotValues();
    }
    if (slots != null && slots.len() > 0) {
      PyDict copy = new PyDict();
      for (PyObject k : slots.keyArray()) {
        copy.put(k, slots.get(k));
      }
      return PyTuple.of(new PyObject[] {state, copy});
    }
    return state;
  }

  /** The reduction pickle and copy use for a class that defines none: the library's. */
  private static PyObject defaultReduce(ThreadState ts, PyObject self, long proto) {
    PyObject pickle = ts.interp.importer.importModule(ts, "pickle");
    PyObject f = pickle.getAttr("_default_reduce_ex");
    return Ops.call(ts, f, new PyObject[] {self, PyInt.of(proto)}, null);
  }

  /** Adds the {@code __dict__} and {@code __weakref__} descriptors a new class gives. */
  static void addInstanceDescriptors(PyType cls, boolean addsDict, boolean addsWeakref) {
    if (addsDict) {
      cls.define(
          "__dict__",
          new PyDescriptors.GetSet(
              cls,
              "__dict__",
              obj -> {
                PyDict d = obj.instanceDict();
                if (d == null) {
                  throw obj.noAttribute("__dict__");
                }
                return d;
              },
              (obj, v) -> {
                PyDict d = obj.instanceDict();
                if (d == null) {
                  throw obj.noAttribute("__dict__");
                }
                if (v == null) {
                  d.clear();
                  return;
                }
                if (!(v instanceof PyDict nd)) {
                  throw PyException.typeError(
                      "__dict__ must be set to a dictionary, not a '" + v.type().name() + "'");
                }
                if (nd == d) {
                  return;
                }
                // The instance keeps its own dict: the new one's items replace its contents.
                PyObject[] keys = nd.keyArray();
                PyObject[] values = new PyObject[keys.length];
                for (int i = 0; i < keys.length; i++) {
                  values[i] = nd.get(keys[i]);
                }
                d.clear();
                for (int i = 0; i < keys.length; i++) {
                  d.put(keys[i], values[i]);
                }
              }));
    }
    if (addsWeakref) {
      cls.define(
          "__weakref__", new PyDescriptors.GetSet(cls, "__weakref__", PyWeakRef::firstRef, null));
    }
  }
}
