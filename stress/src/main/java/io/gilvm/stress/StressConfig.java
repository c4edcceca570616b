package io.gilvm.stress;

import io.gilvm.spi.Checkpoints;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.Strategies;
import io.gilvm.state.Interpreter;
import java.util.Objects;

/**
 * One configuration of the proof matrix, one row of its report: a lock strategy, a memory strategy,
 * where the eval loop offers the lock a switch, and whether a lock that is not global guards
 * containers with object locks. Written as a spec, {@code lock+memory+checkpoints} with {@code
 * +no-object-locks} appended when they are off ({@code newgil+plain+every}, {@code
 * finegrained+biased+every+no-object-locks}): the form the runner hands every jcstress fork in the
 * system property {@value #PROPERTY}.
 *
 * <p>Every configuration runs with the lock's checkpoints as frequent as they go, so that a switch
 * falls inside a statement wherever the algorithm allows one: a check interval of one tick and a
 * switch interval of 1 µs, the finest that CPython's {@code sys.setswitchinterval} keeps.
 */
record StressConfig(String lock, String memory, Checkpoints checkpoints, boolean objectLocks) {

  /** The system property that selects a fork's configuration. */
  public static final String PROPERTY = "gilvm.stress.config";

  /** {@code sys.setcheckinterval(1)}. */
  public static final int CHECK_INTERVAL = 1;

  /** {@code sys.setswitchinterval(1e-6)}. */
  public static final long SWITCH_INTERVAL_NANOS = 1_000;

  static final String NO_OBJECT_LOCKS = "no-object-locks";

  public StressConfig {
    Objects.requireNonNull(lock, "lock");
    Objects.requireNonNull(memory, "memory");
    Objects.requireNonNull(checkpoints, "checkpoints");
  }

  /** This configuration as a spec, the inverse of {@link #parse}. */
  public String spec() {
    return lock
        + "+"
        + memory
        + "+"
        + checkpoints.optionName()
        + (objectLocks ? "" : "+" + NO_OBJECT_LOCKS);
  }

  /**
   * Parses a spec: {@code lock+memory}, then optionally {@code +every} or {@code +backedges} (every
   * when absent) and {@code +no-object-locks}. Throws IllegalArgumentException naming the expected
   * form.
   */
  public static StressConfig parse(String spec) {
    String[] parts = spec.split("\\+", -1);
    if (parts.length < 2 || parts.length > 4 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw badSpec(spec);
    }
    Checkpoints checkpoints = Checkpoints.EVERY;
    boolean objectLocks = true;
    for (int i = 2; i < parts.length; i++) {
      if (parts[i].equals(NO_OBJECT_LOCKS) && i == parts.length - 1) {
        objectLocks = false;
      } else if (i == 2 && isCheckpoints(parts[i])) {
        checkpoints = Checkpoints.parse(parts[i]);
      } else {
        throw badSpec(spec);
      }
    }
    return new StressConfig(parts[0], parts[1], checkpoints, objectLocks);
  }

  private static boolean isCheckpoints(String s) {
    for (Checkpoints c : Checkpoints.values()) {
      if (c.optionName().equals(s)) {
        return true;
      }
    }
    return false;
  }

  private static IllegalArgumentException badSpec(String spec) {
    return new IllegalArgumentException(
        "bad configuration '"
            + spec
            + "'; expected lock+memory[+every|+backedges][+no-object-locks]");
  }

  /**
   * The configuration named by {@value #PROPERTY}; without it, the interpreter's own defaults
   * (which honour {@code gilvm.gil} and {@code gilvm.memory}), so that {@code java -jar
   * jcstress.jar} alone tests the default interpreter.
   */
  static StressConfig fromSystemProperties() {
    String spec = System.getProperty(PROPERTY);
    if (spec != null) {
      return parse(spec);
    }
    Strategies s = Strategies.discover();
    LockStrategy l = s.lock(System.getProperty("gilvm.gil", Interpreter.DEFAULT_LOCK));
    return new StressConfig(
        l.name(), System.getProperty("gilvm.memory", l.defaultMemory()), Checkpoints.EVERY, true);
  }

  /** Builds the interpreter this configuration describes. */
  Interpreter newInterpreter() {
    return Interpreter.builder()
        .gil(lock)
        .memory(memory)
        .checkpoints(checkpoints)
        .objectLocks(objectLocks)
        .checkInterval(CHECK_INTERVAL)
        .switchIntervalNanos(SWITCH_INTERVAL_NANOS)
        .build();
  }

  /** The lock's settings under this configuration. */
  LockConfig lockConfig() {
    return new LockConfig(SWITCH_INTERVAL_NANOS, CHECK_INTERVAL, checkpoints, objectLocks);
  }
}
