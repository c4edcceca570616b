package io.gilvm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.gilvm.mem.FreeLists;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The owner biased counting relies on: an object belongs to the Java thread that made it, and one
 * reissued from a free list belongs to the thread that reissued it, with fresh counts.
 */
class ObjectOwnershipTest {

  private static <T> T onAnotherThread(java.util.concurrent.Callable<T> body) throws Exception {
    FutureTask<T> task = new FutureTask<>(body);
    Thread t = new Thread(task);
    t.setDaemon(true);
    t.start();
    return task.get(10, TimeUnit.SECONDS);
  }

  @Test
  void aNewObjectBelongsToTheThreadThatMadeIt() throws Exception {
    assertEquals(Thread.currentThread().getId(), new PyList().ownerThreadPlain());
    long[] maker = new long[1];
    PyList l =
        onAnotherThread(
            () -> {
              maker[0] = Thread.currentThread().getId();
              return new PyList();
            });
    assertEquals(maker[0], l.ownerThreadPlain());
  }

  @Test
  void anObjectReissuedFromAFreeListBelongsToTheReissuingThreadWithFreshCounts() throws Exception {
    // The strategy's default revive: every count word fresh, the reissuing thread the owner.
    FreeLists lists =
        new FreeLists(
            new io.gilvm.spi.RefCounts() {
              @Override
              public void incref(io.gilvm.spi.ObjectHeader o) {}

              @Override
              public boolean decref(io.gilvm.spi.ObjectHeader o) {
                return false;
              }

              @Override
              public long count(io.gilvm.spi.ObjectHeader o) {
                return 0;
              }
            });
    PyInt freed = new PyInt(1L << 40);
    freed.setRefcntPlain(3);
    freed.setSharedRefcntPlain((5 << 2) | 2);
    freed.setOwnerThreadPlain(0); // merged
    freed.markDead();
    lists.recycle(freed);
    long[] reissuer = new long[1];
    PyInt again =
        onAnotherThread(
            () -> {
              reissuer[0] = Thread.currentThread().getId();
              return lists.intOf(1L << 41);
            });
    assertSame(freed, again, "reused");
    assertEquals(reissuer[0], again.ownerThreadPlain());
    assertEquals(0, again.refcntPlain());
    assertEquals(0, again.sharedRefcntPlain());
    assertFalse(again.isDead());
  }
}
