package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.eval.Frame;
import io.gilvm.state.ThreadState;

/**
 * A frame object as Python code sees it ({@code sys._getframe()}, a generator's {@code gi_frame}, a
 * traceback's {@code tb_frame}): a view of an interpreter {@link Frame}, one at a time for each
 * frame. What it hands out it borrows from the frame; when the frame returns while this object is
 * alive, the frame's variables stay until this object is freed, so that {@code f_locals} still
 * shows them (as CPython's frame objects do).
 */
public final class PyFrameObject extends PyObject {
  static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT);

  private final Frame frame;

  public PyFrameObject(Frame frame) {
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
    return f.view();
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** The variables this object keeps for a frame that has returned (for the leak report). */
  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    frame.visitKept(this, visit);
  }

  @Override
  public void release() {
    frame.dropView(ThreadState.current(), this);
  }

  /** The frame that called this one while it runs; none for a suspended generator's. */
  private PyObject back() {
    Frame b = frame.back;
    if (b == null || frame.cleared || frame.generator != null && !frame.generator.isRunning()) {
      return PyNone.NONE;
    }
    return b.view();
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
        // A frame that finished while this object was alive kept its variables for it; one
        // that finished before (a traceback's frame, looked at later) has let go of them.
        synchronized (frame) {
          return frame.locals != null
              ? frame.locals
              : frame.cleared && !frame.kept ? new PyDict() : Builtins.locals(frame);
        }
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
    return "<frame at 0x"
        + Long.toHexString(Builtins.id(this))
        + ", file '"
        + frame.code.filename
        + "', line "
        + lineno()
        + ", code "
        + frame.code.name
        + ">";
  }
}
