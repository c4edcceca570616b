package io.gilvm.cli.lab;

import io.gilvm.cli.lab.Experiment.Outcome;
import io.gilvm.cli.lab.Experiment.Row;
import io.gilvm.cli.lab.Experiment.Size;
import io.gilvm.cli.lab.Experiment.Trial;
import io.gilvm.cli.lab.Experiment.Verdict;
import io.gilvm.spi.Strategies;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs experiments: each trial's rounds in fresh JVMs ({@link LabChild}), one after the other so
 * that no run shares the machine with another, then judges them and writes the report.
 */
public final class Lab {
  private final Size size;
  private final Path out;
  private final Progress progress;
  private final Strategies found;

  /** The real CPython every anchored experiment also runs under, or null. */
  private final Config.Python python;

  /** The run's date, machine and duration, once it has run. */
  private String machine;

  /** Where {@code --only} names no experiment. */
  public static final class UnknownExperiment extends RuntimeException {
    UnknownExperiment(String message) {
      super(message, null, false, false);
    }
  }

  Lab(Size size, Path out, Progress progress, Strategies found, Config.Python python) {
    this.size = size;
    this.out = out;
    this.progress = progress;
    this.found = found;
    this.python = python;
  }

  /**
   * The experiments whose programs run unchanged under CPython, and so get a CPython row; those
   * that need gilvm's own instruments (checked memory, the lock's counters) do not.
   */
  static final List<String> ANCHORED =
      List.of(
          "cpu",
          "io",
          "lost-updates",
          "shared-dict",
          "convoy",
          "processes",
          "process-cost",
          "hashing",
          "asyncio");

