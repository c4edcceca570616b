package io.gilvm.runtime;

import java.util.IdentityHashMap;

/** Detects a container reached again while printing itself ({@code [...]}), per thread. */
final class ReprGuard {
  private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> ACTIVE =
      ThreadLocal.withInitial(IdentityHashMap::new);

  private final PyObject obj;
  private final IdentityHashMap<PyObject, Boolean> active;

  private ReprGuard(PyObject obj, IdentityHashMap<PyObject, Boolean> active) {
    this.obj = obj;
    this.active = active;
  }

  /** Null when {@code obj} is already being printed on this thread. */
  static ReprGuard enter(PyObject obj) {
    IdentityHashMap<PyObject, Boolean> active = ACTIVE.get();
    if (active.put(obj, Boolean.TRUE) != null) {
      return null;
    }
    return new ReprGuard(obj, active);
  }

  void exit() {
    active.remove(obj);
  }
}
