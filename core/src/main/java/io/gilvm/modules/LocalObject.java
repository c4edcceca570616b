package io.gilvm.modules;

import io.gilvm.mem.Refs;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.Ops;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInstance;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyType;
import io.gilvm.state.ThreadState;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code threading.local} ({@code _thread._local}): an object whose attributes each thread sees
 * separately. Every thread that touches it gets its own attribute dict, and the class's {@code
 * __init__} runs again, with the constructor's arguments, the first time a new thread uses it, as
 * in CPython. User classes may subclass it.
 *
 * <p>Concurrency: the dicts are kept in a concurrent map by thread identifier; each dict is read
 * and written only by its own thread.
 */
final class LocalObject extends PyInstance {
  static final PyType TYPE = PyType.subclassableBuiltin("_local", PyType.OBJECT);

  static {
    TYPE.setConstructor(LocalObject::construct);
  }

  private final PyObject[] initArgs;
  private final String[] initKwnames;
  private final Map<Long, PyDict> dicts = new ConcurrentHashMap<>();

  private LocalObject(PyType type, PyObject[] args, String[] kwnames) {
    super(type);
    this.initArgs = args.clone();
    this.initKwnames = kwnames;
    for (PyObject a : initArgs) {
      Refs.incref(a);
    }
  }

  private static PyObject construct(
      ThreadState ts, PyType type, PyObject[] args, String[] kwnames) {
    if (args.length > 0 && type.lookup("__init__") == PyType.OBJECT.getOwn("__init__")) {
      throw PyException.typeError("Initialization arguments are not supported");
    }
    LocalObject local = new LocalObject(type, args, kwnames);
    // Held while __init__ runs, or its frame letting go of self would free the new object.
    ts.refs.incref(local);
    try {
      local.dictFor(ts);
    } finally {
      Refs.release(ts, local);
    }
    return local;
  }

  /** The calling thread's dict, made (and {@code __init__} run) on the thread's first use. */
  private PyDict dictFor(ThreadState ts) {
    long me = ts.handle.id();
    PyDict d = dicts.get(me);
    if (d == null) {
      d = new PyDict();
      ts.refs.incref(d);
      dicts.put(me, d);
      PyType.initInstance(ts, type(), this, initArgs, initKwnames);
    }
    return d;
  }

  @Override
  public PyDict dict() {
    return dictFor(ThreadState.current());
  }

  @Override
  public PyObject lookupAttr(String name) {
    ThreadState ts = ThreadState.current();
    PyType type = type();
    PyObject cls = type.lookup(name);
    if (cls != null && cls.isDataDescriptor()) {
      return cls.bindTo(this, type);
    }
    PyDict d = dictFor(ts);
    if (name.equals("__dict__")) {
      return d;
    }
    PyObject v = d.getStr(name);
    if (v != null) {
      return v;
    }
    if (cls != null) {
      return cls.bindTo(this, type);
    }
    if (name.equals("__class__")) {
      return type;
    }
    PyObject getattr = type.lookup("__getattr__");
    if (getattr != null) {
      try {
        return Ops.callMethod(ts, getattr, this, type, new PyObject[] {new PyStr(name)}, null);
      } catch (PyException e) {
        if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
          return null;
        }
        throw e;
      }
    }
    return null;
  }

  @Override
  public boolean usesGenericGetAttr() {
    // The calling thread's dict may shadow a method of the class.
    return false;
  }

  @Override
  public void setAttr(String name, PyObject value) {
    PyObject cls = type().lookup(name);
    if (cls != null && cls.isDataDescriptor()) {
      cls.setThrough(this, value);
      return;
    }
    if (name.equals("__dict__")) {
      throw PyException.attributeError(
          "'" + type().name() + "' object attribute '__dict__' is read-only");
    }
    dictFor(ThreadState.current()).putStr(name, value);
  }

  @Override
  public void delAttr(String name) {
    if (dictFor(ThreadState.current()).remove(new PyStr(name)) == null) {
      throw noAttribute(name);
    }
  }

  @Override
  public void release() {
    super.release();
    ThreadState ts = ThreadState.current();
    for (PyDict d : dicts.values()) {
      Refs.decref(ts, d);
    }
    dicts.clear();
    for (PyObject a : initArgs) {
      Refs.decref(ts, a);
    }
  }
}
