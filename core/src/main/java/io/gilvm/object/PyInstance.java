package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/**
 * An instance of a class defined by the program: an attribute dict, and every protocol method
 * routed to the class's dunder method ({@code __repr__}, {@code __eq__}, {@code __len__}, …).
 */
public class PyInstance extends PyObject {
  private PyType type;

  /** The attribute dict; null for a class whose {@code __slots__} leave it out. */
  final PyDict dict;

  /** The weak references to this instance; null until the first ({@link PyWeakRef}). */
  PyWeakRef.Holder weakrefs;

  /** The values of the class's {@code __slots__}, by name (not visible as {@code __dict__}). */
  final PyDict slots;

  public PyInstance(PyType type) {
    this.type = type;
    // The instance owns its dict: `obj.__dict__` hands it out, and dropping that must not free it.
    this.dict = type.instancesHaveDict() ? new PyDict() : null;
    this.slots = type.hasSlots() ? new PyDict() : null;
    if (dict != null) {
      Refs.incref(dict);
    }
    if (slots != null) {
      Refs.incref(slots);
    }
  }

  private boolean finalized;

  /** Marks the instance finalized; false if its {@code __del__} already ran. */
  public boolean markFinalized() {
    if (finalized) {
      return false;
    }
    finalized = true;
    return true;
  }

  /** {@code self.__class__ = t}, already checked to have the same layout. */
  void setClass(PyType t) {
    type = t;
  }

  /** The values of the instance's slots, or null when its class has none. */
  PyDict slotValues() {
    return slots;
  }

  @Override
  public PyType type() {
    return type;
  }

  /** The instance's attribute dict. */
  public PyDict dict() {
    return dict;
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    if (dict != null) {
      visit.accept(dict);
    }
    if (slots != null) {
      visit.accept(slots);
    }
  }

  @Override
  public void release() {
    PyWeakRef.Holder w = weakrefs;
    if (w != null) {
      // Weak references die first, their callbacks seeing the instance still whole.
      PyWeakRef.clearAll(ThreadState.current(), w);
    }
    if (dict != null) {
      Refs.decref(dict);
    }
    if (slots != null) {
      Refs.decref(slots);
    }
  }

  /**
   * Calls the dunder {@code name} with self and args; null when the class has none other than
   * {@code object}'s default (which the Java default behaviour already implements).
   */
  public final PyObject callDunder(String name, PyObject... args) {
    PyObject f = type.lookup(name);
    if (f == null || f == PyType.OBJECT.getOwn(name)) {
      return null;
    }
    return Ops.callMethod(ThreadState.current(), f, this, type, args, null);
  }

  @Override
  public PyDict instanceDict() {
    return dict();
  }

  @Override
  public PyObject lookupAttr(String name) {
    return Derived.lookupAttr(this, type, dict, name);
  }

  @Override
  public void setAttr(String name, PyObject value) {
    Derived.setAttr(this, type, dict, name, value);
  }

  @Override
  public void delAttr(String name) {
    Derived.delAttr(this, type, dict, name);
  }

  @Override
  public boolean usesGenericGetAttr() {
    return !type.hasCustomGetAttribute();
  }

  // ---- instances of classes with __get__/__set__/__delete__ are descriptors ----

  @Override
  public PyObject bindTo(PyObject obj, PyType owner) {
    PyObject get = Derived.override(type, "__get__");
    if (get == null) {
      return this;
    }
    return Ops.callMethod(
        ThreadState.current(),
        get,
        this,
        type,
        new PyObject[] {obj == null ? PyNone.NONE : obj, owner},
        null);
  }

  @Override
  public boolean isDataDescriptor() {
    return Derived.override(type, "__set__") != null
        || Derived.override(type, "__delete__") != null;
  }

  @Override
  public void setThrough(PyObject obj, PyObject value) {
    PyObject set = Derived.override(type, "__set__");
    if (set == null) {
      throw PyException.attributeError("__set__");
    }
    Refs.discard(
        ThreadState.current(),
        Ops.callMethod(ThreadState.current(), set, this, type, new PyObject[] {obj, value}, null));
  }

  @Override
  public void deleteThrough(PyObject obj) {
    PyObject del = Derived.override(type, "__delete__");
    if (del == null) {
      throw PyException.attributeError("__delete__");
    }
    Refs.discard(
        ThreadState.current(),
        Ops.callMethod(ThreadState.current(), del, this, type, new PyObject[] {obj}, null));
  }

  @Override
  public String repr() {
    PyObject r = callDunder("__repr__");
    if (r != null) {
      if (!(r instanceof PyStr s)) {
        throw PyException.typeError("__repr__ returned non-string (type " + r.type().name() + ")");
      }
      return s.value();
    }
    return "<" + type.qualifiedName() + " object at 0x" + Long.toHexString(Builtins.id(this)) + ">";
  }

