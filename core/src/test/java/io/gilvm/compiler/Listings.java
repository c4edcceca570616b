package io.gilvm.compiler;

import io.gilvm.bytecode.Disassembler;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyObject;

/** Helpers for the compiler tests: compiling snippets and reading back their listings. */
final class Listings {
  private Listings() {}

  static PyCode compile(String source) {
    return Compiler.compile(source, "<test>");
  }

  /** The first code object named {@code name} among the nested constants, depth first. */
  static PyCode find(PyCode code, String name) {
    PyCode found = search(code, name);
    if (found == null) {
      throw new AssertionError("no code object " + name);
    }
    return found;
  }

  private static PyCode search(PyCode code, String name) {
    for (PyObject c : code.consts) {
      if (c instanceof PyCode p) {
        PyCode found = p.name.equals(name) ? p : search(p, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * The dis listing of one code object (without the listings of the code objects nested in it),
   * with object addresses replaced by {@code 0x...} so that expectations do not depend on ids.
   */
  static String listing(PyCode code) {
    String text = Disassembler.dis(code);
    int nested = text.indexOf("\nDisassembly of");
    if (nested >= 0) {
      text = text.substring(0, nested);
    }
    return text.replaceAll(" at 0x[0-9a-f]+,", " at 0x...,");
  }

  /** The listing of the module, or of its nested code object {@code name} when not null. */
  static String listing(String source, String name) {
    PyCode module = compile(source);
    return listing(name == null ? module : find(module, name));
  }
}
