package io.gilvm.modules;

import io.gilvm.object.PyModule;
import io.gilvm.object.PyWeakRef;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;

/** {@code _weakref}: weak references (the ref type), on which {@code weakref} is built. */
final class WeakrefModule {
  private WeakrefModule() {}

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("_weakref");
    PyWeakRef.fill(m);
    return m;
  }
}
