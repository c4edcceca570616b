package io.gilvm.cli.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.cli.lab.Experiment.Row;
import io.gilvm.cli.lab.Experiment.Size;
import io.gilvm.cli.lab.Experiment.Verdict;
import io.gilvm.spi.Strategies;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CPython as the anchor row: the lab programs run unchanged under the real interpreter (python3,
 * which this project's tests require as their oracle), in rows of their own judged by the same rule
 * as the gilvm configuration they correspond to.
 */
class PythonAnchorTest {
  @TempDir Path dir;

  @Test
  void aCPythonRowAnchorsEachExperimentThatRunsUnderIt() {
    Config.Python python = Lab.findPython("python3", true);
    assertNotNull(python);
    assertTrue(python.version().startsWith("3."), python.version());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<Row> rows =
        Lab.run(
            List.of("cpu", "lost-updates", "refcounts"),
            Size.TINY,
            dir,
            new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), false),
            Strategies.discover(),
            python);
    List<Row> cpython =
        rows.stream().filter(r -> r.configuration().startsWith("CPython ")).toList();
    // cpu and lost-updates run under CPython; refcounts needs gilvm's checked memory, so it has no
    // row.
    assertEquals(
        List.of("cpu", "lost-updates", "lost-updates"),
        cpython.stream().map(Row::experiment).toList());
    for (Row r : cpython) {
      assertEquals(
          "CPython " + python.version() + " (as newgil+" + python.checkpoints() + ")",
          r.configuration());
      assertNotEquals(Verdict.ERROR, r.verdict(), r.measurement());
      assertFalse(r.claim().isBlank());
    }
    if (python.checkpoints().equals("backedges")) {
      // CPython 3.10+ offers a switch only at back edges and calls: a bare n += 1 loses nothing.
      Row bare =
          cpython.stream()
              .filter(r -> r.claim().startsWith("With switches only at back edges"))
              .findFirst()
              .orElseThrow();
      assertEquals(Verdict.HOLDS, bare.verdict(), bare.measurement());
    }
  }

  @Test
  void noneMeansNoCPythonAndAMissingOneIsAnErrorOnlyWhenNamed() {
    assertNull(Lab.findPython("none", true));
    assertNull(Lab.findPython("/no/such/python", false));
    assertThrows(Lab.NoPython.class, () -> Lab.findPython("/no/such/python", true));
    assertThrows(Lab.NoPython.class, () -> Lab.findPython("true", true));
  }

  @Test
  void aVersionHasTheCheckpointsOfItsEvalLoop() {
    assertEquals("every", new Config.Python("python2", "2.7.18").checkpoints());
    assertEquals("every", new Config.Python("python3.9", "3.9.18").checkpoints());
    assertEquals("backedges", new Config.Python("python3", "3.11.7").checkpoints());
    assertTrue(Lab.versionAtLeast("3.14.0", 3, 14));
    assertFalse(Lab.versionAtLeast("3.13.0", 3, 14));
  }
}
