package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/**
 * A builtin type's method ({@code list.append}): unbound when read from the type, bound when read
 * from an instance.
 */
public final class PyMethodDescriptor extends PyObject {
  private final PyType owner;
  private final String name;
  private final NativeMethod body;

  public PyMethodDescriptor(PyType owner, String name, NativeMethod body) {
    this.owner = owner;
    this.name = name;
    this.body = body;
  }

  @Override
  public PyType type() {
    return PyType.METHOD_DESCRIPTOR;
  }

  public String name() {
    return name;
  }

  /** Calls the method with an explicit receiver. */
  public PyObject callWith(ThreadState ts, PyObject self, PyObject[] args, String[] kwnames) {
    return body.call(ts, self, args, kwnames);
  }

  @Override
  public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
    if (args.length == 0 || !args[0].type().isSubtypeOf(owner)) {
      throw PyException.typeError(
          "descriptor '" + name + "' of '" + owner.name() + "' object needs an argument");
    }
    PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    return body.call(ts, args[0], rest, kwnames);
  }

  @Override
  public PyObject bindTo(PyObject obj, PyType type) {
    return obj == null ? this : new Bound(this, obj);
  }

  @Override
  public boolean isMethodDescriptor() {
    return true;
  }

  @Override
  public PyObject lookupAttr(String attr) {
    if (attr.equals("__name__") || attr.equals("__qualname__")) {
      return new PyStr(attr.equals("__name__") ? name : owner.name() + "." + name);
    }
    return super.lookupAttr(attr);
  }

  @Override
  public String repr() {
    return "<method '" + name + "' of '" + owner.name() + "' objects>";
  }

  /** A builtin method bound to its receiver ({@code [].append}). */
  public static final class Bound extends PyObject {
    private final PyMethodDescriptor descr;
    private final PyObject self;

    Bound(PyMethodDescriptor descr, PyObject self) {
      Refs.incref(self);
      this.descr = descr;
      this.self = self;
    }

    @Override
    public PyType type() {
      return PyType.BUILTIN_FUNCTION;
    }

    @Override
    public void release() {
      Refs.decref(self);
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
      return descr.body.call(ts, self, args, kwnames);
    }

    @Override
    public PyObject lookupAttr(String attr) {
      switch (attr) {
        case "__self__":
          return self;
        case "__name__":
        case "__qualname__":
          return new PyStr(descr.name);
        default:
          return super.lookupAttr(attr);
      }
    }

    @Override
    public String repr() {
      return "<built-in method "
          + descr.name
          + " of "
          + self.type().name()
          + " object at 0x"
          + Long.toHexString(Builtins.id(self))
          + ">";
    }
  }
}
