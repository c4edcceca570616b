package io.gilvm.modules;

import io.gilvm.runtime.Interpreter;
import io.gilvm.runtime.PyModule;
import io.gilvm.runtime.PyWeakRef;
import io.gilvm.runtime.ThreadState;

/** {@code _weakref}: weak references (the ref type), on which {@code weakref} is built. */
final class WeakrefModule {
  private WeakrefModule() {}

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("_weakref");
    PyWeakRef.fill(m);
    return m;
  }
}
