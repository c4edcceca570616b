package io.gilvm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The container mutex as a lock (mutual exclusion, parked waiters woken) and as a sequence lock (a
 * stamp survives only while no critical section begins or ends).
 */
@Timeout(60)
class PyContainerMutexTest {

  @Test
  void aStampWithNothingBetweenValidates() {
    PyList o = new PyList();
    int stamp = o.readStamp();
    assertNotEquals(-1, stamp);
    assertTrue(o.validate(stamp));
    assertTrue(o.validate(stamp), "validating changes nothing");
  }

  @Test
  void aLockedObjectGivesNoStamp() {
    PyList o = new PyList();
    assertTrue(o.tryLock());
    assertEquals(-1, o.readStamp());
    assertFalse(o.tryLock(), "not reentrant, and taken");
    o.unlock();
    assertNotEquals(-1, o.readStamp());
  }

  @Test
  void anySectionBetweenInvalidatesTheStamp() {
    PyList o = new PyList();
    int stamp = o.readStamp();
    assertTrue(o.tryLock());
    assertFalse(o.validate(stamp), "a section began");
    o.unlock();
    assertFalse(o.validate(stamp), "a section began and ended");
    int next = o.readStamp();
    assertNotEquals(stamp, next);
    assertTrue(o.validate(next));
  }

  /** A waiter that parked is woken by the unlock, and the stamp moved on past both sections. */
  @Test
  void aParkedWaiterGetsTheMutexAndTheStampMovesOn() throws Exception {
    PyList o = new PyList();
    int stamp = o.readStamp();
    assertTrue(o.tryLock());
    CountDownLatch got = new CountDownLatch(1);
    Thread waiter =
        new Thread(
            () -> {
              o.lockContended();
              got.countDown();
              o.unlock();
            });
    waiter.start();
    // However long the waiter spins before it parks, it cannot get in while we hold the mutex.
    assertFalse(got.await(50, TimeUnit.MILLISECONDS), "the waiter got a held mutex");
    o.unlock();
    assertTrue(got.await(30, TimeUnit.SECONDS), "the waiter was never woken");
    waiter.join();
    assertFalse(o.validate(stamp));
    assertNotEquals(-1, o.readStamp());
  }

  /** Mutual exclusion: two threads' unguarded increments under the mutex all land. */
  @Test
  void theMutexExcludes() throws Exception {
    PyList o = new PyList();
    long[] counter = new long[1];
    int n = 200_000;
    Runnable body =
        () -> {
          for (int i = 0; i < n; i++) {
            if (!o.tryLock()) {
              o.lockContended();
            }
            counter[0]++;
            o.unlock();
          }
        };
    Thread a = new Thread(body);
    Thread b = new Thread(body);
    a.start();
    b.start();
    a.join();
    b.join();
    assertEquals(2L * n, counter[0]);
    int stamp = o.readStamp();
    assertNotEquals(-1, stamp, "left locked");
    assertTrue(o.validate(stamp));
  }
}
