package io.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: help, errors, exit statuses, argv. */
class MainTest {

  record Result(int status, String out, String err) {}

  private static synchronized Result run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      var cl = Main.commandLine();
      cl.setOut(new java.io.PrintWriter(System.out, true));
      cl.setErr(new java.io.PrintWriter(System.err, true));
      int status = cl.execute(args);
      System.out.flush();
      System.err.flush();
      return new Result(
          status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void runsACodeString() {
    Result r = run("run", "-c", "print(6 * 7)");
    assertEquals(0, r.status(), r.err());
    assertEquals("42\n", r.out());
  }

  @Test
  void programArgumentsLandInSysArgv(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("args.py");
    Files.writeString(p, "import sys\nprint(sys.argv[1:])\n");
    Result r = run("run", p.toString(), "a", "--gil", "b");
    assertEquals(0, r.status(), r.err());
    assertEquals("['a', '--gil', 'b']\n", r.out());
  }

  @Test
  void unknownStrategyIsOneLineAndExit2() {
    Result r = run("run", "--gil", "nosuch", "-c", "pass");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("gilvm: unknown lock strategy 'nosuch'; found: "), r.err());
    assertTrue(r.err().contains("newgil"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void missingFileIsOneLineAndExit2() {
    Result r = run("run", "no_such_file.py");
    assertEquals(2, r.status());
    assertEquals(
        "gilvm: can't open file 'no_such_file.py': [Errno 2] No such file or directory\n", r.err());
  }

  @Test
  void unknownOptionIsOneLineAndExit2() {
    Result r = run("run", "--frobnicate", "x.py");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("gilvm: Unknown option: '--frobnicate'"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void badSwitchIntervalIsAUsageError() {
    Result r = run("run", "--switch-interval", "-1", "-c", "pass");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("gilvm: --switch-interval must be greater than zero"), r.err());
  }

  @Test
  void unsafeCombinationsWarnOnceEach() {
    Result safe = run("run", "--gil", "finegrained", "--memory", "atomic", "-c", "print(1)");
    assertEquals(0, safe.status(), safe.err());
    assertEquals("", safe.err());
    Result plain = run("run", "--gil", "finegrained", "--memory", "plain", "-c", "print(1)");
    assertEquals(0, plain.status(), plain.err());
    assertEquals("gilvm: warning: memory 'plain' is not safe without a global lock\n", plain.err());
    Result off =
        run(
            "run",
            "--gil",
            "finegrained",
            "--memory",
            "atomic",
            "--object-locks",
            "off",
            "-c",
            "print(1)");
    assertEquals(0, off.status(), off.err());
    assertEquals(
        "gilvm: warning: object locks are off: lists, dicts and sets shared between threads may"
            + " lose updates\n",
        off.err());
    // Under a global lock neither setting is unsafe: no warning.
    Result global = run("run", "--gil", "newgil", "--object-locks", "off", "-c", "print(1)");
    assertEquals("", global.err());
  }

  private static final String TWO_THREADS =
      "import threading, time\n"
          + "def work():\n"
          + "    n = 0\n"
          + "    for i in range(200_000):\n"
          + "        n += i\n"
          + "    time.sleep(0.01)\n"
          + "ts = [threading.Thread(target=work, name=f'worker{k}') for k in range(2)]\n"
          + "for t in ts: t.start()\n"
          + "for t in ts: t.join()\n";

  @Test
  void statsTellEachThreadsTimeAndTheLocksCounters() {
    Result r = run("run", "--stats", "-c", TWO_THREADS);
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.err().lines().toList();
    assertEquals("gilvm: stats (lock newgil, memory plain)", lines.get(0));
    assertTrue(
        lines.get(1).contains("instructions") && lines.get(1).contains("acquisitions"), r.err());
    for (String name : List.of("MainThread", "worker0", "worker1")) {
      assertTrue(
          lines.stream().anyMatch(l -> l.trim().startsWith(name + " ")),
          name + " missing:\n" + r.err());
    }
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("  lock: ") && l.contains(" switches, ")),
        r.err());
  }

  /** The MainThread row's instruction count from {@code --stats} for a countdown of n. */
  private static long mainThreadInstructions(int n) {
    Result r = run("run", "--stats", "-c", COUNT_LOOP.formatted(n));
    assertEquals(0, r.status(), r.err());
    String row =
        r.err().lines().filter(l -> l.trim().startsWith("MainThread ")).findFirst().orElseThrow();
    return Long.parseLong(row.trim().split("\\s+")[1].replace(",", ""));
  }

  private static final String COUNT_LOOP = "def f(n):\n    while n > 0:\n        n -= 1\nf(%d)\n";

  /**
   * --stats counts every instruction, those after which no lock may switch included: the loop's
   * iterations add exactly the instructions that dis shows between the loop's head and its jump
   * back.
   */
  @Test
  void statsCountEveryInstructionOfALoop() {
    Result dis = run("dis", "-c", COUNT_LOOP.formatted(1));
    assertEquals(0, dis.status(), dis.err());
    List<String> listing = dis.out().lines().toList();
    int head = -1;
    int back = -1;
    for (int i = 0; i < listing.size(); i++) {
      String l = listing.get(i);
      if (l.contains("Disassembly of <code object f")) {
        head = -2;
      } else if (head == -2 && l.contains(">>")) {
        head = i;
      } else if (head >= 0 && back < 0 && l.contains("JUMP_ABSOLUTE")) {
        back = i;
      }
    }
    assertTrue(head >= 0 && back > head, dis.out());
    long perIteration = listing.subList(head, back + 1).stream().filter(l -> !l.isBlank()).count();
    assertTrue(perIteration >= 6, dis.out());
    assertEquals(1000 * perIteration, mainThreadInstructions(2000) - mainThreadInstructions(1000));
  }

  @Test
  void traceAndTimelineDrawATrackPerThread(@TempDir Path dir) throws IOException {
    Path trace = dir.resolve("out.json");
    Path svg = dir.resolve("out.svg");
    Result r =
        run("run", "--trace", trace.toString(), "--timeline", svg.toString(), "-c", TWO_THREADS);
    assertEquals(0, r.status(), r.err());
    Map<?, ?> json = (Map<?, ?>) Json.parse(Files.readString(trace));
    // One track per thread: a thread_name record, and the thread's slices under the same tid.
    Map<Object, Object> tracks = new java.util.HashMap<>();
    java.util.Set<String> slices = new java.util.HashSet<>();
    for (Object o : (List<?>) json.get("traceEvents")) {
      Map<?, ?> ev = (Map<?, ?>) o;
      if ("thread_name".equals(ev.get("name"))) {
        assertEquals(
            null,
            tracks.put(ev.get("tid"), ((Map<?, ?>) ev.get("args")).get("name")),
            "two tracks, one tid");
      } else {
        assertTrue(tracks.containsKey(ev.get("tid")), "an event before its track: " + ev);
        slices.add(tracks.get(ev.get("tid")) + ":" + ev.get("name"));
      }
    }
    assertEquals(
        java.util.Set.of("MainThread", "worker0", "worker1"),
        new java.util.HashSet<>(tracks.values()));
    for (String name : List.of("MainThread", "worker0", "worker1")) {
      assertTrue(slices.contains(name + ":running"), name + " never ran: " + slices);
      assertTrue(Files.readString(svg).contains(">" + name + "</text>"), name);
    }
    assertTrue(
        slices.contains("worker0:blocking call"), "the sleeps are blocking calls: " + slices);
  }

  @Test
  void theTimelinesBarsAgreeWithTheStats(@TempDir Path dir) throws Exception {
    Path svg = dir.resolve("out.svg");
    Result r = run("run", "--stats", "--timeline", svg.toString(), "-c", TWO_THREADS);
    assertEquals(0, r.status(), r.err());
    var doc =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(svg.toFile());
    var texts = doc.getElementsByTagName("text");
    var title =
        java.util.regex.Pattern.compile(", ([0-9.]+) s$").matcher(texts.item(0).getTextContent());
    assertTrue(title.find(), texts.item(0).getTextContent());
    double secondsPerPixel = Double.parseDouble(title.group(1)) / 1000;
    var rects = doc.getElementsByTagName("rect");
    for (String name : List.of("MainThread", "worker0", "worker1")) {
      String rowY = null;
      for (int i = 0; i < texts.getLength(); i++) {
        var t = (org.w3c.dom.Element) texts.item(i);
        if (t.getTextContent().equals(name)) {
          rowY = String.valueOf(Integer.parseInt(t.getAttribute("y")) - 17);
        }
      }
      assertTrue(rowY != null, name + " has no row");
      int green = 0;
      for (int i = 0; i < rects.getLength(); i++) {
        var rect = (org.w3c.dom.Element) rects.item(i);
        if (rect.getAttribute("y").equals(rowY) && rect.getAttribute("fill").equals("#2e9d4a")) {
          green += Integer.parseInt(rect.getAttribute("width"));
        }
      }
      var stat =
          java.util.regex.Pattern.compile(
                  "^  " + name + " +[0-9,]+ +([0-9.]+) s", java.util.regex.Pattern.MULTILINE)
              .matcher(r.err());
      assertTrue(stat.find(), r.err());
      double running = Double.parseDouble(stat.group(1));
      // Each pixel column shows what the thread did most in it, so the bar may differ from the
      // exact time by a few columns at each change of state; 5 % of the width bounds that here.
      assertEquals(
          running / secondsPerPixel,
          green,
          50,
          name + ": " + green + " green pixels for " + running + " s running");
    }
  }

  @Test
  void labListsItsExperimentsAndRefusesAnUnknownOne() {
    Result list = run("lab", "--list");
    assertEquals(0, list.status(), list.err());
    for (String name :
        List.of(
            "cpu",
            "io",
            "lost-updates",
            "refcounts",
            "shared-dict",
            "convoy",
            "switch-interval",
            "starvation",
            "processes",
            "process-cost",
            "interpreters",
            "hashing",
            "asyncio")) {
      assertTrue(
          list.out().lines().anyMatch(l -> l.startsWith(name + " ")),
          name + " missing:\n" + list.out());
    }
    Result bad = run("lab", "--only", "convoy,nosuch");
    assertEquals(2, bad.status());
    assertEquals(
        "gilvm: no experiment 'nosuch'; the experiments are: cpu, io, lost-updates, refcounts, shared-dict,"
            + " convoy, switch-interval, starvation, processes, process-cost, interpreters, hashing, asyncio\n",
        bad.err());
    Result dir = run("lab", "--out", "/no/such/dir/report");
    assertEquals(2, dir.status());
    assertTrue(
        dir.err().startsWith("gilvm: can't write the report to '/no/such/dir/report'"), dir.err());
  }

  @Test
  void traceIntoAMissingDirectoryIsAUsageError() {
    Result r = run("run", "--trace", "/no/such/dir/out.json", "-c", "pass");
    assertEquals(2, r.status());
    assertTrue(
        r.err().startsWith("gilvm: can't write '/no/such/dir/out.json': no such directory"),
        r.err());
  }

  @Test
  void badObjectLocksValueIsAUsageError() {
    Result r = run("run", "--object-locks", "maybe", "-c", "pass");
    assertEquals(2, r.status());
    assertEquals("gilvm: --object-locks must be 'on' or 'off', got 'maybe'\n", r.err());
  }

  @Test
  void uncaughtExceptionPrintsATracebackAndExits1() {
    Result r = run("run", "-c", "def f():\n    1/0\nf()\n");
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("Traceback (most recent call last):\n"), r.err());
    assertTrue(r.err().contains("  File \"<string>\", line 2, in f\n"), r.err());
    assertTrue(r.err().endsWith("ZeroDivisionError: division by zero\n"), r.err());
    assertFalse(r.err().contains("at io.gilvm"), "a Java stack trace leaked: " + r.err());
  }

  @Test
  void syntaxErrorLooksLikeCPythonsAndExits1() {
    Result r = run("run", "-c", "x = = 1");
    assertEquals(1, r.status());
    assertEquals(
        "  File \"<string>\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n",
        r.err());
  }

  /** Runs gilvm in a new JVM, in {@code cwd}, with {@code PYTHONPATH} set (or unset if null). */
  private static Result runProcess(Path cwd, String pythonPath, String... args)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
    pb.environment().remove("PYTHONPATH");
    if (pythonPath != null) {
      pb.environment().put("PYTHONPATH", pythonPath);
    }
    Path out = Files.createTempFile(cwd, "out", ".txt");
    Path err = Files.createTempFile(cwd, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    int status = pb.start().waitFor();
    Result r = new Result(status, Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  @Test
  void dashMRunsAModuleFromTheCurrentDirectoryWithPythonPath(@TempDir Path dir) throws Exception {
    Path real = dir.toRealPath();
    Files.createDirectories(real.resolve("app"));
    Files.createDirectories(real.resolve("lib"));
    Files.writeString(real.resolve("app/__init__.py"), "print('app package runs')\n");
    Files.writeString(
        real.resolve("app/tool.py"),
        "import sys, os_free_helper\n"
            + "print(__name__, __package__, __spec__.name, sys.argv[1:])\n"
            + "print(sys.argv[0] == __file__, __file__.endswith('/app/tool.py'))\n"
            + "print(sys.path[0] == "
            + pyStr(real.toString())
            + ", sys.path[1] == "
            + pyStr(real.resolve("lib").toString())
            + ")\n"
            + "print(os_free_helper.WHERE)\n"
            + "from . import sibling\n"
            + "print(sibling.X)\n");
    Files.writeString(real.resolve("app/sibling.py"), "X = 'relative import from -m works'\n");
    Files.writeString(real.resolve("app/__main__.py"), "print('app as a package:', __name__)\n");
    Files.writeString(
        real.resolve("lib/os_free_helper.py"), "WHERE = 'found through PYTHONPATH'\n");

    Result r = runProcess(real, "lib", "run", "-m", "app.tool", "x", "--y");
    assertEquals(0, r.status(), r.err());
    assertEquals(
        "app package runs\n__main__ app app.tool ['x', '--y']\nTrue True\nTrue True\n"
            + "found through PYTHONPATH\nrelative import from -m works\n",
        r.out());

    Result pkg = runProcess(real, null, "run", "-m", "app");
    assertEquals(0, pkg.status(), pkg.err());
    assertEquals("app package runs\napp as a package: __main__\n", pkg.out());

    Result missing = runProcess(real, null, "run", "-m", "nosuch");
    assertEquals(1, missing.status());
    assertEquals("gilvm: No module named nosuch\n", missing.err());

    Result notPkg = runProcess(real, null, "run", "-m", "lib");
    assertEquals(1, notPkg.status());
    assertEquals(
        "gilvm: No module named lib.__main__; 'lib' is a package and cannot be directly executed\n",
        notPkg.err());

    Result noHelper = runProcess(real, null, "run", "-c", "import os_free_helper");
    assertEquals(1, noHelper.status());
    assertTrue(
        noHelper.err().endsWith("ModuleNotFoundError: No module named 'os_free_helper'\n"),
        noHelper.err());
    Result cwdFirst =
        runProcess(
            real, null, "run", "-c", "import sys, app.sibling as s\nprint(sys.path[0] == '', s.X)");
    assertEquals(
        "app package runs\nTrue relative import from -m works\n", cwdFirst.out(), cwdFirst.err());
  }

  private static String pyStr(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  @Test
  void tracebacksThroughImportsShowEachFileAndLine(@TempDir Path dir) throws IOException {
    Path real = dir.toRealPath();
    Files.writeString(real.resolve("helper.py"), "def fail():\n    return 1 / 0\n");
    Files.writeString(real.resolve("broken.py"), "x = 1\nif x:\nprint(x)\n");
    Path main = real.resolve("main.py");
    Files.writeString(main, "import helper\nhelper.fail()\n");
    Result r = run("run", main.toString());
    assertEquals(1, r.status());
    assertEquals(
        "Traceback (most recent call last):\n"
            + "  File \""
            + main
            + "\", line 2, in <module>\n"
            + "    helper.fail()\n"
            + "  File \""
            + real.resolve("helper.py")
            + "\", line 2, in fail\n"
            + "    return 1 / 0\n"
            + "           ~~^~~\n"
            + "ZeroDivisionError: division by zero\n",
        r.err());

    Files.writeString(main, "\nimport broken\n");
    Result s = run("run", main.toString());
    assertEquals(1, s.status());
    assertEquals(
        "Traceback (most recent call last):\n"
            + "  File \""
            + main
            + "\", line 2, in <module>\n"
            + "    import broken\n"
            + "  File \""
            + real.resolve("broken.py")
            + "\", line 3\n"
            + "    print(x)\n"
            + "    ^\n"
            + "IndentationError: expected an indented block after 'if' statement on line 2\n",
        s.err());
  }

  @Test
  void sysExitCodeIsTheStatus() {
    assertEquals(3, run("run", "-c", "import sys\nsys.exit(3)").status());
  }

  @Test
  void disPrintsCPythonLayout() {
    Result r = run("dis", "-c", "n += 1");
    assertEquals(0, r.status(), r.err());
    assertEquals(
        "  1           0 LOAD_NAME                0 (n)\n"
            + "              2 LOAD_CONST               0 (1)\n"
            + "              4 INPLACE_ADD\n"
            + "              6 STORE_NAME               0 (n)\n"
            + "              8 LOAD_CONST               1 (None)\n"
            + "             10 RETURN_VALUE\n",
        r.out());
  }

  @Test
  void strategiesListsTheDefault() {
    Result r = run("strategies");
    assertEquals(0, r.status(), r.err());
    assertTrue(
        r.out().lines().anyMatch(l -> l.startsWith("newgil") && l.contains("(default)")), r.out());
    assertTrue(
        r.out()
            .lines()
            .anyMatch(l -> l.startsWith("memory:") && l.contains("plain") && l.contains("atomic")),
        r.out());
  }

  @Test
  void helpTellsTheCommands() {
    Result r = run("--help");
    assertEquals(0, r.status());
    assertTrue(
        r.out().contains("run") && r.out().contains("dis") && r.out().contains("strategies"),
        r.out());
  }

  /**
   * A --trace or --timeline file that cannot be written is a usage error before the program runs.
   */
  @Test
  void unwritableObservationFilesFailBeforeRunning(@TempDir Path dir) {
    Result isDir = run("run", "--trace", dir.toString(), "-c", "print('ran')");
    assertEquals(2, isDir.status(), isDir.err());
    assertEquals("", isDir.out());
    assertEquals("gilvm: can't write '" + dir + "': [Errno 21] Is a directory\n", isDir.err());
    Result empty = run("run", "--timeline", "", "-c", "print('ran')");
    assertEquals(2, empty.status(), empty.err());
    assertEquals("", empty.out());
    assertEquals("gilvm: can't write '': the file name is empty\n", empty.err());
  }

  /** A write that fails after the run (a full disk) is one line, exit 1. */
  @Test
  void aFailedObservationWriteIsOneLine() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.exists(Path.of("/dev/full")), "no /dev/full");
    Result r = run("run", "--trace", "/dev/full", "-c", "print('ran')");
    assertEquals(1, r.status(), r.err());
    assertEquals("ran\n", r.out());
    assertEquals("gilvm: can't write '/dev/full': No space left on device\n", r.err());
  }
}
