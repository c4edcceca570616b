package io.gilvm.object;

import io.gilvm.eval.Args;
import io.gilvm.eval.Eval;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * How classes are made, as CPython makes them: {@code __build_class__} (the class statement:
 * choosing the metaclass, {@code __prepare__}, running the body, calling the metaclass), {@code
 * type.__new__} (bases, MRO and layout, the class namespace, {@code __set_name__}, {@code
 * __init_subclass__}) and the methods of {@code type} itself.
 */
public final class ClassBuilder {
  private ClassBuilder() {}

  /** The metaclass conflict error, in CPython's words. */
  private static PyException metaclassConflict() {
    return PyException.typeError(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass"
            + " of the metaclasses of all its bases");
  }

  /** type(name, bases, ns) takes classes only: a base with {@code __mro_entries__} is refused. */
  private static void rejectMroEntries(PyObject[] bases) {
    for (PyObject b : bases) {
      if (!(b instanceof PyType) && b.type().lookup("__mro_entries__") != null) {
        throw PyException.typeError(
            "type() doesn't support MRO entry resolution; use types.new_class()");
      }
    }
  }

  /** The most derived of {@code meta} and the metaclasses of {@code bases} (calculate_meta). */
  static PyType calculateMeta(PyType meta, PyObject[] bases) {
    PyType winner = meta;
    for (PyObject b : bases) {
      PyType t = b.type();
      if (winner.isSubtypeOf(t)) {
        continue;
      }
      if (t.isSubtypeOf(winner)) {
        winner = t;
        continue;
      }
      throw metaclassConflict();
    }
    return winner;
  }

  /** {@code __build_class__(func, name, *bases, metaclass=None, **kwds)}. */
  public static PyObject buildClass(ThreadState ts, PyObject[] a, String[] kw) {
    int nkw = kw == null ? 0 : kw.length;
    int npos = a.length - nkw;
    if (npos < 2 || !(a[0] instanceof PyFunction body) || !(a[1] instanceof PyStr name)) {
      throw PyException.typeError("__build_class__: func and name are required");
    }
    PyObject[] bases = java.util.Arrays.copyOfRange(a, 2, npos);
    // PEP 560: a base that is not a class names the classes it stands for (typing's Generic[T]).
    PyTuple origBases = null;
    List<PyObject> entryResults = null;
    for (PyObject b : bases) {
      if (!(b instanceof PyType) && b.type().lookup("__mro_entries__") != null) {
        origBases = PyTuple.of(bases);
        break;
      }
    }
    if (origBases != null) {
      ts.refs.incref(origBases);
      entryResults = new ArrayList<>();
      List<PyObject> resolved = new ArrayList<>();
      try {
        for (PyObject b : bases) {
          if (b instanceof PyType || b.type().lookup("__mro_entries__") == null) {
            resolved.add(b);
            continue;
          }
          PyObject m = b.getAttr("__mro_entries__");
          ts.refs.incref(m);
          PyObject r;
          try {
            r = m.call(ts, new PyObject[] {origBases}, null);
          } finally {
            Refs.decref(ts, m);
          }
          ts.refs.incref(r);
          entryResults.add(r);
          if (!(r instanceof PyTuple t)) {
            throw PyException.typeError("__mro_entries__ must return a tuple");
          }
          java.util.Collections.addAll(resolved, t.items());
        }
      } catch (PyException e) {
        for (PyObject r : entryResults) {
          Refs.decref(ts, r);
        }
        Refs.decref(ts, origBases);
        throw e;
      }
      bases = resolved.toArray(new PyObject[0]);
    }
    try {
      return buildClass(ts, a, kw, npos, nkw, name, body, bases, origBases);
    } finally {
      if (origBases != null) {
        for (PyObject r : entryResults) {
          Refs.decref(ts, r);
        }
        Refs.decref(ts, origBases);
      }
    }
  }

