package io.gilvm.gil.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.state.Interpreter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Programs run by the interpreter under {@code --gil legacy}: their output, not their timing. */
@Timeout(30)
class LegacyGilInterpreterTest {

  private record Run(String out, LegacyGil.Stats stats) {}

  private static Run run(String source, int checkInterval) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    Interpreter interp =
        Interpreter.builder()
            .gil("legacy")
            .memory("plain")
            .checkInterval(checkInterval)
            .out(o)
            .err(e)
            .build();
    int status = interp.runSource(source, "t.py");
    o.flush();
    e.flush();
    String stdout = out.toString(StandardCharsets.UTF_8);
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, "exit status; stdout:\n" + stdout + "stderr:\n" + stderr);
    assertEquals("", stderr, "stderr");
    return new Run(stdout, ((LegacyGil) interp.lock()).stats());
  }

  @Test
  void sysReportsTheGilEnabled() {
    assertEquals("True\n", run("import sys\nprint(sys._is_gil_enabled())\n", 100).out());
  }

  @Test
  void twoThreadsCountingDownBothFinish() {
    String src =
        """
        import sys
        from threading import Thread

        results = []

        def countdown(name, n):
            while n > 0:
                n -= 1
            results.append(name + " reached " + str(n))

        threads = [Thread(target=countdown, args=(name, 200000)) for name in ("a", "b")]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(sorted(results))
        print(sys._is_gil_enabled(), sys.getcheckinterval())
        """;
    Run r = run(src, 100);
    assertEquals("['a reached 0', 'b reached 0']\nTrue 100\n", r.out());
    LegacyGil.Stats s = r.stats();
    System.out.printf(
        "legacy GIL, countdown(200000) in two threads: %s, re-acquired by the releaser %.2f%%%n",
        s, 100.0 * s.reacquiredBySameThread() / Math.max(1, s.tickReleases()));
    // The main thread stays attached (waiting in join) while each worker counts, so the workers'
    // tickers run out with another thread attached: hundreds of thousands of ticks, all released.
    assertTrue(s.tickReleases() > 1_000, s.toString());
    assertTrue(s.reacquiredBySameThread() <= s.tickReleases(), s.toString());
  }

  @Test
  void checkIntervalComesFromTheBuilderAndFromSys() {
    String src =
        """
        import sys
        print(sys.getcheckinterval())
        sys.setcheckinterval(7)
        print(sys.getcheckinterval())
        """;
    assertEquals("20\n7\n", run(src, 20).out());
  }
}
