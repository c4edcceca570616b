package io.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.state.Interpreter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * The compatibility corpus ({@code corpus/}): programs written in the style of everyday scripts,
 * not for gilvm, each with the stdout CPython 3.11 printed for it ({@code name.expected}; a program
 * of several files is a folder with {@code main.py} and {@code main.expected}). Each runs as {@code
 * gilvm run name.py} runs it, a new interpreter under the default lock with its file's folder first
 * on {@code sys.path}, but in this JVM: a fresh JVM per program cost four minutes of CI for the
 * start-up of 119 JVMs, and the command line's own path is MainTest's and ProcessTest's. (The
 * programs read no relative paths, so the working directory does not matter: see the corpus's
 * README.)
 *
 * <p>A program passes when its stdout is CPython's and it exits 0. {@code corpus/KNOWN_FAILURES}
 * names the programs that do not pass yet, one a line: each of them must still fail (so the list
 * cannot go stale), and every other program must pass. The summary line at the end gives the count.
 */
class CorpusTest {
  private static final AtomicInteger PASSED = new AtomicInteger();
  private static final AtomicInteger TOTAL = new AtomicInteger();

  record Program(String name, Path dir, String file, Path expected) {}

  private static Path corpus() {
    String d = System.getProperty("gilvm.corpus.dir");
    assertFalse(d == null || d.isBlank(), "gilvm.corpus.dir is not set");
    Path root = Path.of(d).toAbsolutePath().normalize();
    assertTrue(Files.isDirectory(root), "no corpus folder " + root);
    return root;
  }

  static List<Program> programs(Path root) throws IOException {
    List<Program> programs = new ArrayList<>();
    try (Stream<Path> entries = Files.list(root)) {
      for (Path p : entries.sorted().toList()) {
        String n = p.getFileName().toString();
        if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("main.py"))) {
          programs.add(new Program(n, p, "main.py", p.resolve("main.expected")));
        } else if (n.endsWith(".py")) {
          String base = n.substring(0, n.length() - 3);
          programs.add(new Program(base, root, n, root.resolve(base + ".expected")));
        }
      }
    }
    return programs;
  }

  @TestFactory
  Stream<DynamicTest> corpusProgramsPrintWhatCPythonPrints() throws IOException {
    Path root = corpus();
    List<Program> programs = programs(root);
    assertTrue(
        programs.size() >= 60, "expected at least 60 corpus programs, found " + programs.size());
    Set<String> known = knownFailures(root);
    Set<String> names = programs.stream().map(Program::name).collect(Collectors.toSet());
    Set<String> unknown = new TreeSet<>(known);
    unknown.removeAll(names);
    assertTrue(unknown.isEmpty(), "KNOWN_FAILURES names programs that do not exist: " + unknown);
    return programs.stream()
        .map(p -> DynamicTest.dynamicTest(p.name(), () -> check(p, known.contains(p.name()))));
  }

  private static Set<String> knownFailures(Path root) throws IOException {
    Path f = root.resolve("KNOWN_FAILURES");
    Set<String> names = new TreeSet<>();
    if (Files.isRegularFile(f)) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          names.add(l.split("\\s+")[0]);
        }
      }
    }
    return names;
  }

  private static void check(Program p, boolean knownToFail) throws Exception {
    assertTrue(
        Files.isRegularFile(p.expected()), p.name() + " has no expected output " + p.expected());
    String expected = Files.readString(p.expected(), StandardCharsets.UTF_8);
    Run r = run(p);
    boolean passed = r.status() == 0 && r.out().equals(expected);
    TOTAL.incrementAndGet();
    if (passed) {
      PASSED.incrementAndGet();
    }
    if (knownToFail) {
      assertFalse(passed, p.name() + " passes now: remove it from corpus/KNOWN_FAILURES");
      return;
    }
    assertEquals(expected, r.out(), p.name() + ": stdout\n--- stderr ---\n" + r.err());
    assertEquals(0, r.status(), p.name() + ": exit status\n--- stderr ---\n" + r.err());
  }

  record Run(int status, String out, String err) {}

  /** Runs the program as {@code gilvm run FILE} does, in a new interpreter of this JVM. */
  static Run run(Program p) throws IOException {
    Path file = p.dir().resolve(p.file());
    String source = Files.readString(file, StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int[] status = {-1};
    try {
      Assertions.assertTimeoutPreemptively(
          Duration.ofSeconds(120),
          () -> {
            Interpreter interp =
                Interpreter.builder()
                    .argv(List.of(p.file()))
                    .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                    .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                    .build();
            status[0] = interp.runFile(source, file);
          });
    } catch (AssertionFailedError timedOut) {
      return new Run(
          -1,
          out.toString(StandardCharsets.UTF_8),
          timedOut.getMessage() + "\n" + err.toString(StandardCharsets.UTF_8));
    }
    return new Run(
        status[0], out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @AfterAll
  static void summary() {
    if (TOTAL.get() > 0) {
      System.out.printf(
          "corpus: %d of %d programs print what CPython 3.11 prints%n", PASSED.get(), TOTAL.get());
    }
  }
}