  private static PyObject buildClass(
      ThreadState ts,
      PyObject[] a,
      String[] kw,
      int npos,
      int nkw,
      PyStr name,
      PyFunction body,
      PyObject[] bases,
      PyTuple origBases) {
    PyObject meta = null;
    List<String> names = new ArrayList<>();
    List<PyObject> values = new ArrayList<>();
    for (int i = 0; i < nkw; i++) {
      if (kw[i].equals("metaclass")) {
        meta = a[npos + i];
      } else {
        names.add(kw[i]);
        values.add(a[npos + i]);
      }
    }
    String[] kwnames = names.isEmpty() ? null : names.toArray(new String[0]);
    PyObject[] kwvalues = values.toArray(new PyObject[0]);
    if (meta == null) {
      meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
    }
    if (meta instanceof PyType mt) {
      meta = calculateMeta(mt, bases);
    }
    PyTuple basesTuple = PyTuple.of(bases);
    ts.refs.incref(basesTuple);
    PyObject ns;
    if (meta == PyType.TYPE) {
      ns = new PyDict();
    } else {
      PyObject prep = meta.lookupAttr("__prepare__");
      if (prep == null) {
        ns = new PyDict();
      } else {
        ts.refs.incref(prep);
        PyObject r;
        try {
          r = prep.call(ts, concat(new PyObject[] {name, basesTuple}, kwvalues), kwnames);
        } finally {
          Refs.decref(ts, prep);
        }
        if (!(r instanceof PyDict) && r.type().lookup("__getitem__") == null) {
          String what = r.type().name();
          Refs.discard(ts, r);
          Refs.decref(ts, basesTuple);
          throw PyException.typeError(
              (meta instanceof PyType mt ? mt.name() : "<metaclass>")
                  + ".__prepare__() must return a mapping, not "
                  + what);
        }
        ns = r;
      }
    }
    ts.refs.incref(ns);
    try {
      PyObject cell = Eval.execute(ts, Args.bindClassBody(ts, body, ns));
      if (origBases != null) {
        if (ns.getClass() == PyDict.class) {
          ((PyDict) ns).putStr("__orig_bases__", origBases);
        } else {
          ns.setItem(new PyStr("__orig_bases__"), origBases);
        }
      }
      PyObject cls =
          meta.call(ts, concat(new PyObject[] {name, basesTuple, ns}, kwvalues), kwnames);
      if (cell instanceof PyCell c && c.contents == null && cls instanceof PyType) {
        c.set(cls);
      }
      Refs.discard(ts, cell);
      return cls;
    } finally {
      Refs.decref(ts, ns);
      Refs.decref(ts, basesTuple);
    }
  }

