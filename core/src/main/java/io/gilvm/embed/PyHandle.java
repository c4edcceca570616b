package io.gilvm.embed;

import io.gilvm.object.PyObject;

/**
 * An opaque reference to a Python object living in a {@link PythonInterpreter}: a class, an
 * instance, a function, or any value kept as it is rather than converted. A handle holds one
 * reference to its object until it is {@linkplain #close() closed} or its interpreter is; pass it
 * back as an argument ({@link PythonInterpreter#call(PyHandle, Object...)}, {@link
 * PythonInterpreter#set}) to hand the object itself to Python.
 *
 * <p>Thread-safe: its methods may be called from any thread, as the interpreter's are.
 */
public final class PyHandle implements AutoCloseable {
  private final PythonInterpreter owner;

  /** The object, or null once released. Guarded by {@code this}. */
  private PyObject object;

  private final String typeName;

  PyHandle(PythonInterpreter owner, PyObject object) {
    this.owner = owner;
    this.object = object;
    this.typeName = object.type().name();
  }

  /** The interpreter the object lives in. */
  public PythonInterpreter interpreter() {
    return owner;
  }

  /** The name of the object's type, e.g. {@code "function"} or the name of a class. */
  public String typeName() {
    return typeName;
  }

  /** {@code repr()} of the object, computed in its interpreter. */
  public String repr() {
    return owner.repr(this);
  }

  /** The object converted to a Java value as {@link PythonInterpreter#get} converts. */
  public Object toJava() {
    return owner.toJava(this);
  }

  /**
   * Calls the object with Java arguments: see {@link PythonInterpreter#call(PyHandle, Object...)}.
   */
  public Object call(Object... args) {
    return owner.call(this, args);
  }

  /** Reads an attribute, converted: {@code getattr(obj, name)}. */
  public Object getAttr(String name) {
    return owner.getAttr(this, name);
  }

  /** Whether the handle still holds its object. */
  public synchronized boolean isOpen() {
    return object != null;
  }

  /** The object, for the interpreter's own use; IllegalStateException once released. */
  synchronized PyObject object() {
    if (object == null) {
      throw new IllegalStateException("this handle was closed");
    }
    return object;
  }

  /** Takes the object away from the handle (once): the caller now owns its reference. */
  synchronized PyObject take() {
    PyObject o = object;
    object = null;
    return o;
  }

  /** Releases the handle's reference to the object; closing twice does nothing. */
  @Override
  public void close() {
    owner.release(this);
  }

  @Override
  public String toString() {
    return isOpen() ? "<PyHandle " + typeName + ">" : "<PyHandle " + typeName + " (closed)>";
  }
}
