package io.gilvm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * {@code bench/profile}: where gilvm's time goes on one program. Runs it over and over in a fresh
 * JVM for a number of seconds (each run in a new interpreter, as {@link CompareRun} does) with JDK
 * Flight Recorder sampling, then prints the methods the samples fell in (self time, inlined methods
 * named as themselves) and the source lines, with their share of the samples. The first, cold run
 * is a small part of the recording; nothing is excluded.
 *
 * <p>Options: {@code --gil NAME} (newgil), {@code --memory NAME}, {@code --seconds S} (10), {@code
 * --top N} (15), {@code --keep FILE.jfr} (keep the recording, for JDK Mission Control), {@code
 * --root DIR} (the checkout, to show each line's source; the script passes it).
 */
public final class Profile {
  private Profile() {}

  private static final String USAGE =
      String.join(
          "\n",
          "usage: bench/profile [--gil NAME] [--memory NAME] [--seconds S] [--top N] [--keep FILE.jfr] PROGRAM.py",
          "  --gil NAME        the lock strategy (newgil)",
          "  --memory NAME     the memory strategy (the lock's default)",
          "  --seconds S       how long to keep rerunning the program, each time in a new interpreter (10)",
          "  --top N           rows per table (15)",
          "  --keep FILE.jfr   keep the recording, to open in JDK Mission Control");

  public static void main(String[] args) throws Exception {
    String gil = "newgil";
    String memory = null;
    double seconds = 10;
    int top = 15;
    Path keep = null;
    Path program = null;
    Path root = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--gil" -> gil = args[++i];
        case "--memory" -> memory = args[++i];
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        case "--top" -> top = Integer.parseInt(args[++i]);
        case "--keep" -> keep = Path.of(args[++i]);
        case "--root" -> root = Path.of(args[++i]);
        case "--help", "-h" -> {
          System.out.println(USAGE);
          System.exit(0);
        }
        default -> {
          if (args[i].startsWith("-") || program != null) {
            System.err.println("profile: unknown option " + args[i] + " (bench/profile --help)");
            System.exit(2);
          }
          program = Path.of(args[i]).toAbsolutePath();
        }
      }
    }
    if (program == null || !Files.isRegularFile(program)) {
      System.err.println(
          "profile: name a program to profile, e.g. bench/profile bench/programs/fib.py");
      System.exit(2);
    }
    if (memory != null) {
      gil = gil + "+" + memory;
    }
    Path jfr = keep != null ? keep.toAbsolutePath() : Files.createTempFile("gilvm-profile", ".jfr");
    Path times = Files.createTempFile("gilvm-profile", ".txt");
    List<String> command =
        List.of(
            Compare.javaCommand(),
            "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile",
            "-Xlog:disable",
            "-Xss64m",
            "-cp",
            System.getProperty("java.class.path"),
            CompareRun.class.getName(),
            program.toString(),
            times.toString(),
            gil,
            Double.toString(seconds),
            "1000000");
    // The program's output is discarded by the runner; JFR's start-up line goes with it.
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    if (p.waitFor() != 0) {
      System.err.println("profile: the run failed (exit " + p.exitValue() + ")");
      System.exit(1);
    }
    List<String> runs = Files.readAllLines(times);
    Files.deleteIfExists(times);

    Map<String, Integer> byMethod = new HashMap<>();
    Map<String, Integer> byLine = new HashMap<>();
    Map<String, String> lineText = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      if (frames.isEmpty()) {
        continue;
      }
      RecordedFrame f = frames.get(0);
      String method = shortName(f.getMethod().getType().getName()) + "." + f.getMethod().getName();
      byMethod.merge(method, 1, Integer::sum);
      String line = method + ":" + f.getLineNumber();
      if (byLine.merge(line, 1, Integer::sum) == 1 && root != null) {
        lineText.put(line, sourceLine(root, f.getMethod().getType().getName(), f.getLineNumber()));
      }
      samples++;
    }
    if (keep == null) {
      Files.deleteIfExists(jfr);
    }
    double best = runs.stream().skip(1).mapToDouble(Double::parseDouble).min().orElse(Double.NaN);
    System.out.printf(
        Locale.ROOT,
        "%s under %s: %d runs in %.0f s (cold %.3f s, best warm %.3f s), %d samples%n",
        program.getFileName(),
        gil,
        runs.size(),
        seconds,
        Double.parseDouble(runs.get(0)),
        best,
        samples);
    print(
        "self time by method (inlined methods count as themselves)",
        byMethod,
        Map.of(),
        samples,
        top);
    print("self time by source line", byLine, lineText, samples, top);
    if (keep != null) {
      System.out.println("\nrecording kept: " + jfr);
    }
  }

  private static String shortName(String className) {
    return className.replaceFirst("^io\\.gilvm\\.", "").replaceFirst("^java\\.lang\\.", "");
  }

  /** The text of line {@code n} of the class's source under {@code root}, or "". */
  private static String sourceLine(Path root, String className, int n) {
    if (n <= 0 || !className.startsWith("io.gilvm.")) {
      return "";
    }
    String file = className.replaceFirst("\\$.*", "").replace('.', '/') + ".java";
    try (var modules = Files.list(root)) {
      for (Path m : (Iterable<Path>) modules::iterator) {
        Path src = m.resolve("src/main/java").resolve(file);
        if (Files.isRegularFile(src)) {
          List<String> lines = Files.readAllLines(src);
          return n <= lines.size() ? lines.get(n - 1).strip() : "";
        }
      }
    } catch (IOException e) {
      return "";
    }
    return "";
  }

  private static void print(
      String title, Map<String, Integer> counts, Map<String, String> text, int samples, int top) {
    boolean withText = !text.isEmpty();
    System.out.println();
    System.out.println("| " + title + " | samples | share |" + (withText ? " source |" : ""));
    System.out.println("|---|---|---|" + (withText ? "---|" : ""));
    List<Map.Entry<String, Integer>> rows = new ArrayList<>(counts.entrySet());
    rows.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
    for (Map.Entry<String, Integer> r : rows.subList(0, Math.min(top, rows.size()))) {
      String src = text.getOrDefault(r.getKey(), "");
      System.out.printf(
          Locale.ROOT,
          "| `%s` | %d | %.1f %% |%s%n",
          r.getKey(),
          r.getValue(),
          100.0 * r.getValue() / samples,
          withText ? (src.isEmpty() ? " |" : " `" + src.replace("|", "\\|") + "` |") : "");
    }
  }
}
