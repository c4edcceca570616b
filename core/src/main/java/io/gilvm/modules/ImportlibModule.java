package io.gilvm.modules;

import io.gilvm.runtime.ArgParser;
import io.gilvm.runtime.Interpreter;
import io.gilvm.runtime.PyModule;
import io.gilvm.runtime.PyNone;
import io.gilvm.runtime.PyException;
import io.gilvm.runtime.PyObject;
import io.gilvm.runtime.PyStr;
import io.gilvm.runtime.ThreadState;

/**
 * {@code importlib}: {@code import_module} (absolute, or relative to {@code package}), {@code
 * reload}, and {@code invalidate_caches} (gilvm's finders keep no caches, so there is nothing to
 * invalidate).
 */
final class ImportlibModule {
  private ImportlibModule() {}

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("importlib");
    m.function("import_module", (t, a, kw) -> {
      PyObject[] p = ArgParser.parse("import_module", a, kw, new String[] {"name", "package"}, 1, 2);
      String name = ArgParser.asStr(p[0], "import_module");
      PyObject pkg = p[1] == null ? PyNone.NONE : p[1];
      int level = 0;
      while (level < name.length() && name.charAt(level) == '.') {
        level++;
      }
      if (level > 0) {
        if (pkg == PyNone.NONE) {
          throw PyException.typeError(
              "the 'package' argument is required to perform a relative import for "
                  + PyStr.repr(name));
        }
        if (!(pkg instanceof PyStr ps)) {
          throw PyException.typeError("__package__ not set to a string");
        }
        name = t.interp.importer().resolveName(name.substring(level), ps.value(), level);
      }
      if (name.isEmpty()) {
        throw PyException.valueError("Empty module name");
      }
      return t.interp.importer().importModule(t, name);
    });
    m.function("reload", (t, a, kw) -> {
      ArgParser.arity("reload", a, kw, 1, 1);
      return t.interp.importer().reload(t, a[0]);
    });
    m.function("invalidate_caches", (t, a, kw) -> {
      ArgParser.arity("invalidate_caches", a, kw, 0, 0);
      return PyNone.NONE;
    });
    return m;
  }
}
