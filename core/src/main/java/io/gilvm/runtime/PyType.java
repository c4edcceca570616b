package io.gilvm.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python type: a name, one base (the subset has single inheritance), and a dictionary of
 * attributes. Builtin types are JVM-wide constants and cannot be changed from Python; classes
 * defined by a program belong to it.
 */
public final class PyType extends PyObject {

  /** How a builtin type makes instances when called: CPython's tp_new plus tp_init. */
  @FunctionalInterface
  public interface Constructor {
    PyObject construct(ThreadState ts, PyType type, PyObject[] args, String[] kwnames);
  }

  private final String name;
  private final PyType base;
  /**
   * The type's attributes. Copy-on-write: lookups (every method call) read it without a lock,
   * from any thread; the rare writes copy it under the type's monitor and publish the copy.
   */
  private volatile Map<String, PyObject> dict = new LinkedHashMap<>();
  private final boolean builtin;
  private final boolean subclassable;
  private String module;
  private Constructor constructor;
  private final PyType[] mro;

  private PyType(String name, PyType base, boolean builtin, boolean subclassable) {
    this.name = name;
    this.base = base;
    this.builtin = builtin;
    this.subclassable = subclassable;
    this.module = "builtins";
    List<PyType> chain = new ArrayList<>();
    for (PyType t = this; t != null; t = t.base) {
      chain.add(t);
    }
    this.mro = chain.toArray(new PyType[0]);
    if (builtin) {
      immortalize();
    }
  }

  /** A builtin type that user classes may not subclass. */
  public static PyType builtin(String name, PyType base) {
    return new PyType(name, base, true, false);
  }

  /** A builtin type of a module ({@code collections.deque}), which reprs name with its module. */
  public static PyType builtinInModule(String module, String name, PyType base) {
    PyType t = new PyType(name, base, true, false);
    t.module = module;
    return t;
  }

  /** A builtin type that user classes may subclass (object, the exceptions, …). */
  public static PyType subclassableBuiltin(String name, PyType base) {
    return new PyType(name, base, true, true);
  }

  /** A class defined by a program ({@code class Name(base): …}). */
  public static PyType userClass(String name, PyType base, String module) {
    if (!base.subclassable) {
      throw PyException.typeError("gilvm does not support subclassing '" + base.name + "'");
    }
    PyType t = new PyType(name, base, false, true);
    t.module = module;
    t.constructor = base.constructor;
    // Classes live as long as the program: their refcount is not modelled.
    t.immortalize();
    LeakTracker leaks = ThreadState.current().interp.leaks;
    if (leaks != null) {
      leaks.definedClass(t);
    }
    return t;
  }

  // ---- the builtin types (their methods are installed by TypeSetup) ----

  public static final PyType OBJECT = subclassableBuiltin("object", null);
  public static final PyType TYPE = builtin("type", OBJECT);
  public static final PyType NONE = builtin("NoneType", OBJECT);
  public static final PyType NOT_IMPLEMENTED = builtin("NotImplementedType", OBJECT);
  public static final PyType ELLIPSIS = builtin("ellipsis", OBJECT);
  public static final PyType INT = builtin("int", OBJECT);
  public static final PyType BOOL = builtin("bool", INT);
  public static final PyType FLOAT = builtin("float", OBJECT);
  public static final PyType STR = builtin("str", OBJECT);
  public static final PyType BYTES = builtin("bytes", OBJECT);
  public static final PyType TUPLE = builtin("tuple", OBJECT);
  public static final PyType LIST = builtin("list", OBJECT);
  public static final PyType DICT = builtin("dict", OBJECT);
  public static final PyType SET = builtin("set", OBJECT);
  public static final PyType FROZENSET = builtin("frozenset", OBJECT);
  public static final PyType RANGE = builtin("range", OBJECT);
  public static final PyType SLICE = builtin("slice", OBJECT);
  public static final PyType FUNCTION = builtin("function", OBJECT);
  public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method", OBJECT);
  public static final PyType METHOD = builtin("method", OBJECT);
  public static final PyType METHOD_DESCRIPTOR = builtin("method_descriptor", OBJECT);
  public static final PyType CODE = builtin("code", OBJECT);
  public static final PyType CELL = builtin("cell", OBJECT);
  public static final PyType MODULE = builtin("module", OBJECT);
  public static final PyType GENERATOR = builtin("generator", OBJECT);
  public static final PyType STATICMETHOD = builtin("staticmethod", OBJECT);
  public static final PyType CLASSMETHOD = builtin("classmethod", OBJECT);
  public static final PyType PROPERTY = builtin("property", OBJECT);
  public static final PyType SUPER = builtin("super", OBJECT);