  @Override
  public String str() {
    PyObject r = callDunder("__str__");
    if (r != null) {
      if (!(r instanceof PyStr s)) {
        throw PyException.typeError("__str__ returned non-string (type " + r.type().name() + ")");
      }
      return s.value();
    }
    return repr();
  }

  @Override
  public boolean isTrue() {
    PyObject r = callDunder("__bool__");
    if (r != null) {
      if (!(r instanceof PyBool b)) {
        throw PyException.typeError("__bool__ should return bool, returned " + r.type().name());
      }
      return b == PyBool.TRUE;
    }
    if (type.lookup("__len__") != null) {
      return len() != 0;
    }
    return true;
  }

  @Override
  public long hash() {
    PyObject f = type.lookup("__hash__");
    if (f == PyNone.NONE) {
      throw PyException.typeError("unhashable type: '" + type.name() + "'");
    }
    if (f != null && f != PyType.OBJECT.getOwn("__hash__")) {
      PyObject r = Ops.callMethod(ThreadState.current(), f, this, type, new PyObject[0], null);
      if (!(r instanceof PyInt i)) {
        throw PyException.typeError("__hash__ method should return an integer");
      }
      return i.hash();
    }
    return super.hash();
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    PyObject r = callDunder(Ops.COMPARE_DUNDERS[op], other);
    if (r == null || r == PySingleton.NOT_IMPLEMENTED) {
      if (op == Ops.NE && type.lookup("__eq__") != PyType.OBJECT.getOwn("__eq__")) {
        PyObject e = callDunder("__eq__", other);
        if (e != null && e != PySingleton.NOT_IMPLEMENTED) {
          return PyBool.of(!e.isTrue());
        }
      }
      return super.richCompare(other, op);
    }
    return r;
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    PyObject r = callDunder(Ops.BINARY_DUNDERS[op], other);
    return r == PySingleton.NOT_IMPLEMENTED ? null : r;
  }

  @Override
  public PyObject reflectedBinaryOp(int op, PyObject other) {
    PyObject r = callDunder(Ops.REFLECTED_DUNDERS[op], other);
    return r == PySingleton.NOT_IMPLEMENTED ? null : r;
  }

  @Override
  public PyObject inplaceOp(int op, PyObject other) {
    PyObject r = callDunder(Ops.INPLACE_DUNDERS[op], other);
    return r == PySingleton.NOT_IMPLEMENTED ? null : r;
  }

  @Override
  public PyObject unaryOp(int op) {
    return callDunder(Ops.UNARY_DUNDERS[op]);
  }

  @Override
  public int len() {
    PyObject r = callDunder("__len__");
    if (r == null) {
      return super.len();
    }
    if (!(r instanceof PyInt i)) {
      throw PyException.typeError(
          "'" + r.type().name() + "' object cannot be interpreted as an integer");
    }
    if (!i.isBig() && i.longValue() < 0) {
      throw PyException.valueError("__len__() should return >= 0");
    }
    return i.asIndex();
  }

  @Override
  public PyObject getItem(PyObject key) {
    PyObject r = callDunder("__getitem__", key);
    return r != null ? r : super.getItem(key);
  }

  @Override
  public void setItem(PyObject key, PyObject value) {
    if (callDunder("__setitem__", key, value) == null) {
      super.setItem(key, value);
    }
  }

  @Override
  public void delItem(PyObject key) {
    if (callDunder("__delitem__", key) == null) {
      super.delItem(key);
    }
  }

  @Override
  public boolean contains(PyObject item) {
    PyObject r = callDunder("__contains__", item);
    if (r != null) {
      return r.isTrue();
    }
    return super.contains(item);
  }

  @Override
  public PyObject iter() {
    PyObject r = callDunder("__iter__");
    if (r != null) {
      if (r.type().lookup("__next__") == null
          && !(r instanceof PyIterators.Base)
          && !(r instanceof PyGenerator)) {
        throw PyException.typeError(
            "iter() returned non-iterator of type '" + r.type().name() + "'");
      }
      return r;
    }
    if (type.lookup("__getitem__") != null) {
      return new PyIterators.SequenceIterator(this);
    }
    return super.iter();
  }

  @Override
  public PyObject next() {
    try {
      PyObject r = callDunder("__next__");
      if (r == null) {
        return super.next();
      }
      return r;
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.STOP_ITERATION)) {
        return null;
      }
      throw e;
    }
  }

  @Override
  public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
    PyObject f = type.lookup("__call__");
    if (f == null) {
      return super.call(ts, args, kwnames);
    }
    return Ops.callMethod(ts, f, this, type, args, kwnames);
  }
}
