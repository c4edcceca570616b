package io.gilvm.modules;

import io.gilvm.object.PyArray;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyStr;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;

/** {@code array}: the compact typed sequence {@link PyArray}, written in Java. */
final class ArrayModule {
  private ArrayModule() {}

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("array");
    m.put("array", PyArray.TYPE);
    m.put("ArrayType", PyArray.TYPE);
    m.put("typecodes", new PyStr(PyArray.TYPECODES));
    return m;
  }
}
