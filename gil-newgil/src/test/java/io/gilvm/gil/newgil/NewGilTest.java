package io.gilvm.gil.newgil;

import static io.gilvm.spi.contract.Concurrently.PATIENCE_MILLIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.spi.Checkpoints;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.MemoryStrategy;
import io.gilvm.spi.ThreadHandle;
import io.gilvm.spi.contract.Concurrently;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What is particular to CPython 3.2+'s lock, beyond the contract: drop requests come from waiters
 * whose interval expired, are honoured at the holder's next checkpoint, and forced switching keeps
 * the dropping thread from winning the lock straight back.
 */
@Timeout(30)
class NewGilTest {

  private static final long ONE_MS = 1_000_000L;

  private final AtomicLong nextId = new AtomicLong(1);

  private ThreadHandle handle(String name) {
    return new ThreadHandle(nextId.getAndIncrement(), name);
  }

  private static NewGil gil(long intervalNanos) {
    return new NewGil(new LockConfig(intervalNanos, 100, Checkpoints.EVERY));
  }

  private static long deadlineIn(long millis) {
    return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
  }

  private static boolean before(long deadline) {
    return System.nanoTime() - deadline < 0;
  }

  // ---------------------------------------------------------------- the strategy

  @Test
  void strategyIsTheGlobalDefaultWithPlainCounts() {
    NewGilStrategy s = new NewGilStrategy();
    assertEquals("newgil", s.name());
    assertEquals(
        "CPython 3.2+ GIL: timed drop request, forced switching (default)", s.description());
    assertTrue(s.isGlobal());
    assertEquals("plain", s.defaultMemory());
    LockConfig config = new LockConfig(7 * ONE_MS, 100, Checkpoints.BACKEDGES);
    assertEquals(7 * ONE_MS, s.create(config).switchIntervalNanos());
  }

  @Test
  void theMemoryStrategyItNamesComesWithIt() {
    String wanted = new NewGilStrategy().defaultMemory();
    List<String> found = new ArrayList<>();
    for (MemoryStrategy m : ServiceLoader.load(MemoryStrategy.class)) {
      found.add(m.name());
    }
    assertTrue(found.contains(wanted), wanted + " is not on the class path; found " + found);
  }

  @Test
  void nonPositiveSwitchIntervalIsRejected() {
    NewGil gil = gil(ONE_MS);
    assertThrows(IllegalArgumentException.class, () -> gil.setSwitchIntervalNanos(0));
    assertThrows(IllegalArgumentException.class, () -> gil.setSwitchIntervalNanos(-5));
    assertEquals(ONE_MS, gil.switchIntervalNanos());
  }

  // ---------------------------------------------------------------- drop requests

  @Test
  void aLoneHolderIsNeverAskedToDrop() {
    NewGil gil = gil(ONE_MS);
    ThreadHandle h = handle("alone");
    gil.attach(h);
    long deadline = deadlineIn(25); // 25 switch intervals of spinning
    boolean everRequested = false;
    while (before(deadline)) {
      everRequested |= gil.gilDropRequestOpaque();
      gil.checkpoint(h);
    }
    gil.detach(h);
    assertFalse(everRequested, "a drop request with nobody waiting");
    assertEquals(new NewGil.Stats(1, 0, 0), gil.stats());
  }

