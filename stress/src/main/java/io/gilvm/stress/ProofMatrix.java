package io.gilvm.stress;

import io.gilvm.spi.Strategies;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.openjdk.jcstress.infra.collectors.TestResult;

/**
 * The proof matrix's runner: runs every hazard test under every configuration the strategies on the
 * class path give (see {@link Row#discover}), writes {@code matrix.md} beside jcstress's HTML
 * report, and exits 1 if any cell failed — a FORBIDDEN result, a test that did not run or took no
 * sample — so that "no test ran" is never a pass.
 *
 * <pre>
 * java -cp stress/target/jcstress.jar[:more-strategies.jar] io.gilvm.stress.ProofMatrix
 *     [--quick | --thorough] [--only SPEC,...] [--tests NAME,...] [--out DIR]
 * </pre>
 *
 * <p>{@code stress/run} is this command with the jar filled in.
 */
public final class ProofMatrix {
  private ProofMatrix() {}

  static final String USAGE =
      """
      usage: stress/run [--quick | --thorough] [--only SPEC,...] [--tests NAME,...] [--out DIR]
        --quick       every cell for about a second plus jcstress's estimation (the default)
        --thorough    three forks of five seconds per cell
        --only        run these configurations (lock+memory[+every|+backedges][+no-object-locks])
                      instead of the rows the strategies on the class path give
        --tests       run only these tests (class names such as GlobalAddTest)
        --out         where matrix.md and jcstress/ go (default: the jar's directory)
      """;

  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the matrix as the command line says; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    Mode mode = Mode.QUICK;
    List<String> only = null;
    Set<String> tests = null;
    Path outDir = defaultOutDir();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--quick" -> mode = Mode.QUICK;
        case "--thorough" -> mode = Mode.THOROUGH;
        case "--only", "--tests", "--out" -> {
          if (i + 1 == args.length) {
            err.println("stress: " + a + " needs a value");
            err.print(USAGE);
            return 2;
          }
          String v = args[++i];
          if (a.equals("--only")) {
            only = Arrays.asList(v.split(","));
          } else if (a.equals("--tests")) {
            tests = new TreeSet<>(Arrays.asList(v.split(",")));
          } else {
            outDir = Path.of(v);
          }
        }
        case "-h", "--help" -> {
          out.print(USAGE);
          return 0;
        }
        default -> {
          err.println("stress: unknown option '" + a + "'");
          err.print(USAGE);
          return 2;
        }
      }
    }

    Strategies strategies = Strategies.discover();
    strategies.problems().forEach(p -> err.println("stress: " + p));
    List<Row> rows = new ArrayList<>();
    try {
      if (only == null) {
        rows.addAll(Row.discover(strategies));
      } else {
        for (String spec : only) {
          rows.add(Row.of(StressConfig.parse(spec), strategies));
        }
      }
    } catch (IllegalArgumentException e) {
      err.println("stress: " + e.getMessage());
      return 2;
    }
    List<Hazard> hazards = new ArrayList<>();
    for (Hazard h : Hazard.values()) {
      if (tests == null
          || tests.remove(h.testClass().substring(h.testClass().lastIndexOf('.') + 1))) {
        hazards.add(h);
      }
    }
    if (tests != null && !tests.isEmpty()) {
      err.println("stress: no such test: " + String.join(", ", tests));
      return 2;
    }
    if (rows.isEmpty()) {
      err.println("stress: no lock strategy on the class path, so no configuration to run");
      return 1;
    }

    long start = System.nanoTime();
    Map<String, Map<Hazard, Cell>> cells = runCells(rows, hazards, strategies, mode, outDir, out);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    String header =
        "Run on "
            + LocalDate.now()
            + " on a machine with "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + ", jcstress 0.16, "
            + mode.describe()
            + " (plus jcstress's stride estimation), "
            + took.toMinutesPart()
            + " min "
            + took.toSecondsPart()
            + " s in all. Every configuration runs with"
            + " check interval "
            + StressConfig.CHECK_INTERVAL
            + " and switch interval "
            + StressConfig.SWITCH_INTERVAL_NANOS / 1000
            + " µs. A cell says"
            + " how many samples lost the update; FAILED means a result the configuration forbids, or a"
            + " test that did not run.";
    String md = MatrixReport.render(header, rows, hazards, cells);
    Path report = outDir.resolve("matrix.md");
    Files.writeString(report, md, StandardCharsets.UTF_8);
    out.println();
    out.print(md);
    out.println();
    Path html = outDir.resolve("jcstress/results/index.html");
    out.println(
        "Written to " + report + (Files.exists(html) ? "; jcstress's HTML report is " + html : ""));

    List<String> failed = new ArrayList<>();
    for (Row row : rows) {
      for (Hazard h : hazards) {
        Cell c = cells.get(row.name()).get(h);
        if (c.failed()) {
          failed.add(row.name() + " × " + h.title() + ": " + c.failure());
        }
      }
    }
    if (!failed.isEmpty()) {
      err.println(
          "stress: " + failed.size() + " cell" + (failed.size() == 1 ? "" : "s") + " FAILED:");
      failed.forEach(f -> err.println("  " + f));
      return 1;
    }
    return 0;
  }

  /** Runs the jcstress session and turns its results into cells, a FAILED one for each gap. */
  private static Map<String, Map<Hazard, Cell>> runCells(
      List<Row> rows,
      List<Hazard> hazards,
      Strategies strategies,
      Mode mode,
      Path outDir,
      PrintStream out)
      throws Exception {
    Map<String, Map<Hazard, Cell>> cells = new LinkedHashMap<>();
    List<StressConfig> runnable = new ArrayList<>();
    for (Row row : rows) {
      Map<Hazard, Cell> byHazard = new EnumMap<>(Hazard.class);
      cells.put(row.name(), byHazard);
      try {
        Guarantees.of(row.config(), strategies);
        runnable.add(row.config());
      } catch (IllegalArgumentException e) {
        hazards.forEach(h -> byHazard.put(h, Cell.failed(e.getMessage())));
      }
    }

    Path jcstressDir = outDir.resolve("jcstress");
    deleteRecursively(jcstressDir);
    Files.createDirectories(jcstressDir);
    out.println(
        "Running "
            + hazards.size()
            + " tests under "
            + runnable.size()
            + " configurations, "
            + mode.describe()
            + ", after jcstress probes the JVM; its log: "
            + jcstressDir.resolve("jcstress.log"));
    try (PrintStream log =
        new PrintStream(
            Files.newOutputStream(jcstressDir.resolve("jcstress.log")),
            true,
            StandardCharsets.UTF_8)) {
      JcstressSession.Outcome outcome =
          JcstressSession.run(runnable, hazards, mode, jcstressDir.resolve("results"), log, out);
      Map<String, String> nameBySpec = new LinkedHashMap<>();
      rows.forEach(r -> nameBySpec.put(r.config().spec(), r.name()));
      for (TestResult r : outcome.results()) {
        String name = nameBySpec.get(JcstressSession.specOf(r));
        Hazard h = Hazard.ofTest(r.getConfig().name);
        if (name != null && h != null) {
          cells.get(name).put(h, Cell.of(r));
        }
      }
      for (Row row : rows) {
        for (Hazard h : hazards) {
          String why = outcome.notRun().get(JcstressSession.key(row.config(), h));
          cells
              .get(row.name())
              .putIfAbsent(
                  h,
                  Cell.failed(
                      why != null ? why : "no result from jcstress (see jcstress/jcstress.log)"));
        }
      }
    }
    return cells;
  }

  /** Removes an earlier run's report, so that none of its pages is taken for this run's. */
  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The directory holding the jar (or the classes) this class was loaded from. */
  private static Path defaultOutDir() throws URISyntaxException {
    Path here =
        Path.of(ProofMatrix.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return here.getParent();
  }
}
