package io.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gilvm.state.Interpreter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-module import locks under every lock strategy: threads importing one module run its body
 * once and wait for it; a failed import is seen by the thread that ran it; two threads each inside
 * a module that imports the other's do not deadlock (one takes the other's partial module, as
 * CPython's import locks decide).
 */
class ImportLocksTest {

  private static String run(String gil, Path main) throws IOException {
    String source = Files.readString(main);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int[] status = new int[1];
    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          Interpreter interp =
              Interpreter.builder()
                  .gil(gil)
                  .checkMemory(true)
                  .argv(List.of("main.py"))
                  .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                  .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                  .build();
          status[0] = interp.runFile(source, main);
        },
        () ->
            "the program did not finish under "
                + gil
                + " (an import deadlock?); stdout so far:\n"
                + out.toString(StandardCharsets.UTF_8));
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, status[0], stderr);
    assertEquals("", stderr);
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"legacy", "newgil", "finegrained"})
  void threadsImportingEachOthersModulesDoNotDeadlock(String gil, @TempDir Path dir)
      throws IOException {
    // Each module waits until both threads are inside their own module's body (each holding its
    // module's import lock) before importing the other's: a cycle of waits every time.
    Files.writeString(
        dir.resolve("alpha.py"),
        "import __main__\n__main__.alpha_in.set()\n__main__.beta_in.wait()\n"
            + "import beta\nA = 'alpha'\n");
    Files.writeString(
        dir.resolve("beta.py"),
        "import __main__\n__main__.beta_in.set()\n__main__.alpha_in.wait()\n"
            + "import alpha\nB = 'beta'\n");
    Path main = dir.resolve("main.py");
    Files.writeString(
        main,
        """
        import threading
        alpha_in = threading.Event()
        beta_in = threading.Event()
        done = []
        def load(name):
            __import__(name)
            done.append(name)
        t1 = threading.Thread(target=load, args=("alpha",))
        t2 = threading.Thread(target=load, args=("beta",))
        t1.start(); t2.start(); t1.join(); t2.join()
        import alpha, beta
        print(sorted(done), alpha.A, beta.B, alpha.beta is beta, beta.alpha is alpha)
        """);
    for (int round = 0; round < 3; round++) {
      assertEquals("['alpha', 'beta'] alpha beta True True\n", run(gil, main));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"legacy", "newgil", "finegrained"})
  void aModuleImportedByManyThreadsRunsOnce(String gil, @TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("slow.py"),
        "import __main__, time\n__main__.runs.append(1)\ntime.sleep(0.05)\nCOMPLETE = True\n");
    Files.writeString(
        dir.resolve("failing.py"),
        "import __main__, time\n__main__.fails.append(1)\ntime.sleep(0.02)\n"
            + "raise ValueError('failing body')\n");
    Path main = dir.resolve("main.py");
    Files.writeString(
        main,
        """
        import sys, threading
        runs, fails, seen, errors, got = [], [], [], [], []
        def get_slow():
            import slow
            seen.append(slow.COMPLETE)
        def get_failing():
            try:
                import failing
                got.append(failing)
            except ValueError as e:
                errors.append(str(e))
        threads = [threading.Thread(target=get_slow) for _ in range(8)]
        threads += [threading.Thread(target=get_failing) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        # A failing body runs again for a thread that came after the failure; a thread that was
        # waiting for it gets the module object it saw, as in CPython. Either way, every run
        # raised in the thread that ran it.
        print(len(runs), seen, len(fails) == len(errors), len(errors) + len(got))
        print("failing" in sys.modules, all(type(m) is type(sys) for m in got))
        """);
    for (int round = 0; round < 2; round++) {
      assertEquals(
          "1 [True, True, True, True, True, True, True, True] True 4\nFalse True\n",
          run(gil, main));
    }
  }
}
