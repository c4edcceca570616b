package io.gilvm.modules;

import io.gilvm.bytecode.Disassembler;
import io.gilvm.bytecode.Opcode;
import io.gilvm.compiler.Compiler;
import io.gilvm.lang.PySyntaxError;
import io.gilvm.object.ArgParser;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.Ops;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyType;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code dis}: prints the bytecode of a function, method, code object, class, module or source
 * string in CPython 3.9's layout (the text comes from {@link Disassembler}), and the opcode tables
 * {@code opname}, {@code opmap}, {@code hasjrel} and {@code hasjabs}.
 */
final class DisModule {
  private DisModule() {}

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("dis");
    PyList opname = new PyList();
    PyDict opmap = new PyDict();
    PyList hasjrel = new PyList();
    PyList hasjabs = new PyList();
    for (int op = 0; op < 256; op++) {
      String name = Opcode.name(op);
      opname.append(new PyStr(name));
      if (!name.startsWith("<")) {
        opmap.put(new PyStr(name), PyInt.of(op));
        if (Opcode.isRelativeJump(op)) {
          hasjrel.append(PyInt.of(op));
        }
        if (Opcode.isAbsoluteJump(op)) {
          hasjabs.append(PyInt.of(op));
        }
      }
    }
    m.put("opname", opname);
    m.put("opmap", opmap);
    m.put("hasjrel", hasjrel);
    m.put("hasjabs", hasjabs);
    m.put("HAVE_ARGUMENT", PyInt.of(Opcode.HAVE_ARGUMENT));
    m.function(
        "dis",
        (t, a, kw) -> {
          PyObject[] p = ArgParser.parse("dis", a, kw, new String[] {"x", "file", "depth"}, 0, 1);
          if (p[0] == null || p[0] == PyNone.NONE) {
            throw PyException.runtimeError("no last traceback to disassemble");
          }
          String text = disassemble(p[0]);
          PyObject file = p[1];
          if (file == null || file == PyNone.NONE) {
            interp.stdout().write(text);
          } else {
            Ops.callMethod(t, file, "write", new PyStr(text));
          }
          return PyNone.NONE;
        });
    return m;
  }

  /** The listing {@code dis.dis(x)} prints. */
  static String disassemble(PyObject x) {
    PyCode code = codeOf(x);
    if (code != null) {
      return Disassembler.dis(code);
    }
    if (x instanceof PyStr s) {
      return Disassembler.dis(compile(s.value()));
    }
    Map<String, PyObject> members = new TreeMap<>();
    if (x instanceof PyType t) {
      members.putAll(t.ownAttributes());
    } else if (x instanceof PyModule mod) {
      for (PyObject k : mod.dict().keyArray()) {
        members.put(Ops.str(k), mod.dict().get(k));
      }
    } else {
      throw PyException.typeError("don't know how to disassemble " + x.type().name() + " objects");
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, PyObject> e : members.entrySet()) {
      PyCode c = codeOf(e.getValue());
      if (c != null) {
        sb.append("Disassembly of ").append(e.getKey()).append(":\n");
        sb.append(Disassembler.dis(c)).append('\n');
      }
    }
    return sb.toString();
  }

  /** The code object of a code object, function or method; null for anything else. */
  private static PyCode codeOf(PyObject x) {
    if (x instanceof PyCode c) {
      return c;
    }
    if (x instanceof PyType || x instanceof PyModule) {
      return null;
    }
    // Methods, static methods and class methods disassemble as the function they wrap.
    PyObject f = x.lookupAttr("__func__");
    if (f != null) {
      x = f;
    }
    PyObject c = x.lookupAttr("__code__");
    return c instanceof PyCode code ? code : null;
  }

  /**
   * Source given to {@code dis.dis} is compiled as a module file named {@code <dis>}, as CPython's.
   */
  private static PyCode compile(String source) {
    try {
      return Compiler.compile(source, "<dis>");
    } catch (PySyntaxError e) {
      throw PyException.of(
          ExceptionTypes.SYNTAX_ERROR, e.getMessage() + " (<dis>, line " + e.line() + ")");
    }
  }
}
