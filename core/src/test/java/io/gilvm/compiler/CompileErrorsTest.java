package io.gilvm.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gilvm.lang.Node;
import io.gilvm.lang.PySyntaxError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SyntaxErrors found after parsing: by the symbol table and by the code generator. */
class CompileErrorsTest {
  private static PySyntaxError error(String source) {
    return assertThrows(PySyntaxError.class, () -> Compiler.compile(source, "bad.py"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "def f():\\n    nonlocal x\\n|no binding for nonlocal 'x' found|2",
        "def f(x):\\n    nonlocal x\\n|name 'x' is parameter and nonlocal|2",
        "nonlocal x\\n|nonlocal declaration not allowed at module level|1",
        "def f():\\n    x = 2\\n    global x\\n|name 'x' is assigned to before global declaration|3",
        "def f():\\n    print(x)\\n    global x\\n|name 'x' is used prior to global declaration|3",
        "def f(x):\\n    global x\\n|name 'x' is parameter and global|2",
        "def f():\\n    x: int = 1\\n    global x\\n|annotated name 'x' can't be global|3",
        "x = 1\\nreturn x\\n|'return' outside function|2",
        "class C:\\n    return 1\\n|'return' outside function|2",
        "break\\n|'break' outside loop|1",
        "for x in y:\\n    pass\\ncontinue\\n|'continue' not properly in loop|3",
        "yield 1\\n|'yield' outside function|1",
        "class C:\\n    yield 1\\n|'yield' outside function|2",
        "[(yield x) for x in y]\\n|'yield' inside list comprehension|1",
        "try:\\n    pass\\nexcept:\\n    pass\\nexcept E:\\n    pass\\n|default 'except:' must be last|3",
        "f(a=1, a=2)\\n|keyword argument repeated: a|1",
        "a, *b, *c = d\\n|multiple starred expressions in assignment|1",
        "__debug__ = 1\\n|cannot assign to __debug__|1",
        "def f():\\n    from m import *\\n|import * only allowed at module level|2",
        "class C:\\n    from m import *\\n|import * only allowed at module level|2",
        "[i := 0 for i in x]\\n|assignment expression cannot rebind comprehension iteration variable 'i'|1",
        "class C:\\n    [y := 0 for i in x]\\n"
            + "|assignment expression within a comprehension cannot be used in a class body|2",
      })
  void messagesAndLines(String source, String message, int line) {
    PySyntaxError e = error(source.replace("\\n", "\n"));
    assertEquals(message, e.getMessage());
    assertEquals(line, e.line());
    assertEquals("SyntaxError", e.kind());
    assertEquals("bad.py", e.filename());
  }

  @Test
  void theErrorQuotesTheSourceLine() {
    PySyntaxError e = error("x = 1\nwhile x:\n    pass\nbreak\n");
    assertEquals("break", e.sourceLine());
    assertEquals(4, e.line());
  }

  @Test
  void deadCodeIsStillChecked() {
    assertEquals("'break' outside loop", error("if 0:\n    break\n").getMessage());
  }

  @Test
  void anAbsurdlyDeepExpressionIsARecursionErrorNotACrash() {
    Node.Expr e = new Node.Name("a", Node.Ctx.LOAD, 1, 0);
    for (int i = 0; i < 200_000; i++) {
      e = new Node.BinOp(e, Node.BinOpKind.ADD, new Node.Name("a", Node.Ctx.LOAD, 1, 0), 1, 0);
    }
    Node.Module m = new Node.Module(List.of(new Node.ExprStmt(e, 1, 0)), 1, 0);
    PySyntaxError err = assertThrows(PySyntaxError.class, () -> Compiler.compile(m, "deep.py"));
    assertEquals("RecursionError", err.kind());
    assertEquals("maximum recursion depth exceeded during compilation", err.getMessage());
  }

  /**
   * CPython 3.11 compiles {@code x = -...-1} with 2998 minus signs and refuses 2999 (its compiler
   * passes stop at three times the recursion limit); so does gilvm, at once, for any shape.
   */
  @Test
  void nestingStopsWhereCPythonsDoes() throws Throwable {
    // On a stack as big as a Python thread's (PyThread), as a program is compiled.
    Throwable[] failed = new Throwable[1];
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                checkNestingLimits();
              } catch (Throwable e) {
                failed[0] = e;
              }
            },
            "deep",
            512L * 1024 * 1024);
    t.start();
    t.join();
    if (failed[0] != null) {
      throw failed[0];
    }
  }

  private static void checkNestingLimits() {
    Compiler.compile("x = " + "-".repeat(2998) + "1\n", "deep.py");
    PySyntaxError err = error("x = " + "-".repeat(2999) + "1\n");
    assertEquals("RecursionError", err.kind());
    assertEquals(
        "RecursionError: maximum recursion depth exceeded during compilation\n", err.format());
    for (String deep :
        List.of(
            "lambda: ".repeat(20_000) + "1",
            "not ".repeat(3000) + "1",
            "1" + " + 1".repeat(3000),
            "1 if 2 else ".repeat(3000) + "1")) {
      assertEquals("RecursionError", error("x = " + deep + "\n").kind(), deep.substring(0, 12));
    }
  }
}
