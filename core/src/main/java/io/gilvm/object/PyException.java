package io.gilvm.object;

import io.gilvm.state.ThreadState;

/**
 * A Python exception in flight through Java frames. Carries the Python exception object, which it
 * holds a reference to (as CPython's thread state holds the current exception). No Java stack trace
 * is captured: tracebacks are Python's, built as the exception leaves each frame.
 */
public final class PyException extends RuntimeException {
  private final PyBaseException value;

  /**
   * Set when the exception is re-raised ({@code raise} alone, RERAISE) inside the frame that
   * already recorded it: that frame adds no second traceback line.
   */
  public boolean skipTraceback;

  /** An exception in flight; it holds a reference to {@code value} for as long as it lives. */
  public PyException(PyBaseException value) {
    super(null, null, false, false);
    this.value = value;
    // Never released while the program runs: a raised exception object lives on (it may be
    // chained, printed, re-raised). The leak report releases it at exit.
    ThreadState ts = ThreadState.current();
    ts.refs.incref(value);
    if (ts.interp.leaks != null) {
      ts.interp.leaks.raised(value);
    }
  }

  /** The Python exception object. */
  public PyBaseException value() {
    return value;
  }

  /** The exception's type. */
  public PyType pyType() {
    return value.type();
  }

  /** Whether the exception is an instance of {@code t}. */
  public boolean matches(PyType t) {
    return value.type().isSubtypeOf(t);
  }

  @Override
  public String getMessage() {
    return value.type().name() + ": " + value.str();
  }

  /** A new exception of builtin type {@code t} with a message. */
  public static PyException of(PyType t, String message) {
    return new PyException(PyBaseException.create(t, new PyStr(message)));
  }

  public static PyException typeError(String m) {
    return of(ExceptionTypes.TYPE_ERROR, m);
  }

  public static PyException valueError(String m) {
    return of(ExceptionTypes.VALUE_ERROR, m);
  }

  public static PyException indexError(String m) {
    return of(ExceptionTypes.INDEX_ERROR, m);
  }

  public static PyException attributeError(String m) {
    return of(ExceptionTypes.ATTRIBUTE_ERROR, m);
  }

  public static PyException nameError(String m) {
    return of(ExceptionTypes.NAME_ERROR, m);
  }

  public static PyException runtimeError(String m) {
    return of(ExceptionTypes.RUNTIME_ERROR, m);
  }

  public static PyException overflowError(String m) {
    return of(ExceptionTypes.OVERFLOW_ERROR, m);
  }

  public static PyException zeroDivision(String m) {
    return of(ExceptionTypes.ZERO_DIVISION_ERROR, m);
  }

  public static PyException osError(String m) {
    return of(ExceptionTypes.OS_ERROR, m);
  }

  public static PyException memoryError() {
    return new PyException(PyBaseException.create(ExceptionTypes.MEMORY_ERROR));
  }

  /** KeyError carries the key itself, and prints its repr. */
  public static PyException keyError(PyObject key) {
    return new PyException(PyBaseException.create(ExceptionTypes.KEY_ERROR, key));
  }

  /** StopIteration, with the generator's return value when there is one. */
  public static PyException stopIteration(PyObject value) {
    return new PyException(
        value == null
            ? PyBaseException.create(ExceptionTypes.STOP_ITERATION)
            : PyBaseException.create(ExceptionTypes.STOP_ITERATION, value));
  }
}
