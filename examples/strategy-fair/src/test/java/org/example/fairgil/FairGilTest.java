package org.example.fairgil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.spi.Checkpoints;
import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.ThreadHandle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What makes the lock fair: a thread back from I/O is served before the CPU-bound waiters. */
@Timeout(60)
class FairGilTest {
  /** An interval no test waits out: a drop request seen here was made by the I/O thread. */
  static final long HOUR = TimeUnit.HOURS.toNanos(1);

  @Test
  void aThreadBackFromIoAsksAtOnceAndGoesFirst() throws Exception {
    InterpreterLock lock = new FairGilStrategy().create(new LockConfig(HOUR, 100, Checkpoints.EVERY));
    ThreadHandle cpu = new ThreadHandle(1, "cpu");
    ThreadHandle waiter = new ThreadHandle(2, "waiter");
    ThreadHandle io = new ThreadHandle(3, "io");

    // The I/O thread runs, then enters a blocking call; the CPU thread takes the lock.
    CountDownLatch ioBlocked = new CountDownLatch(1);
    CountDownLatch ioMayReturn = new CountDownLatch(1);
    AtomicBoolean waiterHolds = new AtomicBoolean();
    AtomicBoolean waiterHeldWhenIoGotIt = new AtomicBoolean(true);
    CountDownLatch ioGotIt = new CountDownLatch(1);
    Thread ioThread = new Thread(() -> {
      lock.attach(io);
      lock.beginBlocking(io);
      ioBlocked.countDown();
      await(ioMayReturn);
      lock.endBlocking(io);
      waiterHeldWhenIoGotIt.set(waiterHolds.get());
      ioGotIt.countDown();
      lock.detach(io);
    }, "io");
    ioThread.start();
    await(ioBlocked);
    lock.attach(cpu);

    // A CPU-bound waiter queues first; with an hour's interval it never asks for the lock.
    CountDownLatch waiterQueued = new CountDownLatch(1);
    Thread waiterThread = new Thread(() -> {
      waiterQueued.countDown();
      lock.attach(waiter);
      waiterHolds.set(true);
      lock.detach(waiter);
    }, "waiter");
    waiterThread.start();
    await(waiterQueued);

    ioMayReturn.countDown();
    // The holder runs "bytecode" until the I/O thread's request makes a checkpoint yield.
    while (ioGotIt.getCount() > 0) {
      lock.checkpoint(cpu);
    }
    assertFalse(waiterHeldWhenIoGotIt.get(), "the CPU-bound waiter got the lock before the I/O thread");
    lock.detach(cpu);
    ioThread.join();
    waiterThread.join();
    assertTrue(waiterHolds.get());
    long firstServed = lock.statistics().get("drop requests");
    assertEquals(1, firstServed, lock.statistics().toString());
  }

  private static void await(CountDownLatch l) {
    try {
      assertTrue(l.await(30, TimeUnit.SECONDS), "timed out");
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
