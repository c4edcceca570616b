package io.gilvm.gil.legacy;

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
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What is particular to CPython 2's lock, beyond the contract: the ticker counts down only at
 * checkpoints, runs out every check interval plus one, releases only when another thread is
 * attached, and follows {@code sys.setcheckinterval}.
 */
@Timeout(30)
class LegacyGilTest {

  private static final int INTERVAL = 50;

  private final AtomicLong nextId = new AtomicLong(1);

  private ThreadHandle handle(String name) {
    return new ThreadHandle(nextId.getAndIncrement(), name);
  }

  private static LegacyGil gil(int checkInterval) {
    return new LegacyGil(new LockConfig(5_000_000L, checkInterval, Checkpoints.EVERY));
  }

  // ---------------------------------------------------------------- the strategy

  @Test
  void strategyIsAGlobalLockWithPlainCounts() {
    LegacyGilStrategy s = new LegacyGilStrategy();
    assertEquals("legacy", s.name());
    assertEquals(
        "CPython 2.x GIL: release and re-acquire every 100 ticks, no hand-off", s.description());
    assertTrue(s.isGlobal());
    assertEquals("plain", s.defaultMemory());
    LockConfig config = new LockConfig(7_000_000L, 33, Checkpoints.BACKEDGES);
    assertEquals(33, s.create(config).checkInterval());
    assertEquals(7_000_000L, s.create(config).switchIntervalNanos());
  }

  @Test
  void theMemoryStrategyItNamesComesWithIt() {
    String wanted = new LegacyGilStrategy().defaultMemory();
    List<String> found = new ArrayList<>();
    for (MemoryStrategy m : ServiceLoader.load(MemoryStrategy.class)) {
      found.add(m.name());
    }
    assertTrue(found.contains(wanted), wanted + " is not on the class path; found " + found);
  }

  // ---------------------------------------------------------------- the ticker

  @Test
  void ticksCountDownOnlyAtCheckpoints() {
    LegacyGil gil = gil(INTERVAL);
    ThreadHandle t = handle("alone");
    gil.attach(t);
    assertEquals(INTERVAL, LegacyGil.ticksOf(t), "a thread starts with a full interval");
    for (int i = 0; i < 10; i++) {
      gil.checkpoint(t);
    }
    assertEquals(INTERVAL - 10, LegacyGil.ticksOf(t));
    // Blocking calls and settings reads are not ticks.
    gil.beginBlocking(t);
    gil.endBlocking(t);
    gil.checkInterval();
    assertEquals(INTERVAL - 10, LegacyGil.ticksOf(t));
    // As 2.7's "--_Py_Ticker < 0": the count goes down to zero, and the tick after runs it out.
    for (int i = 0; i < INTERVAL - 10; i++) {
      gil.checkpoint(t);
    }
    assertEquals(0, LegacyGil.ticksOf(t));
    gil.checkpoint(t);
    assertEquals(INTERVAL, LegacyGil.ticksOf(t), "reset when it went below zero");
    gil.detach(t);
    assertEquals(new LegacyGil.Stats(2, 0, 0), gil.stats(), "attach and endBlocking only");
  }

  @Test
  void aLoneThreadNeverReleasesAtItsTicks() {
    LegacyGil gil = gil(5);
    ThreadHandle t = handle("alone");
    gil.attach(t);
    for (int i = 0; i < 100_000; i++) {
      gil.checkpoint(t);
      if (LegacyGil.ticksOf(t) < 0 || LegacyGil.ticksOf(t) > 5) {
        throw new AssertionError(
            "ticker out of range after " + i + " checkpoints: " + LegacyGil.ticksOf(t));
      }
    }
    gil.detach(t);
    assertEquals(new LegacyGil.Stats(1, 0, 0), gil.stats());
  }

  @Test
  void everyRunOutReleasesWhileAnotherThreadIsAttached() throws Exception {
    LegacyGil gil = gil(INTERVAL);
    int runOuts = 1_000;
    CountDownLatch otherBlocked = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<LegacyGil.Stats> whileAttached = new AtomicReference<>();
    Concurrently.run(
        () -> {
          // Attached but inside a blocking call: it exists, and it never asks for the lock.
          ThreadHandle b = handle("blocked");
          gil.attach(b);
          gil.beginBlocking(b);
          otherBlocked.countDown();
          Concurrently.await(done);
          gil.endBlocking(b);
          gil.detach(b);
        },
        () -> {
          Concurrently.await(otherBlocked);
          ThreadHandle a = handle("runner");
          gil.attach(a);
          for (int i = 0; i < runOuts * (INTERVAL + 1); i++) {
            gil.checkpoint(a);
          }
          whileAttached.set(gil.stats());
          gil.detach(a);
          done.countDown();
        });
    // Nobody else asked for the lock, so each release was followed by the releaser's own take.
    assertEquals(new LegacyGil.Stats(2 + runOuts, runOuts, runOuts), whileAttached.get());
    assertEquals(new LegacyGil.Stats(3 + runOuts, runOuts, runOuts), gil.stats());
  }

  // ---------------------------------------------------------------- sys.setcheckinterval

