package io.gilvm.gil.finegrained;

import io.gilvm.spi.EvalBreaker;
import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockIntervals;
import io.gilvm.spi.ThreadHandle;

/**
 * The "lock" of an interpreter without a GIL: every thread runs bytecode whenever the operating
 * system schedules it.
 *
 * <p>Concurrency: there is no shared state on the eval loop's path. {@link #attach}, {@link
 * #checkpoint}, {@link #beginBlocking}, {@link #endBlocking} and {@link #detach} do nothing and
 * never block: nothing is handed over, so nothing is waited for. What a GIL protected is protected
 * instead by the runtime's per-object critical sections, which this lock switches on ({@link
 * #usesObjectLocks}, unless the configuration turns them off), and by a memory strategy whose
 * counts stay exact under parallel updates ({@code biased} or {@code atomic}). The switch and check
 * intervals have no effect; they are kept and read back, as CPython's free-threaded build accepts
 * {@code sys.setswitchinterval}.
 */
final class NoGil implements InterpreterLock {
  private final boolean objectLocks;
  private final LockIntervals intervals;

  NoGil(LockConfig config) {
    this.objectLocks = config.objectLocks();
    this.intervals = new LockIntervals(config);
  }

  @Override
  public void attach(ThreadHandle thread) {}

  @Override
  public void detach(ThreadHandle thread) {}

  @Override
  public void checkpoint(ThreadHandle thread) {}

  @Override
  public void beginBlocking(ThreadHandle thread) {}

  @Override
  public void endBlocking(ThreadHandle thread) {}

  @Override
  public boolean usesObjectLocks() {
    return objectLocks;
  }

  @Override
  public LockIntervals intervals() {
    return intervals;
  }

  /** Its checkpoint does nothing: the eval loop reads only the breaker, which it never sets. */
  @Override
  public EvalBreaker evalBreaker() {
    return breaker;
  }

  private final EvalBreaker breaker = new EvalBreaker();
}
