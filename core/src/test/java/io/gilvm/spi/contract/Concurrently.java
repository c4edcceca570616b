package io.gilvm.spi.contract;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Runs test bodies on platform threads with bounded waits: the contract tests and their kin. */
public final class Concurrently {

  /** Generous bound for anything that should take a few switch intervals. */
  public static final long PATIENCE_MILLIS = 4_000;

  private Concurrently() {}

  /**
   * Runs each body on its own platform thread and waits for all of them, failing if one throws or
   * if they are not all done within twice {@link #PATIENCE_MILLIS} (a deadlock or a lost wake-up),
   * with the stuck threads' stacks in the message.
   */
  public static void run(Runnable... bodies) throws InterruptedException {
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      Runnable body = bodies[i];
      Thread t =
          new Thread(
              () -> {
                try {
                  body.run();
                } catch (Throwable e) {
                  failures.add(e);
                }
              },
              "contract-" + i);
      // Daemon, so that a deadlocked lock fails the test instead of hanging the JVM.
      t.setDaemon(true);
      threads.add(t);
    }
    threads.forEach(Thread::start);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2 * PATIENCE_MILLIS);
    for (Thread t : threads) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      t.join(Math.max(1, left));
    }
    StringBuilder stuck = new StringBuilder();
    for (Thread t : threads) {
      if (t.isAlive()) {
        stuck.append("\n").append(t.getName()).append(" (").append(t.getState()).append(")");
        for (StackTraceElement e : t.getStackTrace()) {
          stuck.append("\n    at ").append(e);
        }
      }
    }
    if (!failures.isEmpty()) {
      AssertionError error = new AssertionError("a thread failed", failures.peek());
      failures.stream().skip(1).forEach(error::addSuppressed);
      throw error;
    }
    if (stuck.length() > 0) {
      fail("threads still running after " + 2 * PATIENCE_MILLIS + " ms:" + stuck);
    }
  }

  /** Waits for a latch that a sibling thread opens; bounded, so a broken lock fails fast. */
  public static void await(CountDownLatch latch) {
    try {
      if (!latch.await(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)) {
        throw new AssertionError("a sibling thread never got there");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
