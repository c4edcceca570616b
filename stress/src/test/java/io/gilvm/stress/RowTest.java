package io.gilvm.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.Strategies;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows come from the strategies ServiceLoader finds, by a rule that names no strategy. */
class RowTest {

  /** The strategies of the class path, plus a third-party jar's worth: testfree and testexact. */
  private static Strategies withThirdPartyJar(Path dir) throws IOException {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(
        services.resolve("io.gilvm.spi.LockStrategy"), TestFreeLock.class.getName() + "\n");
    Files.writeString(
        services.resolve("io.gilvm.spi.MemoryStrategy"), TestExactMemory.class.getName() + "\n");
    URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, RowTest.class.getClassLoader());
    return new Strategies(loader);
  }

  private static List<String> names(List<Row> rows, String lock) {
    return rows.stream().filter(r -> r.config().lock().equals(lock)).map(Row::name).toList();
  }

  @Test
  void aGlobalLockGetsOneRowPerCheckpointPlacementWithItsDefaultMemory() {
    List<Row> rows = Row.discover(Strategies.discover());
    assertEquals(List.of("legacy+plain+every", "legacy+plain+backedges"), names(rows, "legacy"));
    assertEquals(List.of("newgil+plain+every", "newgil+plain+backedges"), names(rows, "newgil"));
  }

  @Test
  void aThirdPartyJarAddsItsRowsWithoutAnyChangeHere(@TempDir Path dir) throws IOException {
    Strategies s = withThirdPartyJar(dir);
    List<Row> rows = Row.discover(s);
    List<String> memories =
        s.memories().stream().map(m -> m.name()).filter(m -> !m.equals("testexact")).toList();
    List<String> expected = new java.util.ArrayList<>();
    expected.add("testfree+testexact");
    memories.forEach(m -> expected.add("testfree+" + m));
    expected.add("testfree+testexact+no-object-locks");
    assertEquals(expected, names(rows, "testfree"));
    assertTrue(memories.contains("plain") && memories.contains("atomic"), memories.toString());
  }

  @Test
  void globalLocksComeFirst(@TempDir Path dir) throws IOException {
    Strategies s = withThirdPartyJar(dir);
    List<Boolean> global =
        Row.discover(s).stream().map(r -> s.lock(r.config().lock()).isGlobal()).toList();
    int firstNotGlobal = global.indexOf(false);
    assertTrue(firstNotGlobal > 0, global.toString());
    assertFalse(global.subList(firstNotGlobal, global.size()).contains(true), global.toString());
  }

  @Test
  void labelsSayWhatTheSpecMeans(@TempDir Path dir) throws IOException {
    Strategies s = withThirdPartyJar(dir);
    assertEquals(
        "newgil + plain, checkpoints backedges",
        Row.of(StressConfig.parse("newgil+plain+backedges"), s).label());
    Row off = Row.of(StressConfig.parse("testfree+testexact+no-object-locks"), s);
    assertEquals("testfree + testexact, object locks off", off.label());
    assertEquals("testfree+testexact+no-object-locks", off.name());
    assertTrue(off.explanation().endsWith("no object locks."), off.explanation());
    Row missing = Row.of(StressConfig.parse("nosuch+plain"), s);
    assertEquals("lock 'nosuch' is not on the class path.", missing.explanation());
  }

  @Test
  void everyRowNamesAStrategyThatIsThere() {
    Strategies s = Strategies.discover();
    for (Row r : Row.discover(s)) {
      LockStrategy l = s.lock(r.config().lock());
      s.memory(r.config().memory());
      assertEquals(l.isGlobal(), r.label().contains("checkpoints"), r.name());
    }
  }
}
