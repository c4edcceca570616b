package io.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code .py} program under the golden folders (the language tests in core and the
 * examples) and checks it against the expectations written in its own comments:
 *
 * <ul>
 *   <li>{@code # expect: TEXT}: the next line of stdout;
 *   <li>{@code # expect re: REGEX}: the next line of stdout, matched whole (timings);
 *   <li>{@code # expect error: TEXT}: exit status 1 and the last line of stderr;
 *   <li>{@code # expect stderr: TEXT}: a line that appears in stderr;
 *   <li>{@code # expect exit: N}: the exit status.
 * </ul>
 *
 * The expectations are CPython 3.11's real output for the same program. A line {@code # args: A B}
 * gives the program's arguments ({@code sys.argv[1:]}) under this test: the examples that time a
 * long countdown take their size from it, so that the six modes check what they print without
 * spending minutes on work whose size the output does not show.
 */
class GoldenTest {
  private static final Pattern EXPECT =
      Pattern.compile("#\\s*expect(?: (re|error|stderr|exit))?: ?(.*)$");
  private static final Pattern ARGS = Pattern.compile("^#\\s*args:(.*)$");

  record Expectations(
      List<String> stdout,
      List<Boolean> isRegex,
      String error,
      List<String> stderr,
      Integer exit,
      List<String> args) {}

  static Expectations parse(String source) {
    List<String> out = new ArrayList<>();
    List<Boolean> re = new ArrayList<>();
    List<String> stderr = new ArrayList<>();
    String error = null;
    Integer exit = null;
    List<String> args = new ArrayList<>();
    for (String line : source.split("\n", -1)) {
      Matcher a = ARGS.matcher(line);
      if (a.matches()) {
        args.addAll(List.of(a.group(1).trim().split("\\s+")));
        continue;
      }
      Matcher m = EXPECT.matcher(line);
      if (!m.find()) {
        continue;
      }
      String kind = m.group(1);
      String text = m.group(2);
      if (kind == null || kind.equals("re")) {
        out.add(text);
        re.add(kind != null);
      } else if (kind.equals("error")) {
        error = text;
      } else if (kind.equals("stderr")) {
        stderr.add(text);
      } else {
        exit = Integer.parseInt(text.trim());
      }
    }
    return new Expectations(out, re, error, stderr, exit, args);
  }

  @TestFactory
  Stream<DynamicTest> goldenPrograms() throws IOException {
    return programs(false, null);
  }

  /**
   * The same programs in checked memory mode and with the leak report: any reference-count mistake
   * in the interpreter that frees an object still in use stops the program with a fatal error, and
   * any that keeps a count too high shows up as a leaked object; either fails the test. (Objects
   * held only in reference cycles are leaks of pure reference counting, not of the interpreter, and
   * are allowed.)
   */
  @TestFactory
  Stream<DynamicTest> goldenProgramsWithCheckedMemory() throws IOException {
    return programs(true, null);
  }

  /**
   * The same programs without a GIL (finegrained, with its biased counts and object locks), in
   * checked memory mode: threads run in parallel, and a container or count that the critical
   * sections or the biased counts failed to protect shows up as a wrong output or a fatal error.
   */
  @TestFactory
  Stream<DynamicTest> goldenProgramsWithoutAGil() throws IOException {
    return programs(true, "finegrained", null);
  }

  /**
   * The same programs without a GIL and with atomic reference counts, in checked memory mode with
   * the leak report: a count that a racing decrement left at zero without freeing the object (which
   * biased counts can hide, since most decrements stay with the owning thread) shows up as a leaked
   * object.
   */
  @TestFactory
  Stream<DynamicTest> goldenProgramsWithoutAGilAtomicCounts() throws IOException {
    return programs(true, "finegrained", "atomic");
  }

  private static Stream<DynamicTest> programs(boolean checked, String gil) throws IOException {
    return programs(checked, gil, null);
  }

  private static Stream<DynamicTest> programs(boolean checked, String gil, String memory)
      throws IOException {
    return programs(checked, gil, memory, null);
  }

  /**
   * Every golden program as a test, run with these settings ({@code null}: the default). Also
   * {@link GoldenCompiledTierTest}'s: the compiled tier's two modes are a class of their own, so
   * that the two test JVMs share the six modes' work more evenly.
   */
  static Stream<DynamicTest> programs(boolean checked, String gil, String memory, String tier)
      throws IOException {
    String dirs = System.getProperty("gilvm.golden.dirs");
    assertFalse(dirs == null || dirs.isBlank(), "gilvm.golden.dirs is not set");
    List<DynamicTest> tests = new ArrayList<>();
    for (String d : dirs.split(java.io.File.pathSeparator)) {
      Path root = Path.of(d).toAbsolutePath().normalize();
      assertTrue(Files.isDirectory(root), "no golden folder " + root);
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(p -> p.toString().endsWith(".py"))
            .filter(p -> isProgram(root, p))
            .sorted()
            .forEach(
                p ->
                    tests.add(
                        DynamicTest.dynamicTest(
                            root.getFileName() + "/" + root.relativize(p),
                            p.toUri(),
                            () -> check(p, runsAsFile(root, p), checked, gil, memory, tier))));
      }
    }
    assertTrue(tests.size() >= 150, "expected at least 150 golden programs, found " + tests.size());
    return tests.stream();
  }

  /**
   * A program that spans several files is a folder: {@code <family>/<case>/main.py} with its
   * modules and packages beside it. Its main.py is run as a file (so {@code sys.path[0]} is the
   * folder) and carries the expectations; the other files in the folder are not programs.
   */
  static Path folderCase(Path root, Path file) {
    for (Path dir = file.getParent();
        dir != null && dir.startsWith(root) && !dir.equals(root);
        dir = dir.getParent()) {
      if (root.relativize(dir).getNameCount() >= 2 && Files.isRegularFile(dir.resolve("main.py"))) {
        return dir;
      }
    }
    return null;
  }

  /**
   * Whether the program runs from its file ({@code gilvm run path}: {@code __file__} set, its
   * folder on sys.path) rather than as source: folder cases, and the examples, which are run so (a
   * multiprocessing child re-imports the main module from its file).
   */
  private static boolean runsAsFile(Path root, Path file) {
    return folderCase(root, file) != null || root.getFileName().toString().equals("examples");
  }

  private static boolean isProgram(Path root, Path file) {
    Path dir = folderCase(root, file);
    return dir == null || file.equals(dir.resolve("main.py"));
  }

  private static void check(
      Path file, boolean folder, boolean checked, String gil, String memory, String tier)
      throws IOException {
    String source = Files.readString(file, StandardCharsets.UTF_8);
    Expectations exp = parse(source);
    if (exp.stdout().isEmpty()
        && exp.error() == null
        && exp.stderr().isEmpty()
        && exp.exit() == null) {
      fail(file + " has no # expect lines");
    }
    String name = file.getFileName().toString();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int[] status = new int[1];
    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(120),
        () -> {
          Interpreter interp =
              Interpreter.builder()
                  .argv(argv(name, exp.args()))
                  .gil(gil)
                  .memory(memory)
                  .tier(tier)
                  .checkMemory(checked)
                  .leaks(checked)
                  .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                  .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                  .build();
          status[0] = folder ? interp.runFile(source, file) : interp.runSource(source, name);
        },
        () -> name + " did not finish; stdout so far:\n" + out.toString(StandardCharsets.UTF_8));
    String stdout = out.toString(StandardCharsets.UTF_8);
    String stderr = err.toString(StandardCharsets.UTF_8);
    if (checked) {
      stderr = checkLeakReport(name, stderr, status[0]);
    }
    String context = "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;

    List<String> lines = stdout.isEmpty() ? List.of() : List.of(stdout.split("\n", -1));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines = lines.subList(0, lines.size() - 1);
    }
    for (int i = 0; i < exp.stdout().size(); i++) {
      if (i >= lines.size()) {
        fail(name + ": missing stdout line " + (i + 1) + ": " + exp.stdout().get(i) + context);
      }
      String want = exp.stdout().get(i);
      String got = lines.get(i);
      if (exp.isRegex().get(i)) {
        assertTrue(
            got.matches(want),
            name
                + ": stdout line "
                + (i + 1)
                + " '"
                + got
                + "' does not match /"
                + want
                + "/"
                + context);
      } else {
        assertEquals(want, got, name + ": stdout line " + (i + 1) + context);
      }
    }
    assertEquals(exp.stdout().size(), lines.size(), name + ": number of stdout lines" + context);

    int wantExit = exp.exit() != null ? exp.exit() : (exp.error() != null ? 1 : 0);
    assertEquals(wantExit, status[0], name + ": exit status" + context);
    List<String> errLines = stderr.isEmpty() ? List.of() : List.of(stderr.split("\n"));
    if (exp.error() != null) {
      assertFalse(errLines.isEmpty(), name + ": expected an error on stderr" + context);
      assertEquals(
          exp.error(), errLines.get(errLines.size() - 1), name + ": last stderr line" + context);
    }
    for (String want : exp.stderr()) {
      assertTrue(
          errLines.contains(want), name + ": stderr lacks the line '" + want + "'" + context);
    }
    if (exp.error() == null && exp.stderr().isEmpty() && exp.exit() == null) {
      assertEquals("", stderr, name + ": unexpected stderr" + context);
    }
  }

  private static List<String> argv(String name, List<String> args) {
    List<String> argv = new ArrayList<>();
    argv.add(name);
    argv.addAll(args);
    return argv;
  }

  private static final java.util.regex.Pattern LEAKED =
      java.util.regex.Pattern.compile("gilvm: (\\d+) objects? leaked .*");
  private static final java.util.regex.Pattern IN_CYCLES =
      java.util.regex.Pattern.compile("gilvm: (\\d+) of them only in reference cycles.*");

  /** A subinterpreter's own report ({@code concurrent.interpreters}): the same lines, named. */
  private static final java.util.regex.Pattern SUBINTERPRETER =
      java.util.regex.Pattern.compile("gilvm: interpreter (\\d+): (.*)");

  /**
   * Checks the leak report at the end of stderr (every leaked object is in a reference cycle), and
   * each subinterpreter's, and returns stderr without them.
   */
  private static String checkLeakReport(String name, String stderr, int status) {
    List<String> kept = new ArrayList<>();
    java.util.Map<String, long[]> reports = new java.util.LinkedHashMap<>();
    for (String line : stderr.split("\n", -1)) {
      java.util.regex.Matcher m;
      String who = "main";
      String report = line;
      if ((m = SUBINTERPRETER.matcher(line)).matches()) {
        who = "interpreter " + m.group(1);
        report = "gilvm: " + m.group(2);
      }
      if (report.equals("gilvm: no objects leaked")
          || report.startsWith("gilvm: no leak report: daemon threads")) {
        reports.computeIfAbsent(who, k -> new long[2])[0] = 0;
      } else if ((m = LEAKED.matcher(report)).matches()) {
        reports.computeIfAbsent(who, k -> new long[2])[0] = Long.parseLong(m.group(1));
      } else if ((m = IN_CYCLES.matcher(report)).matches()) {
        reports.computeIfAbsent(who, k -> new long[2])[1] = Long.parseLong(m.group(1));
      } else {
        kept.add(line);
      }
    }
    long leaked = reports.containsKey("main") ? reports.get("main")[0] : -1;
    for (java.util.Map.Entry<String, long[]> r : reports.entrySet()) {
      assertEquals(
          r.getValue()[0],
          r.getValue()[1],
          name + ": objects leaked outside reference cycles (" + r.getKey() + "):\n" + stderr);
    }
    String rest = String.join("\n", kept);
    if (leaked < 0) {
      // Only a fatal error (exit 134, which the expectations check) ends a run without a report.
      assertEquals(134, status, name + ": no leak report at exit:\n" + stderr);
      return rest;
    }
    return rest;
  }
}