  @Override
  public PyType type() {
    return TYPE;
  }

  public String name() {
    return name;
  }

  /** The dotted name CPython shows in reprs: {@code int}, {@code __main__.Point}. */
  public String qualifiedName() {
    return module == null || module.equals("builtins") ? name : module + "." + name;
  }

  public String module() {
    return module;
  }

  public PyType base() {
    return base;
  }

  public boolean isBuiltin() {
    return builtin;
  }

  /** The method resolution order: this type, its base, …, object. */
  public PyType[] mro() {
    return mro;
  }

  /** Whether this type is {@code other} or a subclass of it. */
  public boolean isSubtypeOf(PyType other) {
    for (PyType t : mro) {
      if (t == other) {
        return true;
      }
    }
    return false;
  }

  /** The attribute {@code name} along the MRO, unbound; null if none. */
  public PyObject lookup(String name) {
    for (PyType t : mro) {
      PyObject v = t.dict.get(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The attribute {@code name} of this type only, unbound; null if none. */
  public PyObject getOwn(String name) {
    return dict.get(name);
  }

  /** The type's own attributes, in definition order (read-only view). */
  public Map<String, PyObject> ownAttributes() {
    return java.util.Collections.unmodifiableMap(dict);
  }

  /** Defines an attribute while building a type; the type keeps a reference to it. */
  public void define(String attr, PyObject value) {
    if (builtin) {
      // Builtin types are JVM-wide and outlive every interpreter: so do their attributes.
      value.immortalize();
      putAttr(attr, value);
      return;
    }
    Refs.incref(value);
    PyObject old = putAttr(attr, value);
    if (old != null) {
      Refs.decref(old);
    }
  }

  /**
   * Drops the references a class the program defined holds to its attributes; for the leak
   * report at exit, which releases every root.
   */
  void releaseAttributes() {
    Map<String, PyObject> old;
    synchronized (this) {
      old = dict;
      dict = new LinkedHashMap<>();
    }
    for (PyObject v : old.values()) {
      Refs.decref(v);
    }
  }

  /** Stores an attribute (copy-on-write); returns the value it replaced, or null. */
  private synchronized PyObject putAttr(String attr, PyObject value) {
    Map<String, PyObject> next = new LinkedHashMap<>(dict);
    PyObject old = next.put(attr, value);
    dict = next;
    return old;
  }

  /** Removes an attribute (copy-on-write); returns its value, or null. */
  private synchronized PyObject removeAttr(String attr) {
    if (!dict.containsKey(attr)) {
      return null;
    }
    Map<String, PyObject> next = new LinkedHashMap<>(dict);
    PyObject old = next.remove(attr);
    dict = next;
    return old;
  }

  /** Defines a builtin method. */
  public void method(String attr, NativeMethod body) {
    define(attr, new PyMethodDescriptor(this, attr, body));
  }

  /** Sets how calling this builtin type makes an instance; inherited by subclasses. */
  public void setConstructor(Constructor c) {
    this.constructor = c;
  }

  public Constructor constructor() {
    return constructor;
  }

  @Override
  public PyObject lookupAttr(String attr) {
    // Attributes of the class itself (and its bases), bound as a class would bind them.
    PyObject v = lookup(attr);
    if (v != null) {
      return v.bindTo(null, this);
    }
    switch (attr) {
      case "__name__":
      case "__qualname__":
        return new PyStr(name);
      case "__module__":
        return new PyStr(module);
      case "__base__":
        return base == null ? PyNone.NONE : base;
      case "__bases__":
        return base == null ? PyTuple.EMPTY : PyTuple.of(base);
      case "__mro__":
        return PyTuple.of(mro);
      case "__dict__":
        {
          PyDict d = new PyDict();
          for (Map.Entry<String, PyObject> e : dict.entrySet()) {
            d.put(new PyStr(e.getKey()), e.getValue());
          }
          return d;
        }
      case "__doc__":
        return PyNone.NONE;
      default:
        // type's own methods (e.g. mro) come from the metatype.
        PyObject m = TYPE.lookup(attr);
        return m == null ? null : m.bindTo(this, TYPE);
    }
  }

  @Override
  public void setAttr(String attr, PyObject value) {
    if (builtin) {
      throw PyException.typeError(
          "cannot set '" + attr + "' attribute of immutable type '" + name + "'");
    }
    define(attr, value);
  }

  @Override
  public void delAttr(String attr) {
    if (builtin) {
      throw PyException.typeError(
          "cannot delete '" + attr + "' attribute of immutable type '" + name + "'");
    }
    PyObject old = removeAttr(attr);
    if (old == null) {
      throw PyException.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
    }
    Refs.decref(old);
  }

  @Override
  public PyException noAttribute(String attr) {
    return PyException.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
  }

  @Override
  public String repr() {
    return "<class '" + qualifiedName() + "'>";
  }

  @Override
  public long hash() {
    return System.identityHashCode(this);
  }

  @Override
  public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
    if (this == TYPE && args.length == 1 && kwnames == null) {
      return args[0].type();
    }
    if (constructor == null) {
      throw PyException.typeError("cannot create '" + name + "' instances");
    }
    return constructor.construct(ts, this, args, kwnames);
  }

  /**
   * The constructor of {@code object} and of classes that do not override it: make a plain
   * instance, then run {@code __init__} if the class has one.
   */
  public static PyObject constructInstance(
      ThreadState ts, PyType type, PyObject[] args, String[] kwnames) {
    PyInstance self = new PyInstance(type);
    try {
      initInstance(ts, type, self, args, kwnames);
    } catch (PyException e) {
      // Nothing took the new instance: it dies here, releasing its dict.
      Refs.discard(ts, self);
      throw e;
    }
    return self;
  }

  /** Runs {@code type.__init__(self, *args, **kwargs)} as CPython's type_call does. */
  public static void initInstance(
      ThreadState ts, PyType type, PyObject self, PyObject[] args, String[] kwnames) {
    PyObject init = type.lookup("__init__");
    if (init == null || init == OBJECT_INIT) {
      if (args.length > 0 && type.lookup("__init__") == OBJECT_INIT) {
        throw PyException.typeError(type.name + "() takes no arguments");
      }
      return;
    }
    PyObject[] full = new PyObject[args.length + 1];
    full[0] = self;
    System.arraycopy(args, 0, full, 1, args.length);
    PyObject r = init.call(ts, full, kwnames);
    if (r != PyNone.NONE) {
      throw PyException.typeError(
          "__init__() should return None, not '" + r.type().name() + "'");
    }
  }

  /** {@code object.__init__}, which the check for "takes no arguments" recognises. */
  static final PyObject OBJECT_INIT =
      new PyMethodDescriptor(OBJECT, "__init__", (ts, self, a, kw) -> PyNone.NONE).immortalize();

  static {
    OBJECT.putAttr("__init__", OBJECT_INIT);
    OBJECT.constructor = PyType::constructInstance;
  }

  @Override
  public boolean usesGenericGetAttr() {
    return false;
  }
}
