package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/** A function bound to an instance ({@code obj.method}); owns references to both. */
public final class PyBoundMethod extends PyObject {
  final PyObject func;
  final PyObject self;

  public PyBoundMethod(PyObject func, PyObject self) {
    ThreadState ts = ThreadState.current();
    ts.refs.incref(func);
    ts.refs.incref(self);
    this.func = func;
    this.self = self;
  }

  @Override
  public PyType type() {
    return PyType.METHOD;
  }

  public PyObject function() {
    return func;
  }

  public PyObject self() {
    return self;
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    visit.accept(func);
    visit.accept(self);
  }

  @Override
  public void release() {
    ThreadState ts = ThreadState.current();
    Refs.decref(ts, func);
    Refs.decref(ts, self);
  }

  @Override
  public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
    PyObject[] full = new PyObject[args.length + 1];
    full[0] = self;
    System.arraycopy(args, 0, full, 1, args.length);
    return func.call(ts, full, kwnames);
  }

  @Override
  public PyObject lookupAttr(String attr) {
    switch (attr) {
      case "__self__":
        return self;
      case "__func__":
        return func;
      default:
        return func.lookupAttr(attr);
    }
  }

  @Override
  public boolean eq(PyObject other) {
    return other instanceof PyBoundMethod m && m.func == func && m.self == self;
  }

  @Override
  public long hash() {
    return Ops.hash(func) ^ Builtins.id(self);
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if ((op == Ops.EQ || op == Ops.NE) && other instanceof PyBoundMethod) {
      return PyBool.of(eq(other) == (op == Ops.EQ));
    }
    return super.richCompare(other, op);
  }

  @Override
  public String repr() {
    String fname = func instanceof PyFunction f ? f.qualname : Ops.str(func.getAttr("__name__"));
    return "<bound method " + fname + " of " + Ops.repr(self) + ">";
  }
}
