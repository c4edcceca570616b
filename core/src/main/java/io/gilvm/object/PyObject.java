package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Every Python value. Its header ({@link io.gilvm.spi.ObjectHeader}) carries the reference count
 * that the interpreter's {@link io.gilvm.spi.RefCounts} maintains, and the virtual methods of the
 * object protocol, whose defaults raise the TypeError CPython raises; builtin types override what
 * they support and {@link PyInstance} routes each one to the user's dunder method.
 *
 * <p>Reference ownership (the one rule every native follows): a Java method that returns a PyObject
 * returns it <em>borrowed or floating</em> — the caller increfs it if it keeps it. New objects
 * start with count zero ("floating"); the eval loop increfs what it pushes. A native increfs only
 * what it stores in a structure that outlives the call, and such a structure releases its
 * references in {@link #release()} when it is deallocated.
 */
public abstract class PyObject extends io.gilvm.spi.ObjectHeader {

  /** Set once the leak report ({@code --leaks}) has recorded the object. */
  public boolean leakTracked;

  /**
   * Checked mode's record of the thread that freed the object: its interpreter thread number plus
   * one, or 0 when unknown (not freed, not checked, or a thread numbered beyond a short's range). A
   * short fits in the header's padding, so the record costs no memory.
   */
  public short freedBy;

  /** The object's {@code id()}, assigned on first use (0 until then). */
  private long pyId;

  private static final VarHandle PY_ID;

  static {
    try {
      PY_ID = MethodHandles.lookup().findVarHandle(PyObject.class, "pyId", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A new object, owned by the thread that makes it, with count zero (floating). */
  protected PyObject() {}

  private static final java.util.concurrent.atomic.AtomicLong NEXT_ID =
      new java.util.concurrent.atomic.AtomicLong(0x7f0000001000L);

  /** The object's identity for {@code id()}: unique among objects, stable for its life. */
  public final long identity() {
    long v = (long) PY_ID.getOpaque(this);
    if (v != 0) {
      return v;
    }
    long fresh = NEXT_ID.getAndAdd(16);
    return PY_ID.compareAndSet(this, 0L, fresh) ? fresh : (long) PY_ID.getVolatile(this);
  }

  /** Makes this object immortal (PEP 683); called once, before the object is shared. */
  public final <T extends PyObject> T immortalize() {
    setImmortal();
    @SuppressWarnings("unchecked")
    T self = (T) this;
    return self;
  }

  public final void markDead() {
    setDead(true);
  }

  public final void markAlive() {
    setDead(false);
  }

  /** The object's Python type. */
  public abstract PyType type();

  /**
   * Releases the references this object holds, when its count reached zero (CPython's tp_dealloc,
   * minus the freeing). Called once per death, by the thread that took the count to zero.
   */
  public void release() {}

  /**
   * Visits each object this one holds a counted reference to (CPython's tp_traverse). Used only by
   * the leak report, at exit, to tell references held inside the leaked objects from counts that
   * are simply too high; an object that does not override it is treated as holding none.
   */
  public void traverse(java.util.function.Consumer<PyObject> visit) {}

  // ---- the object protocol; defaults raise what CPython raises ----

  /** {@code repr(self)}. */
  public String repr() {
    return "<" + type().name() + " object at 0x" + Long.toHexString(Builtins.id(this)) + ">";
  }

  /** {@code str(self)}. */
  public String str() {
    return repr();
  }

  /** {@code bool(self)}. */
  public boolean isTrue() {
    return true;
  }

  /** {@code hash(self)}. Default: identity. */
  public long hash() {
    return Builtins.id(this) >>> 4;
  }

  /** {@code self == other} as a Java boolean, for dict and set keys and {@code in}. */
  public boolean eq(PyObject other) {
    if (this == other) {
      return true;
    }
    PyObject r = richCompare(other, Ops.EQ);
    if (r == null) {
      r = other.richCompare(this, Ops.EQ);
    }
    return r != null && r.isTrue();
  }

  /**
   * A rich comparison ({@link Ops#LT} … {@link Ops#GE}); returns null for NotImplemented. The
   * default supports == and != by identity, as {@code object} does.
   */
  public PyObject richCompare(PyObject other, int op) {
    if (op == Ops.EQ) {
      return this == other ? PyBool.TRUE : null;
    }
    if (op == Ops.NE) {
      return this != other ? PyBool.TRUE : null;
    }
    return null;
  }

  /** A binary operator ({@link Ops#ADD} …); returns null for NotImplemented. */
  public PyObject binaryOp(int op, PyObject other) {
    return null;
  }

  /** The reflected binary operator ({@code __radd__} …); returns null for NotImplemented. */
  public PyObject reflectedBinaryOp(int op, PyObject other) {
    return null;
  }

  /** An in-place operator ({@code __iadd__} …); returns null to fall back to the binary one. */
  public PyObject inplaceOp(int op, PyObject other) {
    return null;
  }

  /** A unary operator ({@link Ops#NEG}, {@link Ops#POS}, {@link Ops#INVERT}); null if none. */
  public PyObject unaryOp(int op) {
    return null;
  }

  /** {@code len(self)}. */
  public int len() {
    throw PyException.typeError("object of type '" + type().name() + "' has no len()");
  }

  /** {@code self[key]}. */
  public PyObject getItem(PyObject key) {
    throw PyException.typeError("'" + type().name() + "' object is not subscriptable");
  }

  /** {@code self[key] = value}. */
  public void setItem(PyObject key, PyObject value) {
    throw PyException.typeError("'" + type().name() + "' object does not support item assignment");
  }

  /** {@code del self[key]}. */
  public void delItem(PyObject key) {
    throw PyException.typeError("'" + type().name() + "' object does not support item deletion");
  }

  /** {@code item in self}. Default: iterate. */
  public boolean contains(PyObject item) {
    PyObject it = iter();
    try {
      for (PyObject x; (x = it.next()) != null; ) {
        if (x == item || x.eq(item)) {
          return true;
        }
      }
      return false;
    } finally {
      Refs.discard(ThreadState.current(), it);
    }
  }

  /** {@code iter(self)}. */
  public PyObject iter() {
    throw PyException.typeError("'" + type().name() + "' object is not iterable");
  }

  /**
   * {@code next(self)} for iterators: the next item, or null when exhausted (StopIteration is not
   * raised through Java for speed).
   */
  public PyObject next() {
    throw PyException.typeError("'" + type().name() + "' object is not an iterator");
  }

  /**
   * {@code self(*args, **kwargs)}. The last {@code kwnames.length} elements of {@code args} are the
   * keyword arguments' values; {@code kwnames} is null when there are none. Arguments are borrowed;
   * the result is borrowed or floating.
   */
  public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
    throw PyException.typeError("'" + type().name() + "' object is not callable");
  }

  /**
   * {@code self.name}, or null when there is no such attribute. Default: look the name up along the
   * type's MRO and bind what is found.
   */
  public PyObject lookupAttr(String name) {
    PyObject v = type().lookup(name);
    if (v == null) {
      return name.equals("__class__") ? type() : null;
    }
    return v.bindTo(this, type());
  }

  /** {@code self.name}; raises AttributeError when absent. */
  public final PyObject getAttr(String name) {
    PyObject v = lookupAttr(name);
    if (v == null) {
      throw noAttribute(name);
    }
    return v;
  }

  /** The AttributeError for a missing attribute, in CPython's words. */
  public PyException noAttribute(String name) {
    return PyException.attributeError(
        "'" + type().name() + "' object has no attribute '" + name + "'");
  }

  /** {@code self.name = value}. */
  public void setAttr(String name, PyObject value) {
    if (type().lookup(name) != null) {
      throw PyException.attributeError(
          "'" + type().name() + "' object attribute '" + name + "' is read-only");
    }
    throw noAttribute(name);
  }

  /** {@code del self.name}. */
  public void delAttr(String name) {
    throw noAttribute(name);
  }

  /**
   * The descriptor protocol's {@code __get__}: what this class attribute becomes when read through
   * {@code obj} (null when read through the class itself). Plain values return themselves;
   * functions return bound methods.
   */
  public PyObject bindTo(PyObject obj, PyType owner) {
    return this;
  }

  /**
   * Whether this class attribute is a data descriptor (a property): it then takes precedence over
   * the instance dict, for reads and writes.
   */
  public boolean isDataDescriptor() {
    return false;
  }

  /** The descriptor protocol's {@code __set__}, for data descriptors. */
  public void setThrough(PyObject obj, PyObject value) {
    throw PyException.attributeError("can't set attribute");
  }

  /** The descriptor protocol's {@code __delete__}, for data descriptors. */
  public void deleteThrough(PyObject obj) {
    throw PyException.attributeError("__delete__");
  }

  /** The instance's attribute dict ({@code __dict__}), or null when it has none. */
  public PyDict instanceDict() {
    return null;
  }

  /**
   * Whether attribute lookup is the generic one (type's MRO, bound), so that LOAD_METHOD may find a
   * method on the type without asking the object. False for objects whose {@link #lookupAttr}
   * answers differently: super, types, modules.
   */
  public boolean usesGenericGetAttr() {
    return true;
  }

  /** Whether {@link #bindTo} makes a method: LOAD_METHOD skips the bound-method object then. */
  public boolean isMethodDescriptor() {
    return false;
  }

  @Override
  public final String toString() {
    return repr();
  }
}
