package io.gilvm.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.spi.Checkpoints;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.annotations.Expect;

class MatrixReportTest {

  @Test
  void cellsSayHowOftenTheUpdateWasLost() {
    assertEquals("never lost in 1,234,567 samples", new Cell(0, 1_234_567, null, List.of()).text());
    assertEquals("lost in 12 of 1,000 samples", new Cell(12, 1_000, null, List.of()).text());
    assertEquals("FAILED: no samples", Cell.failed("no samples").text());
  }

  @Test
  void theTableReadsBackCellByCell() {
    Row row =
        new Row(
            "newgil+plain+every",
            new StressConfig("newgil", "plain", Checkpoints.EVERY, true),
            "newgil + plain, checkpoints every",
            "A lock; counts; a switch may fall anywhere.");
    Map<Hazard, Cell> byHazard = new EnumMap<>(Hazard.class);
    for (Hazard h : Hazard.values()) {
      byHazard.put(h, new Cell(0, 10, null, List.of()));
    }
    Cell.Seen seen =
        new Cell.Seen("racy, n=1", Expect.ACCEPTABLE_INTERESTING, 3, "One increment lost.");
    byHazard.put(Hazard.GLOBAL_ADD, new Cell(3, 10, null, List.of(seen)));
    byHazard.put(Hazard.DICT_STORE, Cell.failed("`safe, a|b` in 1 of 10 samples"));
    Map<String, Map<Hazard, Cell>> cells = new LinkedHashMap<>();
    cells.put(row.name(), byHazard);

    String md = MatrixReport.render("Run today.", List.of(row), List.of(Hazard.values()), cells);

    Map<String, String> parsed = MatrixTable.parse(md).get("newgil+plain+every");
    assertEquals("lost in 3 of 10 samples", parsed.get(Hazard.GLOBAL_ADD.title()));
    assertEquals("never lost in 10 samples", parsed.get(Hazard.LOCKED_ADD.title()));
    assertEquals("FAILED: `safe, a\\|b` in 1 of 10 samples", parsed.get(Hazard.DICT_STORE.title()));
    assertEquals(Hazard.values().length, parsed.size());
    assertTrue(
        md.contains(
            "- `newgil+plain+every`, `n += 1`: `racy, n=1` in 3 samples (ACCEPTABLE_INTERESTING)."
                + " One increment lost.\n"),
        md);
    assertTrue(
        md.contains("- `newgil+plain+every` (newgil + plain, checkpoints every): A lock;"), md);
  }
}