  @Test
  void waitersDropRequestIsHonouredAtTheHoldersNextCheckpoint() throws Exception {
    NewGil gil = gil(ONE_MS);
    int rounds = 5;
    CountDownLatch holding = new CountDownLatch(1);
    AtomicInteger entered = new AtomicInteger();
    AtomicInteger requestsSeen = new AtomicInteger();
    AtomicInteger ignored = new AtomicInteger();
    Concurrently.run(
        () -> {
          ThreadHandle h = handle("spinner");
          gil.attach(h);
          holding.countDown();
          long deadline = deadlineIn(PATIENCE_MILLIS);
          while (entered.get() < rounds && before(deadline)) {
            int enteredBefore = entered.get();
            // Only a waiter resets the request, and it cannot while this thread holds the lock:
            // so if it is set now, the checkpoint below must hand the lock over.
            boolean requested = gil.gilDropRequestOpaque();
            gil.checkpoint(h);
            if (requested) {
              requestsSeen.incrementAndGet();
              if (entered.get() == enteredBefore) {
                ignored.incrementAndGet();
              }
            }
          }
          gil.detach(h);
        },
        () -> {
          Concurrently.await(holding);
          for (int r = 0; r < rounds; r++) {
            ThreadHandle w = handle("waiter-" + r);
            gil.attach(w);
            entered.incrementAndGet();
            gil.detach(w);
          }
        });
    assertEquals(rounds, entered.get(), "waiters that got in");
    assertEquals(0, ignored.get(), "checkpoints that saw a drop request and kept the lock");
    NewGil.Stats stats = gil.stats();
    assertTrue(stats.dropRequests() >= 1, "the spinner never blocks, so only a request: " + stats);
    assertTrue(requestsSeen.get() <= stats.dropRequests(), requestsSeen + " vs " + stats);
  }

  /** Who ran bytecode last, written only while holding the lock under test. */
  private static final class History {
    ThreadHandle lastRunner;
    int requestedDrops;
    int retakes;
    final ArrayDeque<String> recent = new ArrayDeque<>();

    void ran(ThreadHandle t, boolean afterRequestedDrop) {
      if (afterRequestedDrop) {
        requestedDrops++;
        if (lastRunner == t && retakes++ == 0) {
          recent.addLast("<-- " + t + " took the lock back after dropping it on request");
        }
      }
      if (lastRunner != t && retakes == 0) {
        recent.addLast(t.name());
        if (recent.size() > 20) {
          recent.removeFirst();
        }
      }
      lastRunner = t;
    }
  }

  @Test
  void forcedSwitchingHandsTheLockToAnotherThreadAfterADropRequest() throws Exception {
    NewGil gil = gil(ONE_MS);
    int threads = 3;
    int wantedRequestedDrops = 40;
    History history = new History();
    Runnable[] bodies = new Runnable[threads];
    for (int i = 0; i < threads; i++) {
      String name = "cpu-" + i;
      bodies[i] =
          () -> {
            ThreadHandle t = handle(name);
            gil.attach(t);
            long deadline = deadlineIn(PATIENCE_MILLIS);
            boolean afterRequestedDrop = false;
            while (true) {
              // The "bytecode" after every take: it records who holds the lock now.
              history.ran(t, afterRequestedDrop);
              if (history.requestedDrops >= wantedRequestedDrops || !before(deadline)) {
                break;
              }
              afterRequestedDrop = gil.gilDropRequestOpaque();
              gil.checkpoint(t);
            }
            gil.detach(t);
          };
    }
    Concurrently.run(bodies);
    assertTrue(
        history.requestedDrops >= wantedRequestedDrops,
        "only " + history.requestedDrops + " requested drops in " + PATIENCE_MILLIS + " ms");
    // Not asserted: that the dropping thread ever had to wait (forcedSwitches). When the OS
    // runs the woken waiter at once, the switch is over before the dropper looks.
    assertEquals(
        0,
        history.retakes,
        "a thread re-took the lock it dropped on request before any other ran; holders: "
            + history.recent
            + "; "
            + gil.stats());
  }

  // ---------------------------------------------------------------- hand-off without requests

