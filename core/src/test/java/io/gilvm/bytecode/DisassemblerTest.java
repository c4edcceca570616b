package io.gilvm.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.compiler.Compiler;
import io.gilvm.eval.Builtins;
import io.gilvm.object.PyCode;
import org.junit.jupiter.api.Test;

/** The text of {@code dis.dis}, laid out exactly as CPython 3.9 lays it out. */
class DisassemblerTest {
  private static String dis(String source) {
    return Disassembler.dis(Compiler.compile(source, "<dis>"));
  }

  @Test
  void augmentedAssignmentIsFourInstructions() {
    assertEquals(
        """
          1           0 LOAD_NAME                0 (n)
                      2 LOAD_CONST               0 (1)
                      4 INPLACE_ADD
                      6 STORE_NAME               0 (n)
                      8 LOAD_CONST               1 (None)
                     10 RETURN_VALUE
        """,
        dis("n += 1\n"));
  }

  @Test
  void nestedCodeObjectsFollowWithAHeader() {
    PyCode module = Compiler.compile("def f():\n    global n\n    n += 1\n", "<dis>");
    PyCode f = (PyCode) module.consts[0];
    String code =
        "<code object f at 0x" + Long.toHexString(Builtins.id(f)) + ", file \"<dis>\", line 1>";
    assertEquals(
        "  1           0 LOAD_CONST               0 ("
            + code
            + ")\n"
            + """
                      2 LOAD_CONST               1 ('f')
                      4 MAKE_FUNCTION            0
                      6 STORE_NAME               0 (f)
                      8 LOAD_CONST               2 (None)
                     10 RETURN_VALUE

        """
            + "Disassembly of "
            + code
            + ":\n"
            + """
          3           0 LOAD_GLOBAL              0 (n)
                      2 LOAD_CONST               1 (1)
                      4 INPLACE_ADD
                      6 STORE_GLOBAL             0 (n)
                      8 LOAD_CONST               0 (None)
                     10 RETURN_VALUE
        """,
        Disassembler.dis(module));
  }

  @Test
  void jumpTargetsAreMarkedAndRelativeJumpsShowTheirTarget() {
    // CPython 3.9 prints "(to N)" for relative jumps only; absolute ones show their bare target.
    assertEquals(
        """
          1           0 LOAD_NAME                0 (a)
                      2 GET_ITER
                >>    4 FOR_ITER                16 (to 22)
                      6 STORE_NAME               1 (x)

          2           8 LOAD_NAME                1 (x)
                     10 POP_JUMP_IF_FALSE        4

          3          12 LOAD_NAME                2 (f)
                     14 LOAD_NAME                1 (x)
                     16 CALL_FUNCTION            1
                     18 POP_TOP
                     20 JUMP_ABSOLUTE            4
                >>   22 LOAD_CONST               0 (None)
                     24 RETURN_VALUE
        """,
        dis("for x in a:\n    if x:\n        f(x)\n"));
  }

  @Test
  void argumentDescriptions() {
    String text = dis("a = b < c\nd = e is not f\ng = h not in i\nj = f'{k!r:>3}{l}'\n");
    assertTrue(text.contains("COMPARE_OP               0 (<)\n"), text);
    assertTrue(text.contains("IS_OP                    1\n"), text);
    assertTrue(text.contains("CONTAINS_OP              1\n"), text);
    assertTrue(text.contains("FORMAT_VALUE             6 (repr, with format)\n"), text);
    assertTrue(text.contains("FORMAT_VALUE             0\n"), text);
  }

  @Test
  void cellAndFreeVariablesAreNamed() {
    String text = dis("def f(a):\n    def g():\n        return a\n    return g\n");
    assertTrue(text.contains("LOAD_CLOSURE             0 (a)\n"), text);
    assertTrue(text.contains("LOAD_DEREF               0 (a)\n"), text);
    assertTrue(text.contains("MAKE_FUNCTION            8 (closure)\n"), text);
  }

  @Test
  void wideLineNumbersAndOffsetsWidenTheirColumns() {
    String late = dis("\n".repeat(999) + "x = 1\n");
    assertEquals(
        """
        1000           0 LOAD_CONST               0 (1)
                       2 STORE_NAME               0 (x)
                       4 LOAD_CONST               1 (None)
                       6 RETURN_VALUE
        """,
        late);
    String longCode = dis("x = 1\n".repeat(2600));
    assertTrue(longCode.startsWith("   1            0 LOAD_CONST               0 (1)\n"), longCode);
    assertTrue(longCode.endsWith("\n            10402 RETURN_VALUE\n"), longCode);
  }
}
