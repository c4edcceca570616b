package io.gilvm.gil.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.spi.Checkpoints;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.ThreadHandle;
import io.gilvm.spi.contract.Concurrently;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The literature's observation about CPython 2's lock on a multicore machine: with two CPU-bound
 * threads, the thread that releases at its tick is usually the one that takes the lock again, so
 * the other starves. How often is up to the OS scheduler and the mutex, not the algorithm, so the
 * ratio is measured and printed, not asserted; what is asserted is what the algorithm guarantees:
 * every tick release is followed by exactly one acquisition, and every change of holder comes after
 * a tick release by another thread or after that thread detached.
 */
@Timeout(30)
class LegacyGilContentionTest {

  private static final long RUN_MILLIS = 1_000;

  /** Who ran "bytecode" last, and how often that changed; written only under the lock. */
  private static final class History {
    ThreadHandle lastRunner;
    long holderChanges;
    long work;

    void ran(ThreadHandle t) {
      if (lastRunner != t) {
        holderChanges++;
        lastRunner = t;
      }
    }
  }

  @Test
  void twoCpuBoundThreadsReacquireAfterTheirOwnTickRelease() throws Exception {
    for (int interval : new int[] {100, 10}) {
      measure(interval);
    }
  }

  private void measure(int checkInterval) throws Exception {
    LegacyGil gil = new LegacyGil(new LockConfig(5_000_000L, checkInterval, Checkpoints.EVERY));
    History history = new History();
    AtomicLong ids = new AtomicLong(1);
    CountDownLatch ready = new CountDownLatch(2);
    long[] checkpoints = new long[2];
    Runnable[] bodies = new Runnable[2];
    for (int i = 0; i < 2; i++) {
      int me = i;
      bodies[i] =
          () -> {
            ThreadHandle t = new ThreadHandle(ids.getAndIncrement(), "cpu-" + me);
            ready.countDown();
            Concurrently.await(ready);
            gil.attach(t);
            // Recorded after every acquisition, so that each change of holder is seen.
            history.ran(t);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RUN_MILLIS);
            long n = 0;
            while (System.nanoTime() - deadline < 0) {
              // One "instruction": a little work on state only the lock protects.
              for (int k = 0; k < 8; k++) {
                history.work += k;
              }
              gil.checkpoint(t);
              history.ran(t);
              n++;
            }
            checkpoints[me] = n;
            gil.detach(t);
          };
    }
    Concurrently.run(bodies);
    LegacyGil.Stats s = gil.stats();
    long switched = s.tickReleases() - s.reacquiredBySameThread();
    System.out.printf(
        "legacy GIL, 2 CPU-bound threads, %d processors, check interval %d, %d ms each:"
            + " %d tick releases, %d re-acquired by the releasing thread (%.2f%%),"
            + " %d went to the other thread; checkpoints run: %d and %d; holder changes: %d%n",
        Runtime.getRuntime().availableProcessors(),
        checkInterval,
        RUN_MILLIS,
        s.tickReleases(),
        s.reacquiredBySameThread(),
        s.tickReleases() == 0 ? 0.0 : 100.0 * s.reacquiredBySameThread() / s.tickReleases(),
        switched,
        checkpoints[0],
        checkpoints[1],
        history.holderChanges);

    // Both threads were attached (counted before waiting) while the first ran for a second.
    assertTrue(s.tickReleases() > 0, "no tick release with two threads attached: " + s);
    // No blocking calls: the only acquisitions are the two attaches and one per tick release.
    assertEquals(2 + s.tickReleases(), s.acquisitions(), "acquisitions: " + s);
    assertTrue(s.reacquiredBySameThread() <= s.tickReleases(), s.toString());
    // The first attach is a change (from nobody); every later one followed either a tick release
    // that the other thread won, or the first thread's detach, after which the other must run.
    assertEquals(
        1 + switched + 1,
        history.holderChanges,
        "holder changes vs " + s + "; checkpoints " + checkpoints[0] + "/" + checkpoints[1]);
  }
}
