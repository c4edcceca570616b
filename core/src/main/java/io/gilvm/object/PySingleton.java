package io.gilvm.object;

/** {@code NotImplemented} and {@code Ellipsis}: immortal named singletons. */
public final class PySingleton extends PyObject {
  public static final PySingleton NOT_IMPLEMENTED =
      new PySingleton(PyType.NOT_IMPLEMENTED, "NotImplemented").immortalize();
  public static final PySingleton ELLIPSIS =
      new PySingleton(PyType.ELLIPSIS, "Ellipsis").immortalize();

  private final PyType type;
  private final String name;

  private PySingleton(PyType type, String name) {
    this.type = type;
    this.name = name;
  }

  @Override
  public PyType type() {
    return type;
  }

  @Override
  public String repr() {
    return name;
  }
}
