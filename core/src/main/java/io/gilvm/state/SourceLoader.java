package io.gilvm.state;

import io.gilvm.compiler.Compiler;
import io.gilvm.eval.Eval;
import io.gilvm.eval.Traceback;
import io.gilvm.lang.PySyntaxError;
import io.gilvm.object.ArgParser;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyException;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyType;
import java.nio.file.Path;

/**
 * {@code spec.loader} for a module found in a source file: {@code exec_module(module)} reads,
 * compiles and runs the file in the module's namespace, as {@code importlib}'s source loader does
 * for {@code importlib.util.module_from_spec} and {@code spec.loader.exec_module}.
 */
public final class SourceLoader extends PyObject {
  static final PyType TYPE = PyType.builtin("SourceFileLoader", PyType.OBJECT);

  static {
    TYPE.method(
        "exec_module",
        (ts, self, a, kw) -> {
          ArgParser.arity("exec_module", a, kw, 1, 1);
          ((SourceLoader) self).exec(ts, a[0]);
          return PyNone.NONE;
        });
    TYPE.method(
        "create_module",
        (ts, self, a, kw) -> {
          ArgParser.arity("create_module", a, kw, 1, 1);
          return PyNone.NONE;
        });
    TYPE.method(
        "get_filename",
        (ts, self, a, kw) -> {
          ArgParser.arity("get_filename", a, kw, 0, 1);
          return new PyStr(((SourceLoader) self).path);
        });
    TYPE.method(
        "get_source",
        (ts, self, a, kw) -> {
          ArgParser.arity("get_source", a, kw, 0, 1);
          return new PyStr(Importer.readSource(Path.of(((SourceLoader) self).path)));
        });
  }

  private final String name;
  private final String path;

  SourceLoader(String name, String path) {
    this.name = name;
    this.path = path;
    immortalize();
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  @Override
  public PyObject lookupAttr(String attr) {
    switch (attr) {
      case "name":
        return new PyStr(name);
      case "path":
        return new PyStr(path);
      default:
        return super.lookupAttr(attr);
    }
  }

  /** Runs the file's code in {@code module}'s namespace. */
  void exec(ThreadState ts, PyObject module) {
    if (!(module instanceof PyModule m)) {
      throw PyException.typeError(
          "exec_module() argument must be a module, not " + module.type().name());
    }
    String source = Importer.readSource(Path.of(path));
    PyCode code;
    try {
      code = Compiler.compile(source, path);
    } catch (PySyntaxError e) {
      throw Importer.syntaxError(e);
    }
    Traceback.registerSource(path, source);
    if (m.dict().getStr("__builtins__") == null) {
      m.put("__builtins__", ts.interp.builtins);
    }
    Eval.runModule(ts, code, m.dict());
  }

  @Override
  public String repr() {
    return "<SourceFileLoader for " + PyStr.repr(path) + ">";
  }
}
