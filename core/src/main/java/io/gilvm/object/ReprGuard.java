package io.gilvm.object;

import io.gilvm.state.ThreadState;
import java.util.IdentityHashMap;

/** Detects a container reached again while printing itself ({@code [...]}), per thread. */
final class ReprGuard {
  private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> ACTIVE =
      ThreadLocal.withInitial(IdentityHashMap::new);

  private final PyObject obj;
  private final IdentityHashMap<PyObject, Boolean> active;

  private final ThreadState ts;

  private ReprGuard(PyObject obj, IdentityHashMap<PyObject, Boolean> active, ThreadState ts) {
    this.obj = obj;
    this.active = active;
    this.ts = ts;
  }

  /**
   * Null when {@code obj} is already being printed on this thread. Each level counts toward the
   * recursion limit (RecursionError "... while getting the repr of an object", as CPython).
   */
  static ReprGuard enter(PyObject obj) {
    ThreadState ts = ThreadState.current();
    ts.enterRecursiveCall(" while getting the repr of an object");
    IdentityHashMap<PyObject, Boolean> active = ACTIVE.get();
    if (active.put(obj, Boolean.TRUE) != null) {
      ts.leaveRecursiveCall();
      return null;
    }
    return new ReprGuard(obj, active, ts);
  }

  void exit() {
    active.remove(obj);
    ts.leaveRecursiveCall();
  }
}