  @Test
  void blockingRegionsHandTheLockOverWithoutDropRequests() throws Exception {
    // An interval no test run reaches: every switch here must come from a release's signal.
    NewGil gil = gil(TimeUnit.SECONDS.toNanos(60));
    int rounds = 200;
    // Ping-pong: each thread's "blocking call" returns only after the other ran bytecode.
    Semaphore[] turn = {new Semaphore(0), new Semaphore(0)};
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    Runnable[] bodies = new Runnable[2];
    for (int i = 0; i < 2; i++) {
      int me = i;
      bodies[i] =
          () -> {
            ThreadHandle t = handle("ping-" + me);
            gil.attach(t);
            for (int n = 0; n < rounds; n++) {
              if (inside.incrementAndGet() != 1) {
                overlaps.incrementAndGet();
              }
              inside.decrementAndGet();
              turn[1 - me].release();
              gil.beginBlocking(t);
              try {
                if (!turn[me].tryAcquire(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)) {
                  throw new AssertionError("the other thread never got the released lock");
                }
              } catch (InterruptedException e) {
                throw new AssertionError(e);
              } finally {
                gil.endBlocking(t);
              }
            }
            gil.detach(t);
          };
    }
    Concurrently.run(bodies);
    NewGil.Stats stats = gil.stats();
    assertEquals(0, overlaps.get());
    assertEquals(0, stats.dropRequests(), "no wait can have timed out: " + stats);
    assertTrue(stats.switches() >= rounds, "the threads took turns: " + stats);
  }

  // ---------------------------------------------------------------- interrupts and misuse

  @Test
  void interruptedThreadsStillWaitTheirTurnAndKeepTheInterrupt() throws Exception {
    NewGil gil = gil(ONE_MS);
    CountDownLatch holding = new CountDownLatch(1);
    AtomicBoolean waiterIn = new AtomicBoolean();
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    AtomicBoolean waiterKeptInterrupt = new AtomicBoolean();
    AtomicBoolean holderKeptInterrupt = new AtomicBoolean();
    Concurrently.run(
        () -> {
          ThreadHandle h = handle("interrupted-holder");
          gil.attach(h);
          holding.countDown();
          // Its forced-switch wait and its re-take both start with the interrupt flag set.
          Thread.currentThread().interrupt();
          long deadline = deadlineIn(PATIENCE_MILLIS);
          while (!waiterIn.get() && before(deadline)) {
            if (inside.incrementAndGet() != 1) {
              overlaps.incrementAndGet();
            }
            inside.decrementAndGet();
            gil.checkpoint(h);
          }
          holderKeptInterrupt.set(Thread.interrupted());
          gil.detach(h);
        },
        () -> {
          Concurrently.await(holding);
          Thread.currentThread().interrupt();
          ThreadHandle w = handle("interrupted-waiter");
          gil.attach(w);
          if (inside.incrementAndGet() != 1) {
            overlaps.incrementAndGet();
          }
          inside.decrementAndGet();
          waiterIn.set(true);
          waiterKeptInterrupt.set(Thread.interrupted());
          gil.detach(w);
        });
    assertTrue(waiterIn.get(), "the interrupted waiter never got the lock");
    assertEquals(0, overlaps.get(), "an interrupt let a thread in beside the holder");
    assertTrue(waiterKeptInterrupt.get(), "the waiter's interrupt was swallowed");
    assertTrue(holderKeptInterrupt.get(), "the holder's interrupt was swallowed");
  }

  @Test
  void releasingALockNotHeldFails() {
    NewGil gil = gil(ONE_MS);
    ThreadHandle a = handle("a");
    ThreadHandle b = handle("b");
    assertThrows(IllegalStateException.class, () -> gil.detach(a));
    gil.attach(a);
    assertThrows(IllegalStateException.class, () -> gil.beginBlocking(b));
    assertThrows(IllegalStateException.class, () -> gil.attach(a));
    gil.detach(a);
    assertEquals(1, gil.stats().switches());
  }

  @Test
  void theCountersComeInPrintOrderAndCannotBeChanged() {
    java.util.Map<String, Long> st = new NewGil(LockConfig.defaults()).statistics();
    assertEquals(List.of("switches", "drop requests", "forced switches"), List.copyOf(st.keySet()));
    assertThrows(UnsupportedOperationException.class, () -> st.put("switches", 1L));
  }
}
