package io.gilvm.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * gilvm side by side with CPython ({@code bench/compare}): runs every program in {@code examples/}
 * and {@code bench/programs/} under gilvm and, when a {@code python3} is on the path, under
 * CPython, alternating, for several rounds, and prints a Markdown table of median times and ratios
 * gilvm / CPython.
 *
 * <p>Each round, each program runs once under CPython (a fresh process, timed from compile to the
 * end of the module) and once in a fresh JVM ({@link CompareRun}), where its first run is the cold
 * figure and the best of the runs after it the warm one. Last, the whole-process time of a
 * hello-world: {@code ./gilvm run -c 'print(1)'} against {@code python3 -c 'print(1)'}.
 *
 * <p>Options: {@code --rounds N} (5), {@code --warm SECONDS} of warm runs per JVM (2), {@code
 * --max-runs N} per JVM (10), {@code --gil NAME} (newgil), {@code --tier T,...} (tiers measured
 * side by side, each its own columns), {@code --only NAME,...} (programs by file name without
 * {@code .py}), {@code --no-startup}, {@code --cpu} (CPU time instead of elapsed time: CPython's
 * {@code time.process_time()}, the JVM's process CPU time, compiler and collector threads included;
 * the hello-world stays elapsed time).
 */
public final class Compare {
  private Compare() {}

  /** How CPython times a program: as {@link CompareRun} does, compile to end of module. */
  private static final String PYTHON_HARNESS =
      String.join(
          "\n",
          "import sys, time",
          "path, out = sys.argv[1], sys.argv[2]",
          "clock = time.process_time if sys.argv[3:] == ['cpu'] else time.perf_counter",
          "src = open(path).read()",
          "sys.argv = [path]",
          "g = {'__name__': '__main__', '__file__': path}",
          "t = clock()",
          "exec(compile(src, path, 'exec'), g)",
          "t = clock() - t",
          "open(out, 'w').write(f'{t}\\n')");

  private static final String USAGE =
      String.join(
          "\n",
          "usage: bench/compare [--rounds N] [--warm SECONDS] [--max-runs N] [--gil CONFIG] [--tier T,...] [--only NAME,...] [--no-startup] [--cpu]",
          "  --rounds N        rounds, alternating gilvm and CPython (5); medians are printed",
          "  --warm SECONDS    how long each fresh JVM keeps rerunning a program for the warm figure (2)",
          "  --max-runs N      at most this many runs per JVM (10)",
          "  --gil CONFIG      lock[+memory][+no-object-locks], e.g. finegrained+atomic (newgil)",
          "  --tier T,...      gilvm's tiers to measure side by side: interp, compiled, auto (the default tier)",
          "  --only NAME,...   programs by file name without .py (all of bench/programs/ and examples/)",
          "  --no-startup      leave out the hello-world process time",
          "  --cpu             CPU time instead of elapsed time (a loaded machine); hello world stays elapsed");

