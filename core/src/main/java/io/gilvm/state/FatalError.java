package io.gilvm.state;

import io.gilvm.eval.Builtins;
import io.gilvm.eval.Frame;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;

/**
 * CPython's {@code Py_FatalError}: the interpreter's state is broken (a freed object was used), so
 * the program stops with exit status 134, as CPython's abort does. A Java Error, not a Python
 * exception, so no {@code except} clause can catch it.
 */
public final class FatalError extends Error {
  /** The exit status of an aborted process (128 + SIGABRT), as CPython's fatal errors give. */
  public static final int STATUS = 134;

  private final String report;

  FatalError(String message, String report) {
    super(message, null, false, false);
    this.report = report;
  }

  /** What is printed: {@code Fatal Python error: …} and the Python stack of the thread. */
  public String report() {
    return report;
  }

  /** A use of a freed object, detected on {@code ts}'s thread. */
  public static FatalError useAfterFree(ThreadState ts, PyObject o, String freedBy) {
    String what = describe(o);
    String message =
        "use of a freed object: " + what + (freedBy == null ? "" : " (freed by " + freedBy + ")");
    StringBuilder sb = new StringBuilder("Fatal Python error: ").append(message).append('\n');
    sb.append("Python runtime state: initialized\n\n");
    sb.append("Current thread ").append(ts.handle.name()).append(" (most recent call first):\n");
    for (Frame f = ts.frame; f != null; f = f.back) {
      sb.append("  File \"")
          .append(f.code.filename)
          .append("\", line ")
          .append(f.line())
          .append(" in ")
          .append(f.code.name)
          .append('\n');
    }
    return new FatalError(message, sb.toString());
  }

  private static String describe(PyObject o) {
    String type = o.type().name();
    if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr) {
      return type + " " + o.repr();
    }
    return type + " object at 0x" + Long.toHexString(Builtins.id(o));
  }
}
