package io.gilvm.spi;

/**
 * A lock's two knobs, kept for {@code sys.getswitchinterval} and {@code sys.getcheckinterval}
 * whether or not the lock uses them: CPython 3's switch interval and CPython 2's check interval.
 * Set by any thread, rarely; read by any thread (a lock that uses one reads it at its next wait or
 * tick). Volatile fields: a new value is seen at the next read.
 */
public final class LockIntervals {
  private volatile long switchNanos;
  private volatile int checkTicks;

  /** The intervals {@code config} starts with. */
  public LockIntervals(LockConfig config) {
    this.switchNanos = config.switchIntervalNanos();
    this.checkTicks = config.checkInterval();
  }

  /** The switch interval in nanoseconds. */
  public long switchNanos() {
    return switchNanos;
  }

  /**
   * Sets the switch interval.
   *
   * @throws IllegalArgumentException if {@code nanos} is not positive
   */
  public void setSwitchNanos(long nanos) {
    if (nanos <= 0) {
      throw new IllegalArgumentException("switch interval must be > 0");
    }
    switchNanos = nanos;
  }

  /** The check interval in ticks. */
  public int checkTicks() {
    return checkTicks;
  }

  /**
   * Sets the check interval.
   *
   * @throws IllegalArgumentException if {@code ticks} is below one
   */
  public void setCheckTicks(int ticks) {
    if (ticks < 1) {
      throw new IllegalArgumentException("check interval must be >= 1");
    }
    checkTicks = ticks;
  }
}
