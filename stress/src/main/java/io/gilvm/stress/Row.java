package io.gilvm.stress;

import io.gilvm.spi.Checkpoints;
import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.MemoryStrategy;
import io.gilvm.spi.Strategies;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One row of the matrix: its name in the report (the configuration's spec, without the checkpoint
 * placement where the lock is not global: there is no lock to switch then), the configuration, a
 * label, and one sentence saying what it is.
 *
 * <p>The rows come from the strategies ServiceLoader finds, so a strategy jar on the class path
 * adds its rows with no change here. The rule: a global lock gets one row per checkpoint placement
 * ({@code every}, {@code backedges}) with the memory strategy it names as its default, since where
 * the lock may switch is what decides which statements can be split; a lock that is not global gets
 * one row per memory strategy found, with its default first, and one more with its default memory
 * and object locks off. Global locks come first.
 */
record Row(String name, StressConfig config, String label, String explanation) {

  /** The rows for the strategies in {@code strategies}. */
  public static List<Row> discover(Strategies strategies) {
    List<LockStrategy> locks = new ArrayList<>(strategies.locks());
    locks.sort(
        Comparator.comparing((LockStrategy l) -> !l.isGlobal()).thenComparing(LockStrategy::name));
    List<Row> rows = new ArrayList<>();
    for (LockStrategy lock : locks) {
      if (lock.isGlobal()) {
        for (Checkpoints c : Checkpoints.values()) {
          rows.add(of(new StressConfig(lock.name(), lock.defaultMemory(), c, true), strategies));
        }
        continue;
      }
      List<String> memories = new ArrayList<>();
      memories.add(lock.defaultMemory());
      for (MemoryStrategy m : strategies.memories()) {
        if (!memories.contains(m.name())) {
          memories.add(m.name());
        }
      }
      for (String m : memories) {
        rows.add(of(new StressConfig(lock.name(), m, Checkpoints.EVERY, true), strategies));
      }
      rows.add(
          of(
              new StressConfig(lock.name(), lock.defaultMemory(), Checkpoints.EVERY, false),
              strategies));
    }
    return rows;
  }

  /**
   * The row for {@code config}, labelled from what its strategies say of themselves; a strategy
   * that is not on the class path is named as missing (its cells then fail).
   */
  public static Row of(StressConfig config, Strategies strategies) {
    LockStrategy lock = find(strategies.locks(), config.lock(), LockStrategy::name);
    MemoryStrategy memory = find(strategies.memories(), config.memory(), MemoryStrategy::name);
    String label = config.lock() + " + " + config.memory();
    if (lock == null || memory == null) {
      return new Row(
          config.spec(),
          config,
          label,
          (lock == null ? "lock '" + config.lock() : "memory '" + config.memory())
              + "' is not on the class path.");
    }
    StringBuilder explanation = new StringBuilder(lock.description());
    explanation.append("; ").append(memory.description());
    if (lock.isGlobal()) {
      label += ", checkpoints " + config.checkpoints().optionName();
      explanation.append(
          config.checkpoints() == Checkpoints.EVERY
              ? "; a switch may fall after any instruction"
              : "; a switch may fall only at back edges, calls and function entry");
    } else if (!config.objectLocks()) {
      label += ", object locks off";
      explanation.append("; no object locks");
    }
    String name =
        lock.isGlobal()
            ? config.spec()
            : config.lock()
                + "+"
                + config.memory()
                + (config.objectLocks() ? "" : "+" + StressConfig.NO_OBJECT_LOCKS);
    return new Row(name, config, label, explanation.append('.').toString());
  }

  private static <T> T find(
      List<T> list, String name, java.util.function.Function<T, String> nameOf) {
    for (T t : list) {
      if (nameOf.apply(t).equals(name)) {
        return t;
      }
    }
    return null;
  }
}
