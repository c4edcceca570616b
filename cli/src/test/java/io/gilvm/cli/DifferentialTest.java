package io.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.state.Interpreter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential testing against CPython: generated programs ({@link ExpressionGenerator}) run under
 * {@code python3} and under gilvm, and their stdout, the last line of their stderr and their exit
 * status must be the same. The compatibility corpus takes part too: its stored {@code .expected}
 * files, which {@link CorpusTest} holds gilvm to, must still be what {@code python3} prints, so
 * neither side of that comparison can drift.
 *
 * <p>Needs a {@code python3} of version 3.11 on the path (or named by {@code -Dgilvm.python}); the
 * tests are skipped, with that reason, when there is none. {@code -Dgilvm.diff.programs=N} and
 * {@code -Dgilvm.diff.seed=S} run more or other programs.
 */
class DifferentialTest {
  private static String python;

  @BeforeAll
  static void findPython() throws Exception {
    python = python311();
  }

  /**
   * The CPython 3.11 to compare with ({@code -Dgilvm.python}, else {@code python3}); skips the
   * calling test when there is none, or it is another version.
   */
  static String python311() throws Exception {
    String p = System.getProperty("gilvm.python", "python3");
    String version;
    try {
      Process proc =
          new ProcessBuilder(p, "-c", "import sys; print('%d.%d' % sys.version_info[:2])")
              .redirectErrorStream(true)
              .start();
      version = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      proc.waitFor(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      version = null;
    }
    Assumptions.assumeTrue(
        version != null,
        "skipped: no " + p + " on the path to compare with (set -Dgilvm.python=...)");
    Assumptions.assumeTrue(
        version.equals("3.11"),
        "skipped: " + p + " is Python " + version + ", the oracle must be 3.11");
    return p;
  }

  record Run(int status, String out, String lastErr) {}

  private static String lastLine(String s) {
    String[] lines = s.strip().split("\n");
    return lines[lines.length - 1];
  }

  private static Run cpython(Path file, Path dir) throws Exception {
    Path out = Files.createTempFile(dir, "py", ".out");
    Path err = Files.createTempFile(dir, "py", ".err");
    Process proc =
        new ProcessBuilder(python, file.toString())
            .directory(file.getParent().toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    proc.getOutputStream().close();
    assertTrue(proc.waitFor(120, TimeUnit.SECONDS), "python3 did not finish " + file);
    return new Run(proc.exitValue(), Files.readString(out), lastLine(Files.readString(err)));
  }

  private static Run gilvm(String source, String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Interpreter interp =
        Interpreter.builder()
            .gil("newgil")
            .argv(List.of(name))
            .in(new ByteArrayInputStream(new byte[0]))
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .err(new PrintStream(err, true, StandardCharsets.UTF_8))
            .build();
    int status = interp.runSource(source, name);
    return new Run(
        status,
        out.toString(StandardCharsets.UTF_8),
        lastLine(err.toString(StandardCharsets.UTF_8)));
  }

  /** The lines of the program whose output differs, each beside both outputs. */
  private static String differences(String source, Run py, Run gv) {
    StringBuilder sb = new StringBuilder();
    String[] a = py.out().split("\n", -1);
    String[] b = gv.out().split("\n", -1);
    String[] src = source.split("\n");
    int shown = 0;
    for (int i = 0; i < Math.max(a.length, b.length) && shown < 15; i++) {
      String x = i < a.length ? a[i] : "<none>";
      String y = i < b.length ? b[i] : "<none>";
      if (!x.equals(y)) {
        String n = x.split(" ", 2)[0];
        String expr = "";
        for (String line : src) {
          if (line.startsWith("show(" + n + ", ")) {
            expr = line;
          }
        }
        sb.append("  ")
            .append(expr)
            .append("\n    python3: ")
            .append(x)
            .append("\n    gilvm:   ")
            .append(y)
            .append('\n');
        shown++;
      }
    }
    return sb.toString();
  }

  @TestFactory
  Stream<DynamicTest> generatedProgramsPrintWhatCPythonPrints(@TempDir Path dir) {
    int programs = Integer.getInteger("gilvm.diff.programs", 12);
    long seed = Long.getLong("gilvm.diff.seed", 20261207L);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < programs; i++) {
      long s = seed + i;
      tests.add(
          DynamicTest.dynamicTest(
              "seed " + s,
              () -> {
                String source = new ExpressionGenerator(s).program(60, 3);
                Path file = dir.resolve("gen" + s + ".py");
                Files.writeString(file, source);
                Run py = cpython(file, dir);
                Run gv = gilvm(source, file.toString());
                String diff = differences(source, py, gv);
                assertTrue(
                    diff.isEmpty(), "seed " + s + ": output differs from python3's\n" + diff);
                assertEquals(py.lastErr(), gv.lastErr(), "seed " + s + ": stderr's last line");
                assertEquals(py.status(), gv.status(), "seed " + s + ": exit status");
              }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> theCorpusExpectationsAreWhatCPythonPrints(@TempDir Path dir)
      throws IOException {
    String d = System.getProperty("gilvm.corpus.dir");
    assertTrue(
        d != null && Files.isDirectory(Path.of(d)), "gilvm.corpus.dir is not a folder: " + d);
    List<CorpusTest.Program> programs = CorpusTest.programs(Path.of(d));
    assertTrue(
        programs.size() >= 60, "expected the corpus, found " + programs.size() + " programs");
    return programs.stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.name(),
                    () -> {
                      Run py = cpython(p.dir().resolve(p.file()), dir);
                      assertEquals(
                          0, py.status(), p.name() + " fails under python3: " + py.lastErr());
                      assertEquals(
                          Files.readString(p.expected()),
                          py.out(),
                          p.name() + ".expected is not what python3 prints");
                    }));
  }
}
