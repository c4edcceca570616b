package io.gilvm.object;

/** {@code True} and {@code False}: immortal ints 1 and 0 of type bool. */
public final class PyBool extends PyInt {
  public static final PyBool TRUE = new PyBool(1).immortalize();
  public static final PyBool FALSE = new PyBool(0).immortalize();

  private PyBool(long v) {
    super(v);
  }

  public static PyBool of(boolean b) {
    return b ? TRUE : FALSE;
  }

  @Override
  public PyType type() {
    return PyType.BOOL;
  }

  @Override
  public String repr() {
    return value != 0 ? "True" : "False";
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    if (other instanceof PyBool b && (op == Ops.AND || op == Ops.OR || op == Ops.XOR)) {
      boolean x = value != 0;
      boolean y = b.value != 0;
      return of(op == Ops.AND ? x & y : op == Ops.OR ? x | y : x ^ y);
    }
    return super.binaryOp(op, other);
  }
}
