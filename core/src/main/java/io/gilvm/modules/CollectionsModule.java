package io.gilvm.modules;

import io.gilvm.object.PyDeque;
import io.gilvm.object.PyModule;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;

/** {@code _collections}: the container types of {@code collections} written in Java. */
final class CollectionsModule {
  private CollectionsModule() {}

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("_collections");
    m.put("deque", PyDeque.TYPE);
    return m;
  }
}
