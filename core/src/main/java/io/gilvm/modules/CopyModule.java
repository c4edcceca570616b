package io.gilvm.modules;

import io.gilvm.object.ArgParser;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInstance;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyType;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;

/**
 * {@code _copy}: what {@code copy} needs from the runtime. {@code new_instance(cls)} makes an
 * instance of a class the program defined without running its {@code __init__}, as {@code
 * object.__new__(cls)} does in CPython.
 */
final class CopyModule {
  private CopyModule() {}

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("_copy");
    m.function(
        "new_instance",
        (t, a, kw) -> {
          ArgParser.arity("new_instance", a, kw, 1, 1);
          if (!(a[0] instanceof PyType cls)
              || cls.isBuiltin()
              || cls.constructor() != PyType.OBJECT.constructor()) {
            throw PyException.typeError("cannot make a bare instance of " + a[0].repr());
          }
          return new PyInstance(cls);
        });
    return m;
  }
}
