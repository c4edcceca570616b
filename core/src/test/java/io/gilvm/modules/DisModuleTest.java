package io.gilvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.bytecode.Disassembler;
import io.gilvm.compiler.Compiler;
import org.junit.jupiter.api.Test;

class DisModuleTest {

  @Test
  void disOfSourcePrintsTheDisassemblersListing() {
    String expected = Disassembler.dis(Compiler.compile("n += 1\n", "<dis>"));
    assertEquals(expected, PyRun.out("import dis\ndis.dis('n += 1\\n')"));
    assertTrue(expected.contains("INPLACE_ADD"), expected);
  }

  @Test
  void disOfAFunctionShowsItsBody() {
    String out = PyRun.out("import dis\ndef add(a, b):\n    return a + b\ndis.dis(add)");
    assertTrue(
        out.contains("LOAD_FAST") && out.contains("BINARY_ADD") && out.contains("RETURN_VALUE"),
        out);
    assertEquals(
        out, PyRun.out("import dis\ndef add(a, b):\n    return a + b\ndis.dis(add.__code__)"));
  }

  @Test
  void disOfAClassShowsEachMethod() {
    String out =
        PyRun.out(
            "import dis\nclass C:\n    def f(self):\n        return 1\n"
                + "    def g(self):\n        return 2\n    x = 3\ndis.dis(C)");
    assertTrue(out.startsWith("Disassembly of f:\n") && out.contains("\nDisassembly of g:\n"), out);
  }

  @Test
  void disWritesToAFile() {
    assertEquals(
        "True\n",
        PyRun.out(
            "import dis\nclass F:\n    def __init__(self):\n        self.parts = []\n"
                + "    def write(self, s):\n        self.parts.append(s)\nf = F()\ndis.dis('x = 1', file=f)\n"
                + "print('STORE_NAME' in ''.join(f.parts))"));
  }

  @Test
  void opcodeTables() {
    assertEquals(
        "256 100 LOAD_CONST True 90\n",
        PyRun.out(
            "import dis\nprint(len(dis.opname), dis.opmap['LOAD_CONST'], dis.opname[100],"
                + " dis.opmap['JUMP_ABSOLUTE'] in dis.hasjabs, dis.HAVE_ARGUMENT)"));
  }

  @Test
  void errors() {
    assertEquals(
        "TypeError don't know how to disassemble int objects\nSyntaxError\n",
        PyRun.out(
            "import dis\nfor x in (1, 'x ='):\n  try:\n    dis.dis(x)\n  except Exception as e:\n"
                + "    print(type(e).__name__ if isinstance(e, SyntaxError) else f'{type(e).__name__} {e}')"));
  }
}
