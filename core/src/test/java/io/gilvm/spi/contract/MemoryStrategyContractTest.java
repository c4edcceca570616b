package io.gilvm.spi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.gilvm.object.PyObject;
import io.gilvm.object.PyType;
import io.gilvm.spi.MemoryStrategy;
import io.gilvm.spi.RefCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract every {@link MemoryStrategy} passes, on bare objects (no interpreter): exact counts
 * on one thread, exactly one zero crossing, immortal objects left alone, and — for a strategy that
 * claims not to need a global lock — exact counts under contention. A strategy module extends it
 * once and implements {@link #strategy()}.
 */
@Timeout(30)
public abstract class MemoryStrategyContractTest {

  /** The strategy under test. */
  protected abstract MemoryStrategy strategy();

  /** A plain object to count; new objects start floating, with count zero. */
  protected static final class Probe extends PyObject {
    @Override
    public PyType type() {
      return PyType.OBJECT;
    }
  }

  @Test
  void describesItselfWithALowerCaseName() {
    MemoryStrategy s = strategy();
    assertTrue(s.name().matches("[a-z][a-z0-9_-]*"), "name must be lower-case: " + s.name());
    assertFalse(s.description().isBlank(), "description");
  }

  @Test
  void isFoundByServiceLoader() {
    MemoryStrategy s = strategy();
    List<String> found = new ArrayList<>();
    for (MemoryStrategy p : ServiceLoader.load(MemoryStrategy.class)) {
      found.add(p.name());
      if (p.name().equals(s.name())) {
        assertSame(s.getClass(), p.getClass(), "provider registered under " + s.name());
        return;
      }
    }
    fail("no META-INF/services entry provides '" + s.name() + "'; found " + found);
  }

  @Test
  void countsFollowIncrefsAndDecrefs() {
    RefCounts rc = strategy().create();
    Probe o = new Probe();
    assertEquals(0, rc.count(o), "a new object is floating");
    rc.incref(o);
    rc.incref(o);
    rc.incref(o);
    assertEquals(3, rc.count(o));
    assertFalse(rc.decref(o), "3 -> 2 is not zero");
    assertFalse(rc.decref(o), "2 -> 1 is not zero");
    assertEquals(1, rc.count(o));
    assertTrue(rc.decref(o), "1 -> 0 is zero: the caller deallocates");
    assertEquals(0, rc.count(o));
  }

  @Test
  void decrefReportsZeroExactlyOnceAndLast() {
    RefCounts rc = strategy().create();
    Probe o = new Probe();
    int n = 10_000;
    for (int i = 0; i < n; i++) {
      rc.incref(o);
    }
    assertEquals(n, rc.count(o));
    int zeros = 0;
    int lastZeroAt = -1;
    for (int i = 1; i <= n; i++) {
      if (rc.decref(o)) {
        zeros++;
        lastZeroAt = i;
      }
    }
    assertEquals(1, zeros, "zero crossings");
    assertEquals(n, lastZeroAt, "the zero must come with the last decref");
  }

  @Test
  void countsOfObjectsAreIndependent() {
    RefCounts rc = strategy().create();
    Probe a = new Probe();
    Probe b = new Probe();
    rc.incref(a);
    rc.incref(a);
    rc.incref(b);
    assertEquals(2, rc.count(a));
    assertEquals(1, rc.count(b));
  }

  @Test
  void immortalObjectsAreNeverCounted() {
    RefCounts rc = strategy().create();
    Probe o = new Probe().immortalize();
    long before = rc.count(o);
    for (int i = 0; i < 1_000; i++) {
      rc.incref(o);
    }
    assertEquals(before, rc.count(o), "increfs changed an immortal object's count");
    for (int i = 0; i < 2_000; i++) {
      assertFalse(rc.decref(o), "an immortal object reached zero");
    }
    assertEquals(before, rc.count(o), "decrefs changed an immortal object's count");
  }

  @Test
  void tryIncrefAddsOneToALiveObjectOrChangesNothing() {
    RefCounts rc = strategy().create();
    Probe o = new Probe();
    rc.incref(o);
    boolean took = rc.tryIncref(o);
    assertEquals(took ? 2 : 1, rc.count(o), "tryIncref returned " + took);
    if (took) {
      assertFalse(rc.decref(o), "the taken reference is one of two");
    }
    assertTrue(rc.decref(o), "the last reference");
  }

  /**
   * An object whose last reference another thread dropped may be dead: a reader that found it in a
   * container without the container's lock must not bring it back.
   */
  @Test
  void tryIncrefRefusesAnObjectAnotherThreadLetDie() throws Exception {
    RefCounts rc = strategy().create();
    Probe o = new Probe();
    rc.incref(o);
    boolean[] zero = new boolean[1];
    Concurrently.run(() -> zero[0] = rc.decref(o));
    if (!zero[0]) {
      // Biased counting: a non-owner's last decref waits for the owner to merge. Until then the
      // object is not dead, and may be taken.
      return;
    }
    assertFalse(rc.tryIncref(o), "tryIncref revived a dead object");
    assertEquals(0, rc.count(o));
  }

  @Test
  void hasExactlyIsNeverWrong() {
    RefCounts rc = strategy().create();
    Probe o = new Probe();
    rc.incref(o);
    rc.incref(o);
    assertFalse(rc.hasExactly(o, 1), "two references are not one");
    assertFalse(rc.hasExactly(o, 3), "two references are not three");
    if (rc.hasExactly(o, 2)) {
      assertEquals(2, rc.count(o));
    }
    assertFalse(
        rc.hasExactly(new Probe().immortalize(), 0), "an immortal object's count is not known");
  }

  /**
   * releaseUnique hands a reference on uncounted only when it was the only one: never with two
   * references, never an immortal object; when it does, the object floats (count zero, alive) and
   * the receiver's incref and decref count it as usual.
   */
  @Test
  void releaseUniqueNeverFloatsASharedReference() {
    RefCounts rc = strategy().create();
    Probe o = new Probe();
    rc.incref(o);
    rc.incref(o);
    assertFalse(rc.releaseUnique(o), "one of two references floated");
    assertEquals(2, rc.count(o), "a refused releaseUnique changed the count");
    assertFalse(rc.decref(o));
    if (rc.releaseUnique(o)) {
      assertEquals(0, rc.count(o), "the released reference is still counted");
      rc.incref(o);
      assertEquals(1, rc.count(o), "the receiver's reference");
    }
    assertTrue(rc.decref(o), "the last reference");
    Probe immortal = new Probe().immortalize();
    assertFalse(rc.releaseUnique(immortal), "an immortal object's count is not known");
  }

  /**
   * A reference another thread also holds is never floated, whichever thread asks: that thread
   * could drop its reference and free the object before the receiver counts it.
   */
  @Test
  void releaseUniqueRefusesWhenAnotherThreadHoldsAReference() throws Exception {
    RefCounts rc = strategy().create();
    Probe o = new Probe();
    rc.incref(o);
    Concurrently.run(() -> rc.incref(o));
    assertFalse(rc.releaseUnique(o), "floated while another thread holds a reference");
    boolean[] other = new boolean[1];
    Concurrently.run(() -> other[0] = rc.releaseUnique(o));
    assertFalse(other[0], "floated while the creating thread holds a reference");
    assertEquals(2, rc.count(o));
  }

  @Test
  void countsStayExactUnderContentionWithoutAGlobalLock() throws Exception {
    assumeFalse(strategy().needsGlobalLock(), "exact only under a global lock");
    RefCounts rc = strategy().create();
    Probe o = new Probe();
    rc.incref(o); // the reference that keeps it alive throughout
    long minimum = 1_000_000;
    AtomicLongArray increfs = new AtomicLongArray(2);
    AtomicLong countBetweenPhases = new AtomicLong();
    AtomicInteger zeros = new AtomicInteger();
    CyclicBarrier start = new CyclicBarrier(2);
    CyclicBarrier phases = new CyclicBarrier(2, () -> countBetweenPhases.set(rc.count(o)));
    Runnable[] bodies = new Runnable[2];
    for (int t = 0; t < 2; t++) {
      int me = t;
      bodies[t] =
          () -> {
            await(start);
            // Each thread goes on until both have done the minimum (up to a cap that bounds
            // the test's time), so that they run side by side however the OS schedules them.
            // Reading the other's progress on every step (a volatile read) keeps the JIT from
            // folding a run of plain increments into one add, which would hide the races this
            // test is there to catch.
            long n = 0;
            while (n < minimum || (increfs.get(1 - me) < minimum && n < 4 * minimum)) {
              rc.incref(o);
              increfs.lazySet(me, ++n);
            }
            await(phases);
            for (long i = 0; i < n; i++) {
              if (rc.decref(o)) {
                zeros.incrementAndGet();
              }
            }
          };
    }
    Concurrently.run(bodies);
    assertEquals(
        1 + increfs.get(0) + increfs.get(1), countBetweenPhases.get(), "lost or extra increfs");
    assertEquals(1, rc.count(o), "lost or extra decrefs");
    assertEquals(0, zeros.get(), "a decref reported zero while a reference remained");
    assertTrue(rc.decref(o), "the last reference");
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(Concurrently.PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
      throw new AssertionError("the other thread never got there", e);
    }
  }
}
