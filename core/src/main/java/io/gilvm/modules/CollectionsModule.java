package io.gilvm.modules;

import io.gilvm.runtime.Interpreter;
import io.gilvm.runtime.PyDeque;
import io.gilvm.runtime.PyModule;
import io.gilvm.runtime.ThreadState;

/** {@code _collections}: the container types of {@code collections} written in Java. */
final class CollectionsModule {
  private CollectionsModule() {}

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("_collections");
    m.put("deque", PyDeque.TYPE);
    return m;
  }
}
