package io.gilvm.testing;

import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockIntervals;
import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.ThreadHandle;

/**
 * {@code serial}: a minimal global interpreter lock for core's own tests, which cannot depend on
 * the real strategies. Test-only; registered in this module's test resources.
 *
 * <p>Concurrency: one monitor guards {@code holder} (the thread running bytecode, or null), {@code
 * waiting} (threads blocked in take) and {@code switches} (takes so far). A thread takes the lock
 * by waiting on the monitor until {@code holder} is null. Every {@value #YIELD_EVERY} checkpoints,
 * if someone is waiting, the holder hands the lock over: it clears {@code holder}, wakes the
 * waiters and waits until {@code switches} moved (another thread took it) before it queues again,
 * so a CPU-bound thread cannot starve the others.
 */
public final class SerialLock implements LockStrategy {

  /** Checkpoints between two hand-offs when another thread waits. */
  static final int YIELD_EVERY = 200;

  public SerialLock() {}

  @Override
  public String name() {
    return "serial";
  }

  @Override
  public String description() {
    return "test-only global lock with periodic hand-off";
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
    return new Lock(config);
  }

  /** The lock of one interpreter. */
  public static final class Lock implements InterpreterLock {
    private ThreadHandle holder;
    private long switches;

    /** Read without the monitor on the checkpoint's fast path; written under it. */
    private volatile int waiting;

    private final LockIntervals intervals;
    private final java.util.concurrent.atomic.AtomicLong blockingRegions =
        new java.util.concurrent.atomic.AtomicLong();

    Lock(LockConfig config) {
      this.intervals = new LockIntervals(config);
    }

    private synchronized void take(ThreadHandle t) {
      boolean interrupted = false;
      waiting++;
      while (holder != null) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      waiting--;
      holder = t;
      switches++;
      // Wakes a thread in handOff waiting for this switch.
      notifyAll();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    private synchronized void drop(ThreadHandle t) {
      if (holder != t) {
        throw new IllegalStateException(t + " drops a lock held by " + holder);
      }
      holder = null;
      notifyAll();
    }

    /** Drops the lock and waits until another thread has taken it (or nobody wants it). */
    private synchronized void handOff(ThreadHandle t) {
      drop(t);
      long seen = switches;
      boolean interrupted = false;
      while (switches == seen && waiting > 0) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void attach(ThreadHandle thread) {
      // The thread's count of checkpoints since its last hand-off.
      thread.lockState = new int[1];
      take(thread);
    }

    @Override
    public void detach(ThreadHandle thread) {
      drop(thread);
    }

    @Override
    public void checkpoint(ThreadHandle thread) {
      if (waiting > 0 && ++((int[]) thread.lockState)[0] >= YIELD_EVERY) {
        ((int[]) thread.lockState)[0] = 0;
        handOff(thread);
        take(thread);
      }
    }

    @Override
    public void beginBlocking(ThreadHandle thread) {
      blockingRegions.incrementAndGet();
      drop(thread);
    }

    /**
     * How many blocking regions threads have entered, so tests can see that a call released the
     * lock.
     */
    public long blockingRegions() {
      return blockingRegions.get();
    }

    @Override
    public void endBlocking(ThreadHandle thread) {
      take(thread);
    }

    @Override
    public LockIntervals intervals() {
      return intervals;
    }
  }
}
