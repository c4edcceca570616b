package io.gilvm.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.bytecode.Opcode;
import io.gilvm.lang.PySyntaxError;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyObject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What the VM relies on, checked on every program in the golden test suite: jumps land on
 * instructions, every code object has one line per instruction, and no path through the final
 * (optimized) code needs more stack than {@code stacksize}.
 */
class BytecodeInvariantsTest {
  @TestFactory
  Stream<DynamicTest> goldenProgramsCompileToWellFormedCode()
      throws IOException, URISyntaxException {
    URL golden = getClass().getResource("/golden");
    assertNotNull(golden, "the golden programs are missing from the test class path");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(golden.toURI()))) {
      files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    assertTrue(files.size() >= 150, "expected at least 150 golden programs, found " + files.size());
    return files.stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.getFileName().toString(),
                    () -> {
                      PyCode module;
                      try {
                        module = Compiler.compile(Files.readString(p), p.toString());
                      } catch (PySyntaxError e) {
                        return;
                      }
                      checkRecursively(module);
                    }));
  }

  @Test
  void trickyNestingHasTheExactStackSize() {
    String src =
        """
        def f(a, b):
            for x in a:
                with b as c:
                    try:
                        g(x)
                    except E as e:
                        return e
        """;
    PyCode f = Listings.find(Listings.compile(src), "f");
    // iterator, __exit__, then a handler's four slots, then DUP_TOP and the class E: 8.
    assertEquals(8, f.stacksize);
    checkRecursively(f);
  }

  @Test
  void nestedWithsGetFourSlotsPerHandler() {
    PyCode f = Listings.find(Listings.compile("def f(a, b):\n    with a, b:\n        pass\n"), "f");
    // Two __exit__s, then the inner handler's four slots and WITH_EXCEPT_START's result.
    assertEquals(7, f.stacksize);
  }

  private static void checkRecursively(PyCode code) {
    check(code);
    for (PyObject c : code.consts) {
      if (c instanceof PyCode nested) {
        checkRecursively(nested);
      }
    }
  }

  private static void check(PyCode code) {
    int n = code.code.length / 2;
    assertEquals(n, code.lines.length, code.qualname);
    int[] ops = new int[n];
    int[] args = new int[n];
    int[] targets = new int[n];
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ops[i] = code.code[2 * i];
      args[i] = code.code[2 * i + 1];
      targets[i] = -1;
      int target = -1;
      if (Opcode.isRelativeJump(ops[i])) {
        target = 2 * i + 2 + args[i];
      } else if (Opcode.isAbsoluteJump(ops[i])) {
        target = args[i];
      }
      if (target >= 0) {
        if (target % 2 != 0 || target / 2 >= n) {
          problems.add("jump at " + 2 * i + " to " + target);
        } else {
          targets[i] = target / 2;
        }
      }
      if (code.lines[i] < 1) {
        problems.add("no line at " + 2 * i);
      }
    }
    assertTrue(problems.isEmpty(), code.qualname + ": " + problems);
    assertFalse(
        n > 0
            && ops[n - 1] != Opcode.RETURN_VALUE
            && ops[n - 1] != Opcode.JUMP_ABSOLUTE
            && ops[n - 1] != Opcode.RERAISE
            && ops[n - 1] != Opcode.RAISE_VARARGS,
        code.qualname + " falls off its end");
    int needed = StackDepth.compute(ops, args, targets, n);
    assertTrue(
        needed <= code.stacksize,
        code.qualname + " needs " + needed + " > stacksize " + code.stacksize);
  }
}
