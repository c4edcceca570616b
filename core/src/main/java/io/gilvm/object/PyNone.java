package io.gilvm.object;

/** {@code None}, immortal. */
public final class PyNone extends PyObject {
  public static final PyNone NONE = new PyNone().immortalize();

  private PyNone() {}

  @Override
  public PyType type() {
    return PyType.NONE;
  }

  @Override
  public String repr() {
    return "None";
  }

  @Override
  public boolean isTrue() {
    return false;
  }

  @Override
  public long hash() {
    return 0xFCA86420L;
  }
}
