package io.gilvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gilvm.state.Interpreter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where modules are found: gilvm's Java modules that CPython builds in come before sys.path; the
 * others, and gilvm's library written in Python, stand where the library's entry stands in
 * sys.path, so a program's own module of the same name comes first, as in CPython.
 */
class ImportSystemTest {

  private static String runFile(Path main, String pythonPath) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Interpreter interp =
        Interpreter.builder()
            .gil("serial")
            .memory("testplain")
            .argv(List.of(main.toString()))
            .pythonPath(pythonPath)
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .err(new PrintStream(err, true, StandardCharsets.UTF_8))
            .build();
    int status = interp.runFile(Files.readString(main), main);
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, stderr);
    assertEquals("", stderr);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void libraryPackagesHaveAPathIntoTheLibrary(@TempDir Path dir) throws IOException {
    Path main = dir.resolve("main.py");
    Files.writeString(
        main,
        """
        import sys
        import _gilvm_test_pkg
        import _gilvm_test_pkg.sub as sub
        lib = sys.path[-1]
        print(_gilvm_test_pkg.FROM_SUB, sub is _gilvm_test_pkg.sub)
        print(_gilvm_test_pkg.__path__ == [lib + "/_gilvm_test_pkg"], lib.endswith("io/gilvm/lib"))
        print(_gilvm_test_pkg.__file__.endswith("/io/gilvm/lib/_gilvm_test_pkg/__init__.py"),
              sub.__file__.endswith("/io/gilvm/lib/_gilvm_test_pkg/sub.py"))
        print(sub.__spec__.parent, _gilvm_test_pkg.__package__)
        """);
    assertEquals(
        "library submodule True\nTrue True\n" + "True True\n" + "_gilvm_test_pkg _gilvm_test_pkg\n",
        runFile(main, null));
  }

  @Test
  void aProgramsOwnModuleShadowsTheLibraryButNotABuiltin(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("math.py"), "WHO = 'the program s own math.py'\n");
    Files.writeString(dir.resolve("sys.py"), "WHO = 'never imported'\n");
    Path main = dir.resolve("main.py");
    Files.writeString(
        main,
        """
        import math, sys
        print(math.WHO, hasattr(sys, "WHO"), sys.path[0] == __file__.rpartition("/")[0])
        del sys.modules["math"]
        sys.path.pop(0)
        import math
        print(math.sqrt(16), math)
        """);
    assertEquals(
        "the program s own math.py False True\n4.0 <module 'math' (built-in)>\n",
        runFile(main, null));
  }

  @Test
  void pythonPathComesAfterTheProgramsDirectoryAndBeforeTheLibrary(@TempDir Path dir)
      throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.writeString(a.resolve("where.py"), "WHO = 'a'\n");
    Files.writeString(b.resolve("where.py"), "WHO = 'b'\n");
    Files.writeString(b.resolve("only_b.py"), "WHO = 'only in b'\n");
    Path prog = Files.createDirectories(dir.resolve("prog"));
    Path main = prog.resolve("main.py");
    Files.writeString(
        main,
        """
        import sys, where, only_b
        print(where.WHO, only_b.WHO, len(sys.path))
        """);
    assertEquals("a only in b 4\n", runFile(main, a + java.io.File.pathSeparator + b));
  }
}
