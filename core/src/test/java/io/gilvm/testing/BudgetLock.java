package io.gilvm.testing;

import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockIntervals;
import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.ThreadHandle;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code budget}: the test-only {@code serial} lock with a bound on how long a program may run,
 * counted in checkpoints (under the default placement: one at each call and backward jump, so every
 * loop iteration and every call counts). The fuzzer runs generated programs under it: a program
 * that loops forever is stopped once the budget is spent, which is a bounded run and not a finding.
 *
 * <p>Concurrency: the serial lock's protocol (see {@link SerialLock}); the count of checkpoints
 * left is one atomic counter shared by the interpreter's threads. When it runs out, the checkpoint
 * that found it throws {@link Exhausted}, an {@link Error} that no Python handler catches, and so
 * does every later one in any thread.
 */
public final class BudgetLock implements LockStrategy {

  /** Checkpoints each new interpreter may pass; set by the test before it builds one. */
  public static volatile long allowed = 100_000;

  /** Thrown at the checkpoint that finds the budget spent; ends the program, not a bug. */
  public static final class Exhausted extends Error {
    private static final long serialVersionUID = 1L;

    Exhausted() {
      super("the run's checkpoint budget is spent", null, false, false);
    }
  }

  public BudgetLock() {}

  @Override
  public String name() {
    return "budget";
  }

  @Override
  public String description() {
    return "test-only serial lock that stops a program after a number of checkpoints";
  }

  @Override
  public boolean isGlobal() {
    return true;
  }

  @Override
  public String defaultMemory() {
    return "testplain";
  }

  @Override
  public InterpreterLock create(LockConfig config) {
    return new Lock(config, allowed);
  }

  /** The lock of one interpreter: a serial lock that counts down. */
  public static final class Lock implements InterpreterLock {
    private final SerialLock.Lock serial;
    private final AtomicLong left;
    private volatile boolean exhausted;

    Lock(LockConfig config, long allowed) {
      this.serial = (SerialLock.Lock) new SerialLock().create(config);
      this.left = new AtomicLong(allowed);
    }

    /** Whether a checkpoint found the budget spent. */
    public boolean exhausted() {
      return exhausted;
    }

    @Override
    public void attach(ThreadHandle thread) {
      serial.attach(thread);
    }

    @Override
    public void detach(ThreadHandle thread) {
      serial.detach(thread);
    }

    @Override
    public void checkpoint(ThreadHandle thread) {
      if (left.decrementAndGet() < 0) {
        exhausted = true;
        throw new Exhausted();
      }
      serial.checkpoint(thread);
    }

    @Override
    public void beginBlocking(ThreadHandle thread) {
      serial.beginBlocking(thread);
    }

    @Override
    public void endBlocking(ThreadHandle thread) {
      serial.endBlocking(thread);
    }

    @Override
    public LockIntervals intervals() {
      return serial.intervals();
    }
  }
}
