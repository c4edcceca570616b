package io.gilvm.cli.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.cli.Json;
import io.gilvm.cli.lab.Experiment.Row;
import io.gilvm.cli.lab.Experiment.Size;
import io.gilvm.cli.lab.Experiment.Verdict;
import io.gilvm.spi.Strategies;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every experiment of the lab, in its small size, under every strategy on the test class path, each
 * configuration in a fresh JVM as {@code gilvm lab} runs it. Timings are not asserted (this machine
 * is shared); what the algorithms guarantee is.
 */
class LabTest {
  @TempDir static Path dir;
  static List<Row> rows;
  static String progress;

  @BeforeAll
  static void runTheLab() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    rows =
        Lab.run(
            List.of(),
            Size.TINY,
            dir,
            new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), false),
            Strategies.discover());
    progress = err.toString(StandardCharsets.UTF_8);
  }

  private static List<Row> rowsOf(String experiment) {
    return rows.stream().filter(r -> r.experiment().equals(experiment)).toList();
  }

  @Test
  void everyExperimentRunsUnderEveryConfigurationWithoutFailing() {
    for (Experiment e : Experiments.all()) {
      List<Row> mine = rowsOf(e.name);
      assertFalse(mine.isEmpty(), e.name + " produced no row");
      for (Row r : mine) {
        assertNotEquals(
            Verdict.ERROR, r.verdict(), e.name + " " + r.configuration() + ": " + r.measurement());
        assertFalse(r.measurement().isBlank(), r.toString());
        assertFalse(r.claim().isBlank(), r.toString());
      }
    }
    Strategies found = Strategies.discover();
    for (var lock : found.locks()) {
      assertTrue(
          rowsOf("cpu").stream().anyMatch(r -> r.configuration().equals(lock.name())), lock.name());
      assertTrue(
          rowsOf("convoy").stream().anyMatch(r -> r.configuration().equals(lock.name())),
          lock.name());
    }
    for (String name : List.of("processes", "interpreters", "hashing", "asyncio")) {
      for (var lock : found.locks()) {
        assertTrue(
            rowsOf(name).stream().anyMatch(r -> r.configuration().equals(lock.name())),
            name + " " + lock.name());
      }
    }
    // The start of processes is measured once, under the default lock, beside the interpreters'.
    assertEquals(
        1,
        rowsOf("interpreters").stream()
            .filter(r -> r.claim().startsWith("Starting two interpreters"))
            .count());
    assertEquals(2, rowsOf("process-cost").size());
    // The refcount experiment: every lock that is not global, with every memory strategy.
    long expected =
        found.locks().stream().filter(l -> !l.isGlobal()).count() * found.memories().size();
    assertEquals(expected, rowsOf("refcounts").size());
  }

  @Test
  void whatTheAlgorithmsGuaranteeHolds() {
    List<String> broken = new ArrayList<>();
    for (Row r : rows) {
      boolean guaranteed =
          r.claim().startsWith("Under a threading.Lock")
              || r.claim().startsWith("With switches only at back edges")
              || r.claim().equals("Under a GIL the dict stays consistent.")
              || r.claim().equals("Per-object locks keep the dict consistent.")
              || r.claim().startsWith("Counts stay exact");
      if (guaranteed && r.verdict() != Verdict.HOLDS) {
        broken.add(
            r.experiment() + " " + r.configuration() + ": " + r.claim() + " -> " + r.measurement());
      }
    }
    assertTrue(broken.isEmpty(), String.join("\n", broken));
    assertTrue(
        rows.stream().filter(r -> r.claim().startsWith("Under a threading.Lock")).count() >= 3);
  }

  @Test
  void aFreedOrLeakedObjectIsCountedFromTheChildsReport() {
    Experiment.Outcome fatal =
        Lab.parse(
            134,
            false,
            "",
            "Fatal Python error: use of a freed object: list object at 0x1 (freed by Thread-2)\n");
    Experiment.Outcome leak =
        Lab.parse(
            0,
            false,
            "@lab intact 1\n@lab box_left 0\n",
            "gilvm: 1,204 objects leaked (reference counts that never reached zero): 1204 list\n");
    Experiment.Outcome clean =
        Lab.parse(0, false, "@lab intact 1\n@lab box_left 0\n", "gilvm: no objects leaked\n");
    Experiments.Refcounts e = new Experiments.Refcounts();
    List<Experiment.Trial> trials = e.trials(Strategies.discover(), Size.TINY);
    Experiment.Trial plain =
        trials.stream()
            .filter(t -> t.config().memoryName().equals("plain"))
            .findFirst()
            .orElseThrow();
    Experiment.Trial biased =
        trials.stream()
            .filter(t -> t.config().memoryName().equals("biased"))
            .findFirst()
            .orElseThrow();
    Row seen = e.judge(plain, List.of(clean, fatal, leak), Size.TINY).get(0);
    assertEquals(Verdict.HOLDS, seen.verdict(), seen.measurement());
    assertTrue(
        seen.measurement().contains("freed while in use in 1, leaked in 1 (1,204 objects at most)"),
        seen.measurement());
    assertEquals(
        Verdict.DOES_NOT_HOLD, e.judge(biased, List.of(clean, leak), Size.TINY).get(0).verdict());
    assertEquals(Verdict.HOLDS, e.judge(biased, List.of(clean, clean), Size.TINY).get(0).verdict());
  }

  @Test
  void theRemediesExperimentsJudgeTheirFigures() {
    Strategies found = Strategies.discover();
    Experiments.Interpreters interp = new Experiments.Interpreters();
    Experiment.Trial t =
        interp.trials(found, Size.TINY).stream()
            .filter(x -> x.config().lock() == found.defaultLock())
            .findFirst()
            .orElseThrow();
    Experiment.Outcome parallel =
        Lab.parse(
            0,
            false,
            "@lab sequential 2.0\n@lab threaded 2.1\n@lab interpreters 1.05\n"
                + "@lab start-interpreters 0.01\n@lab start-processes 1.5\n",
            "");
    List<Row> r = interp.judge(t, List.of(parallel), Size.TINY);
    assertEquals(2, r.size());
    boolean multicore = Runtime.getRuntime().availableProcessors() >= 2;
    assertEquals(
        multicore ? Verdict.HOLDS : Verdict.NOT_APPLICABLE,
        r.get(0).verdict(),
        r.get(0).measurement());
    assertEquals(Verdict.HOLDS, r.get(1).verdict(), r.get(1).measurement());
    Experiment.Outcome serial =
        Lab.parse(
            0,
            false,
            "@lab sequential 2.0\n@lab threaded 2.1\n@lab interpreters 2.0\n"
                + "@lab start-interpreters 0.5\n@lab start-processes 1.0\n",
            "");
    r = interp.judge(t, List.of(serial), Size.TINY);
    assertEquals(multicore ? Verdict.DOES_NOT_HOLD : Verdict.NOT_APPLICABLE, r.get(0).verdict());
    assertEquals(Verdict.DOES_NOT_HOLD, r.get(1).verdict());

    Experiments.ProcessCost cost = new Experiments.ProcessCost();
    Experiment.Trial c = cost.trials(found, Size.TINY).get(0);
    r =
        cost.judge(
            c,
            List.of(
                Lab.parse(
                    0,
                    false,
                    "@lab send 0.02\n@lab send 0.0005\n@lab start 0.9\n@lab start 1.1\n",
                    "")),
            Size.TINY);
    assertEquals(Verdict.HOLDS, r.get(0).verdict(), r.get(0).measurement());
    assertEquals(Verdict.INCONCLUSIVE, r.get(1).verdict(), r.get(1).measurement());

    Experiments.AsyncWaits waits = new Experiments.AsyncWaits();
    Experiment.Trial w = waits.trials(found, Size.TINY).get(0);
    r =
        waits.judge(
            w,
            List.of(
                Lab.parse(
                    0,
                    false,
                    "@lab asyncio 0.11\n@lab threads 0.15\n@lab asyncio 0.12\n@lab threads 0.3\n",
                    "")),
            Size.TINY);
    assertEquals(Verdict.INCONCLUSIVE, r.get(0).verdict(), r.get(0).measurement());
  }

  @Test
  void resultsJsonParsesAndHoldsEveryRow() throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> json =
        (Map<String, Object>) Json.parse(Files.readString(dir.resolve("results.json")));
    assertEquals((double) Runtime.getRuntime().availableProcessors(), json.get("cores"));
    assertEquals(Experiment.RULE, json.get("rule"));
    List<?> jsonRows = (List<?>) json.get("rows");
    assertEquals(rows.size(), jsonRows.size());
    for (int i = 0; i < rows.size(); i++) {
      Map<?, ?> jr = (Map<?, ?>) jsonRows.get(i);
      assertEquals(rows.get(i).configuration(), jr.get("configuration"));
      assertEquals(rows.get(i).verdict().text, jr.get("verdict"));
      assertEquals(rows.get(i).values().keySet(), ((Map<?, ?>) jr.get("values")).keySet());
    }
    assertEquals(Experiments.all().size(), ((List<?>) json.get("experiments")).size());
  }

  @Test
  void timelinesAndChartsAreWellFormedSvgAndTheIndexShowsThem() throws Exception {
    String index = Files.readString(dir.resolve("index.html"));
    List<Path> svgs;
    try (Stream<Path> s =
        Stream.concat(Files.list(dir.resolve("timelines")), Files.list(dir.resolve("charts")))) {
      svgs = s.toList();
    }
    long timelines = svgs.stream().filter(p -> p.getParent().endsWith("timelines")).count();
    long trials = 0;
    for (Experiment e : Experiments.all()) {
      // Trials whose programs start processes draw none.
      trials +=
          e.trials(Strategies.discover(), Size.TINY).stream()
              .filter(t -> !t.pictureArgs().isEmpty())
              .count();
    }
    assertEquals(trials, timelines, "one timeline per experiment and configuration");
    var factory = DocumentBuilderFactory.newInstance();
    for (Path svg : svgs) {
      var doc = factory.newDocumentBuilder().parse(svg.toFile());
      assertEquals("svg", doc.getDocumentElement().getTagName(), svg.toString());
      String rel = dir.relativize(svg).toString().replace('\\', '/');
      assertTrue(index.contains("src=\"" + rel + "\""), "index.html does not show " + rel);
    }
    for (String chart : List.of("cpu", "io", "convoy", "switch-interval")) {
      assertTrue(Files.exists(dir.resolve("charts/" + chart + ".svg")), chart);
    }
    for (Row r : rows) {
      assertTrue(
          index.contains(
              r.measurement().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")),
          "index.html lacks " + r.measurement());
    }
  }

  @Test
  void progressNamesEveryRunAndTheTableEveryRow() {
    long runs = 0;
    for (Experiment e : Experiments.all()) {
      for (Experiment.Trial t : e.trials(Strategies.discover(), Size.TINY)) {
        runs += t.jvms();
      }
    }
    assertTrue(progress.contains("gilvm lab: [" + runs + "/" + runs + "] "), progress);
    String table = Report.table(rows);
    for (Row r : rows) {
      assertTrue(table.contains(r.measurement()), r.measurement());
    }
  }
}
