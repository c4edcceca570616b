package io.gilvm.object;

import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/** {@code staticmethod}, {@code classmethod} and {@code property}. */
public final class PyDescriptors {
  private PyDescriptors() {}

  /** {@code staticmethod(f)}: read through an instance or the class, it is {@code f} itself. */
  public static final class StaticMethod extends PyObject {
    final PyObject func;

    public StaticMethod(PyObject func) {
      Refs.incref(func);
      this.func = func;
    }

    @Override
    public PyType type() {
      return PyType.STATICMETHOD;
    }

    @Override
    public void release() {
      Refs.decref(func);
    }

    @Override
    public PyObject bindTo(PyObject obj, PyType owner) {
      return func;
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
      return func.call(ts, args, kwnames);
    }

    @Override
    public PyObject lookupAttr(String attr) {
      return attr.equals("__func__") ? func : func.lookupAttr(attr);
    }
  }

  /** {@code classmethod(f)}: bound to the class. */
  public static final class ClassMethod extends PyObject {
    final PyObject func;

    public ClassMethod(PyObject func) {
      Refs.incref(func);
      this.func = func;
    }

    @Override
    public PyType type() {
      return PyType.CLASSMETHOD;
    }

    @Override
    public void release() {
      Refs.decref(func);
    }

    @Override
    public PyObject bindTo(PyObject obj, PyType owner) {
      PyType cls = obj == null ? owner : obj.type();
      if (func instanceof PyBuiltinFunction bf) {
        // A builtin's class method (dict.fromkeys) binds as a builtin method, as in CPython.
        PyMethodDescriptor d =
            new PyMethodDescriptor(
                cls,
                bf.name(),
                (ts, self, a, kw) -> {
                  PyObject[] all = new PyObject[a.length + 1];
                  all[0] = self;
                  System.arraycopy(a, 0, all, 1, a.length);
                  return bf.body().call(ts, all, kw);
                });
        return new PyMethodDescriptor.Bound(d, cls);
      }
      return new PyBoundMethod(func, cls);
    }

    @Override
    public PyObject lookupAttr(String attr) {
      return attr.equals("__func__") ? func : func.lookupAttr(attr);
    }
  }

  /** {@code property(fget, fset, fdel)}, with the {@code .setter} decorator. */
  public static final class Property extends PyObject {
    final PyObject fget;
    final PyObject fset;
    final PyObject fdel;

    public Property(PyObject fget, PyObject fset, PyObject fdel) {
      this.fget = fget;
      this.fset = fset;
      this.fdel = fdel;
      for (PyObject f : new PyObject[] {fget, fset, fdel}) {
        if (f != null) {
          Refs.incref(f);
        }
      }
    }

    @Override
    public PyType type() {
      return PyType.PROPERTY;
    }

    @Override
    public void release() {
      for (PyObject f : new PyObject[] {fget, fset, fdel}) {
        if (f != null) {
          Refs.decref(f);
        }
      }
    }

    @Override
    public boolean isDataDescriptor() {
      return true;
    }

    @Override
    public PyObject bindTo(PyObject obj, PyType owner) {
      if (obj == null) {
        return this;
      }
      if (fget == null) {
        throw PyException.attributeError("unreadable attribute");
      }
      return fget.call(ThreadState.current(), new PyObject[] {obj}, null);
    }

    @Override
    public void setThrough(PyObject obj, PyObject value) {
      if (fset == null) {
        String name = fget instanceof PyFunction f ? f.name() : null;
        throw PyException.attributeError(
            name == null
                ? "can't set attribute"
                : "property '" + name + "' of '" + obj.type().name() + "' object has no setter");
      }
      fset.call(ThreadState.current(), new PyObject[] {obj, value}, null);
    }

    @Override
    public void deleteThrough(PyObject obj) {
      if (fdel == null) {
        String name = fget instanceof PyFunction f ? f.name() : null;
        throw PyException.attributeError(
            name == null
                ? "can't delete attribute"
                : "property '" + name + "' of '" + obj.type().name() + "' object has no deleter");
      }
      fdel.call(ThreadState.current(), new PyObject[] {obj}, null);
    }

    @Override
    public PyObject lookupAttr(String attr) {
      switch (attr) {
        case "setter":
          return new PyBuiltinFunction(
              "setter", null, (ts, a, kw) -> new Property(fget, a[0], fdel));
        case "getter":
          return new PyBuiltinFunction(
              "getter", null, (ts, a, kw) -> new Property(a[0], fset, fdel));
        case "deleter":
          return new PyBuiltinFunction(
              "deleter", null, (ts, a, kw) -> new Property(fget, fset, a[0]));
        case "fget":
          return fget == null ? PyNone.NONE : fget;
        case "fset":
          return fset == null ? PyNone.NONE : fset;
        case "fdel":
          return fdel == null ? PyNone.NONE : fdel;
        default:
          return super.lookupAttr(attr);
      }
    }
  }

  /** A slot named in {@code __slots__}: a data descriptor storing the value in the instance. */
  public static final class Slot extends PyObject {
    private final PyType owner;
    private final String name;

