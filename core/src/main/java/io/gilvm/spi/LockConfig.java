package io.gilvm.spi;

/**
 * The settings an interpreter lock starts with. Immutable; the running settings change through
 * {@link InterpreterLock#setSwitchIntervalNanos} and {@link InterpreterLock#setCheckInterval}.
 *
 * @param switchIntervalNanos CPython 3's switch interval: 5 ms by default
 * @param checkInterval CPython 2's check interval in ticks: 100 by default
 * @param checkpoints where the eval loop calls {@link InterpreterLock#checkpoint}
 * @param objectLocks whether a lock that is not global guards containers with per-object critical
 *     sections (on by default; off is the "no lock at all" configuration). A global lock needs none
 *     and ignores it.
 * @param events where the lock reports events, or null when nobody records them
 */
public record LockConfig(
    long switchIntervalNanos,
    int checkInterval,
    Checkpoints checkpoints,
    boolean objectLocks,
    LockEvents events) {

  /** CPython 3's default switch interval, 5 ms. */
  public static final long DEFAULT_SWITCH_INTERVAL_NANOS = 5_000_000L;

  /** CPython 2's default check interval, 100 ticks. */
  public static final int DEFAULT_CHECK_INTERVAL = 100;

  public LockConfig {
    if (switchIntervalNanos <= 0) {
      throw new IllegalArgumentException("switch interval must be > 0");
    }
    if (checkInterval < 1) {
      throw new IllegalArgumentException("check interval must be >= 1");
    }
    java.util.Objects.requireNonNull(checkpoints, "checkpoints");
  }

  /** The given settings, with no events recorded. */
  public LockConfig(
      long switchIntervalNanos, int checkInterval, Checkpoints checkpoints, boolean objectLocks) {
    this(switchIntervalNanos, checkInterval, checkpoints, objectLocks, null);
  }

  /** The given settings, with object locks on and no events recorded. */
  public LockConfig(long switchIntervalNanos, int checkInterval, Checkpoints checkpoints) {
    this(switchIntervalNanos, checkInterval, checkpoints, true, null);
  }

  /** CPython's defaults: 5 ms, 100 ticks, checkpoints at every instruction, object locks on. */
  public static LockConfig defaults() {
    return new LockConfig(DEFAULT_SWITCH_INTERVAL_NANOS, DEFAULT_CHECK_INTERVAL, Checkpoints.EVERY);
  }
}
