package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.eval.Frame;
import io.gilvm.state.ThreadState;

/**
 * A frame object as Python code sees it ({@code sys._getframe()}, a generator's
 * {@code gi_frame}): a view of an interpreter {@link Frame}, made afresh for each request. It
 * holds no counted references; what it hands out it borrows from the frame.
 */
public final class PyFrameObject extends PyObject {
  static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT);

  private final Frame frame;

  PyFrameObject(Frame frame) {
    this.frame = frame;
  }

  /** {@code sys._getframe(depth)}: the frame {@code depth} calls up from the caller's. */
  public static PyObject getframe(ThreadState ts, int depth) {
    Frame f = ts.frame;
    for (int i = 0; i < depth && f != null; i++) {
      f = f.back;
    }
    if (f == null || depth < 0) {
      throw PyException.valueError("call stack is not deep enough");
    }
    return new PyFrameObject(f);
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** The frame that called this one while it runs; none for a suspended generator's. */
  private PyObject back() {
    Frame b = frame.back;
    if (b == null || frame.cleared || frame.generator != null && !frame.generator.isRunning()) {
      return PyNone.NONE;
    }
    return new PyFrameObject(b);
  }

  @Override
  public PyObject lookupAttr(String name) {
    switch (name) {
      case "f_code":
        return frame.code;
      case "f_globals":
        return frame.globals;
      case "f_builtins":
        return frame.builtins;
      case "f_locals":
        // A finished frame has let go of its variables (gilvm does not keep them for a frame
        // object that outlives its call): its function's locals read as empty.
        return frame.locals != null ? frame.locals
            : frame.cleared ? new PyDict() : Builtins.locals(frame);
      case "f_lineno":
        return PyInt.of(lineno());
      case "f_lasti":
        return PyInt.of(Math.max(0, frame.pc - 2));
      case "f_back":
        return back();
      case "f_trace":
        return PyNone.NONE;
      default:
        return super.lookupAttr(name);
    }
  }

  /** The line running; a frame that has not started yet (a new generator's) is at its def. */
  private int lineno() {
    return frame.pc == 0 && frame.generator != null ? frame.code.firstLineNo : frame.line();
  }

  @Override
  public String repr() {
    return "<frame at 0x" + Long.toHexString(Builtins.id(this)) + ", file '"
        + frame.code.filename + "', line " + lineno() + ", code " + frame.code.name + ">";
  }
}