  public static void main(String[] args) throws Exception {
    Path root = Path.of(".").toAbsolutePath().normalize();
    int rounds = 5;
    double warm = 2;
    int maxRuns = 10;
    String gil = "newgil";
    List<String> only = null;
    List<String> tiers = null;
    boolean startup = true;
    boolean cpu = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--root" -> root = Path.of(args[++i]).toAbsolutePath().normalize();
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--warm" -> warm = Double.parseDouble(args[++i]);
        case "--max-runs" -> maxRuns = Integer.parseInt(args[++i]);
        case "--gil" -> gil = args[++i];
        case "--only" -> only = Arrays.asList(args[++i].split(","));
        case "--tier" -> tiers = Arrays.asList(args[++i].split(","));
        case "--no-startup" -> startup = false;
        case "--cpu" -> cpu = true;
        case "--help", "-h" -> {
          System.out.println(USAGE);
          System.exit(0);
        }
        default -> {
          System.err.println("compare: unknown option " + args[i] + " (bench/compare --help)");
          System.exit(2);
        }
      }
    }
    List<Path> programs = new ArrayList<>();
    for (String dir : List.of("bench/programs", "examples")) {
      try (Stream<Path> s = Files.list(root.resolve(dir))) {
        s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(programs::add);
      }
    }
    if (only != null) {
      List<String> wanted = only;
      programs.removeIf(
          p -> !wanted.contains(p.getFileName().toString().replaceFirst("\\.py$", "")));
    }
    String python = pythonVersion();
    String java = javaCommand();
    String classpath = System.getProperty("java.class.path");
    Path tmp = Files.createTempFile("gilvm-compare", ".txt");

    // null: the JVM's default tier (the gilvm.tier property unset), shown as "default".
    List<String> tierList = tiers == null ? Collections.singletonList((String) null) : tiers;
    int nt = tierList.size();
    Map<Path, Series> results = new LinkedHashMap<>();
    for (Path p : programs) {
      results.put(p, new Series(nt));
    }
    Series hello = new Series(1);
    if (startup) {
      // The launcher builds the jar when sources changed: that first call is not measured.
      run(
          List.of(root.resolve("gilvm").toString(), "run", "-c", "pass"),
          root,
          "./gilvm run -c pass");
    }
    for (int r = 1; r <= rounds; r++) {
      for (Path p : programs) {
        Series s = results.get(p);
        String name = root.relativize(p).toString();
        if (python != null) {
          run(
              List.of(
                  "python3",
                  "-c",
                  PYTHON_HARNESS,
                  p.toString(),
                  tmp.toString(),
                  cpu ? "cpu" : "wall"),
              p.getParent(),
              "python3 " + name);
          s.python.add(readTimes(tmp).get(0));
        }
        for (int k = 0; k < nt; k++) {
          String tier = tierList.get(k);
          List<String> command = new ArrayList<>(List.of(java));
          if (tier != null) {
            command.add("-Dgilvm.tier=" + tier);
          }
          command.addAll(
              List.of(
                  "-cp",
                  classpath,
                  CompareRun.class.getName(),
                  p.toString(),
                  tmp.toString(),
                  gil,
                  Double.toString(warm),
                  Integer.toString(maxRuns),
                  cpu ? "cpu" : "wall"));
          run(command, p.getParent(), "gilvm " + name);
          List<Double> t = readTimes(tmp);
          s.cold.get(k).add(t.get(0));
          s.warm.get(k).add(t.subList(1, t.size()).stream().min(Double::compare).orElseThrow());
          System.err.printf(
              Locale.ROOT,
              "round %d/%d  %-32s CPython %s  gilvm %s cold %s  warm %s (%d runs)%n",
              r,
              rounds,
              name,
              python == null ? "-" : seconds(last(s.python)),
              tier == null ? "default" : tier,
              seconds(last(s.cold.get(k))),
              seconds(last(s.warm.get(k))),
              t.size());
        }
      }
      if (startup) {
        if (python != null) {
          hello.python.add(wallTime(List.of("python3", "-c", "print(1)"), root));
        }
        hello
            .cold
            .get(0)
            .add(
                wallTime(List.of(root.resolve("gilvm").toString(), "run", "-c", "print(1)"), root));
        System.err.printf(
            Locale.ROOT,
            "round %d/%d  %-32s CPython %s  gilvm %s%n",
            r,
            rounds,
            "hello world (process)",
            python == null ? "-" : seconds(last(hello.python)),
            seconds(last(hello.cold.get(0))));
      }
    }
    Files.deleteIfExists(tmp);

    System.out.printf(
        Locale.ROOT,
        "%s, %d cores, %s %s, %s, lock %s, median of %d rounds, %s%n%n",
        LocalDate.now(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        python == null ? "no python3" : python,
        gil,
        rounds,
        cpu ? "CPU time (the hello-world: elapsed)" : "elapsed time");
    StringBuilder head = new StringBuilder("| program | CPython |");
    StringBuilder rule = new StringBuilder("|---|---|");
    for (String tier : tierList) {
      String t = tiers == null ? "gilvm" : "gilvm " + tier;
      head.append(
          String.format(
              Locale.ROOT, " %s cold | %s warm | cold / CPython | warm / CPython |", t, t));
      rule.append("---|---|---|---|");
    }
    System.out.println(head);
    System.out.println(rule);
    List<List<double[]>> typical = new ArrayList<>();
    for (int k = 0; k < nt; k++) {
      typical.add(new ArrayList<>());
    }
    for (Map.Entry<Path, Series> e : results.entrySet()) {
      Series s = e.getValue();
      double py = median(s.python);
      StringBuilder row =
          new StringBuilder(
              String.format(Locale.ROOT, "| %s | %s |", root.relativize(e.getKey()), seconds(py)));
      for (int k = 0; k < nt; k++) {
        double cold = median(s.cold.get(k));
        double hot = median(s.warm.get(k));
        row.append(
            String.format(
                Locale.ROOT,
                " %s | %s | %s | %s |",
                seconds(cold),
                seconds(hot),
                ratio(cold, py),
                ratio(hot, py)));
        if (e.getKey().getParent().endsWith("programs") && py > 0) {
          typical.get(k).add(new double[] {cold / py, hot / py});
        }
      }
      System.out.println(row);
    }
    if (!typical.get(0).isEmpty()) {
      StringBuilder row =
          new StringBuilder("| typical programs (bench/programs), geometric mean | |");
      for (int k = 0; k < nt; k++) {
        row.append(
            String.format(
                Locale.ROOT,
                " | | %s | %s |",
                ratio(geomean(typical.get(k), 0), 1),
                ratio(geomean(typical.get(k), 1), 1)));
      }
      System.out.println(row);
    }
    if (startup) {
      double py = median(hello.python);
      double g = median(hello.cold.get(0));
      System.out.printf(
          Locale.ROOT,
          "| hello world, whole process (`./gilvm run -c 'print(1)'`) | %s | %s | | %s | |%n",
          seconds(py),
          seconds(g),
          ratio(g, py));
    }
  }

  /** One program's measurements, one entry per round (per tier for gilvm). */
  private static final class Series {
    final List<Double> python = new ArrayList<>();
    final List<List<Double>> cold = new ArrayList<>();
    final List<List<Double>> warm = new ArrayList<>();

    Series(int tiers) {
      for (int k = 0; k < tiers; k++) {
        cold.add(new ArrayList<>());
        warm.add(new ArrayList<>());
      }
    }
  }

  private static void run(List<String> command, Path dir, String label)
      throws IOException, InterruptedException {
    Path err = Files.createTempFile("gilvm-compare", ".err");
    try {
      Process p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(err.toFile())
              .start();
      int status = p.waitFor();
      if (status != 0) {
        System.err.println("compare: " + label + " exited with status " + status + ":");
        System.err.print(Files.readString(err));
        System.exit(1);
      }
    } finally {
      Files.deleteIfExists(err);
    }
  }

  private static double wallTime(List<String> command, Path dir)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    run(command, dir, String.join(" ", command));
    return (System.nanoTime() - t0) / 1e9;
  }

  private static List<Double> readTimes(Path file) throws IOException {
    List<Double> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        out.add(Double.parseDouble(line.trim()));
      }
    }
    Files.writeString(file, "");
    return out;
  }

  /** "CPython 3.11.7", or null when there is no python3 on the path. */
  private static String pythonVersion() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      return p.waitFor() == 0 ? out.replace("Python", "CPython") : null;
    } catch (IOException | InterruptedException e) {
      return null;
    }
  }

  /** The java launcher of the running JVM, for the runs it starts. */
  static String javaCommand() {
    return Path.of(
            System.getProperty("java.home"),
            "bin",
            "java" + (File.separatorChar == '\\' ? ".exe" : ""))
        .toString();
  }

  private static double last(List<Double> xs) {
    return xs.isEmpty() ? Double.NaN : xs.get(xs.size() - 1);
  }

  private static double median(List<Double> xs) {
    return xs.isEmpty() ? Double.NaN : com.google.common.math.Quantiles.median().compute(xs);
  }

  private static double geomean(List<double[]> rows, int column) {
    double log = 0;
    for (double[] r : rows) {
      log += Math.log(r[column]);
    }
    return Math.exp(log / rows.size());
  }

  private static String seconds(double s) {
    if (Double.isNaN(s)) {
      return "-";
    }
    return s < 1
        ? String.format(Locale.ROOT, "%.0f ms", s * 1000)
        : String.format(Locale.ROOT, "%.2f s", s);
  }

  private static String ratio(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.2f", a / b);
  }
}
