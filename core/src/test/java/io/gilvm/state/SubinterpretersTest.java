package io.gilvm.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Subinterpreters (concurrent.interpreters): each has its own instance of the lock strategy and of
 * the memory strategy, so threads running in two of them hold two locks at once; a thread that runs
 * in one comes back to its own interpreter's state.
 */
class SubinterpretersTest {
  private static Interpreter main() {
    return Interpreter.builder().gil("serial").memory("testplain").build();
  }

  @Test
  void eachSubinterpreterHasItsOwnLockAndCounts() {
    Interpreter interp = main();
    ThreadState ts = interp.attachCurrentThread("T");
    try {
      long a = Subinterpreters.create(ts);
      long b = Subinterpreters.create(ts);
      Interpreter ia = Subinterpreters.interpreter(ts, a);
      Interpreter ib = Subinterpreters.interpreter(ts, b);
      assertEquals(List.of(0L, a, b), Subinterpreters.ids(ts));
      assertSame(interp, Subinterpreters.interpreter(ts, 0));
      for (Interpreter sub : List.of(ia, ib)) {
        assertNotSame(interp, sub);
        assertNotSame(interp.lock(), sub.lock());
        assertNotSame(interp.refCounts(), sub.refCounts());
        assertSame(interp.lockStrategy(), sub.lockStrategy());
        assertSame(interp.memoryStrategy(), sub.memoryStrategy());
        assertNotSame(interp.modules(), sub.modules());
      }
      assertNotSame(ia.lock(), ib.lock());
      Interpreter seen =
          Subinterpreters.run(
              ts,
              a,
              (sub, mainDict) -> {
                assertSame(sub, ThreadState.current());
                return sub.interp;
              });
      assertSame(ia, seen);
      assertSame(ts, ThreadState.current());
      Subinterpreters.close(ts, a);
      assertEquals(List.of(0L, b), Subinterpreters.ids(ts));
      assertThrows(
          Subinterpreters.NotFound.class, () -> Subinterpreters.run(ts, a, (sub, m) -> null));
      assertThrows(Subinterpreters.Busy.class, () -> Subinterpreters.run(ts, 0, (sub, m) -> null));
    } finally {
      interp.detachCurrentThread(ts);
    }
  }

  @Test
  void threadsInTwoSubinterpretersHoldTheirLocksAtOnce() throws Exception {
    Interpreter interp = main();
    ThreadState ts = interp.attachCurrentThread("T");
    long[] ids = {Subinterpreters.create(ts), Subinterpreters.create(ts)};
    interp.detachCurrentThread(ts);
    // Each thread waits, holding its subinterpreter's lock, until both are inside: with one lock
    // between them the second could not get in, and the wait would time out.
    CountDownLatch inside = new CountDownLatch(2);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    boolean[] met = new boolean[2];
    Thread[] threads = new Thread[2];
    for (int k = 0; k < 2; k++) {
      int me = k;
      threads[k] =
          new Thread(
              () -> {
                ThreadState mine = interp.attachCurrentThread("W" + me);
                try {
                  met[me] =
                      Subinterpreters.run(
                          mine,
                          ids[me],
                          (sub, m) -> {
                            inside.countDown();
                            try {
                              return inside.await(20, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                              throw new IllegalStateException(e);
                            }
                          });
                } catch (Throwable t) {
                  failure.set(t);
                } finally {
                  interp.detachCurrentThread(mine);
                }
              });
      threads[k].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
    assertTrue(met[0] && met[1], "the two threads were never inside their subinterpreters at once");
  }
}