    Slot(PyType owner, String name) {
      this.owner = owner;
      this.name = name;
    }

    @Override
    public PyType type() {
      return MEMBER_DESCRIPTOR;
    }

    private PyDict store(PyObject obj) {
      if (obj instanceof PyInstance inst
          && inst.slotValues() != null
          && obj.type().isSubtypeOf(owner)) {
        return inst.slotValues();
      }
      if (obj instanceof Derived.Instance d && obj.type().isSubtypeOf(owner)) {
        // A subclass of a builtin container (class L(list): __slots__ = ('a',)) keeps its slot
        // values apart from its __dict__, as CPython keeps them in the object.
        return d.slotValues();
      }
      throw PyException.typeError(
          "descriptor '"
              + name
              + "' for '"
              + owner.name()
              + "' objects doesn't apply to a '"
              + obj.type().name()
              + "' object");
    }

    @Override
    public boolean isDataDescriptor() {
      return true;
    }

    @Override
    public PyObject bindTo(PyObject obj, PyType type) {
      if (obj == null) {
        return this;
      }
      PyObject v = store(obj).getStr(name);
      if (v == null) {
        throw PyException.attributeError(
            "'" + obj.type().name() + "' object has no attribute '" + name + "'");
      }
      return v;
    }

    @Override
    public void setThrough(PyObject obj, PyObject value) {
      store(obj).putStr(name, value);
    }

    @Override
    public void deleteThrough(PyObject obj) {
      if (!store(obj).delete(new PyStr(name))) {
        throw PyException.attributeError(name);
      }
    }

    @Override
    public PyObject lookupAttr(String attr) {
      if (attr.equals("__name__")) {
        return new PyStr(name);
      }
      if (attr.equals("__objclass__")) {
        return owner;
      }
      return super.lookupAttr(attr);
    }

    @Override
    public String repr() {
      return "<member '" + name + "' of '" + owner.name() + "' objects>";
    }
  }

  static final PyType MEMBER_DESCRIPTOR = PyType.builtin("member_descriptor", PyType.OBJECT);

  static final PyType GETSET_DESCRIPTOR = PyType.builtin("getset_descriptor", PyType.OBJECT);

  /** Reads a computed attribute of an instance. */
  @FunctionalInterface
  public interface Getter {
    PyObject get(PyObject obj);
  }

  /** Writes (value non-null) or deletes (value null) a computed attribute of an instance. */
  @FunctionalInterface
  public interface Setter {
    void set(PyObject obj, PyObject value);
  }

  /**
   * A computed attribute of a type's instances ({@code object.__class__}, a class's {@code
   * __dict__} and {@code __weakref__}): CPython's getset descriptor. A data descriptor unless it is
   * made for reading only through the class ({@code object.__doc__}).
   */
  public static final class GetSet extends PyObject {
    private final PyType owner;
    private final String name;
    private final Getter getter;
    private final Setter setter;

    public GetSet(PyType owner, String name, Getter getter, Setter setter) {
      this.owner = owner;
      this.name = name;
      this.getter = getter;
      this.setter = setter;
    }

    @Override
    public PyType type() {
      return GETSET_DESCRIPTOR;
    }

    @Override
    public boolean isDataDescriptor() {
      return true;
    }

    @Override
    public PyObject bindTo(PyObject obj, PyType type) {
      return obj == null ? this : getter.get(obj);
    }

    @Override
    public void setThrough(PyObject obj, PyObject value) {
      if (setter == null) {
        throw PyException.attributeError(
            "attribute '" + name + "' of '" + owner.name() + "' objects is not writable");
      }
      setter.set(obj, value);
    }

    @Override
    public void deleteThrough(PyObject obj) {
      if (setter == null) {
        throw PyException.attributeError(
            "attribute '" + name + "' of '" + owner.name() + "' objects is not writable");
      }
      setter.set(obj, null);
    }

    @Override
    public PyObject lookupAttr(String attr) {
      if (attr.equals("__name__")) {
        return new PyStr(name);
      }
      if (attr.equals("__objclass__")) {
        return owner;
      }
      return super.lookupAttr(attr);
    }

    @Override
    public String repr() {
      return "<attribute '" + name + "' of '" + owner.name() + "' objects>";
    }
  }

  /**
   * {@code object.__doc__}: object's own text read through object or its instances, and None
   * through a builtin type that has no text of its own (CPython gives every type a {@code
   * __doc__}).
   */
  static final class Doc extends PyObject {
    private final PyStr text;

    Doc(PyStr text) {
      // Shared by every interpreter of the JVM and handed out uncounted by bindTo: immortal.
      this.text = text.immortalize();
    }

    @Override
    public PyType type() {
      return GETSET_DESCRIPTOR;
    }

    @Override
    public PyObject bindTo(PyObject obj, PyType owner) {
      return owner == PyType.OBJECT ? text : PyNone.NONE;
    }

    @Override
    public String repr() {
      return "<attribute '__doc__' of 'object' objects>";
    }
  }
}