  @Test
  void setCheckIntervalByTheHolderRestartsItsTicker() {
    LegacyGil gil = gil(INTERVAL);
    ThreadHandle t = handle("holder");
    gil.attach(t);
    gil.checkpoint(t);
    gil.checkpoint(t);
    gil.setCheckInterval(3);
    assertEquals(3, gil.checkInterval());
    assertEquals(3, LegacyGil.ticksOf(t), "2.7's setcheckinterval also reset the ticker");
    for (int expected : new int[] {2, 1, 0, 3, 2, 1, 0, 3}) {
      gil.checkpoint(t);
      assertEquals(expected, LegacyGil.ticksOf(t));
    }
    gil.setCheckInterval(1_000);
    assertEquals(1_000, LegacyGil.ticksOf(t));
    gil.detach(t);
  }

  @Test
  void setCheckIntervalFromAnotherThreadReachesTheHolderLater() throws Exception {
    LegacyGil gil = gil(INTERVAL);
    ThreadHandle t = handle("holder");
    gil.attach(t);
    // Another thread's setting must not touch this thread's ticker...
    Concurrently.run(() -> gil.setCheckInterval(3));
    assertEquals(3, gil.checkInterval());
    assertEquals(INTERVAL, LegacyGil.ticksOf(t));
    // ...until it next takes the lock (a shorter interval) or its ticker next resets.
    gil.beginBlocking(t);
    gil.endBlocking(t);
    assertEquals(3, LegacyGil.ticksOf(t));
    Concurrently.run(() -> gil.setCheckInterval(10));
    gil.beginBlocking(t);
    gil.endBlocking(t);
    assertEquals(3, LegacyGil.ticksOf(t), "a longer interval waits for the reset");
    for (int i = 0; i < 4; i++) {
      gil.checkpoint(t);
    }
    assertEquals(10, LegacyGil.ticksOf(t));
    gil.detach(t);
  }

  @Test
  void settingsOutOfRangeAreRejectedAndTheSwitchIntervalIsKept() {
    LegacyGil gil = gil(INTERVAL);
    assertThrows(IllegalArgumentException.class, () -> gil.setCheckInterval(0));
    assertThrows(IllegalArgumentException.class, () -> gil.setSwitchIntervalNanos(0));
    assertEquals(INTERVAL, gil.checkInterval());
    gil.setSwitchIntervalNanos(123_456L);
    assertEquals(123_456L, gil.switchIntervalNanos());
    assertEquals(INTERVAL, gil.checkInterval(), "the switch interval does not touch the ticks");
  }

  // ---------------------------------------------------------------- waits, interrupts, misuse

  @Test
  void interruptedWaiterStillWaitsForTheLockAndKeepsTheInterrupt() throws Exception {
    LegacyGil gil = gil(INTERVAL);
    CountDownLatch holding = new CountDownLatch(1);
    AtomicReference<Thread> waiterThread = new AtomicReference<>();
    AtomicBoolean holderOut = new AtomicBoolean();
    AtomicBoolean waiterInAfterHolderOut = new AtomicBoolean();
    AtomicBoolean waiterKeptInterrupt = new AtomicBoolean();
    AtomicInteger waiterStates = new AtomicInteger();
    Concurrently.run(
        () -> {
          ThreadHandle h = handle("holder");
          gil.attach(h);
          holding.countDown();
          // Hold the lock (no checkpoints, so no tick releases) until the waiter is parked in it.
          long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
          // The state seen when the loop ends: read again, it may already have moved on (the
          // interrupted waiter wakes and waits again by design).
          Thread.State seen = null;
          while (true) {
            Thread w = waiterThread.get();
            seen = w == null ? null : w.getState();
            if (seen == Thread.State.WAITING || System.nanoTime() - deadline > 0) {
              break;
            }
            Thread.onSpinWait();
          }
          waiterStates.set(seen == null ? -1 : seen.ordinal());
          holderOut.set(true);
          gil.detach(h);
        },
        () -> {
          Concurrently.await(holding);
          waiterThread.set(Thread.currentThread());
          Thread.currentThread().interrupt();
          ThreadHandle w = handle("interrupted-waiter");
          gil.attach(w);
          waiterInAfterHolderOut.set(holderOut.get());
          waiterKeptInterrupt.set(Thread.interrupted());
          gil.detach(w);
        });
    assertEquals(Thread.State.WAITING.ordinal(), waiterStates.get(), "the waiter never parked");
    assertTrue(waiterInAfterHolderOut.get(), "the interrupt let the waiter in beside the holder");
    assertTrue(waiterKeptInterrupt.get(), "the waiter's interrupt was swallowed");
  }

  @Test
  void releasingALockNotHeldOrTakingItTwiceFails() {
    LegacyGil gil = gil(INTERVAL);
    ThreadHandle a = handle("a");
    ThreadHandle b = handle("b");
    assertThrows(IllegalStateException.class, () -> gil.detach(a));
    gil.attach(a);
    assertThrows(IllegalStateException.class, () -> gil.beginBlocking(b));
    assertThrows(IllegalStateException.class, () -> gil.attach(a));
    // The failed attach must not count as a second thread: the ticker still never releases.
    for (int i = 0; i < 10 * (INTERVAL + 1); i++) {
      gil.checkpoint(a);
    }
    gil.detach(a);
    assertEquals(new LegacyGil.Stats(1, 0, 0), gil.stats());
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void theCountersComeInPrintOrderAndCannotBeChanged() {
    java.util.Map<String, Long> st = new LegacyGil(LockConfig.defaults()).statistics();
    assertEquals(
        List.of(
            "acquisitions",
            "releases at the check interval",
            "re-acquired by the thread that released"),
        List.copyOf(st.keySet()));
    assertThrows(UnsupportedOperationException.class, () -> st.put("switches", 1L));
  }
}
