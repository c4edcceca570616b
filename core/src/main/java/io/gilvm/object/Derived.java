package io.gilvm.object;

import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/**
 * Instances of the program's classes: the attribute protocol they share (instance dict,
 * descriptors, {@code __getattribute__}, {@code __getattr__}, {@code __setattr__}, {@code
 * __delattr__}), and the instances of classes derived from a builtin type.
 *
 * <p>A class derived from {@code list} makes {@link ListSub}s: real {@link PyList}s, so every
 * native that takes a list takes them, and the object lock of {@link PyContainer} guards their
 * storage as it guards a list's. Each protocol method ({@code len}, {@code getItem}, …) first asks
 * the class for the matching dunder; when the name resolves to a builtin type's implementation (a
 * {@link PyMethodDescriptor}) the builtin Java method runs, else the program's method is called.
 * The builtin types' own dunder methods ({@code list.__len__}, reached through {@code super()})
 * call {@link Instance#baseSlot}, the builtin implementation, so a method that overrides a dunder
 * and calls the base's does not call itself again.
 */
public final class Derived {
  private Derived() {}

  /** What every instance of a program's class derived from a builtin type offers. */
  interface Instance {
    /** The builtin type's own implementation of a protocol method, ignoring the class's. */
    PyObject baseSlot(int slot, int op, PyObject a, PyObject b);

    /** {@code self.__class__ = t}, already checked. */
    void setClass(PyType t);

    /** The values of the instance's {@code __slots__}, kept apart from its {@code __dict__}. */
    PyDict slotValues();
  }

  static final int REPR = 0;
  static final int STR = 1;
  static final int HASH = 2;
  static final int BOOL = 3;
  static final int LEN = 4;
  static final int GETITEM = 5;
  static final int SETITEM = 6;
  static final int DELITEM = 7;
  static final int CONTAINS = 8;
  static final int ITER = 9;
  static final int RICHCMP = 10;
  static final int BINOP = 11;
  static final int RBINOP = 12;
  static final int IBINOP = 13;
  static final int UNARY = 14;

  /**
   * The program's own method for dunder {@code name} on class {@code t}, or null when the name
   * resolves to a builtin implementation (or to nothing).
   */
  public static PyObject override(PyType t, String name) {
    PyObject f = t.lookup(name);
    return f == null || f instanceof PyMethodDescriptor ? null : f;
  }

  /** Calls method {@code f} (found on self's class) with self and args. */
  static PyObject invoke(PyObject self, PyObject f, PyObject... args) {
    return Ops.callMethod(ThreadState.current(), f, self, self.type(), args, null);
  }

  public static PyObject notImplementedToNull(PyObject r) {
    return r == PySingleton.NOT_IMPLEMENTED ? null : r;
  }

  /** The string a {@code __repr__} or {@code __str__} returned. */
  static String text(PyObject r, String dunder) {
    if (!(r instanceof PyStr s)) {
      throw PyException.typeError(dunder + " returned non-string (type " + r.type().name() + ")");
    }
    String v = s.value();
    Refs.discard(ThreadState.current(), r);
    return v;
  }

  /** What a {@code __bool__} returned, which must be a bool. */
  static boolean truth(PyObject r) {
    if (!(r instanceof PyBool b)) {
      throw PyException.typeError("__bool__ should return bool, returned " + r.type().name());
    }
    return b == PyBool.TRUE;
  }

  /** The truth of a result (of {@code __contains__}). */
  public static boolean truthOf(PyObject r) {
    boolean t = Ops.isTrue(r);
    Refs.discard(ThreadState.current(), r);
    return t;
  }

  /** What a {@code __len__} returned, checked as CPython checks it. */
  static int lenResult(PyObject r) {
    if (!(r instanceof PyInt i)) {
      throw PyException.typeError(
          "'" + r.type().name() + "' object cannot be interpreted as an integer");
    }
    if (!i.isBig() && i.longValue() < 0 || i.isBig() && i.bigValue().signum() < 0) {
      throw PyException.valueError("__len__() should return >= 0");
    }
    return i.asIndex();
  }

  /** {@code hash(self)} through the class's {@code __hash__}, None meaning unhashable. */
  static long hashResult(PyObject self, PyObject f) {
    if (f == PyNone.NONE) {
      throw PyException.typeError("unhashable type: '" + self.type().name() + "'");
    }
    PyObject r = invoke(self, f);
    if (!(r instanceof PyInt i)) {
      throw PyException.typeError("__hash__ method should return an integer");
    }
    return i.hash();
  }

  /** What an {@code __iter__} returned, which must be an iterator. */
  static PyObject iterResult(PyObject r) {
    if (!(r instanceof PyIterators.Base)
        && !(r instanceof PyGenerator)
        && r.type().lookup("__next__") == null) {
      throw PyException.typeError("iter() returned non-iterator of type '" + r.type().name() + "'");
    }
    return r;
  }

  // ---- the builtin implementations, for the builtin types' dunder methods ----

  static String repr(PyObject self) {
    return self instanceof Instance d
        ? ((PyStr) d.baseSlot(REPR, 0, null, null)).value()
        : self.repr();
  }

  static String str(PyObject self) {
    return self instanceof Instance d
        ? ((PyStr) d.baseSlot(STR, 0, null, null)).value()
        : self.str();
  }

  static long hash(PyObject self) {
    return self instanceof Instance d
        ? ((PyInt) d.baseSlot(HASH, 0, null, null)).longValue()
        : self.hash();
  }

  static boolean isTrue(PyObject self) {
    return self instanceof Instance d
        ? d.baseSlot(BOOL, 0, null, null) == PyBool.TRUE
        : self.isTrue();
  }

  static int len(PyObject self) {
    return self instanceof Instance d
        ? (int) ((PyInt) d.baseSlot(LEN, 0, null, null)).longValue()
        : self.len();
  }

  static PyObject getItem(PyObject self, PyObject key) {
    return self instanceof Instance d ? d.baseSlot(GETITEM, 0, key, null) : self.getItem(key);
  }

  static void setItem(PyObject self, PyObject key, PyObject value) {
    if (self instanceof Instance d) {
      d.baseSlot(SETITEM, 0, key, value);
    } else {
      self.setItem(key, value);
    }
  }

  static void delItem(PyObject self, PyObject key) {
    if (self instanceof Instance d) {
      d.baseSlot(DELITEM, 0, key, null);
    } else {
      self.delItem(key);
    }
  }

  static boolean contains(PyObject self, PyObject item) {
    return self instanceof Instance d
        ? d.baseSlot(CONTAINS, 0, item, null) == PyBool.TRUE
        : self.contains(item);
  }

  static PyObject iter(PyObject self) {
    return self instanceof Instance d ? d.baseSlot(ITER, 0, null, null) : self.iter();
  }

  static PyObject richCompare(PyObject self, PyObject other, int op) {
    return self instanceof Instance d
        ? d.baseSlot(RICHCMP, op, other, null)
        : self.richCompare(other, op);
  }

  static PyObject binaryOp(PyObject self, int op, PyObject other) {
    return self instanceof Instance d
        ? d.baseSlot(BINOP, op, other, null)
        : self.binaryOp(op, other);
  }

  static PyObject reflectedBinaryOp(PyObject self, int op, PyObject other) {
    return self instanceof Instance d
        ? d.baseSlot(RBINOP, op, other, null)
        : self.reflectedBinaryOp(op, other);
  }

  static PyObject inplaceOp(PyObject self, int op, PyObject other) {
    return self instanceof Instance d
        ? d.baseSlot(IBINOP, op, other, null)
        : self.inplaceOp(op, other);
  }

  static PyObject unaryOp(PyObject self, int op) {
    return self instanceof Instance d ? d.baseSlot(UNARY, op, null, null) : self.unaryOp(op);
  }

  // ---- attribute access of instances of the program's classes ----

