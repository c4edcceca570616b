package io.gilvm.modules;

import io.gilvm.object.ArgParser;
import io.gilvm.object.PyException;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ModuleSpec;
import io.gilvm.state.ThreadState;

/**
 * {@code importlib}: {@code import_module} (absolute, or relative to {@code package}), {@code
 * reload}, and {@code invalidate_caches} (gilvm's finders keep no caches, so there is nothing to
 * invalidate).
 */
final class ImportlibModule {
  private ImportlibModule() {}

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("importlib");
    m.function(
        "import_module",
        (t, a, kw) -> {
          PyObject[] p =
              ArgParser.parse("import_module", a, kw, new String[] {"name", "package"}, 1, 2);
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
    m.function(
        "reload",
        (t, a, kw) -> {
          ArgParser.arity("reload", a, kw, 1, 1);
          return t.interp.importer().reload(t, a[0]);
        });
    m.function(
        "invalidate_caches",
        (t, a, kw) -> {
          ArgParser.arity("invalidate_caches", a, kw, 0, 0);
          return PyNone.NONE;
        });
    return m;
  }

  /**
   * {@code importlib.util}: {@code find_spec}, {@code spec_from_file_location}, {@code
   * module_from_spec} (whose spec's loader has {@code exec_module}) and {@code resolve_name}: the
   * recipe programs use to load a module from a file of their choosing.
   */
  static PyModule createUtil(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("importlib.util");
    m.function(
        "resolve_name",
        (t, a, kw) -> {
          ArgParser.arity("resolve_name", a, kw, 2, 2);
          String name = ArgParser.asStr(a[0], "resolve_name");
          if (!name.startsWith(".")) {
            return a[0];
          }
          if (a[1] == PyNone.NONE || (a[1] instanceof PyStr ps && ps.value().isEmpty())) {
            throw PyException.of(
                io.gilvm.object.ExceptionTypes.IMPORT_ERROR,
                "no package specified for "
                    + PyStr.repr(name)
                    + " (required for relative module names)");
          }
          return new PyStr(resolve(t, name, ArgParser.asStr(a[1], "resolve_name")));
        });
    m.function(
        "find_spec",
        (t, a, kw) -> {
          PyObject[] p =
              ArgParser.parse("find_spec", a, kw, new String[] {"name", "package"}, 1, 2);
          String name = ArgParser.asStr(p[0], "find_spec");
          if (name.startsWith(".")) {
            if (p[1] == null || p[1] == PyNone.NONE) {
              throw PyException.of(
                  io.gilvm.object.ExceptionTypes.IMPORT_ERROR,
                  "no package specified for "
                      + PyStr.repr(name)
                      + " (required for relative module names)");
            }
            name = resolve(t, name, ArgParser.asStr(p[1], "find_spec"));
          }
          return t.interp.importer().findSpec(t, name);
        });
    m.function(
        "spec_from_file_location",
        (t, a, kw) -> {
          PyObject[] p =
              ArgParser.parse(
                  "spec_from_file_location",
                  a,
                  kw,
                  new String[] {"name", "location", "loader", "submodule_search_locations"},
                  1,
                  2);
          if (p[1] == null || p[1] == PyNone.NONE) {
            throw PyException.typeError("spec_from_file_location() needs a location (a file path)");
          }
          if (p[2] != null && p[2] != PyNone.NONE) {
            throw PyException.typeError(
                "spec_from_file_location(): a custom loader is not supported by gilvm");
          }
          return t.interp
              .importer()
              .specFromFileLocation(
                  ArgParser.asStr(p[0], "spec_from_file_location"),
                  ArgParser.asStr(p[1], "spec_from_file_location"),
                  p[3]);
        });
    m.function(
        "module_from_spec",
        (t, a, kw) -> {
          ArgParser.arity("module_from_spec", a, kw, 1, 1);
          if (!(a[0] instanceof ModuleSpec spec)) {
            throw PyException.typeError(
                "module_from_spec() argument must be a ModuleSpec, not " + a[0].type().name());
          }
          return t.interp.importer().moduleFromSpec(spec);
        });
    return m;
  }

  private static String resolve(ThreadState t, String name, String pkg) {
    int level = 0;
    while (level < name.length() && name.charAt(level) == '.') {
      level++;
    }
    return t.interp.importer().resolveName(name.substring(level), pkg, level);
  }
}
