package io.gilvm.modules;

import io.gilvm.runtime.Interpreter;
import io.gilvm.runtime.PyArray;
import io.gilvm.runtime.PyModule;
import io.gilvm.runtime.PyStr;
import io.gilvm.runtime.ThreadState;

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