  private static PyObject[] concat(PyObject[] a, PyObject[] b) {
    PyObject[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  /**
   * {@code type.__new__(mcs, name, bases, ns, **kwds)}: makes the class, fills its namespace, then
   * runs {@code __set_name__} and the base's {@code __init_subclass__(**kwds)}.
   */
  static PyType typeNew(ThreadState ts, PyType mcs, PyObject[] args, String[] kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.length;
    int npos = args.length - nkw;
    if (npos != 3) {
      throw PyException.typeError("type.__new__() takes exactly 3 arguments (" + npos + " given)");
    }
    if (!(args[0] instanceof PyStr name)) {
      throw PyException.typeError(
          "type.__new__() argument 1 must be str, not " + args[0].type().name());
    }
    if (!(args[1] instanceof PyTuple basesTuple)) {
      throw PyException.typeError(
          "type.__new__() argument 2 must be tuple, not " + args[1].type().name());
    }
    if (!(args[2] instanceof PyDict ns)) {
      throw PyException.typeError(
          "type.__new__() argument 3 must be dict, not " + args[2].type().name());
    }
    PyObject[] baseObjs = basesTuple.items();
    rejectMroEntries(baseObjs);
    PyType meta = calculateMeta(mcs, baseObjs);
    PyType[] bases = new PyType[baseObjs.length];
    for (int i = 0; i < bases.length; i++) {
      if (!(baseObjs[i] instanceof PyType b)) {
        throw PyException.typeError("bases must be types");
      }
      bases[i] = b;
    }
    PyObject module = ns.getStr("__module__");
    if (module == null) {
      PyDict globals = ts.currentGlobals();
      module = globals == null ? null : globals.getStr("__name__");
    }
    PyType cls =
        PyType.newClass(name.value(), bases, meta, module instanceof PyStr m ? m.value() : null);
    if (ns.getStr("__module__") == null && module != null) {
      // type(name, bases, dict) records the calling module first, as a class statement does.
      cls.define("__module__", module);
    }
    PyObject qn = ns.getStr("__qualname__");
    if (qn != null) {
      if (!(qn instanceof PyStr q)) {
        throw PyException.typeError("type __qualname__ must be a str, not " + qn.type().name());
      }
      cls.setQualname(q.value());
    }
    PyObject slots = ns.getStr("__slots__");
    if (slots != null) {
      List<String> names = new ArrayList<>();
      PyObject[] items = slots instanceof PyStr ? new PyObject[] {slots} : Ops.toArray(slots);
      for (PyObject o : items) {
        if (!(o instanceof PyStr sn)) {
          throw PyException.typeError(
              "__slots__ items must be strings, not '" + o.type().name() + "'");
        }
        // A private name (__x) is mangled with the class's name, as in its methods' code.
        String slot = sn.value();
        String owner = cls.name().replaceFirst("^_+", "");
        if (slot.startsWith("__") && !slot.endsWith("__") && !owner.isEmpty()) {
          slot = "_" + owner + slot;
        }
        if (ns.getStr(slot) != null) {
          throw PyException.valueError(
              "'" + sn.value() + "' in __slots__ conflicts with class variable");
        }
        names.add(slot);
      }
      cls.declareSlots(names);
    }
    PyObject[] keys = ns.keyArray();
    for (PyObject k : keys) {
      if (!(k instanceof PyStr attr)) {
        throw PyException.typeError("type.__new__() dict keys must be str");
      }
      String an = attr.value();
      if (an.equals("__classcell__") || an.equals("__qualname__")) {
        continue;
      }
      PyObject v = ns.get(k);
      if (v instanceof PyFunction) {
        if (an.equals("__new__")) {
          v = new PyDescriptors.StaticMethod(v);
        } else if (an.equals("__init_subclass__") || an.equals("__class_getitem__")) {
          v = new PyDescriptors.ClassMethod(v);
        }
      }
      cls.define(an, v);
    }
    cls.defineSlots();
    ObjectDunders.addInstanceDescriptors(
        cls, cls.addsDictDescriptor(), cls.addsWeakrefDescriptor());
    if (ns.getStr("__eq__") != null && ns.getStr("__hash__") == null) {
      // A class that defines __eq__ but not __hash__ is unhashable, as in CPython.
      cls.define("__hash__", PyNone.NONE);
    }
    if (ns.getStr("__doc__") == null) {
      cls.define("__doc__", PyNone.NONE);
    }
    PyObject cell = ns.getStr("__classcell__");
    if (cell instanceof PyCell c) {
      c.set(cls);
    }
    // __set_name__ on each attribute that has it, in definition order.
    for (java.util.Map.Entry<String, PyObject> e : cls.ownAttributes().entrySet()) {
      PyObject v = e.getValue();
      PyObject f = v.type().lookup("__set_name__");
      if (f != null) {
        PyObject r =
            Ops.callMethod(ts, f, v, v.type(), new PyObject[] {cls, new PyStr(e.getKey())}, null);
        Refs.discard(ts, r);
      }
    }
    // super(cls, cls).__init_subclass__(**kwds)
    PyType[] mro = cls.mro();
    for (int i = 1; i < mro.length; i++) {
      PyObject f = mro[i].getOwn("__init_subclass__");
      if (f != null) {
        PyObject bound = f.bindTo(null, cls);
        ts.refs.incref(bound);
        try {
          PyObject r = bound.call(ts, java.util.Arrays.copyOfRange(args, 3, args.length), kwnames);
          Refs.discard(ts, r);
        } finally {
          Refs.decref(ts, bound);
        }
        break;
      }
    }
    return cls;
  }

  /** Installs the methods of {@code type} and the class hooks of {@code object}. */
  static void install() {
    PyType.TYPE.setConstructor(
        (ts, type, args, kwnames) -> {
          if (args.length == 1 && (kwnames == null || kwnames.length == 0)) {
            return args[0].type();
          }
          if (args.length - (kwnames == null ? 0 : kwnames.length) != 3) {
            throw PyException.typeError("type() takes 1 or 3 arguments");
          }
          PyType meta = PyType.TYPE;
          if (args[1] instanceof PyTuple bt) {
            rejectMroEntries(bt.items());
            meta = calculateMeta(meta, bt.items());
          }
          if (meta != PyType.TYPE) {
            return meta.call(ts, args, kwnames);
          }
          return typeNew(ts, PyType.TYPE, args, kwnames);
        });
    PyType.TYPE.installNew(
        (ts, cls, args, kwnames) -> {
          if (cls == PyType.TYPE && args.length == 1 && (kwnames == null || kwnames.length == 0)) {
            return args[0].type();
          }
          return typeNew(ts, cls, args, kwnames);
        });
    PyType.TYPE.method(
        "__init__",
        (ts, self, a, kw) -> {
          int npos = a.length - (kw == null ? 0 : kw.length);
          if (npos != 1 && npos != 3) {
            throw PyException.typeError("type.__init__() takes 1 or 3 arguments");
          }
          return PyNone.NONE;
        });
    PyType.TYPE.method(
        "mro",
        (ts, self, a, kw) -> {
          ArgParser.arity("mro", a, kw, 0, 0);
          return PyList.of(((PyType) self).mro());
        });
    PyType.TYPE.method(
        "__subclasses__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__subclasses__", a, kw, 0, 0);
          return PyList.of(((PyType) self).subclassList());
        });
    PyType.TYPE.method(
        "__instancecheck__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__instancecheck__", a, kw, 1, 1);
          return PyBool.of(a[0].type().isSubtypeOf((PyType) self));
        });
    PyType.TYPE.method(
        "__subclasscheck__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__subclasscheck__", a, kw, 1, 1);
          if (!(a[0] instanceof PyType t)) {
            throw PyException.typeError("issubclass() arg 1 must be a class");
          }
          return PyBool.of(t.isSubtypeOf((PyType) self));
        });
    for (PyType t :
        new PyType[] {
          PyType.LIST, PyType.DICT, PyType.TUPLE, PyType.SET, PyType.FROZENSET, PyType.TYPE
        }) {
      t.define(
          "__class_getitem__",
          new PyDescriptors.ClassMethod(
              new PyBuiltinFunction(
                  "__class_getitem__",
                  null,
                  (ts, a, kw) -> {
                    ArgParser.arity("__class_getitem__", a, kw, 2, 2);
                    return PyGenericAlias.of(a[0], a[1]);
                  })));
    }
    PyType.TYPE.define(
        "__prepare__",
        new PyDescriptors.ClassMethod(
            new PyBuiltinFunction("__prepare__", null, (ts, a, kw) -> new PyDict())));
    PyType.OBJECT.define(
        "__init_subclass__",
        new PyDescriptors.ClassMethod(
            new PyBuiltinFunction(
                "__init_subclass__",
                null,
                (ts, a, kw) -> {
                  if (kw != null && kw.length > 0) {
                    throw PyException.typeError(
                        ((PyType) a[0]).name() + ".__init_subclass__() takes no keyword arguments");
                  }
                  if (a.length > 1) {
                    throw PyException.typeError(
                        ((PyType) a[0]).name()
                            + ".__init_subclass__() takes no arguments ("
                            + (a.length - 1)
                            + " given)");
                  }
                  return PyNone.NONE;
                })));
  }

  /**
   * Installs {@code __new__} on the builtin types a program may subclass, and the {@code __init__}
   * of the mutable ones (which fills what {@code __new__} made empty), once their constructors are
   * installed.
   */
  static void installBuiltinNew() {
    PyType.LIST.installNew(
        (ts, cls, a, kw) -> cls == PyType.LIST ? new PyList() : Derived.ListSub.make(cls));
    PyType.LIST.method(
        "__init__",
        (ts, self, a, kw) -> {
          if (NumberMethods.hasKeywords(kw)) {
            throw PyException.typeError("list() takes no keyword arguments");
          }
          ArgParser.arity("list", a, null, 0, 1);
          PyList l = (PyList) self;
          l.clear();
          if (a.length == 1) {
            l.extend(a[0]);
          }
          return PyNone.NONE;
        });
    PyType.DICT.installNew(
        (ts, cls, a, kw) -> cls == PyType.DICT ? new PyDict() : Derived.DictSub.make(cls));
    PyType.DICT.method(
        "__init__",
        (ts, self, a, kw) -> {
          DictMethods.updateFromCall((PyDict) self, a, kw, "dict");
          return PyNone.NONE;
        });
    PyType.SET.installNew(
        (ts, cls, a, kw) -> cls == PyType.SET ? new PySet(false) : Derived.SetSub.make(cls, false));
    PyType.SET.method(
        "__init__",
        (ts, self, a, kw) -> {
          if (NumberMethods.hasKeywords(kw)) {
            throw PyException.typeError("set() takes no keyword arguments");
          }
          ArgParser.arity("set", a, null, 0, 1);
          PySet s = (PySet) self;
          s.clear();
          if (a.length == 1) {
            s.addAll(a[0]);
          }
          return PyNone.NONE;
        });
    PyType.FROZENSET.installNew(
        (ts, cls, a, kw) -> {
          PyObject v = PyType.FROZENSET.constructor().construct(ts, PyType.FROZENSET, a, kw);
          if (cls == PyType.FROZENSET) {
            return v;
          }
          PySet s = (PySet) Derived.SetSub.make(cls, true);
          s.addAll(v);
          Refs.discard(ts, v);
          return s;
        });
    PyType.TUPLE.installNew(
        (ts, cls, a, kw) -> {
          PyObject v = PyType.TUPLE.constructor().construct(ts, PyType.TUPLE, a, kw);
          if (cls == PyType.TUPLE) {
            return v;
          }
          PyObject[] items = ((PyTuple) v).items().clone();
          for (PyObject o : items) {
            ts.refs.incref(o);
          }
          Refs.discard(ts, v);
          return Derived.TupleSub.make(cls, items);
        });
    PyType.STR.installNew(
        (ts, cls, a, kw) -> {
          PyObject v = PyType.STR.constructor().construct(ts, PyType.STR, a, kw);
          return cls == PyType.STR ? v : Derived.StrSub.make(cls, ((PyStr) v).value());
        });
    PyType.BYTES.installNew(
        (ts, cls, a, kw) -> {
          PyObject v = PyType.BYTES.constructor().construct(ts, PyType.BYTES, a, kw);
          return cls == PyType.BYTES ? v : Derived.BytesSub.make(cls, ((PyBytes) v).value());
        });
    PyType.INT.installNew(
        (ts, cls, a, kw) -> {
          PyObject v = PyType.INT.constructor().construct(ts, PyType.INT, a, kw);
          return cls == PyType.INT ? v : Derived.IntSub.make(cls, (PyInt) v);
        });
    PyType.FLOAT.installNew(
        (ts, cls, a, kw) -> {
          PyObject v = PyType.FLOAT.constructor().construct(ts, PyType.FLOAT, a, kw);
          return cls == PyType.FLOAT ? v : Derived.FloatSub.make(cls, ((PyFloat) v).value());
        });
    PyType.Allocator exceptionNew =
        (ts, cls, a, kw) -> {
          int npos = a.length - (kw == null ? 0 : kw.length);
          if (npos < a.length && PyBaseException.isBuiltinInit(cls.lookup("__init__"))) {
            throw PyException.typeError(cls.name() + "() takes no keyword arguments");
          }
          PyObject[] pos = java.util.Arrays.copyOf(a, npos);
          return PyBaseException.newWithFields(ts, cls, pos);
        };
    ExceptionTypes.BASE_EXCEPTION.installNew(exceptionNew);
    PyType.FUNCTION.setConstructor(PyFunction::construct);
    // As CPython, each builtin exception type has its own __init__ and most their own __new__.
    for (PyType t : ExceptionTypes.all().values()) {
      if (t == ExceptionTypes.BASE_EXCEPTION || t == ExceptionTypes.EXCEPTION_GROUP) {
        continue;
      }
      t.define("__init__", PyBaseException.ownInit(t));
      if (t != ExceptionTypes.BASE_EXCEPTION_GROUP
          && !ExceptionTypes.INHERITED_NEW.contains(t.name())) {
        t.installNew(exceptionNew);
      }
    }
  }
}
