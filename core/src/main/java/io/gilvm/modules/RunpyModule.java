package io.gilvm.modules;

import io.gilvm.mem.Refs;
import io.gilvm.object.ArgParser;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyList;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.state.Importer;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ModuleSpec;
import io.gilvm.state.ThreadState;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code runpy}: {@code run_module} finds a module as {@code python3 -m} does and {@code run_path}
 * takes a file (or a directory with a {@code __main__.py}); both run its code in a fresh namespace
 * and return that namespace. {@code alter_sys=True} is not supported.
 */
final class RunpyModule {
  private RunpyModule() {}

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("runpy");
    m.function(
        "run_module",
        (t, a, kw) -> {
          PyObject[] p =
              ArgParser.parse(
                  "run_module",
                  a,
                  kw,
                  new String[] {"mod_name", "init_globals", "run_name", "alter_sys"},
                  1,
                  4);
          String name = ArgParser.asStr(p[0], "run_module");
          if (p[3] != null && p[3].isTrue()) {
            throw PyException.of(
                ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                "runpy.run_module(alter_sys=True) is not supported by gilvm");
          }
          Importer.MainModule mm = t.interp.importer().findModuleToRun(t, name);
          ModuleSpec spec = mm.spec();
          String runName =
              p[2] == null || p[2] == PyNone.NONE
                  ? spec.name()
                  : ArgParser.asStr(p[2], "run_module");
          PyDict g = namespace(t, p[1], runName, mm.file());
          g.putStr("__loader__", spec.loader() == null ? PyNone.NONE : spec.loader());
          g.putStr("__package__", new PyStr(spec.parent()));
          g.putStr("__spec__", spec);
          return run(t, mm.code(), g);
        });
    m.function(
        "run_path",
        (t, a, kw) -> {
          PyObject[] p =
              ArgParser.parse(
                  "run_path", a, kw, new String[] {"path_name", "init_globals", "run_name"}, 1, 3);
          String pathName = ArgParser.asStr(p[0], "run_path");
          String runName =
              p[2] == null || p[2] == PyNone.NONE
                  ? "<run_path>"
                  : ArgParser.asStr(p[2], "run_path");
          Path path = Path.of(pathName);
          if (Files.isDirectory(path)) {
            return runDirectory(t, pathName, p[1], runName);
          }
          if (!Files.isRegularFile(path)) {
            throw OsErrors.error(OsErrors.ENOENT, path.toAbsolutePath().normalize().toString());
          }
          PyCode code = t.interp.importer().fileCode(pathName);
          PyDict g = namespace(t, p[1], runName, pathName);
          g.putStr("__loader__", PyNone.NONE);
          g.putStr(
              "__package__",
              new PyStr(runName.substring(0, Math.max(0, runName.lastIndexOf('.')))));
          g.putStr("__spec__", PyNone.NONE);
          return run(t, code, g);
        });
    return m;
  }

  /** A directory's {@code __main__.py}, run with the directory first in sys.path meanwhile. */
  private static PyObject runDirectory(
      ThreadState t, String dir, PyObject initGlobals, String runName) {
    Path main = Path.of(dir).resolve("__main__.py");
    if (!Files.isRegularFile(main)) {
      throw PyException.of(
          ExceptionTypes.IMPORT_ERROR, "can't find '__main__' module in " + PyStr.repr(dir));
    }
    PyObject sys = t.interp.importModule(t, "sys");
    PyObject path = sys.lookupAttr("path");
    PyStr entry = new PyStr(dir);
    if (path instanceof PyList list) {
      list.insert(0, entry);
    }
    try {
      String file = main.toString();
      PyCode code = t.interp.importer().fileCode(file);
      PyDict g = namespace(t, initGlobals, runName, file);
      g.putStr("__loader__", PyNone.NONE);
      g.putStr("__package__", PyStr.EMPTY);
      g.putStr("__spec__", PyNone.NONE);
      return run(t, code, g);
    } finally {
      if (path instanceof PyList list) {
        Refs.discard(t, list.removeFirst(entry));
      }
    }
  }

  /** The fresh globals: init_globals first, then what runpy sets. */
  private static PyDict namespace(
      ThreadState t, PyObject initGlobals, String runName, String file) {
    PyDict g = new PyDict();
    if (initGlobals != null && initGlobals != PyNone.NONE) {
      g.update(initGlobals);
    }
    g.putStr("__name__", new PyStr(runName));
    g.putStr("__file__", new PyStr(file));
    g.putStr("__cached__", PyNone.NONE);
    g.putStr("__doc__", PyNone.NONE);
    g.putStr("__builtins__", t.interp.builtins());
    return g;
  }

  /** Runs the code in {@code g} and hands {@code g} back floating, as natives return values. */
  private static PyObject run(ThreadState t, PyCode code, PyDict g) {
    // Held while the code runs: its functions take and drop references to their globals.
    Refs.incref(g);
    try {
      io.gilvm.eval.Eval.runModule(t, code, g);
    } catch (RuntimeException | Error e) {
      Refs.decref(g);
      throw e;
    }
    Refs.release(t, g);
    return g;
  }
}
