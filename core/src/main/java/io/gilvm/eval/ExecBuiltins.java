package io.gilvm.eval;

import io.gilvm.compiler.Compiler;
import io.gilvm.lang.PySyntaxError;
import io.gilvm.mem.Refs;
import io.gilvm.object.ArgParser;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.Native;
import io.gilvm.object.NumberMethods;
import io.gilvm.object.Ops;
import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyBuiltinFunction;
import io.gilvm.object.PyByteArray;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyComplex;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFunction;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyMemoryView;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import io.gilvm.spi.RefCounts;
import io.gilvm.state.ThreadState;
import java.nio.charset.StandardCharsets;

/**
 * The builtins that run source and inspect namespaces: {@code compile}, {@code exec}, {@code eval},
 * and the two that say what gilvm has not got ({@code breakpoint}, {@code help}).
 */
final class ExecBuiltins {
  private ExecBuiltins() {}

  /** CO_FUTURE_ANNOTATIONS, as {@code __future__.annotations.compiler_flag}. */
  private static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

  /** PyCF_ONLY_AST: compile() would answer an AST, which gilvm has not got. */
  private static final int PYCF_ONLY_AST = 0x400;

  /** The flags compile() accepts: the future features and the PyCF_ flags. */
  private static final long KNOWN_FLAGS = 0x1fe7f00L;

  /** Whether the code running in the calling frame was compiled with future annotations. */
  private static boolean callerHasFutureAnnotations(ThreadState ts) {
    Frame f = ts.currentFrame();
    return f != null && (f.code.flags & PyCode.CO_FUTURE_ANNOTATIONS) != 0;
  }

  private static void fn(PyDict d, String name, Native body) {
    d.putStr(name, new PyBuiltinFunction(name, "builtins", body));
  }

  static void install(PyDict d) {
    d.putStr("complex", PyComplex.TYPE);
    d.putStr("bytearray", PyByteArray.TYPE);
    d.putStr("memoryview", PyMemoryView.TYPE);
    fn(d, "compile", ExecBuiltins::compile);
    fn(
        d,
        "exec",
        (ts, a, kw) -> {
          run(ts, "exec", a, kw);
          return PyNone.NONE;
        });
    fn(d, "eval", (ts, a, kw) -> run(ts, "eval", a, kw));
    fn(
        d,
        "breakpoint",
        (ts, a, kw) -> {
          throw PyException.runtimeError(
              "breakpoint() is not supported by gilvm: it has no debugger");
        });
    fn(
        d,
        "help",
        (ts, a, kw) -> {
          ArgParser.arity("help", a, kw, 0, 1);
          String text =
              a.length == 0
                  ? "gilvm has no interactive help. Call help(object) to see an object's documentation."
                  : helpText(a[0]);
          Ops.call(d.getStr("print"), new PyStr(text));
          return PyNone.NONE;
        });
  }

  /** A short description of {@code o}: what it is, and its docstring when it has one. */
  private static String helpText(PyObject o) {
    StringBuilder sb = new StringBuilder();
    if (o instanceof PyType t) {
      sb.append("Help on class ").append(t.name()).append(":\n\nclass ").append(t.name());
    } else if (o instanceof PyFunction f) {
      sb.append("Help on function ")
          .append(f.name())
          .append(":\n\n")
          .append(f.name())
          .append("(...)");
    } else if (o instanceof PyModule) {
      sb.append("Help on module ").append(Ops.str(o.getAttr("__name__"))).append(":");
    } else {
      sb.append("Help on ").append(o.type().name()).append(" object:\n\n").append(o.repr());
    }
    PyObject doc = o.lookupAttr("__doc__");
    if (doc instanceof PyStr s) {
      for (String line : s.value().strip().split("\n", -1)) {
        sb.append("\n    ").append(line.strip());
      }
    }
    return sb.toString();
  }

  /** What mode "single" does with an expression statement's value (sys.displayhook). */
  static void displayHook(ThreadState ts, PyObject v) {
    if (v == PyNone.NONE) {
      return;
    }
    PyDict builtins = ts.interp.builtins;
    builtins.putStr("_", PyNone.NONE);
    Ops.call(builtins.getStr("print"), new PyStr(Ops.repr(v)));
    builtins.putStr("_", v);
  }

  /** A SyntaxError exception for what the parser or compiler found. */
  static PyException syntaxError(PySyntaxError e) {
    PyType t = ExceptionTypes.all().getOrDefault(e.kind(), ExceptionTypes.SYNTAX_ERROR);
    if (!t.isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
      return PyException.of(t, e.getMessage());
    }
    PyObject text = e.sourceLine() == null ? PyNone.NONE : new PyStr(e.sourceLine() + "\n");
    PyObject line = PyInt.of(e.line());
    PyObject offset = PyInt.of(e.col() + 1);
    PyObject endLine = e.endLine() < 0 ? line : PyInt.of(e.endLine());
    PyObject endOffset = e.endLine() < 0 ? offset : PyInt.of(e.endCol() + 1);
    PyTuple details = PyTuple.of(new PyStr(e.filename()), line, offset, text, endLine, endOffset);
    return new PyException(PyBaseException.create(t, new PyStr(e.getMessage()), details));
  }

  private static String sourceText(String fname, PyObject src, boolean forEval) {
    String text;
    if (src instanceof PyStr s) {
      text = s.value();
    } else if (src instanceof PyBytes b) {
      text = new String(b.value(), StandardCharsets.UTF_8);
    } else {
      throw PyException.typeError(fname + "() arg 1 must be a string, bytes or code object");
    }
    if (text.indexOf('\0') >= 0) {
      throw PyException.of(
          ExceptionTypes.SYNTAX_ERROR, "source code string cannot contain null bytes");
    }
    if (forEval) {
      // eval() ignores the spaces and tabs before the expression.
      int i = 0;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      text = text.substring(i);
    }
    return text;
  }