  /** Where {@code --python} names a command that does not run a Python. */
  public static final class NoPython extends RuntimeException {
    NoPython(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The CPython {@code command} runs (its version asked of it), or null for "none"; {@code
   * explicit} says the user named it, so that one that does not run is an error rather than
   * silently skipped.
   */
  static Config.Python findPython(String command, boolean explicit) {
    if (command == null || command.equals("none")) {
      return null;
    }
    List<String> cmd = new ArrayList<>(List.of(command.trim().split("\\s+")));
    cmd.add("-c");
    cmd.add(
        "import sys, platform; print(platform.python_implementation(), '%d.%d.%d' % sys.version_info[:3])");
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && answer.startsWith("CPython ")) {
        return new Config.Python(command.trim(), answer.substring("CPython ".length()));
      }
      if (explicit) {
        throw new NoPython("--python " + command + ": not a CPython (it answered: " + answer + ")");
      }
    } catch (IOException e) {
      if (explicit) {
        throw new NoPython("--python " + command + ": cannot run it (" + e.getMessage() + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return null;
  }

  /** The experiments' names, in report order. */
  public static List<String> names() {
    return Experiments.all().stream().map(e -> e.name).toList();
  }

  /** One line per experiment: its name, title and claim. */
  public static List<String> descriptions() {
    List<String> lines = new ArrayList<>();
    for (Experiment e : Experiments.all()) {
      lines.add(String.format("%-16s %s. %s", e.name, e.title, e.claim));
    }
    return lines;
  }

  /**
   * Runs the named experiments (all when {@code only} is empty) at the given size, writes the
   * report folder {@code out}, and returns the rows.
   */
  public static Result run(
      List<String> only,
      boolean quick,
      Path out,
      boolean terminal,
      String python,
      boolean pythonNamed) {
    Config.Python py = findPython(python, pythonNamed);
    Lab lab =
        new Lab(
            quick ? Size.QUICK : Size.FULL,
            out,
            new Progress(System.err, terminal),
            Strategies.discover(),
            py);
    List<Row> rows = lab.runAll(choose(only));
    return new Result(rows, lab.machine);
  }

  /** What a lab run found. */
  public static final class Result {
    private final List<Row> rows;
    private final String machine;

    Result(List<Row> rows, String machine) {
      this.rows = rows;
      this.machine = machine;
    }

    /** The date, machine, JVM, mode and duration of the run. */
    public String machine() {
      return machine;
    }

    /** The table for the terminal. */
    public String table() {
      return Report.table(rows);
    }

    /** How many claims got each verdict. */
    public String summary() {
      return Report.summary(rows);
    }

    /** Whether a run failed or timed out. */
    public boolean failed() {
      return rows.stream().anyMatch(r -> r.verdict() == Verdict.ERROR);
    }
  }

  static List<Row> run(
      List<String> only, Size size, Path out, Progress progress, Strategies found) {
    return run(only, size, out, progress, found, null);
  }

  static List<Row> run(
      List<String> only,
      Size size,
      Path out,
      Progress progress,
      Strategies found,
      Config.Python python) {
    List<Experiment> chosen = choose(only);
    Lab lab = new Lab(size, out, progress, found, python);
    return lab.runAll(chosen);
  }

  static List<Experiment> choose(List<String> only) {
    List<Experiment> all = Experiments.all();
    if (only.isEmpty()) {
      return all;
    }
    List<Experiment> chosen = new ArrayList<>();
    for (Experiment e : all) {
      if (only.contains(e.name)) {
        chosen.add(e);
      }
    }
    for (String name : only) {
      if (all.stream().noneMatch(e -> e.name.equals(name))) {
        throw new UnknownExperiment(
            "no experiment '" + name + "'; the experiments are: " + String.join(", ", names()));
      }
    }
    return chosen;
  }

  private List<Row> runAll(List<Experiment> chosen) {
    try {
      Files.createDirectories(out.resolve("timelines"));
      Files.createDirectories(out.resolve("logs"));
      Files.createDirectories(out.resolve("charts"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<Experiment, List<Trial>> plan = new LinkedHashMap<>();
    int jvms = 0;
    for (Experiment e : chosen) {
      List<Trial> trials = new ArrayList<>(e.trials(found, size));
      trials.addAll(pythonTrials(e, trials));
      plan.put(e, trials);
      for (Trial t : trials) {
        jvms += t.jvms();
      }
    }
    // A 1-minute load average: what else has been running. The lab's timings assume the
    // machine is otherwise idle, so say so when it is not.
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    int cores = Runtime.getRuntime().availableProcessors();
    if (load >= cores / 2.0) {
      progress.warn(
          String.format(
              java.util.Locale.ROOT,
              "the machine is busy (load average %.1f on %d cores): timings will be noisy",
              load,
              cores));
    }
    progress.start(jvms);
    long started = System.nanoTime();
    List<Row> rows = new ArrayList<>();
    Map<String, String> timelines = new LinkedHashMap<>();
    for (Map.Entry<Experiment, List<Trial>> p : plan.entrySet()) {
      for (Trial t : p.getValue()) {
        rows.addAll(runTrial(t, timelines));
      }
    }
    progress.finish();
    machine = Report.machine(size, (System.nanoTime() - started) / 1e9, load);
    Report.write(out, chosen, rows, timelines, machine);
    return rows;
  }

  /**
   * The CPython anchor rows of one experiment: its trials under the gilvm configuration CPython
   * corresponds to (CPython 3's GIL, newgil, with the version's checkpoints and the defaults
   * otherwise), run under CPython instead; none when no CPython is used or the experiment needs
   * gilvm's own instruments. A version with concurrent.interpreters (3.14+) also runs that one.
   */
  List<Trial> pythonTrials(Experiment e, List<Trial> trials) {
    if (python == null) {
      return List.of();
    }
    boolean interpreters =
        e.name.equals("interpreters")
            && !python.checkpoints().equals("every")
            && versionAtLeast(python.version(), 3, 14);
    if (!ANCHORED.contains(e.name) && !interpreters) {
      return List.of();
    }
    List<Trial> out = new ArrayList<>();
    for (Trial t : trials) {
      Config c = t.config();
      boolean model =
          c.lock().name().equals("newgil")
              && c.memory() == null
              && c.objectLocks() == null
              && c.switchIntervalNanos() == null
              && !t.checked()
              && (c.checkpoints() == null || c.checkpoints().equals(python.checkpoints()));
      if (model) {
        out.add(
            new Trial(
                e, c.underPython(python), t.variant(), t.program(), t.args(), List.of(), 1, false));
      }
    }
    return out;
  }

  static boolean versionAtLeast(String version, int major, int minor) {
    String[] v = version.split("\\.");
    try {
      int a = Integer.parseInt(v[0]);
      int b = v.length > 1 ? Integer.parseInt(v[1]) : 0;
      return a > major || (a == major && b >= minor);
    } catch (NumberFormatException x) {
      return false;
    }
  }

  private List<Row> runTrial(Trial t, Map<String, String> timelines) {
    List<Outcome> outcomes = new ArrayList<>();
    String timeline = "timelines/" + t.fileName() + ".svg";
    String log = "logs/" + t.fileName() + ".txt";
    StringBuilder logText = new StringBuilder();
    String failure = null;
    for (int k = 0; k < t.jvms(); k++) {
      progress.step(t.experiment().name + ": " + t.label());
      Outcome o = runChild(t, k == 0 ? out.resolve(timeline) : null, logText);
      outcomes.add(o);
      if (o.timedOut()) {
        failure = "timed out after " + timeoutSeconds() + " s (see " + log + ")";
        break;
      }
      boolean expected = o.status() == 0 || (t.checked() && (o.status() == 1 || o.status() == 134));
      if (!expected) {
        failure = "the run failed with exit status " + o.status() + " (see " + log + ")";
        break;
      }
    }
    // The rounds not run because of a failure still count for the progress bar.
    for (int k = outcomes.size(); k < t.jvms(); k++) {
      progress.step(t.experiment().name + ": " + t.label());
    }
    write(out.resolve(log), logText.toString());
    if (Files.exists(out.resolve(timeline))) {
      timelines.put(t.experiment().name + ": " + t.label(), timeline);
    }
    if (failure == null) {
      try {
        return t.experiment().judge(t, outcomes, size);
      } catch (RuntimeException e) {
        failure = "the run printed no usable figures (see " + log + ")";
      }
    }
    return List.of(
        new Row(t.experiment().name, t.label(), "", failure, Verdict.ERROR, Map.of(), List.of()));
  }

  long timeoutSeconds() {
    return size.pick(120L, 300L, 900L);
  }

  /** Runs one fresh JVM (or the CPython of an anchor row) and reads what it printed. */
  private Outcome runChild(Trial t, Path timeline, StringBuilder log) {
    if (t.config().python() != null) {
      Path program = null;
      try {
        program = Files.createTempFile("gilvm-lab-" + t.program(), ".py");
        Files.writeString(program, programSource(t.program()), StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of(t.config().python().command().split("\\s+")));
        cmd.add(program.toString());
        cmd.addAll(t.args());
        return runProcess(cmd, log);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        if (program != null) {
          try {
            Files.deleteIfExists(program);
          } catch (IOException ignored) {
            // A temporary file left behind is not worth failing the lab for.
          }
        }
      }
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions());
    cmd.add("-cp");
    cmd.add(classPath());
    cmd.add(LabChild.class.getName());
    cmd.add("program=" + t.program());
    cmd.addAll(t.config().childSettings());
    if (t.checked()) {
      cmd.add("check-memory");
      cmd.add("leaks");
    }
    // A trial with no picture arguments draws no timeline (its program starts processes).
    if (timeline != null && !t.pictureArgs().isEmpty()) {
      cmd.add("timeline=" + timeline.toAbsolutePath());
      cmd.add("picture=" + String.join(" ", t.pictureArgs()));
      if (t.checked()) {
        // A checked run may end in a fatal error, so the picture comes first.
        cmd.add("picture-first");
      }
    }
    cmd.add("--");
    cmd.addAll(t.args());
    return runProcess(cmd, log);
  }

  private Outcome runProcess(List<String> cmd, StringBuilder log) {
    log.append("$");
    for (String a : cmd) {
      log.append(' ').append(a.contains(" ") ? "'" + a + "'" : a);
    }
    log.append('\n');
    try {
      Path stdout = Files.createTempFile("gilvm-lab", ".out");
      Path stderr = Files.createTempFile("gilvm-lab", ".err");
      try {
        Process p =
            new ProcessBuilder(cmd)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        p.getOutputStream().close();
        boolean ended = p.waitFor(timeoutSeconds(), TimeUnit.SECONDS);
        if (!ended) {
          p.destroyForcibly();
          p.waitFor();
        }
        String o = Files.readString(stdout, StandardCharsets.UTF_8);
        String e = Files.readString(stderr, StandardCharsets.UTF_8);
        log.append(o)
            .append(e.isEmpty() ? "" : "--- stderr ---\n" + e)
            .append("--- exit status ")
            .append(ended ? p.exitValue() : "(killed: timed out)")
            .append(" ---\n\n");
        return parse(ended ? p.exitValue() : -1, !ended, o, e);
      } finally {
        Files.deleteIfExists(stdout);
        Files.deleteIfExists(stderr);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the lab was running", e);
    }
  }

  static Outcome parse(int status, boolean timedOut, String stdout, String stderr) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    Map<String, Long> stats = new LinkedHashMap<>();
    for (String line : stdout.split("\n")) {
      if (!line.startsWith("@lab ")) {
        continue;
      }
      String rest = line.substring(5).trim();
      if (rest.startsWith("stat ")) {
        int eq = rest.lastIndexOf('=');
        stats.put(rest.substring(5, eq), Long.parseLong(rest.substring(eq + 1)));
        continue;
      }
      int sp = rest.indexOf(' ');
      if (sp > 0) {
        values
            .computeIfAbsent(rest.substring(0, sp), k -> new ArrayList<>())
            .add(rest.substring(sp + 1).trim());
      }
    }
    return new Outcome(status, timedOut, values, stats, stderr);
  }

  /**
   * This JVM's options that a child should have too: memory and stack sizes, class-data sharing.
   */
  private static List<String> jvmOptions() {
    List<String> keep = new ArrayList<>();
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      boolean debugOrProfile =
          a.startsWith("-agentlib")
              || a.startsWith("-agentpath")
              || a.startsWith("-javaagent")
              || a.startsWith("-Xrunjdwp")
              || a.startsWith("-Xdebug")
              || a.startsWith("-XX:StartFlightRecording")
              || a.startsWith("-XX:FlightRecorderOptions");
      // The configuration names its strategies itself; a default chosen by property must not leak
      // in.
      boolean strategyDefault = a.startsWith("-Dgilvm.");
      if (!debugOrProfile && !strategyDefault) {
        keep.add(a);
      }
    }
    return keep;
  }

  private static String classPath() {
    List<String> parts = new ArrayList<>();
    for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!p.isEmpty()) {
        parts.add(Path.of(p).toAbsolutePath().toString());
      }
    }
    return String.join(File.pathSeparator, parts);
  }

  /** The source of the lab program {@code name}, from the class path. */
  static String programSource(String name) {
    InputStream in = Lab.class.getResourceAsStream("/io/gilvm/cli/lab/" + name + ".py");
    if (in == null) {
      throw new IllegalStateException("no lab program " + name);
    }
    return LabChild.read(in);
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
