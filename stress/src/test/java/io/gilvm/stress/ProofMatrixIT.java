package io.gilvm.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.spi.Checkpoints;
import io.gilvm.spi.Strategies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The proof matrix's expected shape. Runs the quick matrix from the shaded jar, as {@code
 * stress/run --quick} does, and checks its report: every configuration the strategies give is a
 * row, no cell failed, and the cells that the project's claims say can never lose an update never
 * did, while the ones its central examples say do lose updates did. A strategy that stops keeping a
 * promise turns this red; so does one whose checkpoints stop letting a switch in.
 *
 * <p>Run by {@code mvn verify} (the integration-test phase, after the jar is built); skip it with
 * {@code -DskipITs}.
 */
class ProofMatrixIT {
  private static final Path TARGET = Path.of("target");
  private static int status;
  private static String output;
  private static Map<String, Map<String, String>> matrix;
  private static final Strategies STRATEGIES = Strategies.discover();

  @BeforeAll
  static void runTheQuickMatrix() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = TARGET.resolve("proof-matrix-it.log");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                TARGET.resolve("jcstress.jar").toString(),
                ProofMatrix.class.getName(),
                "--quick",
                "--out",
                TARGET.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(20, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the quick matrix took more than 20 minutes; see " + log);
    }
    status = p.exitValue();
    output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output);
    matrix =
        MatrixTable.parse(Files.readString(TARGET.resolve("matrix.md"), StandardCharsets.UTF_8));
  }

  @Test
  void theRunnerPassesOnlyWhenNoCellFailed() {
    List<String> failed = new ArrayList<>();
    matrix.forEach(
        (row, cells) ->
            cells.forEach(
                (hazard, cell) -> {
                  if (cell.startsWith("FAILED")) {
                    failed.add(row + " × " + hazard + ": " + cell);
                  }
                }));
    assertEquals(List.of(), failed);
    assertEquals(0, status, output);
  }

  @Test
  void everyConfigurationOnTheClassPathIsARowAndEveryHazardAColumn() {
    List<String> rows = Row.discover(STRATEGIES).stream().map(Row::name).toList();
    assertEquals(rows, List.copyOf(matrix.keySet()));
    for (Map<String, String> cells : matrix.values()) {
      assertEquals(List.of(titles()), List.copyOf(cells.keySet()));
    }
  }

  @Test
  void everyCellTookManySamples() {
    matrix.forEach(
        (row, cells) ->
            cells.forEach(
                (hazard, cell) ->
                    assertTrue(samples(cell) >= 10_000, row + " × " + hazard + ": " + cell)));
  }

  /** The cells the project's claims say can never lose an update. */
  @Test
  void whatIsPromisedOrCannotBeSplitIsNeverLost() {
    List<String> lost = new ArrayList<>();
    for (Row row : Row.discover(STRATEGIES)) {
      Guarantees g = Guarantees.of(row.config(), STRATEGIES);
      for (Hazard h : Hazard.values()) {
        String cell = matrix.get(row.name()).get(h.title());
        if (neverLost(h, g, row.config().checkpoints()) && !cell.startsWith("never lost")) {
          lost.add(row.name() + " × " + h.title() + ": " + cell);
        }
      }
    }
    assertEquals(List.of(), lost);
  }

  /**
   * The literature's examples, row by row: under a global lock, the statements its checkpoints can
   * split lose updates. Summed over the row's splittable cells, since one quick run sees only tens
   * to hundreds of losses per cell (a switch must fall inside one short statement).
   */
  @Test
  void aGlobalLockLosesWhatItsCheckpointsCanSplit() {
    List<String> neverLost = new ArrayList<>();
    for (Row row : Row.discover(STRATEGIES)) {
      Guarantees g = Guarantees.of(row.config(), STRATEGIES);
      long lost = 0;
      List<String> splittable = new ArrayList<>();
      for (Hazard h : Hazard.values()) {
        if (splittable(h, g, row.config().checkpoints())) {
          splittable.add(h.title());
          lost += lost(matrix.get(row.name()).get(h.title()));
        }
      }
      if (!splittable.isEmpty() && lost == 0) {
        neverLost.add(row.name() + ": " + String.join(", ", splittable));
      }
    }
    assertEquals(List.of(), neverLost);
  }

  /**
   * Never lost, where counts are exact (a global lock, or a memory strategy that needs none): the
   * counts themselves; anything under a user lock; containers under a global lock or object locks;
   * and a statement without a call under a global lock whose checkpoints are at back edges only, as
   * CPython 3.10+.
   */
  static boolean neverLost(Hazard h, Guarantees g, Checkpoints checkpoints) {
    if (!g.exactCounts()) {
      // Counts threads can corrupt free shared objects in use: nothing is promised.
      return false;
    }
    return switch (h) {
      case REFCOUNT_CALLS, REFCOUNT_STACK -> g.exactCounts();
      case LOCKED_ADD -> true;
      case LIST_APPEND,
          DICT_STORE,
          READ_WHILE_REPLACED,
          LIST_SUBCLASS_APPEND,
          RETURN_WHILE_REPLACED,
          GLOBAL_STORE ->
          g.globalLock() || g.objectLocks();
      case GLOBAL_ADD, ATTRIBUTE_ADD -> g.globalLock() && checkpoints == Checkpoints.BACKEDGES;
      case DICT_GET_ADD -> false;
    };
  }

  /**
   * Splittable by a global lock: every read-modify-write statement when a switch may fall after any
   * instruction (CPython 2 and 3.2–3.9); only the one that contains a call when switches fall at
   * back edges, calls and function entry (3.10+).
   */
  static boolean splittable(Hazard h, Guarantees g, Checkpoints checkpoints) {
    if (!g.globalLock()) {
      return false;
    }
    return switch (h) {
      case GLOBAL_ADD, ATTRIBUTE_ADD -> checkpoints == Checkpoints.EVERY;
      case DICT_GET_ADD -> true;
      default -> false;
    };
  }

  private static String[] titles() {
    String[] t = new String[Hazard.values().length];
    for (Hazard h : Hazard.values()) {
      t[h.ordinal()] = h.title();
    }
    return t;
  }

  private static final Pattern SAMPLES = Pattern.compile("([0-9,]+) samples");

  private static long samples(String cell) {
    Matcher m = SAMPLES.matcher(cell);
    return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 0;
  }

  private static final Pattern LOST = Pattern.compile("^lost in ([0-9,]+) of");

  private static long lost(String cell) {
    Matcher m = LOST.matcher(cell);
    return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 0;
  }
}
