package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.mem.LeakTracker;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python type: a name, its bases and the C3 method resolution order computed from them, a
 * metatype (its own type: {@code type} or a metaclass the program defined), and a dictionary of
 * attributes. Builtin types are JVM-wide constants and cannot be changed from Python; classes
 * defined by a program belong to it.
 *
 * <p>Every instance has the Java storage ("layout") of one builtin type: a program's class derived
 * from {@code object} makes {@link PyInstance}s, one derived from {@code list} makes {@link
 * Derived.ListSub}s (which are {@link PyList}s), and so on. The builtin type whose layout a class
 * uses is its {@link #solidBase()}; two bases whose layouts differ cannot be combined, as in
 * CPython ("multiple bases have instance lay-out conflict").
 */
public final class PyType extends PyObject {

  /** How a builtin type makes instances when called: CPython's tp_new plus tp_init. */
  @FunctionalInterface
  public interface Constructor {
    PyObject construct(ThreadState ts, PyType type, PyObject[] args, String[] kwnames);
  }

  /**
   * How a builtin type makes an instance of itself or of a program's subclass {@code cls}
   * (CPython's tp_new): its {@code __new__}. Mutable containers return an empty object that {@code
   * __init__} fills; immutable values take their content from the arguments.
   */
  @FunctionalInterface
  public interface Allocator {
    PyObject allocate(ThreadState ts, PyType cls, PyObject[] args, String[] kwnames);
  }

  /**
   * The source of version tags ({@link #version}), each used once; first of the static fields, as
   * the builtin types below take theirs when the class initialises.
   */
  private static final java.util.concurrent.atomic.AtomicInteger TAGS =
      new java.util.concurrent.atomic.AtomicInteger();

  private volatile String name;
  private String qualname;

  /** {@code __base__}: the base whose layout this type extends (CPython's best_base). */
  private final PyType base;

  private final PyType[] bases;
  private final PyType metatype;

  /**
   * The type's attributes. Copy-on-write: lookups (every method call) read it without a lock, from
   * any thread; the rare writes copy it under the type's monitor and publish the copy.
   */
  private volatile Map<String, PyObject> dict = new LinkedHashMap<>();

  private final boolean builtin;
  private boolean subclassable;
  private String module;
  private Constructor constructor;
  private Allocator allocator;
  private final PyType[] mro;

  /** The builtin type whose instance layout this type uses. */
  private PyType solid;

  /**
   * Classes that name this one as a base, for {@code __subclasses__()} (weakly held by CPython).
   */
  private final List<PyType> subclasses = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Whether the class (or a base) was given {@code __abstractmethods__}. */
  private boolean hasAbstract;

  /** Whether the class (or a base) defines {@code __del__}. */
  private boolean hasFinalizer;

  /** Whether the class (or a base) overrides {@code __getattribute__}. */
  private boolean customGetAttribute;

  /** Whether instances have an attribute dict ({@code __slots__} without {@code __dict__}: no). */
  private boolean instancesHaveDict = true;

  /** Whether the class or a base declares {@code __slots__} with names. */
  private boolean hasSlots;

  /**
   * The class that last changed the instance layout: the builtin type, or the latest class that
   * declared slots. Bases whose layouts are not on one line cannot be combined.
   */
  private PyType layout;

  private PyType(String name, PyType base, boolean builtin, boolean subclassable) {
    this.name = name;
    this.qualname = name;
    this.base = base;
    this.bases = base == null ? new PyType[0] : new PyType[] {base};
    this.metatype = null;
    this.builtin = builtin;
    this.subclassable = subclassable;
    this.module = "builtins";
    List<PyType> chain = new ArrayList<>();
    for (PyType t = this; t != null; t = t.base) {
      chain.add(t);
    }
    this.mro = chain.toArray(new PyType[0]);
    this.solid = this;
    this.layout = this;
    if (builtin) {
      immortalize();
    }
    if (base != null) {
      base.addDerived(this);
    }
  }

  /** A program's class: bases already checked, layout winner {@code base}. */
  private PyType(String name, PyType[] bases, PyType base, PyType metatype, String module) {
    this(name, bases, base, metatype, module, false);
  }

  private PyType(
      String name, PyType[] bases, PyType base, PyType metatype, String module, boolean builtin) {
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.base = base;
    this.metatype = metatype == TYPE ? null : metatype;
    this.builtin = builtin;
    this.subclassable = true;
    this.module = module;
    this.mro = c3(this, bases);
    this.solid = base.solid;
    this.layout = base.layout;
    this.customGetAttribute = base.customGetAttribute;
    for (PyType b : bases) {
      customGetAttribute |= b.customGetAttribute;
      hasSlots |= b.hasSlots;
      hasFinalizer |= b.hasFinalizer;
      hasAbstract |= b.hasAbstract;
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

  /**
   * A subclassable builtin type with several bases (ExceptionGroup: BaseExceptionGroup and
   * Exception), its MRO by C3; its instances have the layout of {@code bases[0]}.
   */
  public static PyType subclassableBuiltinWithBases(String name, PyType... bases) {
    PyType t = new PyType(name, bases, bases[0], TYPE, "builtins", true);
    t.immortalize();
    for (PyType b : bases) {
      b.addDerived(t);
    }
    return t;
  }

  /** Makes this builtin type's instances use its base's layout (the exception classes). */
  public PyType sameLayoutAsBase() {
    this.solid = base.solid;
    this.layout = base.layout;
    return this;
  }

  /** A class defined by a program ({@code class Name(base): …}) with one base and no body. */
  public static PyType userClass(String name, PyType base, String module) {
    return newClass(name, new PyType[] {base}, TYPE, module);
  }

  /**
   * A class defined by a program, as {@code type.__new__} makes it (without running the class
   * namespace hooks): checks the bases, computes the MRO and the layout.
   */
  public static PyType newClass(String name, PyType[] bases, PyType metatype, String module) {
    if (bases.length == 0) {
      bases = new PyType[] {OBJECT};
    }
    for (int i = 0; i < bases.length; i++) {
      PyType b = bases[i];
      if (!b.subclassable) {
        throw PyException.typeError("type '" + b.name + "' is not an acceptable base type");
      }
      for (int j = 0; j < i; j++) {
        if (bases[j] == b) {
          throw PyException.typeError("duplicate base class " + b.name);
        }
      }
    }
    PyType winner = null;
    PyType best = null;
    for (PyType b : bases) {
      PyType candidate = b.layout;
      if (winner == null) {
        winner = candidate;
        best = b;
      } else if (winner.isSubtypeOf(candidate)) {
        // keep
      } else if (candidate.isSubtypeOf(winner)) {
        winner = candidate;
        best = b;
      } else {
        throw PyException.typeError("multiple bases have instance lay-out conflict");
      }
    }
    PyType t = new PyType(name, bases, best, metatype, module);
    // Classes live as long as the program: their refcount is not modelled.
    t.immortalize();
    for (PyType b : bases) {
      // Builtin types are shared by every interpreter in the JVM: they do not keep the classes
      // one program derives from them (int.__subclasses__() lists none).
      if (!b.builtin) {
        b.subclasses.add(t);
      } else {
        b.addDerived(t);
      }
    }
    LeakTracker leaks = ThreadState.current().interp.leaks;
    if (leaks != null) {
      leaks.definedClass(t);
    }
    return t;
  }

  /** The C3 linearisation of a class with these bases. */
  private static PyType[] c3(PyType self, PyType[] bases) {
    List<List<PyType>> seqs = new ArrayList<>();
    for (PyType b : bases) {
      seqs.add(new ArrayList<>(java.util.Arrays.asList(b.mro)));
    }
    seqs.add(new ArrayList<>(java.util.Arrays.asList(bases)));
    List<PyType> out = new ArrayList<>();
    out.add(self);
    while (true) {
      seqs.removeIf(List::isEmpty);
      if (seqs.isEmpty()) {
        return out.toArray(new PyType[0]);
      }
      PyType next = null;
      for (List<PyType> s : seqs) {
        PyType head = s.get(0);
        boolean inTail = false;
        for (List<PyType> other : seqs) {
          if (other.indexOf(head) > 0) {
            inTail = true;
            break;
          }
        }
        if (!inTail) {
          next = head;
          break;
        }
      }
      if (next == null) {
        java.util.LinkedHashSet<String> heads = new java.util.LinkedHashSet<>();
        for (List<PyType> s : seqs) {
          heads.add(s.get(0).name);
        }
        throw PyException.typeError(
            "Cannot create a consistent method resolution\norder (MRO) for bases "
                + String.join(", ", heads));
      }
      out.add(next);
      for (List<PyType> s : seqs) {
        if (s.get(0) == next) {
          s.remove(0);
        }
      }
    }
  }

  // ---- the builtin types (their methods are installed by TypeSetup) ----

  public static final PyType OBJECT = subclassableBuiltin("object", null);
  public static final PyType TYPE = subclassableBuiltin("type", OBJECT);
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
    return metatype == null ? TYPE : metatype;
  }

  public String name() {
    return name;
  }

  /** {@code __qualname__}: the dotted path of a nested class ({@code Outer.Inner}). */
  public String qualname() {
    return qualname;
  }

  /** The dotted name CPython shows in reprs: {@code int}, {@code __main__.Point}. */
  public String qualifiedName() {
    return module == null || module.equals("builtins") ? qualname : module + "." + qualname;
  }

  /**
   * CPython's {@code tp_name}, which its error messages show: a class statement's type and a
   * builtin type give their name ({@code Point}, {@code int}); a builtin type that lives in another
   * module gives it dotted ({@code collections.deque}, {@code itertools.count}).
   */
  public String tpName() {
    return builtin && module != null && !module.equals("builtins") ? module + "." + name : name;
  }

  /** The bases the class was defined with ({@code __bases__}). */
  public PyType[] bases() {
    return bases;
  }

  /** Whether instances have a {@code __del__} to run when their count reaches zero. */
  public boolean hasFinalizer() {
    return hasFinalizer;
  }

  boolean instancesHaveDict() {
    return instancesHaveDict;
  }

  /** The class that last changed the instance layout (a builtin type or a slotted class). */
  PyType layoutBase() {
    return layout;
  }

  boolean hasSlots() {
    return hasSlots;
  }

  /**
   * Applies the class body's {@code __slots__}, before the namespace is copied: the named slots
   * become member descriptors, and instances get no dict unless {@code __dict__} is named or a base
   * gives them one.
   */
  void declareSlots(List<String> names) {
    slotsDeclared = true;
    boolean wantDict = false;
    List<String> real = new ArrayList<>();
    for (String n : names) {
      if (n.equals("__dict__")) {
        if (wantDict || instancesHaveDictFromBases()) {
          throw PyException.typeError("__dict__ slot disallowed: we already got one");
        }
        wantDict = true;
      } else if (n.equals("__weakref__")) {
        slotsWeakref = true;
      } else {
        real.add(n);
      }
    }
    instancesHaveDict = wantDict || instancesHaveDictFromBases();
    if (!real.isEmpty()) {
      if (solid == INT || solid == BYTES || solid == TUPLE) {
        // Their instances are variable-sized in CPython: no room for slots after the items.
        throw PyException.typeError(
            "nonempty __slots__ not supported for subtype of '" + solid.name + "'");
      }
      if (solid != OBJECT
          && solid != LIST
          && solid != DICT
          && solid != SET
          && solid != FROZENSET
          && solid != STR
          && solid != FLOAT) {
        throw PyException.typeError(
            "gilvm does not support nonempty __slots__ in a subclass of '" + solid.name + "'");
      }
      hasSlots = true;
      layout = this;
      pendingSlots = real;
    }
  }

  /** The slots {@link #declareSlots} accepted, not yet defined as descriptors. */
  private List<String> pendingSlots;

  /** Defines the declared slots' descriptors, after the class namespace (CPython's order). */
  void defineSlots() {
    List<String> real = pendingSlots;
    pendingSlots = null;
    if (real != null) {
      for (String n : real) {
        define(n, new PyDescriptors.Slot(this, n));
      }
    }
  }

  /**
   * Attribute names this builtin type's instances answer in Java ({@code lookupAttr}) rather than
   * through the type dict, which {@code dir()} lists as CPython's does.
   */
  private volatile List<String> dirNames = List.of();

  /** Adds names to {@link #dirNames}. */
  void addDirNames(String... names) {
    List<String> all = new ArrayList<>(dirNames);
    all.addAll(List.of(names));
    dirNames = List.copyOf(all);
  }

  List<String> dirNames() {
    return dirNames;
  }

  /** Whether the class body declared {@code __slots__}, and named {@code __weakref__} there. */
  private boolean slotsDeclared;

  private boolean slotsWeakref;

  /** Whether a new class gives its instances a {@code __dict__} none of its bases gives. */
  boolean addsDictDescriptor() {
    return instancesHaveDict && !instancesHaveDictFromBases();
  }

  /** Whether a new class gives its instances the {@code __weakref__} none of its bases gives. */
  boolean addsWeakrefDescriptor() {
    if (slotsDeclared && !slotsWeakref) {
      return false;
    }
    if (solid == SET
        || solid == FROZENSET
        || solid == TYPE
        || solid == INT
        || solid == TUPLE
        || solid == BYTES) {
      return false;
    }
    for (int i = 1; i < mro.length; i++) {
      if (!mro[i].builtin && mro[i].dict.containsKey("__weakref__")) {
        return false;
      }
    }
    return true;
  }

  private boolean instancesHaveDictFromBases() {
    for (PyType b : bases) {
      // A builtin base gives a dict only where CPython's does (exceptions, functions...): not
      // the containers, str and the numbers.
      if (b.instancesHaveDict && (!b.builtin || b.solid != OBJECT && !noDictLayout(b.solid))) {
        return true;
      }
    }
    return false;
  }

  void setQualname(String q) {
    this.qualname = q;
  }

  /** The classes that name this one among their bases, in creation order. */
  PyType[] subclassList() {
    return subclasses.toArray(new PyType[0]);
  }

  /** The builtin type whose instance layout this type uses. */
  public PyType solidBase() {
    return solid;
  }

  /** Whether instances are made by the program's class machinery rather than a builtin's. */
  boolean hasCustomGetAttribute() {
    return customGetAttribute;
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

  /** The method resolution order (C3): this type, …, object. */
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

  /**
   * This type's version tag (CPython's type version tags): replaced by a fresh one from {@link
   * #TAGS} (never incremented in place, never reused, so that two threads changing two bases of one
   * class at once cannot leave it at a value a cache already saw) after its own attributes or a
   * base's change, once the change is visible. A reader reads the tag before looking anything up,
   * so what it finds is at least as new as the tag: {@link #lookup}'s cache and the interpreter's
   * attribute caches ({@link AttrCache}) are good while the tag is unchanged.
   */
  private volatile int version = TAGS.incrementAndGet();

  /** The version tag ({@link #version}); read before what it guards. */
  public int version() {
    return version;
  }

  /**
   * Classes derived from this builtin type, weakly: builtin types are shared by the JVM's
   * interpreters and do not list their subclasses ({@link #subclasses}), but a change to one (a
   * module defining a method late) must still reach the tags of the classes below it.
   */
  private final List<java.lang.ref.WeakReference<PyType>> derivedWeakly = new ArrayList<>();

  /** Past this many, {@link #addDerived} drops the collected ones first (then doubles it). */
  private int derivedPrune = 64;

  /** Notes that {@code t} derives from this type, for {@link #changed}: weakly. */
  private void addDerived(PyType t) {
    synchronized (derivedWeakly) {
      if (derivedWeakly.size() >= derivedPrune) {
        derivedWeakly.removeIf(w -> w.get() == null);
        derivedPrune = Math.max(64, derivedWeakly.size() * 2);
      }
      derivedWeakly.add(new java.lang.ref.WeakReference<>(t));
    }
  }

  /** The classes noted by {@link #addDerived} still alive. */
  private List<PyType> derived() {
    List<PyType> out = new ArrayList<>();
    synchronized (derivedWeakly) {
      for (java.lang.ref.WeakReference<PyType> w : derivedWeakly) {
        PyType d = w.get();
        if (d != null) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /** Gives this type and every class below it a new version tag, after a change to its dict. */
  private void changed(String attr) {
    boolean getattribute = attr != null && attr.equals("__getattribute__") && !builtin;
    java.util.ArrayDeque<PyType> todo = new java.util.ArrayDeque<>();
    java.util.Set<PyType> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    todo.add(this);
    while (!todo.isEmpty()) {
      PyType t = todo.poll();
      if (!seen.add(t)) {
        continue;
      }
      if (getattribute) {
        // A base's new __getattribute__ applies to classes made before it (as CPython's slots).
        t.customGetAttribute = true;
      }
      t.version = TAGS.incrementAndGet();
      todo.addAll(t.subclasses);
      todo.addAll(t.derived());
    }
  }

  /** A name the MRO does not have, in a lookup cache. */
  private static final Object ABSENT = new Object();

  /** The results of {@link #lookup} at one version tag, absent names included. */
  private static final class LookupCache
      extends java.util.concurrent.ConcurrentHashMap<String, Object> {
    final int epoch;

    LookupCache(int epoch) {
      this.epoch = epoch;
    }
  }

  /** Bounds a cache: a program that asks for ever-new names (getattr with made-up ones). */
  private static final int LOOKUP_CACHE_LIMIT = 1024;

  private volatile LookupCache lookupCache;

  /** The attribute {@code name} along the MRO, unbound; null if none. */
  public PyObject lookup(String name) {
    int epoch = version;
    LookupCache c = lookupCache;
    if (c == null || c.epoch != epoch) {
      c = new LookupCache(epoch);
      lookupCache = c;
    }
    Object hit = c.get(name);
    if (hit != null) {
      return hit == ABSENT ? null : (PyObject) hit;
    }
    PyObject v = lookupUncached(name);
    // Read after the tag: a change since gives a new tag, so this entry is never used.
    if (c.size() < LOOKUP_CACHE_LIMIT) {
      c.put(name, v == null ? ABSENT : v);
    }
    return v;
  }

  private PyObject lookupUncached(String name) {
    for (PyType t : mro) {
      PyObject v = t.dict.get(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The attribute {@code name} of this type only, unbound; null if none. */
  private static boolean noDictLayout(PyType solid) {
    return solid == LIST
        || solid == DICT
        || solid == SET
        || solid == FROZENSET
        || solid == STR
        || solid == FLOAT
        || solid == INT
        || solid == TUPLE
        || solid == BYTES;
  }

  private static boolean isPythonFunction(PyObject o) {
    return o instanceof PyFunction
        || o instanceof PyDescriptors.StaticMethod sm && sm.func instanceof PyFunction;
  }

  public PyObject getOwn(String name) {
    return dict.get(name);
  }

  /** The type's own attributes, in definition order (read-only view). */
  public Map<String, PyObject> ownAttributes() {
    return java.util.Collections.unmodifiableMap(dict);
  }

  /** Defines an attribute while building a type; the type keeps a reference to it. */
  public void define(String attr, PyObject value) {
    if (attr.equals("__getattribute__") && !builtin) {
      customGetAttribute = true;
    }
    if (attr.equals("__del__") && !builtin) {
      hasFinalizer = true;
    }
    if (attr.equals("__abstractmethods__") && !builtin) {
      hasAbstract = true;
    }
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
   * Drops the references a class the program defined holds to its attributes; for the leak report
   * at exit, which releases every root.
   */
  public void releaseAttributes() {
    Map<String, PyObject> old;
    synchronized (this) {
      old = dict;
      dict = new LinkedHashMap<>();
      changed(null);
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
    changed(attr);
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
    changed(attr);
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
    if (attr.equals("__annotations__") && !builtin) {
      // A class's own annotations only, never a base's: made empty on first use, as CPython.
      PyObject own = dict.get(attr);
      if (own == null) {
        own = new PyDict();
        define(attr, own);
      }
      return own;
    }
    switch (attr) {
      case "__name__":
        return new PyStr(name);
      case "__qualname__":
        return new PyStr(qualname);
      case "__base__":
        return base == null ? PyNone.NONE : base;
      case "__bases__":
        return bases.length == 0 ? PyTuple.EMPTY : PyTuple.of(bases);
      case "__mro__":
        return PyTuple.of(mro);
      case "__class__":
        return type();
      case "__dict__":
        {
          PyDict d = new PyDict();
          for (Map.Entry<String, PyObject> e : dict.entrySet()) {
            d.put(new PyStr(e.getKey()), e.getValue());
          }
          return d;
        }
      default:
        break;
    }
    PyType meta = type();
    PyObject metaAttr = meta == TYPE ? null : meta.lookup(attr);
    if (metaAttr != null && metaAttr.isDataDescriptor()) {
      return metaAttr.bindTo(this, meta);
    }
    // Attributes of the class itself (and its bases), bound as a class would bind them.
    PyObject v = lookup(attr);
    if (v != null) {
      return v.bindTo(null, this);
    }
    if (metaAttr != null) {
      return metaAttr.bindTo(this, meta);
    }
    switch (attr) {
      case "__module__":
        return new PyStr(module);
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
    PyType meta = type();
    if (meta != TYPE) {
      // A metaclass's own __setattr__ decides (enum's refuses to rebind members).
      PyObject f = Derived.override(meta, "__setattr__");
      if (f != null) {
        Refs.discard(ThreadState.current(), Derived.invoke(this, f, new PyStr(attr), value));
        return;
      }
    }
    setAttrPlain(attr, value);
  }

  /** {@code type.__setattr__} itself: what {@link #setAttr} does without a metaclass's own. */
  void setAttrPlain(String attr, PyObject value) {
    if (builtin) {
      throw PyException.typeError(
          "cannot set '" + attr + "' attribute of immutable type '" + name + "'");
    }
    PyType meta = type();
    if (meta != TYPE) {
      PyObject d = meta.lookup(attr);
      if (d != null && d.isDataDescriptor()) {
        d.setThrough(this, value);
        return;
      }
    }
    if (attr.equals("__name__") || attr.equals("__qualname__")) {
      if (!(value instanceof PyStr s)) {
        throw PyException.typeError(
            "can only assign string to "
                + name
                + "."
                + attr
                + ", not '"
                + value.type().name()
                + "'");
      }
      if (attr.equals("__name__")) {
        name = s.value();
      } else {
        qualname = s.value();
      }
      return;
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
      throw PyException.attributeError(
          "type object '" + name + "' has no attribute '" + attr + "'");
    }
    Refs.decref(old);
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    PyType meta = type();
    if (meta != TYPE) {
      PyObject f = Derived.override(meta, Ops.BINARY_DUNDERS[op]);
      if (f != null) {
        return Derived.notImplementedToNull(
            Ops.callMethod(ThreadState.current(), f, this, meta, new PyObject[] {other}, null));
      }
    }
    return op == Ops.OR && PyGenericAlias.unionable(other)
        ? PyGenericAlias.union(this, other)
        : null;
  }

  @Override
  public PyObject reflectedBinaryOp(int op, PyObject other) {
    PyType meta = type();
    if (meta != TYPE) {
      PyObject f = Derived.override(meta, Ops.REFLECTED_DUNDERS[op]);
      if (f != null) {
        return Derived.notImplementedToNull(
            Ops.callMethod(ThreadState.current(), f, this, meta, new PyObject[] {other}, null));
      }
    }
    return op == Ops.OR && PyGenericAlias.unionable(other)
        ? PyGenericAlias.union(other, this)
        : null;
  }

  /** A metaclass's own method for a protocol dunder, or null. */
  private PyObject metaOverride(String dunder) {
    PyType meta = type();
    return meta == TYPE ? null : Derived.override(meta, dunder);
  }

  private PyObject callMeta(PyObject f, PyObject... args) {
    return Ops.callMethod(ThreadState.current(), f, this, type(), args, null);
  }

  @Override
  public PyObject iter() {
    PyObject f = metaOverride("__iter__");
    if (f == null) {
      return super.iter();
    }
    return Derived.iterResult(callMeta(f));
  }

  @Override
  public int len() {
    PyObject f = metaOverride("__len__");
    return f == null ? super.len() : Derived.lenResult(callMeta(f));
  }

  @Override
  public boolean contains(PyObject item) {
    PyObject f = metaOverride("__contains__");
    return f == null ? super.contains(item) : Derived.truthOf(callMeta(f, item));
  }

  @Override
  public boolean isTrue() {
    PyObject f = metaOverride("__bool__");
    if (f != null) {
      return Derived.truth(callMeta(f));
    }
    return metaOverride("__len__") == null || len() != 0;
  }

  @Override
  public PyObject getItem(PyObject key) {
    // A metaclass's __getitem__ first, then the class's own __class_getitem__.
    PyType meta = type();
    if (meta != TYPE) {
      PyObject f = Derived.override(meta, "__getitem__");
      if (f != null) {
        return Ops.callMethod(ThreadState.current(), f, this, meta, new PyObject[] {key}, null);
      }
    }
    PyObject cg = lookup("__class_getitem__");
    if (cg != null) {
      PyObject bound = cg.bindTo(null, this);
      ThreadState ts = ThreadState.current();
      ts.refs.incref(bound);
      try {
        return bound.call(ts, new PyObject[] {key}, null);
      } finally {
        Refs.decref(ts, bound);
      }
    }
    throw PyException.typeError("type '" + name + "' is not subscriptable");
  }

  @Override
  public PyException noAttribute(String attr) {
    return PyException.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
  }

  @Override
  public String repr() {
    PyObject f = metaOverride("__repr__");
    if (f != null) {
      return Derived.text(callMeta(f), "__repr__");
    }
    return "<class '" + qualifiedName() + "'>";
  }

  @Override
  public String str() {
    PyObject f = metaOverride("__str__");
    return f == null ? repr() : Derived.text(callMeta(f), "__str__");
  }

  @Override
  public long hash() {
    return System.identityHashCode(this);
  }

  /** Sets how this builtin type makes instances of itself and its subclasses. */
  public void setAllocator(Allocator a) {
    this.allocator = a;
  }

  Allocator allocator() {
    return allocator;
  }

  @Override
  public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
    if (metatype != null) {
      // A metaclass's __call__ runs instead of type's.
      PyObject f = metatype.lookup("__call__");
      if (f != null && f != TYPE_CALL) {
        return Ops.callMethod(ts, f, this, metatype, args, kwnames);
      }
    }
    return typeCall(ts, args, kwnames);
  }

  /**
   * {@code type.__call__(cls, *args, **kwargs)}: {@code __new__}, then {@code __init__} when {@code
   * __new__} returned an instance of the class.
   */
  PyObject typeCall(ThreadState ts, PyObject[] args, String[] kwnames) {
    if (this == TYPE && args.length == 1 && kwnames == null) {
      return args[0].type();
    }
    if (builtin && this != OBJECT) {
      if (constructor == null) {
        throw PyException.typeError("cannot create '" + name + "' instances");
      }
      return constructor.construct(ts, this, args, kwnames);
    }
    PyObject newf = lookup("__new__");
    PyObject obj;
    if (newf instanceof NewWrapper w && w.owner == OBJECT && solid == OBJECT) {
      // The common case, object.__new__ then the class's __init__, with one lookup of each.
      PyObject init = lookup("__init__");
      boolean hasArgs = args.length > 0;
      if (hasArgs && init == OBJECT_INIT) {
        throw PyException.typeError(name + "() takes no arguments");
      }
      if (hasAbstract) {
        checkNotAbstract(this);
      }
      obj = new PyInstance(this);
      if (init == null || (init == OBJECT_INIT && !hasArgs)) {
        return obj;
      }
      ts.refs.incref(obj);
      try {
        PyObject r = Ops.callMethod(ts, init, obj, this, args, kwnames);
        if (r != PyNone.NONE) {
          throw PyException.typeError(
              "__init__() should return None, not '" + r.type().name() + "'");
        }
      } catch (PyException e) {
        Refs.decref(ts, obj);
        throw e;
      }
      Refs.release(ts, obj);
      return obj;
    }
    if (newf instanceof NewWrapper w) {
      if (w.owner.solid != solid || w.owner.allocator == null) {
        // A builtin layout whose constructor makes and initialises instances in one step.
        if (solid.constructor == null) {
          throw PyException.typeError("cannot create '" + name + "' instances");
        }
        return solid.constructor.construct(ts, this, args, kwnames);
      }
      obj = w.owner.allocator.allocate(ts, this, args, kwnames);
    } else if (newf == null) {
      throw PyException.typeError("cannot create '" + name + "' instances");
    } else {
      PyObject[] full = new PyObject[args.length + 1];
      full[0] = this;
      System.arraycopy(args, 0, full, 1, args.length);
      obj = newf.bindTo(null, this).call(ts, full, kwnames);
    }
    if (!obj.type().isSubtypeOf(this)) {
      return obj;
    }
    // Held while __init__ runs, or its frame letting go of self would free the new object.
    ts.refs.incref(obj);
    try {
      initInstance(ts, obj.type(), obj, args, kwnames);
    } catch (PyException e) {
      Refs.decref(ts, obj);
      throw e;
    }
    Refs.release(ts, obj);
    return obj;
  }

  /**
   * The constructor of {@code object} and of classes that do not override it: make a plain
   * instance, then run {@code __init__} if the class has one.
   */
  public static PyObject constructInstance(
      ThreadState ts, PyType type, PyObject[] args, String[] kwnames) {
    return type.typeCall(ts, args, kwnames);
  }

  /** Runs {@code type.__init__(self, *args, **kwargs)} as CPython's type_call does. */
  public static void initInstance(
      ThreadState ts, PyType type, PyObject self, PyObject[] args, String[] kwnames) {
    PyObject init = type.lookup("__init__");
    if (init == null || (init == OBJECT_INIT && args.length == 0)) {
      return;
    }
    PyObject r = Ops.callMethod(ts, init, self, type, args, kwnames);
    if (r != PyNone.NONE) {
      throw PyException.typeError("__init__() should return None, not '" + r.type().name() + "'");
    }
  }

  /**
   * A builtin type's {@code __new__} ({@code list.__new__(cls)}): makes an instance of {@code cls},
   * which must be the type or a subclass of it, with the type's layout.
   */
  static final class NewWrapper extends PyObject {
    final PyType owner;

    NewWrapper(PyType owner) {
      this.owner = owner;
      immortalize();
    }

    @Override
    public PyType type() {
      return BUILTIN_FUNCTION;
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
      if (args.length == 0) {
        throw PyException.typeError(owner.name + ".__new__(): not enough arguments");
      }
      if (!(args[0] instanceof PyType cls)) {
        throw PyException.typeError(
            owner.name + ".__new__(X): X is not a type object (" + args[0].type().name() + ")");
      }
      if (!cls.isSubtypeOf(owner)) {
        throw PyException.typeError(
            owner.name
                + ".__new__("
                + cls.name
                + "): "
                + cls.name
                + " is not a subtype of "
                + owner.name);
      }
      if (cls.solid != owner.solid) {
        // The class to name: the nearest one, from cls up, whose __new__ is not written in
        // Python (a program's class without its own __new__ counts as having its base's).
        PyType safe = cls;
        while (!safe.builtin && safe.base != null && isPythonFunction(safe.lookup("__new__"))) {
          safe = safe.base;
        }
        throw PyException.typeError(
            owner.name + ".__new__(" + cls.name + ") is not safe, use " + safe.name + ".__new__()");
      }
      PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
      return owner.allocator.allocate(ts, cls, rest, kwnames);
    }

    @Override
    public PyObject lookupAttr(String attr) {
      switch (attr) {
        case "__name__":
        case "__qualname__":
          return new PyStr("__new__");
        case "__self__":
          return owner;
        default:
          return super.lookupAttr(attr);
      }
    }

    @Override
    public String repr() {
      return "<built-in method __new__ of type object at 0x"
          + Long.toHexString(Builtins.id(owner))
          + ">";
    }
  }

  /** Installs a builtin type's {@code __new__}, which makes instances with {@code a}. */
  public void installNew(Allocator a) {
    this.subclassable = true;
    this.allocator = a;
    define("__new__", new NewWrapper(this));
  }

  /** {@code object.__init__}, which the check for "takes no arguments" recognises. */
  static final PyObject OBJECT_INIT =
      new PyMethodDescriptor(
              OBJECT,
              "__init__",
              (ts, self, a, kw) -> {
                if (a.length > 0 || (kw != null && kw.length > 0)) {
                  PyType t = self.type();
                  if (t.lookup("__init__") != PyType.OBJECT_INIT) {
                    throw PyException.typeError(
                        "object.__init__() takes exactly one argument (the instance to initialize)");
                  }
                  PyObject nf = t.lookup("__new__");
                  if (nf instanceof NewWrapper w && w.owner == OBJECT) {
                    throw PyException.typeError(t.name + "() takes no arguments");
                  }
                }
                return PyNone.NONE;
              })
          .immortalize();

  /** object.__new__'s refusal of a class whose {@code __abstractmethods__} is not empty. */
  private static void checkNotAbstract(PyType cls) {
    PyObject abstracts = cls.lookup("__abstractmethods__");
    if (abstracts != null && abstracts.isTrue()) {
      // What abc.ABCMeta records: the class still has abstract methods.
      java.util.List<String> names = new ArrayList<>();
      for (PyObject n : Ops.toArray(abstracts)) {
        names.add(n.str());
      }
      java.util.Collections.sort(names);
      throw PyException.typeError(
          "Can't instantiate abstract class "
              + cls.name
              + " with abstract method"
              + (names.size() == 1 ? " " : "s ")
              + String.join(", ", names));
    }
  }

  /** {@code type.__call__}: a metaclass that does not override it gets {@link #typeCall}. */
  static final PyObject TYPE_CALL =
      new PyMethodDescriptor(
              TYPE,
              "__call__",
              (ts, self, a, kw) -> {
                if (!(self instanceof PyType t)) {
                  throw PyException.typeError(
                      "descriptor '__call__' requires a 'type' object but received a '"
                          + self.type().name()
                          + "'");
                }
                return t.typeCall(ts, a, kw);
              })
          .immortalize();

  static {
    OBJECT.putAttr("__init__", OBJECT_INIT);
    TYPE.putAttr("__call__", TYPE_CALL);
    OBJECT.installNew(
        (ts, cls, a, kw) -> {
          if (a.length > 0 || (kw != null && kw.length > 0)) {
            PyObject nf = cls.lookup("__new__");
            if (!(nf instanceof NewWrapper w && w.owner == OBJECT)) {
              throw PyException.typeError(
                  "object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == OBJECT_INIT) {
              throw PyException.typeError(cls.name + "() takes no arguments");
            }
          }
          if (cls.hasAbstract) {
            checkNotAbstract(cls);
          }
          return new PyInstance(cls);
        });
  }

  @Override
  public boolean usesGenericGetAttr() {
    return false;
  }
}
