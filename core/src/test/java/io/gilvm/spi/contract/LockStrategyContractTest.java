package io.gilvm.spi.contract;

import static io.gilvm.spi.contract.Concurrently.PATIENCE_MILLIS;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gilvm.spi.Checkpoints;
import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.ThreadHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract every {@link LockStrategy} passes, at the SPI level: Java threads with {@link
 * ThreadHandle}s standing in for interpreter threads, and a "bytecode" section (work between two
 * checkpoints) that checks who else is inside. A strategy module extends it once:
 *
 * <pre>{@code
 * class MyLockContractTest extends LockStrategyContractTest {
 *   protected LockStrategy strategy() { return new MyLockStrategy(); }
 * }
 * }</pre>
 *
 * <p>Tests that only make sense for a global lock are skipped when {@link LockStrategy#isGlobal()}
 * is false. No test asserts how fast anything happens: waits are bounded by generous timeouts, and
 * a test fails only when the thing it checks did not happen at all.
 */
@Timeout(30)
public abstract class LockStrategyContractTest {

  private final AtomicLong nextThreadId = new AtomicLong(1);

  /** The strategy under test. */
  protected abstract LockStrategy strategy();

  /**
   * The settings locks are created with. The default's 1 ms switch interval (not CPython's 5) keeps
   * the tests short; it differs from the default so that the settings test can tell a lock that
   * reports its configuration from one that reports a constant.
   */
  protected LockConfig config() {
    return new LockConfig(1_000_000L, 50, Checkpoints.EVERY);
  }

  /**
   * Whether the lock has a switch interval that it reports back ({@code sys.getswitchinterval}). A
   * lock without the knob overrides this to return false; it must still accept the setting.
   */
  protected boolean hasSwitchInterval() {
    return true;
  }

  /** A fresh lock from {@link #strategy()} with {@link #config()}. */
  protected final InterpreterLock newLock() {
    return strategy().create(config());
  }

  /** A handle for a new interpreter thread, as the interpreter makes one per thread. */
  protected final ThreadHandle newHandle(String name) {
    return new ThreadHandle(nextThreadId.getAndIncrement(), name);
  }

  // ---------------------------------------------------------------- identity and discovery

  @Test
  void describesItselfWithALowerCaseName() {
    LockStrategy s = strategy();
    assertTrue(s.name().matches("[a-z][a-z0-9_-]*"), "name must be lower-case: " + s.name());
    assertFalse(s.description().isBlank(), "description");
    assertFalse(s.defaultMemory().isBlank(), "defaultMemory");
  }

  @Test
  void isFoundByServiceLoader() {
    LockStrategy s = strategy();
    List<String> found = new ArrayList<>();
    for (LockStrategy p : ServiceLoader.load(LockStrategy.class)) {
      found.add(p.name());
      if (p.name().equals(s.name())) {
        assertSame(s.getClass(), p.getClass(), "provider registered under " + s.name());
        return;
      }
    }
    fail("no META-INF/services entry provides '" + s.name() + "'; found " + found);
  }

  @Test
  void createsAnIndependentLockPerInterpreter() throws Exception {
    InterpreterLock a = newLock();
    InterpreterLock b = newLock();
    assertNotSame(a, b, "create() must return a new lock each time");
    // A thread holding one interpreter's lock must not keep another interpreter's thread out.
    ThreadHandle ta = newHandle("interp-a");
    a.attach(ta);
    try {
      AtomicBoolean entered = new AtomicBoolean();
      Concurrently.run(
          () -> {
            ThreadHandle tb = newHandle("interp-b");
            b.attach(tb);
            entered.set(true);
            b.detach(tb);
          });
      assertTrue(entered.get());
    } finally {
      a.detach(ta);
    }
  }

  // ---------------------------------------------------------------- mutual exclusion

  /** Shared state the workers update without synchronisation of their own: the lock's job. */
  private static final class Shared {
    int count;
  }

  @Test
  void globalLockLetsOneThreadRunBytecodeAtATime() throws Exception {
    assumeTrue(strategy().isGlobal(), "not a global lock");
    InterpreterLock lock = newLock();
    int threads = 4;
    int iterations = 20_000;
    Shared shared = new Shared();
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    Runnable[] bodies = new Runnable[threads];
    for (int i = 0; i < threads; i++) {
      String name = "worker-" + i;
      bodies[i] =
          () -> {
            ThreadHandle t = newHandle(name);
            lock.attach(t);
            for (int n = 1; n <= iterations; n++) {
              // One "bytecode": a read-modify-write with a window another thread could fall in.
              if (inside.incrementAndGet() != 1) {
                overlaps.incrementAndGet();
              }
              int v = shared.count;
              Thread.onSpinWait();
              shared.count = v + 1;
              inside.decrementAndGet();
              lock.checkpoint(t);
              if (n % 500 == 0) {
                lock.beginBlocking(t);
                lock.endBlocking(t);
              }
              if (n % 5_000 == 0) {
                // An embedder detaching and re-attaching the same Java thread gets a new handle.
                lock.detach(t);
                t = newHandle(name);
                lock.attach(t);
              }
            }
            lock.detach(t);
          };
    }
    Concurrently.run(bodies);
    assertEquals(0, overlaps.get(), "times two threads ran bytecode at once");
    assertEquals(threads * iterations, shared.count, "lost updates to the shared counter");
  }

  // ---------------------------------------------------------------- liveness

  @Test
  void waitingThreadGetsInWhileHolderOnlyRunsCheckpoints() throws Exception {
    InterpreterLock lock = newLock();
    CountDownLatch holding = new CountDownLatch(1);
    AtomicBoolean waiterIn = new AtomicBoolean();
    AtomicBoolean holderSawWaiter = new AtomicBoolean();
    Concurrently.run(
        () -> {
          ThreadHandle h = newHandle("spinner");
          lock.attach(h);
          holding.countDown();
          long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
          // A CPU-bound thread: it never blocks, so only the checkpoints can let the waiter in.
          while (!waiterIn.get() && System.nanoTime() - deadline < 0) {
            lock.checkpoint(h);
          }
          holderSawWaiter.set(waiterIn.get());
          lock.detach(h);
        },
        () -> {
          Concurrently.await(holding);
          ThreadHandle w = newHandle("waiter");
          lock.attach(w);
          waiterIn.set(true);
          lock.detach(w);
        });
    assertTrue(
        holderSawWaiter.get(),
        "the waiter did not get the lock within " + PATIENCE_MILLIS + " ms of checkpoints");
  }

  @Test
  void blockingRegionLetsAnotherThreadRun() throws Exception {
    InterpreterLock lock = newLock();
    CountDownLatch aBlocking = new CountDownLatch(1);
    CountDownLatch bDone = new CountDownLatch(1);
    AtomicBoolean bRanWhileABlocked = new AtomicBoolean();
    AtomicBoolean aBackInAfterB = new AtomicBoolean();
    Concurrently.run(
        () -> {
          ThreadHandle a = newHandle("blocker");
          lock.attach(a);
          lock.beginBlocking(a);
          aBlocking.countDown();
          try {
            // The blocking call: it returns only once B has run, so B must get in meanwhile.
            bRanWhileABlocked.set(bDone.await(PATIENCE_MILLIS, TimeUnit.MILLISECONDS));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          lock.endBlocking(a);
          aBackInAfterB.set(true);
          lock.detach(a);
        },
        () -> {
          Concurrently.await(aBlocking);
          ThreadHandle b = newHandle("runner");
          lock.attach(b);
          lock.checkpoint(b);
          lock.detach(b);
          bDone.countDown();
        });
    assertTrue(bRanWhileABlocked.get(), "no other thread could attach during beginBlocking");
    assertTrue(aBackInAfterB.get());
  }

  // ---------------------------------------------------------------- settings

  @Test
  void switchIntervalRoundTrips() throws Exception {
    InterpreterLock lock = newLock();
    if (!hasSwitchInterval()) {
      assertDoesNotThrow(() -> lock.setSwitchIntervalNanos(2_500_000L));
      return;
    }
    assertEquals(config().switchIntervalNanos(), lock.switchIntervalNanos(), "from LockConfig");
    long changed = config().switchIntervalNanos() * 3 + 7;
    // Settings are changed by any thread, while others hold the lock.
    ThreadHandle h = newHandle("holder");
    lock.attach(h);
    try {
      Concurrently.run(() -> lock.setSwitchIntervalNanos(changed));
      assertEquals(changed, lock.switchIntervalNanos());
      lock.checkpoint(h);
    } finally {
      lock.detach(h);
    }
  }

  @Test
  void checkIntervalIsAccepted() {
    InterpreterLock lock = newLock();
    assertDoesNotThrow(() -> lock.setCheckInterval(1_000));
    assertTrue(lock.checkInterval() >= 1, "check interval " + lock.checkInterval());
    // The lock still works after the setting, whether it uses it or not.
    ThreadHandle h = newHandle("after-setting");
    lock.attach(h);
    lock.checkpoint(h);
    lock.detach(h);
  }
}