  /**
   * {@code object.__getattribute__(self, name)}: a data descriptor on the class, else the instance
   * dict, else the class attribute (bound); null when there is none.
   */
  static PyObject genericGetAttr(PyObject self, PyType type, PyDict dict, String name) {
    if (dict != null && !type.instancesHaveDict()) {
      // Every class up to the builtin declares __slots__: no __dict__ (what the namespace holds
      // are slot values, reached through their descriptors).
      dict = null;
    }
    PyObject cls = type.lookup(name);
    if (cls != null && cls.isDataDescriptor()) {
      return cls.bindTo(self, type);
    }
    if (dict != null) {
      PyObject v = dict.getStr(name);
      if (v != null) {
        return v;
      }
    }
    if (cls != null) {
      return cls.bindTo(self, type);
    }
    switch (name) {
      case "__class__":
        return type;
      case "__dict__":
        return dict;
      default:
        return null;
    }
  }

  /**
   * {@code self.name}: the class's {@code __getattribute__} if it has its own, else the generic
   * lookup; when that finds nothing (or raises AttributeError), the class's {@code __getattr__}.
   */
  static PyObject lookupAttr(PyObject self, PyType type, PyDict dict, String name) {
    PyObject v;
    PyException missing = null;
    if (type.hasCustomGetAttribute()) {
      PyObject ga = type.lookup("__getattribute__");
      if (ga != null && !(ga instanceof PyMethodDescriptor)) {
        try {
          v = invoke(self, ga, new PyStr(name));
        } catch (PyException e) {
          if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
            throw e;
          }
          v = null;
          missing = e;
        }
      } else {
        v = genericGetAttr(self, type, dict, name);
      }
    } else {
      v = genericGetAttr(self, type, dict, name);
    }
    if (v != null) {
      return v;
    }
    PyObject getattr = type.lookup("__getattr__");
    if (getattr != null) {
      // An AttributeError it raises is the one the program sees, message and all; callers that
      // only ask whether the attribute exists (hasattr, getattr with a default) catch it.
      return invoke(self, getattr, new PyStr(name));
    }
    if (missing != null) {
      throw missing;
    }
    return null;
  }

  /** {@code object.__setattr__(self, name, value)}: a data descriptor, else the instance dict. */
  static void genericSetAttr(PyObject self, PyType type, PyDict dict, String name, PyObject value) {
    if (dict != null && !type.instancesHaveDict()) {
      // Every class up to the builtin declares __slots__: no __dict__ (what the namespace holds
      // are slot values, reached through their descriptors).
      dict = null;
    }
    if (name.equals("__class__")) {
      setClass(self, type, value);
      return;
    }
    PyObject cls = type.lookup(name);
    if (cls != null && cls.isDataDescriptor()) {
      cls.setThrough(self, value);
      return;
    }
    if (dict == null) {
      if (cls != null) {
        throw PyException.attributeError(
            "'" + type.name() + "' object attribute '" + name + "' is read-only");
      }
      throw PyException.attributeError(
          "'" + type.name() + "' object has no attribute '" + name + "'");
    }
    dict.putStr(name, value);
  }

  /** {@code self.__class__ = value}: only between classes whose instances have the same layout. */
  private static void setClass(PyObject self, PyType type, PyObject value) {
    if (!(value instanceof PyType t)) {
      throw PyException.typeError(
          "__class__ must be set to a class, not '" + value.type().name() + "' object");
    }
    if (t.isBuiltin() || type.isBuiltin()) {
      throw PyException.typeError(
          "__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    if (t.solidBase() != type.solidBase()
        || t.layoutBase() != type.layoutBase()
        || t.instancesHaveDict() != type.instancesHaveDict()) {
      throw PyException.typeError(
          "__class__ assignment: '"
              + t.name()
              + "' object layout differs from '"
              + type.name()
              + "'");
    }
    if (self instanceof PyInstance inst) {
      inst.setClass(t);
    } else if (self instanceof Instance d) {
      d.setClass(t);
    }
  }

  /** {@code self.name = value}: the class's {@code __setattr__} if it has its own. */
  static void setAttr(PyObject self, PyType type, PyDict dict, String name, PyObject value) {
    PyObject f = type.lookup("__setattr__");
    if (f != null && !(f instanceof PyMethodDescriptor)) {
      Refs.discard(ThreadState.current(), invoke(self, f, new PyStr(name), value));
      return;
    }
    genericSetAttr(self, type, dict, name, value);
  }

  /** {@code object.__delattr__(self, name)}: a data descriptor, else the instance dict. */
  static void genericDelAttr(PyObject self, PyType type, PyDict dict, String name) {
    if (dict != null && !type.instancesHaveDict()) {
      // Every class up to the builtin declares __slots__: no __dict__ (what the namespace holds
      // are slot values, reached through their descriptors).
      dict = null;
    }
    PyObject cls = type.lookup(name);
    if (cls != null && cls.isDataDescriptor()) {
      cls.deleteThrough(self);
      return;
    }
    if (dict == null || !dict.delete(new PyStr(name))) {
      throw PyException.attributeError(
          "'" + type.name() + "' object has no attribute '" + name + "'");
    }
  }

  /** {@code del self.name}: the class's {@code __delattr__} if it has its own. */
  static void delAttr(PyObject self, PyType type, PyDict dict, String name) {
    PyObject f = type.lookup("__delattr__");
    if (f != null && !(f instanceof PyMethodDescriptor)) {
      Refs.discard(ThreadState.current(), invoke(self, f, new PyStr(name)));
      return;
    }
    genericDelAttr(self, type, dict, name);
  }

  // ---- one class per builtin layout, all of the same shape ----

  /** An instance of a program's subclass of list: a PyList with a class and an attribute dict. */
  static final class ListSub extends PyList implements Instance {
    private PyType cls;
    private final PyDict dict = new PyDict();

    /** The {@code __slots__} values (owned), made on first use. */
    private volatile PyDict slots;

    @Override
    public PyDict slotValues() {
      PyDict s = slots;
      if (s == null) {
        synchronized (dict) {
          s = slots;
          if (s == null) {
            s = new PyDict();
            Refs.incref(s);
            slots = s;
          }
        }
      }
      return s;
    }

    /**
     * A new instance, typed as a plain object so that callers do not make the JVM load this class
     * (and give up devirtualising the builtin's methods) until a program subclasses it.
     */
    static PyObject make(PyType cls) {
      return new ListSub(cls);
    }

    private ListSub(PyType cls) {
      super();
      this.cls = cls;
      Refs.incref(dict);
    }

    @Override
    public PyType type() {
      return cls;
    }

    @Override
    public PyDict instanceDict() {
      return dict;
    }

    @Override
    public void setClass(PyType t) {
      cls = t;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      super.traverse(visit);
      visit.accept(dict);
      if (slots != null) {
        visit.accept(slots);
      }
    }

    @Override
    public void release() {
      super.release();
      Refs.decref(dict);
      if (slots != null) {
        Refs.decref(slots);
      }
    }

    @Override
    public PyObject lookupAttr(String name) {
      return Derived.lookupAttr(this, cls, dict, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
      Derived.setAttr(this, cls, dict, name, value);
    }

    @Override
    public void delAttr(String name) {
      Derived.delAttr(this, cls, dict, name);
    }

    @Override
    public boolean usesGenericGetAttr() {
      return !cls.hasCustomGetAttribute();
    }

    @Override
    public String repr() {
      PyObject f = override(cls, "__repr__");
      return f == null ? super.repr() : text(invoke(this, f), "__repr__");
    }

    @Override
    public String str() {
      PyObject f = override(cls, "__str__");
      return f == null ? super.str() : text(invoke(this, f), "__str__");
    }

    @Override
    public boolean isTrue() {
      PyObject f = override(cls, "__bool__");
      if (f != null) {
        return truth(invoke(this, f));
      }
      if (override(cls, "__len__") != null) {
        return len() != 0;
      }
      return super.isTrue();
    }

    @Override
    public long hash() {
      PyObject f = cls.lookup("__hash__");
      if (f == null || f instanceof PyMethodDescriptor) {
        return super.hash();
      }
      return hashResult(this, f);
    }

    @Override
    public boolean eq(PyObject other) {
      if (override(cls, "__eq__") == null) {
        return super.eq(other);
      }
      return this == other || Ops.isTrue(Ops.compare(this, other, Ops.EQ));
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
      PyObject f = override(cls, Ops.COMPARE_DUNDERS[op]);
      return f == null
          ? super.richCompare(other, op)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.BINARY_DUNDERS[op]);
      return f == null ? super.binaryOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject reflectedBinaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.REFLECTED_DUNDERS[op]);
      return f == null
          ? super.reflectedBinaryOp(op, other)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.INPLACE_DUNDERS[op]);
      return f == null ? super.inplaceOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject unaryOp(int op) {
      PyObject f = override(cls, Ops.UNARY_DUNDERS[op]);
      return f == null ? super.unaryOp(op) : invoke(this, f);
    }

    @Override
    public int len() {
      PyObject f = override(cls, "__len__");
      return f == null ? super.len() : lenResult(invoke(this, f));
    }

    @Override
    public PyObject getItem(PyObject key) {
      PyObject f = override(cls, "__getitem__");
      return f == null ? super.getItem(key) : invoke(this, f, key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
      PyObject f = override(cls, "__setitem__");
      if (f == null) {
        super.setItem(key, value);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key, value));
      }
    }

    @Override
    public void delItem(PyObject key) {
      PyObject f = override(cls, "__delitem__");
      if (f == null) {
        super.delItem(key);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key));
      }
    }

    @Override
    public boolean contains(PyObject item) {
      PyObject f = override(cls, "__contains__");
      return f == null ? super.contains(item) : truthOf(invoke(this, f, item));
    }

    @Override
    public PyObject iter() {
      PyObject f = override(cls, "__iter__");
      return f == null ? super.iter() : iterResult(invoke(this, f));
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
      PyObject f = override(cls, "__call__");
      return f == null
          ? super.call(ts, args, kwnames)
          : Ops.callMethod(ts, f, this, cls, args, kwnames);
    }

    @Override
    public PyObject baseSlot(int slot, int op, PyObject a, PyObject b) {
      switch (slot) {
        case REPR:
          return new PyStr(super.repr());
        case STR:
          return new PyStr(super.str());
        case HASH:
          return PyInt.of(super.hash());
        case BOOL:
          return PyBool.of(super.isTrue());
        case LEN:
          return PyInt.of(super.len());
        case GETITEM:
          return super.getItem(a);
        case SETITEM:
          super.setItem(a, b);
          return PyNone.NONE;
        case DELITEM:
          super.delItem(a);
          return PyNone.NONE;
        case CONTAINS:
          return PyBool.of(super.contains(a));
        case ITER:
          return super.iter();
        case RICHCMP:
          return super.richCompare(a, op);
        case BINOP:
          return super.binaryOp(op, a);
        case RBINOP:
          return super.reflectedBinaryOp(op, a);
        case IBINOP:
          return super.inplaceOp(op, a);
        case UNARY:
          return super.unaryOp(op);
        default:
          throw new IllegalArgumentException("slot " + slot);
      }
    }
  }

  /** An instance of a program's subclass of dict: a PyDict with a class and an attribute dict. */
  static final class DictSub extends PyDict implements Instance {
    private PyType cls;
    private final PyDict dict = new PyDict();

    /** The {@code __slots__} values (owned), made on first use. */
    private volatile PyDict slots;

    @Override
    public PyDict slotValues() {
      PyDict s = slots;
      if (s == null) {
        synchronized (dict) {
          s = slots;
          if (s == null) {
            s = new PyDict();
            Refs.incref(s);
            slots = s;
          }
        }
      }
      return s;
    }

    /**
     * A new instance, typed as a plain object so that callers do not make the JVM load this class
     * (and give up devirtualising the builtin's methods) until a program subclasses it.
     */
    static PyObject make(PyType cls) {
      return new DictSub(cls);
    }

    private DictSub(PyType cls) {
      super();
      this.cls = cls;
      Refs.incref(dict);
    }

    @Override
    public PyType type() {
      return cls;
    }

    @Override
    public PyDict instanceDict() {
      return dict;
    }

    @Override
    public void setClass(PyType t) {
      cls = t;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      super.traverse(visit);
      visit.accept(dict);
      if (slots != null) {
        visit.accept(slots);
      }
    }

    @Override
    public void release() {
      super.release();
      Refs.decref(dict);
      if (slots != null) {
        Refs.decref(slots);
      }
    }

    @Override
    public PyObject lookupAttr(String name) {
      return Derived.lookupAttr(this, cls, dict, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
      Derived.setAttr(this, cls, dict, name, value);
    }

    @Override
    public void delAttr(String name) {
      Derived.delAttr(this, cls, dict, name);
    }

    @Override
    public boolean usesGenericGetAttr() {
      return !cls.hasCustomGetAttribute();
    }

    @Override
    public String repr() {
      PyObject f = override(cls, "__repr__");
      return f == null ? super.repr() : text(invoke(this, f), "__repr__");
    }

    @Override
    public String str() {
      PyObject f = override(cls, "__str__");
      return f == null ? super.str() : text(invoke(this, f), "__str__");
    }

    @Override
    public boolean isTrue() {
      PyObject f = override(cls, "__bool__");
      if (f != null) {
        return truth(invoke(this, f));
      }
      if (override(cls, "__len__") != null) {
        return len() != 0;
      }
      return super.isTrue();
    }

    @Override
    public long hash() {
      PyObject f = cls.lookup("__hash__");
      if (f == null || f instanceof PyMethodDescriptor) {
        return super.hash();
      }
      return hashResult(this, f);
    }

    @Override
    public boolean eq(PyObject other) {
      if (override(cls, "__eq__") == null) {
        return super.eq(other);
      }
      return this == other || Ops.isTrue(Ops.compare(this, other, Ops.EQ));
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
      PyObject f = override(cls, Ops.COMPARE_DUNDERS[op]);
      return f == null
          ? super.richCompare(other, op)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.BINARY_DUNDERS[op]);
      return f == null ? super.binaryOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject reflectedBinaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.REFLECTED_DUNDERS[op]);
      return f == null
          ? super.reflectedBinaryOp(op, other)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.INPLACE_DUNDERS[op]);
      return f == null ? super.inplaceOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject unaryOp(int op) {
      PyObject f = override(cls, Ops.UNARY_DUNDERS[op]);
      return f == null ? super.unaryOp(op) : invoke(this, f);
    }

    @Override
    public int len() {
      PyObject f = override(cls, "__len__");
      return f == null ? super.len() : lenResult(invoke(this, f));
    }

    @Override
    public PyObject getItem(PyObject key) {
      PyObject f = override(cls, "__getitem__");
      return f == null ? super.getItem(key) : invoke(this, f, key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
      PyObject f = override(cls, "__setitem__");
      if (f == null) {
        super.setItem(key, value);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key, value));
      }
    }

    @Override
    public void delItem(PyObject key) {
      PyObject f = override(cls, "__delitem__");
      if (f == null) {
        super.delItem(key);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key));
      }
    }

    @Override
    public boolean contains(PyObject item) {
      PyObject f = override(cls, "__contains__");
      return f == null ? super.contains(item) : truthOf(invoke(this, f, item));
    }

    @Override
    public PyObject iter() {
      PyObject f = override(cls, "__iter__");
      return f == null ? super.iter() : iterResult(invoke(this, f));
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
      PyObject f = override(cls, "__call__");
      return f == null
          ? super.call(ts, args, kwnames)
          : Ops.callMethod(ts, f, this, cls, args, kwnames);
    }

    @Override
    public PyObject baseSlot(int slot, int op, PyObject a, PyObject b) {
      switch (slot) {
        case REPR:
          return new PyStr(super.repr());
        case STR:
          return new PyStr(super.str());
        case HASH:
          return PyInt.of(super.hash());
        case BOOL:
          return PyBool.of(super.isTrue());
        case LEN:
          return PyInt.of(super.len());
        case GETITEM:
          return super.getItem(a);
        case SETITEM:
          super.setItem(a, b);
          return PyNone.NONE;
        case DELITEM:
          super.delItem(a);
          return PyNone.NONE;
        case CONTAINS:
          return PyBool.of(super.contains(a));
        case ITER:
          return super.iter();
        case RICHCMP:
          return super.richCompare(a, op);
        case BINOP:
          return super.binaryOp(op, a);
        case RBINOP:
          return super.reflectedBinaryOp(op, a);
        case IBINOP:
          return super.inplaceOp(op, a);
        case UNARY:
          return super.unaryOp(op);
        default:
          throw new IllegalArgumentException("slot " + slot);
      }
    }
  }

  /**
   * An instance of a program's subclass of set or frozenset: a PySet with a class and an attribute
   * dict.
   */
  static final class SetSub extends PySet implements Instance {
    private PyType cls;
    private final PyDict dict = new PyDict();

    /** The {@code __slots__} values (owned), made on first use. */
    private volatile PyDict slots;

    @Override
    public PyDict slotValues() {
      PyDict s = slots;
      if (s == null) {
        synchronized (dict) {
          s = slots;
          if (s == null) {
            s = new PyDict();
            Refs.incref(s);
            slots = s;
          }
        }
      }
      return s;
    }

    /**
     * A new instance, typed as a plain object so that callers do not make the JVM load this class
     * (and give up devirtualising the builtin's methods) until a program subclasses it.
     */
    static PyObject make(PyType cls, boolean frozen) {
      return new SetSub(cls, frozen);
    }

    private SetSub(PyType cls, boolean frozen) {
      super(frozen);
      this.cls = cls;
      Refs.incref(dict);
    }

    @Override
    public PyType type() {
      return cls;
    }

    @Override
    public PyDict instanceDict() {
      return dict;
    }

    @Override
    public void setClass(PyType t) {
      cls = t;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      super.traverse(visit);
      visit.accept(dict);
      if (slots != null) {
        visit.accept(slots);
      }
    }

    @Override
    public void release() {
      super.release();
      Refs.decref(dict);
      if (slots != null) {
        Refs.decref(slots);
      }
    }

    @Override
    public PyObject lookupAttr(String name) {
      return Derived.lookupAttr(this, cls, dict, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
      Derived.setAttr(this, cls, dict, name, value);
    }

    @Override
    public void delAttr(String name) {
      Derived.delAttr(this, cls, dict, name);
    }

    @Override
    public boolean usesGenericGetAttr() {
      return !cls.hasCustomGetAttribute();
    }

    @Override
    public String repr() {
      PyObject f = override(cls, "__repr__");
      return f == null ? super.repr() : text(invoke(this, f), "__repr__");
    }

    @Override
    public String str() {
      PyObject f = override(cls, "__str__");
      return f == null ? super.str() : text(invoke(this, f), "__str__");
    }

    @Override
    public boolean isTrue() {
      PyObject f = override(cls, "__bool__");
      if (f != null) {
        return truth(invoke(this, f));
      }
      if (override(cls, "__len__") != null) {
        return len() != 0;
      }
      return super.isTrue();
    }

    @Override
    public long hash() {
      PyObject f = cls.lookup("__hash__");
      if (f == null || f instanceof PyMethodDescriptor) {
        return super.hash();
      }
      return hashResult(this, f);
    }

    @Override
    public boolean eq(PyObject other) {
      if (override(cls, "__eq__") == null) {
        return super.eq(other);
      }
      return this == other || Ops.isTrue(Ops.compare(this, other, Ops.EQ));
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
      PyObject f = override(cls, Ops.COMPARE_DUNDERS[op]);
      return f == null
          ? super.richCompare(other, op)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.BINARY_DUNDERS[op]);
      return f == null ? super.binaryOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject reflectedBinaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.REFLECTED_DUNDERS[op]);
      return f == null
          ? super.reflectedBinaryOp(op, other)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.INPLACE_DUNDERS[op]);
      return f == null ? super.inplaceOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject unaryOp(int op) {
      PyObject f = override(cls, Ops.UNARY_DUNDERS[op]);
      return f == null ? super.unaryOp(op) : invoke(this, f);
    }

    @Override
    public int len() {
      PyObject f = override(cls, "__len__");
      return f == null ? super.len() : lenResult(invoke(this, f));
    }

    @Override
    public PyObject getItem(PyObject key) {
      PyObject f = override(cls, "__getitem__");
      return f == null ? super.getItem(key) : invoke(this, f, key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
      PyObject f = override(cls, "__setitem__");
      if (f == null) {
        super.setItem(key, value);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key, value));
      }
    }

    @Override
    public void delItem(PyObject key) {
      PyObject f = override(cls, "__delitem__");
      if (f == null) {
        super.delItem(key);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key));
      }
    }

    @Override
    public boolean contains(PyObject item) {
      PyObject f = override(cls, "__contains__");
      return f == null ? super.contains(item) : truthOf(invoke(this, f, item));
    }

    @Override
    public PyObject iter() {
      PyObject f = override(cls, "__iter__");
      return f == null ? super.iter() : iterResult(invoke(this, f));
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
      PyObject f = override(cls, "__call__");
      return f == null
          ? super.call(ts, args, kwnames)
          : Ops.callMethod(ts, f, this, cls, args, kwnames);
    }

    @Override
    public PyObject baseSlot(int slot, int op, PyObject a, PyObject b) {
      switch (slot) {
        case REPR:
          return new PyStr(super.repr());
        case STR:
          return new PyStr(super.str());
        case HASH:
          return PyInt.of(super.hash());
        case BOOL:
          return PyBool.of(super.isTrue());
        case LEN:
          return PyInt.of(super.len());
        case GETITEM:
          return super.getItem(a);
        case SETITEM:
          super.setItem(a, b);
          return PyNone.NONE;
        case DELITEM:
          super.delItem(a);
          return PyNone.NONE;
        case CONTAINS:
          return PyBool.of(super.contains(a));
        case ITER:
          return super.iter();
        case RICHCMP:
          return super.richCompare(a, op);
        case BINOP:
          return super.binaryOp(op, a);
        case RBINOP:
          return super.reflectedBinaryOp(op, a);
        case IBINOP:
          return super.inplaceOp(op, a);
        case UNARY:
          return super.unaryOp(op);
        default:
          throw new IllegalArgumentException("slot " + slot);
      }
    }
  }

  /**
   * An instance of a program's subclass of tuple (takes over the references to the items): a
   * PyTuple with a class and an attribute dict.
   */
  static final class TupleSub extends PyTuple implements Instance {
    private PyType cls;
    private final PyDict dict = new PyDict();

    /** The {@code __slots__} values (owned), made on first use. */
    private volatile PyDict slots;

    @Override
    public PyDict slotValues() {
      PyDict s = slots;
      if (s == null) {
        synchronized (dict) {
          s = slots;
          if (s == null) {
            s = new PyDict();
            Refs.incref(s);
            slots = s;
          }
        }
      }
      return s;
    }

    /**
     * A new instance, typed as a plain object so that callers do not make the JVM load this class
     * (and give up devirtualising the builtin's methods) until a program subclasses it.
     */
    static PyObject make(PyType cls, PyObject[] items) {
      return new TupleSub(cls, items);
    }

    private TupleSub(PyType cls, PyObject[] items) {
      super(items);
      this.cls = cls;
      Refs.incref(dict);
    }

    @Override
    public PyType type() {
      return cls;
    }

    @Override
    public PyDict instanceDict() {
      return dict;
    }

    @Override
    public void setClass(PyType t) {
      cls = t;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      super.traverse(visit);
      visit.accept(dict);
      if (slots != null) {
        visit.accept(slots);
      }
    }

    @Override
    public void release() {
      super.release();
      Refs.decref(dict);
      if (slots != null) {
        Refs.decref(slots);
      }
    }

    @Override
    public PyObject lookupAttr(String name) {
      return Derived.lookupAttr(this, cls, dict, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
      Derived.setAttr(this, cls, dict, name, value);
    }

    @Override
    public void delAttr(String name) {
      Derived.delAttr(this, cls, dict, name);
    }

    @Override
    public boolean usesGenericGetAttr() {
      return !cls.hasCustomGetAttribute();
    }

    @Override
    public String repr() {
      PyObject f = override(cls, "__repr__");
      return f == null ? super.repr() : text(invoke(this, f), "__repr__");
    }

    @Override
    public String str() {
      PyObject f = override(cls, "__str__");
      return f == null ? super.str() : text(invoke(this, f), "__str__");
    }

    @Override
    public boolean isTrue() {
      PyObject f = override(cls, "__bool__");
      if (f != null) {
        return truth(invoke(this, f));
      }
      if (override(cls, "__len__") != null) {
        return len() != 0;
      }
      return super.isTrue();
    }

    @Override
    public long hash() {
      PyObject f = cls.lookup("__hash__");
      if (f == null || f instanceof PyMethodDescriptor) {
        return super.hash();
      }
      return hashResult(this, f);
    }

    @Override
    public boolean eq(PyObject other) {
      if (override(cls, "__eq__") == null) {
        return super.eq(other);
      }
      return this == other || Ops.isTrue(Ops.compare(this, other, Ops.EQ));
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
      PyObject f = override(cls, Ops.COMPARE_DUNDERS[op]);
      return f == null
          ? super.richCompare(other, op)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.BINARY_DUNDERS[op]);
      return f == null ? super.binaryOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject reflectedBinaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.REFLECTED_DUNDERS[op]);
      return f == null
          ? super.reflectedBinaryOp(op, other)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.INPLACE_DUNDERS[op]);
      return f == null ? super.inplaceOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject unaryOp(int op) {
      PyObject f = override(cls, Ops.UNARY_DUNDERS[op]);
      return f == null ? super.unaryOp(op) : invoke(this, f);
    }

    @Override
    public int len() {
      PyObject f = override(cls, "__len__");
      return f == null ? super.len() : lenResult(invoke(this, f));
    }

    @Override
    public PyObject getItem(PyObject key) {
      PyObject f = override(cls, "__getitem__");
      return f == null ? super.getItem(key) : invoke(this, f, key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
      PyObject f = override(cls, "__setitem__");
      if (f == null) {
        super.setItem(key, value);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key, value));
      }
    }

    @Override
    public void delItem(PyObject key) {
      PyObject f = override(cls, "__delitem__");
      if (f == null) {
        super.delItem(key);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key));
      }
    }

    @Override
    public boolean contains(PyObject item) {
      PyObject f = override(cls, "__contains__");
      return f == null ? super.contains(item) : truthOf(invoke(this, f, item));
    }

    @Override
    public PyObject iter() {
      PyObject f = override(cls, "__iter__");
      return f == null ? super.iter() : iterResult(invoke(this, f));
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
      PyObject f = override(cls, "__call__");
      return f == null
          ? super.call(ts, args, kwnames)
          : Ops.callMethod(ts, f, this, cls, args, kwnames);
    }

    @Override
    public PyObject baseSlot(int slot, int op, PyObject a, PyObject b) {
      switch (slot) {
        case REPR:
          return new PyStr(super.repr());
        case STR:
          return new PyStr(super.str());
        case HASH:
          return PyInt.of(super.hash());
        case BOOL:
          return PyBool.of(super.isTrue());
        case LEN:
          return PyInt.of(super.len());
        case GETITEM:
          return super.getItem(a);
        case SETITEM:
          super.setItem(a, b);
          return PyNone.NONE;
        case DELITEM:
          super.delItem(a);
          return PyNone.NONE;
        case CONTAINS:
          return PyBool.of(super.contains(a));
        case ITER:
          return super.iter();
        case RICHCMP:
          return super.richCompare(a, op);
        case BINOP:
          return super.binaryOp(op, a);
        case RBINOP:
          return super.reflectedBinaryOp(op, a);
        case IBINOP:
          return super.inplaceOp(op, a);
        case UNARY:
          return super.unaryOp(op);
        default:
          throw new IllegalArgumentException("slot " + slot);
      }
    }
  }

  /** An instance of a program's subclass of str: a PyStr with a class and an attribute dict. */
  static final class StrSub extends PyStr implements Instance {
    private PyType cls;
    private final PyDict dict = new PyDict();

    /** The {@code __slots__} values (owned), made on first use. */
    private volatile PyDict slots;

    @Override
    public PyDict slotValues() {
      PyDict s = slots;
      if (s == null) {
        synchronized (dict) {
          s = slots;
          if (s == null) {
            s = new PyDict();
            Refs.incref(s);
            slots = s;
          }
        }
      }
      return s;
    }

    /**
     * A new instance, typed as a plain object so that callers do not make the JVM load this class
     * (and give up devirtualising the builtin's methods) until a program subclasses it.
     */
    static PyObject make(PyType cls, String value) {
      return new StrSub(cls, value);
    }

    private StrSub(PyType cls, String value) {
      super(value);
      this.cls = cls;
      Refs.incref(dict);
    }

    @Override
    public PyType type() {
      return cls;
    }

    @Override
    public PyDict instanceDict() {
      return dict;
    }

    @Override
    public void setClass(PyType t) {
      cls = t;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      super.traverse(visit);
      visit.accept(dict);
      if (slots != null) {
        visit.accept(slots);
      }
    }

    @Override
    public void release() {
      super.release();
      Refs.decref(dict);
      if (slots != null) {
        Refs.decref(slots);
      }
    }

    @Override
    public PyObject lookupAttr(String name) {
      return Derived.lookupAttr(this, cls, dict, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
      Derived.setAttr(this, cls, dict, name, value);
    }

    @Override
    public void delAttr(String name) {
      Derived.delAttr(this, cls, dict, name);
    }

    @Override
    public boolean usesGenericGetAttr() {
      return !cls.hasCustomGetAttribute();
    }

    @Override
    public String repr() {
      PyObject f = override(cls, "__repr__");
      return f == null ? super.repr() : text(invoke(this, f), "__repr__");
    }

    @Override
    public String str() {
      PyObject f = override(cls, "__str__");
      return f == null ? super.str() : text(invoke(this, f), "__str__");
    }

    @Override
    public boolean isTrue() {
      PyObject f = override(cls, "__bool__");
      if (f != null) {
        return truth(invoke(this, f));
      }
      if (override(cls, "__len__") != null) {
        return len() != 0;
      }
      return super.isTrue();
    }

    @Override
    public long hash() {
      PyObject f = cls.lookup("__hash__");
      if (f == null || f instanceof PyMethodDescriptor) {
        return super.hash();
      }
      return hashResult(this, f);
    }

    @Override
    public boolean eq(PyObject other) {
      if (override(cls, "__eq__") == null) {
        return super.eq(other);
      }
      return this == other || Ops.isTrue(Ops.compare(this, other, Ops.EQ));
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
      PyObject f = override(cls, Ops.COMPARE_DUNDERS[op]);
      return f == null
          ? super.richCompare(other, op)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.BINARY_DUNDERS[op]);
      return f == null ? super.binaryOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject reflectedBinaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.REFLECTED_DUNDERS[op]);
      return f == null
          ? super.reflectedBinaryOp(op, other)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.INPLACE_DUNDERS[op]);
      return f == null ? super.inplaceOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject unaryOp(int op) {
      PyObject f = override(cls, Ops.UNARY_DUNDERS[op]);
      return f == null ? super.unaryOp(op) : invoke(this, f);
    }

    @Override
    public int len() {
      PyObject f = override(cls, "__len__");
      return f == null ? super.len() : lenResult(invoke(this, f));
    }

    @Override
    public PyObject getItem(PyObject key) {
      PyObject f = override(cls, "__getitem__");
      return f == null ? super.getItem(key) : invoke(this, f, key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
      PyObject f = override(cls, "__setitem__");
      if (f == null) {
        super.setItem(key, value);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key, value));
      }
    }

    @Override
    public void delItem(PyObject key) {
      PyObject f = override(cls, "__delitem__");
      if (f == null) {
        super.delItem(key);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key));
      }
    }

    @Override
    public boolean contains(PyObject item) {
      PyObject f = override(cls, "__contains__");
      return f == null ? super.contains(item) : truthOf(invoke(this, f, item));
    }

    @Override
    public PyObject iter() {
      PyObject f = override(cls, "__iter__");
      return f == null ? super.iter() : iterResult(invoke(this, f));
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
      PyObject f = override(cls, "__call__");
      return f == null
          ? super.call(ts, args, kwnames)
          : Ops.callMethod(ts, f, this, cls, args, kwnames);
    }

    @Override
    public PyObject baseSlot(int slot, int op, PyObject a, PyObject b) {
      switch (slot) {
        case REPR:
          return new PyStr(super.repr());
        case STR:
          return new PyStr(super.str());
        case HASH:
          return PyInt.of(super.hash());
        case BOOL:
          return PyBool.of(super.isTrue());
        case LEN:
          return PyInt.of(super.len());
        case GETITEM:
          return super.getItem(a);
        case SETITEM:
          super.setItem(a, b);
          return PyNone.NONE;
        case DELITEM:
          super.delItem(a);
          return PyNone.NONE;
        case CONTAINS:
          return PyBool.of(super.contains(a));
        case ITER:
          return super.iter();
        case RICHCMP:
          return super.richCompare(a, op);
        case BINOP:
          return super.binaryOp(op, a);
        case RBINOP:
          return super.reflectedBinaryOp(op, a);
        case IBINOP:
          return super.inplaceOp(op, a);
        case UNARY:
          return super.unaryOp(op);
        default:
          throw new IllegalArgumentException("slot " + slot);
      }
    }
  }

  /** An instance of a program's subclass of int: a PyInt with a class and an attribute dict. */
  static final class IntSub extends PyInt implements Instance {
    private PyType cls;
    private final PyDict dict = new PyDict();

    /** The {@code __slots__} values (owned), made on first use. */
    private volatile PyDict slots;

    @Override
    public PyDict slotValues() {
      PyDict s = slots;
      if (s == null) {
        synchronized (dict) {
          s = slots;
          if (s == null) {
            s = new PyDict();
            Refs.incref(s);
            slots = s;
          }
        }
      }
      return s;
    }

    /**
     * A new instance, typed as a plain object so that callers do not make the JVM load this class
     * (and give up devirtualising the builtin's methods) until a program subclasses it.
     */
    static PyObject make(PyType cls, PyInt value) {
      return new IntSub(cls, value);
    }

    private IntSub(PyType cls, PyInt value) {
      super(0L);
      this.value = value.value;
      this.big = value.big;
      this.cls = cls;
      Refs.incref(dict);
    }

    @Override
    public PyType type() {
      return cls;
    }

    @Override
    public PyDict instanceDict() {
      return dict;
    }

    @Override
    public void setClass(PyType t) {
      cls = t;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      super.traverse(visit);
      visit.accept(dict);
      if (slots != null) {
        visit.accept(slots);
      }
    }

    @Override
    public void release() {
      super.release();
      Refs.decref(dict);
      if (slots != null) {
        Refs.decref(slots);
      }
    }

    @Override
    public PyObject lookupAttr(String name) {
      return Derived.lookupAttr(this, cls, dict, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
      Derived.setAttr(this, cls, dict, name, value);
    }

    @Override
    public void delAttr(String name) {
      Derived.delAttr(this, cls, dict, name);
    }

    @Override
    public boolean usesGenericGetAttr() {
      return !cls.hasCustomGetAttribute();
    }

    @Override
    public String repr() {
      PyObject f = override(cls, "__repr__");
      return f == null ? super.repr() : text(invoke(this, f), "__repr__");
    }

    @Override
    public String str() {
      PyObject f = override(cls, "__str__");
      return f == null ? repr() : text(invoke(this, f), "__str__");
    }

    @Override
    public boolean isTrue() {
      PyObject f = override(cls, "__bool__");
      if (f != null) {
        return truth(invoke(this, f));
      }
      if (override(cls, "__len__") != null) {
        return len() != 0;
      }
      return super.isTrue();
    }

    @Override
    public long hash() {
      PyObject f = cls.lookup("__hash__");
      if (f == null || f instanceof PyMethodDescriptor) {
        return super.hash();
      }
      return hashResult(this, f);
    }

    @Override
    public boolean eq(PyObject other) {
      if (override(cls, "__eq__") == null) {
        return super.eq(other);
      }
      return this == other || Ops.isTrue(Ops.compare(this, other, Ops.EQ));
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
      PyObject f = override(cls, Ops.COMPARE_DUNDERS[op]);
      return f == null
          ? super.richCompare(other, op)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.BINARY_DUNDERS[op]);
      return f == null ? super.binaryOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject reflectedBinaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.REFLECTED_DUNDERS[op]);
      return f == null
          ? super.reflectedBinaryOp(op, other)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.INPLACE_DUNDERS[op]);
      return f == null ? super.inplaceOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject unaryOp(int op) {
      PyObject f = override(cls, Ops.UNARY_DUNDERS[op]);
      return f == null ? super.unaryOp(op) : invoke(this, f);
    }

    @Override
    public int len() {
      PyObject f = override(cls, "__len__");
      return f == null ? super.len() : lenResult(invoke(this, f));
    }

    @Override
    public PyObject getItem(PyObject key) {
      PyObject f = override(cls, "__getitem__");
      return f == null ? super.getItem(key) : invoke(this, f, key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
      PyObject f = override(cls, "__setitem__");
      if (f == null) {
        super.setItem(key, value);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key, value));
      }
    }

    @Override
    public void delItem(PyObject key) {
      PyObject f = override(cls, "__delitem__");
      if (f == null) {
        super.delItem(key);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key));
      }
    }

    @Override
    public boolean contains(PyObject item) {
      PyObject f = override(cls, "__contains__");
      return f == null ? super.contains(item) : truthOf(invoke(this, f, item));
    }

    @Override
    public PyObject iter() {
      PyObject f = override(cls, "__iter__");
      return f == null ? super.iter() : iterResult(invoke(this, f));
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
      PyObject f = override(cls, "__call__");
      return f == null
          ? super.call(ts, args, kwnames)
          : Ops.callMethod(ts, f, this, cls, args, kwnames);
    }

    @Override
    public PyObject baseSlot(int slot, int op, PyObject a, PyObject b) {
      switch (slot) {
        case REPR:
          return new PyStr(super.repr());
        case STR:
          return new PyStr(repr());
        case HASH:
          return PyInt.of(super.hash());
        case BOOL:
          return PyBool.of(super.isTrue());
        case LEN:
          return PyInt.of(super.len());
        case GETITEM:
          return super.getItem(a);
        case SETITEM:
          super.setItem(a, b);
          return PyNone.NONE;
        case DELITEM:
          super.delItem(a);
          return PyNone.NONE;
        case CONTAINS:
          return PyBool.of(super.contains(a));
        case ITER:
          return super.iter();
        case RICHCMP:
          return super.richCompare(a, op);
        case BINOP:
          return super.binaryOp(op, a);
        case RBINOP:
          return super.reflectedBinaryOp(op, a);
        case IBINOP:
          return super.inplaceOp(op, a);
        case UNARY:
          return super.unaryOp(op);
        default:
          throw new IllegalArgumentException("slot " + slot);
      }
    }
  }

  /** An instance of a program's subclass of float: a PyFloat with a class and an attribute dict. */
  static final class FloatSub extends PyFloat implements Instance {
    private PyType cls;
    private final PyDict dict = new PyDict();

    /** The {@code __slots__} values (owned), made on first use. */
    private volatile PyDict slots;

    @Override
    public PyDict slotValues() {
      PyDict s = slots;
      if (s == null) {
        synchronized (dict) {
          s = slots;
          if (s == null) {
            s = new PyDict();
            Refs.incref(s);
            slots = s;
          }
        }
      }
      return s;
    }

    /**
     * A new instance, typed as a plain object so that callers do not make the JVM load this class
     * (and give up devirtualising the builtin's methods) until a program subclasses it.
     */
    static PyObject make(PyType cls, double value) {
      return new FloatSub(cls, value);
    }

    private FloatSub(PyType cls, double value) {
      super(value);
      this.cls = cls;
      Refs.incref(dict);
    }

    @Override
    public PyType type() {
      return cls;
    }

    @Override
    public PyDict instanceDict() {
      return dict;
    }

    @Override
    public void setClass(PyType t) {
      cls = t;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      super.traverse(visit);
      visit.accept(dict);
      if (slots != null) {
        visit.accept(slots);
      }
    }

    @Override
    public void release() {
      super.release();
      Refs.decref(dict);
      if (slots != null) {
        Refs.decref(slots);
      }
    }

    @Override
    public PyObject lookupAttr(String name) {
      return Derived.lookupAttr(this, cls, dict, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
      Derived.setAttr(this, cls, dict, name, value);
    }

    @Override
    public void delAttr(String name) {
      Derived.delAttr(this, cls, dict, name);
    }

    @Override
    public boolean usesGenericGetAttr() {
      return !cls.hasCustomGetAttribute();
    }

    @Override
    public String repr() {
      PyObject f = override(cls, "__repr__");
      return f == null ? super.repr() : text(invoke(this, f), "__repr__");
    }

    @Override
    public String str() {
      PyObject f = override(cls, "__str__");
      return f == null ? repr() : text(invoke(this, f), "__str__");
    }

    @Override
    public boolean isTrue() {
      PyObject f = override(cls, "__bool__");
      if (f != null) {
        return truth(invoke(this, f));
      }
      if (override(cls, "__len__") != null) {
        return len() != 0;
      }
      return super.isTrue();
    }

    @Override
    public long hash() {
      PyObject f = cls.lookup("__hash__");
      if (f == null || f instanceof PyMethodDescriptor) {
        return super.hash();
      }
      return hashResult(this, f);
    }

    @Override
    public boolean eq(PyObject other) {
      if (override(cls, "__eq__") == null) {
        return super.eq(other);
      }
      return this == other || Ops.isTrue(Ops.compare(this, other, Ops.EQ));
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
      PyObject f = override(cls, Ops.COMPARE_DUNDERS[op]);
      return f == null
          ? super.richCompare(other, op)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.BINARY_DUNDERS[op]);
      return f == null ? super.binaryOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject reflectedBinaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.REFLECTED_DUNDERS[op]);
      return f == null
          ? super.reflectedBinaryOp(op, other)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.INPLACE_DUNDERS[op]);
      return f == null ? super.inplaceOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject unaryOp(int op) {
      PyObject f = override(cls, Ops.UNARY_DUNDERS[op]);
      return f == null ? super.unaryOp(op) : invoke(this, f);
    }

    @Override
    public int len() {
      PyObject f = override(cls, "__len__");
      return f == null ? super.len() : lenResult(invoke(this, f));
    }

    @Override
    public PyObject getItem(PyObject key) {
      PyObject f = override(cls, "__getitem__");
      return f == null ? super.getItem(key) : invoke(this, f, key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
      PyObject f = override(cls, "__setitem__");
      if (f == null) {
        super.setItem(key, value);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key, value));
      }
    }

    @Override
    public void delItem(PyObject key) {
      PyObject f = override(cls, "__delitem__");
      if (f == null) {
        super.delItem(key);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key));
      }
    }

    @Override
    public boolean contains(PyObject item) {
      PyObject f = override(cls, "__contains__");
      return f == null ? super.contains(item) : truthOf(invoke(this, f, item));
    }

    @Override
    public PyObject iter() {
      PyObject f = override(cls, "__iter__");
      return f == null ? super.iter() : iterResult(invoke(this, f));
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
      PyObject f = override(cls, "__call__");
      return f == null
          ? super.call(ts, args, kwnames)
          : Ops.callMethod(ts, f, this, cls, args, kwnames);
    }

    @Override
    public PyObject baseSlot(int slot, int op, PyObject a, PyObject b) {
      switch (slot) {
        case REPR:
          return new PyStr(super.repr());
        case STR:
          return new PyStr(repr());
        case HASH:
          return PyInt.of(super.hash());
        case BOOL:
          return PyBool.of(super.isTrue());
        case LEN:
          return PyInt.of(super.len());
        case GETITEM:
          return super.getItem(a);
        case SETITEM:
          super.setItem(a, b);
          return PyNone.NONE;
        case DELITEM:
          super.delItem(a);
          return PyNone.NONE;
        case CONTAINS:
          return PyBool.of(super.contains(a));
        case ITER:
          return super.iter();
        case RICHCMP:
          return super.richCompare(a, op);
        case BINOP:
          return super.binaryOp(op, a);
        case RBINOP:
          return super.reflectedBinaryOp(op, a);
        case IBINOP:
          return super.inplaceOp(op, a);
        case UNARY:
          return super.unaryOp(op);
        default:
          throw new IllegalArgumentException("slot " + slot);
      }
    }
  }

  /** An instance of a program's subclass of bytes: a PyBytes with a class and an attribute dict. */
  static final class BytesSub extends PyBytes implements Instance {
    private PyType cls;
    private final PyDict dict = new PyDict();

    /** The {@code __slots__} values (owned), made on first use. */
    private volatile PyDict slots;

    @Override
    public PyDict slotValues() {
      PyDict s = slots;
      if (s == null) {
        synchronized (dict) {
          s = slots;
          if (s == null) {
            s = new PyDict();
            Refs.incref(s);
            slots = s;
          }
        }
      }
      return s;
    }

    /**
     * A new instance, typed as a plain object so that callers do not make the JVM load this class
     * (and give up devirtualising the builtin's methods) until a program subclasses it.
     */
    static PyObject make(PyType cls, byte[] value) {
      return new BytesSub(cls, value);
    }

    private BytesSub(PyType cls, byte[] value) {
      super(value);
      this.cls = cls;
      Refs.incref(dict);
    }

    @Override
    public PyType type() {
      return cls;
    }

    @Override
    public PyDict instanceDict() {
      return dict;
    }

    @Override
    public void setClass(PyType t) {
      cls = t;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      super.traverse(visit);
      visit.accept(dict);
      if (slots != null) {
        visit.accept(slots);
      }
    }

    @Override
    public void release() {
      super.release();
      Refs.decref(dict);
      if (slots != null) {
        Refs.decref(slots);
      }
    }

    @Override
    public PyObject lookupAttr(String name) {
      return Derived.lookupAttr(this, cls, dict, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
      Derived.setAttr(this, cls, dict, name, value);
    }

    @Override
    public void delAttr(String name) {
      Derived.delAttr(this, cls, dict, name);
    }

    @Override
    public boolean usesGenericGetAttr() {
      return !cls.hasCustomGetAttribute();
    }

    @Override
    public String repr() {
      PyObject f = override(cls, "__repr__");
      return f == null ? super.repr() : text(invoke(this, f), "__repr__");
    }

    @Override
    public String str() {
      PyObject f = override(cls, "__str__");
      return f == null ? super.str() : text(invoke(this, f), "__str__");
    }

    @Override
    public boolean isTrue() {
      PyObject f = override(cls, "__bool__");
      if (f != null) {
        return truth(invoke(this, f));
      }
      if (override(cls, "__len__") != null) {
        return len() != 0;
      }
      return super.isTrue();
    }

    @Override
    public long hash() {
      PyObject f = cls.lookup("__hash__");
      if (f == null || f instanceof PyMethodDescriptor) {
        return super.hash();
      }
      return hashResult(this, f);
    }

    @Override
    public boolean eq(PyObject other) {
      if (override(cls, "__eq__") == null) {
        return super.eq(other);
      }
      return this == other || Ops.isTrue(Ops.compare(this, other, Ops.EQ));
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
      PyObject f = override(cls, Ops.COMPARE_DUNDERS[op]);
      return f == null
          ? super.richCompare(other, op)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.BINARY_DUNDERS[op]);
      return f == null ? super.binaryOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject reflectedBinaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.REFLECTED_DUNDERS[op]);
      return f == null
          ? super.reflectedBinaryOp(op, other)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.INPLACE_DUNDERS[op]);
      return f == null ? super.inplaceOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject unaryOp(int op) {
      PyObject f = override(cls, Ops.UNARY_DUNDERS[op]);
      return f == null ? super.unaryOp(op) : invoke(this, f);
    }

    @Override
    public int len() {
      PyObject f = override(cls, "__len__");
      return f == null ? super.len() : lenResult(invoke(this, f));
    }

    @Override
    public PyObject getItem(PyObject key) {
      PyObject f = override(cls, "__getitem__");
      return f == null ? super.getItem(key) : invoke(this, f, key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
      PyObject f = override(cls, "__setitem__");
      if (f == null) {
        super.setItem(key, value);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key, value));
      }
    }

    @Override
    public void delItem(PyObject key) {
      PyObject f = override(cls, "__delitem__");
      if (f == null) {
        super.delItem(key);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key));
      }
    }

    @Override
    public boolean contains(PyObject item) {
      PyObject f = override(cls, "__contains__");
      return f == null ? super.contains(item) : truthOf(invoke(this, f, item));
    }

    @Override
    public PyObject iter() {
      PyObject f = override(cls, "__iter__");
      return f == null ? super.iter() : iterResult(invoke(this, f));
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
      PyObject f = override(cls, "__call__");
      return f == null
          ? super.call(ts, args, kwnames)
          : Ops.callMethod(ts, f, this, cls, args, kwnames);
    }

    @Override
    public PyObject baseSlot(int slot, int op, PyObject a, PyObject b) {
      switch (slot) {
        case REPR:
          return new PyStr(super.repr());
        case STR:
          return new PyStr(super.str());
        case HASH:
          return PyInt.of(super.hash());
        case BOOL:
          return PyBool.of(super.isTrue());
        case LEN:
          return PyInt.of(super.len());
        case GETITEM:
          return super.getItem(a);
        case SETITEM:
          super.setItem(a, b);
          return PyNone.NONE;
        case DELITEM:
          super.delItem(a);
          return PyNone.NONE;
        case CONTAINS:
          return PyBool.of(super.contains(a));
        case ITER:
          return super.iter();
        case RICHCMP:
          return super.richCompare(a, op);
        case BINOP:
          return super.binaryOp(op, a);
        case RBINOP:
          return super.reflectedBinaryOp(op, a);
        case IBINOP:
          return super.inplaceOp(op, a);
        case UNARY:
          return super.unaryOp(op);
        default:
          throw new IllegalArgumentException("slot " + slot);
      }
    }
  }

  /**
   * An instance of a program's subclass of collections.deque: a PyDeque with a class and an
   * attribute dict.
   */
  static final class DequeSub extends PyDeque implements Instance {
    private PyType cls;
    private final PyDict dict = new PyDict();

    /** The {@code __slots__} values (owned), made on first use. */
    private volatile PyDict slots;

    @Override
    public PyDict slotValues() {
      PyDict s = slots;
      if (s == null) {
        synchronized (dict) {
          s = slots;
          if (s == null) {
            s = new PyDict();
            Refs.incref(s);
            slots = s;
          }
        }
      }
      return s;
    }

    /**
     * A new instance, typed as a plain object so that callers do not make the JVM load this class
     * (and give up devirtualising the builtin's methods) until a program subclasses it.
     */
    static PyObject make(PyType cls) {
      return new DequeSub(cls);
    }

    private DequeSub(PyType cls) {
      super();
      this.cls = cls;
      Refs.incref(dict);
    }

    @Override
    public PyType type() {
      return cls;
    }

    @Override
    public PyDict instanceDict() {
      return dict;
    }

    @Override
    public void setClass(PyType t) {
      cls = t;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      super.traverse(visit);
      visit.accept(dict);
      if (slots != null) {
        visit.accept(slots);
      }
    }

    @Override
    public void release() {
      super.release();
      Refs.decref(dict);
      if (slots != null) {
        Refs.decref(slots);
      }
    }

    @Override
    public PyObject lookupAttr(String name) {
      return Derived.lookupAttr(this, cls, dict, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
      Derived.setAttr(this, cls, dict, name, value);
    }

    @Override
    public void delAttr(String name) {
      Derived.delAttr(this, cls, dict, name);
    }

    @Override
    public boolean usesGenericGetAttr() {
      return !cls.hasCustomGetAttribute();
    }

    @Override
    public String repr() {
      PyObject f = override(cls, "__repr__");
      return f == null ? super.repr() : text(invoke(this, f), "__repr__");
    }

    @Override
    public String str() {
      PyObject f = override(cls, "__str__");
      return f == null ? super.str() : text(invoke(this, f), "__str__");
    }

    @Override
    public boolean isTrue() {
      PyObject f = override(cls, "__bool__");
      if (f != null) {
        return truth(invoke(this, f));
      }
      if (override(cls, "__len__") != null) {
        return len() != 0;
      }
      return super.isTrue();
    }

    @Override
    public long hash() {
      PyObject f = cls.lookup("__hash__");
      if (f == null || f instanceof PyMethodDescriptor) {
        return super.hash();
      }
      return hashResult(this, f);
    }

    @Override
    public boolean eq(PyObject other) {
      if (override(cls, "__eq__") == null) {
        return super.eq(other);
      }
      return this == other || Ops.isTrue(Ops.compare(this, other, Ops.EQ));
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
      PyObject f = override(cls, Ops.COMPARE_DUNDERS[op]);
      return f == null
          ? super.richCompare(other, op)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.BINARY_DUNDERS[op]);
      return f == null ? super.binaryOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject reflectedBinaryOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.REFLECTED_DUNDERS[op]);
      return f == null
          ? super.reflectedBinaryOp(op, other)
          : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
      PyObject f = override(cls, Ops.INPLACE_DUNDERS[op]);
      return f == null ? super.inplaceOp(op, other) : notImplementedToNull(invoke(this, f, other));
    }

    @Override
    public PyObject unaryOp(int op) {
      PyObject f = override(cls, Ops.UNARY_DUNDERS[op]);
      return f == null ? super.unaryOp(op) : invoke(this, f);
    }

    @Override
    public int len() {
      PyObject f = override(cls, "__len__");
      return f == null ? super.len() : lenResult(invoke(this, f));
    }

    @Override
    public PyObject getItem(PyObject key) {
      PyObject f = override(cls, "__getitem__");
      return f == null ? super.getItem(key) : invoke(this, f, key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
      PyObject f = override(cls, "__setitem__");
      if (f == null) {
        super.setItem(key, value);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key, value));
      }
    }

    @Override
    public void delItem(PyObject key) {
      PyObject f = override(cls, "__delitem__");
      if (f == null) {
        super.delItem(key);
      } else {
        Refs.discard(ThreadState.current(), invoke(this, f, key));
      }
    }

    @Override
    public boolean contains(PyObject item) {
      PyObject f = override(cls, "__contains__");
      return f == null ? super.contains(item) : truthOf(invoke(this, f, item));
    }

    @Override
    public PyObject iter() {
      PyObject f = override(cls, "__iter__");
      return f == null ? super.iter() : iterResult(invoke(this, f));
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
      PyObject f = override(cls, "__call__");
      return f == null
          ? super.call(ts, args, kwnames)
          : Ops.callMethod(ts, f, this, cls, args, kwnames);
    }

    @Override
    public PyObject baseSlot(int slot, int op, PyObject a, PyObject b) {
      switch (slot) {
        case REPR:
          return new PyStr(super.repr());
        case STR:
          return new PyStr(super.str());
        case HASH:
          return PyInt.of(super.hash());
        case BOOL:
          return PyBool.of(super.isTrue());
        case LEN:
          return PyInt.of(super.len());
        case GETITEM:
          return super.getItem(a);
        case SETITEM:
          super.setItem(a, b);
          return PyNone.NONE;
        case DELITEM:
          super.delItem(a);
          return PyNone.NONE;
        case CONTAINS:
          return PyBool.of(super.contains(a));
        case ITER:
          return super.iter();
        case RICHCMP:
          return super.richCompare(a, op);
        case BINOP:
          return super.binaryOp(op, a);
        case RBINOP:
          return super.reflectedBinaryOp(op, a);
        case IBINOP:
          return super.inplaceOp(op, a);
        case UNARY:
          return super.unaryOp(op);
        default:
          throw new IllegalArgumentException("slot " + slot);
      }
    }
  }
}