  private static PyCode compileText(String text, String filename, String mode, boolean future) {
    try {
      return Compiler.compile(text, filename, mode, future);
    } catch (PySyntaxError e) {
      throw syntaxError(e);
    }
  }

  private static PyObject compile(ThreadState ts, PyObject[] a, String[] kw) {
    PyObject[] p =
        ArgParser.parse(
            "compile",
            a,
            kw,
            new String[] {
              "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"
            },
            3,
            6);
    if (p[0] instanceof PyCode) {
      return p[0];
    }
    if (!(p[0] instanceof PyStr) && !(p[0] instanceof PyBytes)) {
      throw PyException.typeError("compile() arg 1 must be a string, bytes or AST object");
    }
    String filename;
    if (p[1] instanceof PyStr s) {
      filename = s.value();
    } else if (p[1] instanceof PyBytes b) {
      filename = new String(b.value(), StandardCharsets.UTF_8);
    } else {
      throw PyException.typeError(
          "expected str, bytes or os.PathLike object, not " + p[1].type().name());
    }
    if (!(p[2] instanceof PyStr m)
        || !(m.value().equals("exec") || m.value().equals("eval") || m.value().equals("single"))) {
      if (!(p[2] instanceof PyStr)) {
        throw PyException.typeError(
            "compile() argument 'mode' must be str, not " + p[2].type().name());
      }
      throw PyException.valueError("compile() mode must be 'exec', 'eval' or 'single'");
    }
    long flags = p[3] == null ? 0 : NumberMethods.index(p[3]).asLong();
    if ((flags & ~KNOWN_FLAGS) != 0) {
      throw PyException.valueError("compile(): unrecognised flags");
    }
    boolean inherit = p[4] == null || !p[4].isTrue();
    if (inherit && callerHasFutureAnnotations(ts)) {
      flags |= CO_FUTURE_ANNOTATIONS;
    }
    if ((flags & PYCF_ONLY_AST) != 0) {
      throw PyException.typeError(
          "compile() to an AST (ast.PyCF_ONLY_AST) is not supported by gilvm");
    }
    String text = sourceText("compile", p[0], false);
    return compileText(text, filename, m.value(), (flags & CO_FUTURE_ANNOTATIONS) != 0);
  }

  /** exec() and eval(): the code, then the namespaces it runs in, by CPython's defaults. */
  private static PyObject run(ThreadState ts, String fname, PyObject[] a, String[] kw) {
    PyObject[] p =
        ArgParser.parse(fname, a, kw, new String[] {"source", "globals", "locals"}, 1, 3);
    PyObject globalsArg = p[1] == null ? PyNone.NONE : p[1];
    PyObject localsArg = p[2] == null ? PyNone.NONE : p[2];
    if (globalsArg != PyNone.NONE && !(globalsArg instanceof PyDict)) {
      throw PyException.typeError(
          fname.equals("exec")
              ? "exec() globals must be a dict, not " + globalsArg.type().name()
              : "globals must be a dict");
    }
    if (localsArg != PyNone.NONE && !(localsArg instanceof PyDict)) {
      if (localsArg.type().lookup("__getitem__") == null) {
        throw PyException.typeError(
            fname.equals("exec")
                ? "locals must be a mapping or None, not " + localsArg.type().name()
                : "locals must be a mapping");
      }
      throw PyException.typeError(
          fname + "() with a locals mapping other than a dict is not supported by gilvm");
    }
    PyCode code;
    if (p[0] instanceof PyCode c) {
      code = c;
    } else if (p[0] instanceof PyStr || p[0] instanceof PyBytes) {
      code =
          compileText(
              sourceText(fname, p[0], fname.equals("eval")),
              "<string>",
              fname,
              callerHasFutureAnnotations(ts));
    } else {
      throw PyException.typeError(fname + "() arg 1 must be a string, bytes or code object");
    }
    if (code.freevars.length > 0) {
      throw PyException.typeError(
          "code object passed to " + fname + "() may not contain free variables");
    }
    Frame caller = ts.frame;
    PyDict globals;
    PyDict locals;
    if (globalsArg == PyNone.NONE) {
      globals = caller.globals;
      PyObject here = Builtins.locals(ts);
      if (localsArg == PyNone.NONE && !(here instanceof PyDict)) {
        throw PyException.typeError(
            fname
                + "() in a class body whose namespace is not a dict"
                + " is not supported by gilvm");
      }
      locals = localsArg == PyNone.NONE ? (PyDict) here : (PyDict) localsArg;
    } else {
      globals = (PyDict) globalsArg;
      locals = localsArg == PyNone.NONE ? globals : (PyDict) localsArg;
    }
    if (globals.getStr(ts, "__builtins__") == null) {
      globals.putStr("__builtins__", ts.interp.builtins);
    }
    PyObject b = globals.getStr(ts, "__builtins__");
    PyDict builtins =
        b instanceof PyModule m ? m.dict() : b instanceof PyDict d ? d : ts.interp.builtins;
    RefCounts rc = ts.refs;
    rc.incref(globals);
    rc.incref(locals);
    try {
      Frame f = new Frame(code, globals, builtins, locals);
      return Eval.execute(ts, f);
    } finally {
      Refs.decref(ts, locals);
      Refs.decref(ts, globals);
    }
  }
}
