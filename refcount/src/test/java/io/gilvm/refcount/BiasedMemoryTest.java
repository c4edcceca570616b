package io.gilvm.refcount;

import static io.gilvm.refcount.BiasedMemory.Counts.MERGED;
import static io.gilvm.refcount.BiasedMemory.Counts.QUEUED;
import static io.gilvm.refcount.BiasedMemory.Counts.STATE_MASK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.gilvm.object.PyObject;
import io.gilvm.object.PyType;
import io.gilvm.spi.Deallocator;
import io.gilvm.spi.ObjectHeader;
import io.gilvm.spi.RefCounts;
import io.gilvm.spi.ThreadHandle;
import io.gilvm.spi.contract.Concurrently;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Biased counting beyond the contract: who counts where, the hand-off of a count that went below
 * zero to its owner, the merges, and exactly one deallocation per object under a race between the
 * owner and another thread.
 */
@Timeout(60)
class BiasedMemoryTest {

  /** A plain object to count, with an index for recording its deaths. */
  static final class Probe extends PyObject {
    final int index;

    Probe(int index) {
      this.index = index;
    }

    Probe() {
      this(0);
    }

    @Override
    public PyType type() {
      return PyType.OBJECT;
    }
  }

  /** A Deallocator that records what it was given. */
  static final class Recorder implements Deallocator {
    final List<PyObject> freed = new ArrayList<>();

    @Override
    public void deallocate(ObjectHeader o) {
      freed.add((PyObject) o);
    }
  }

  private static final Deallocator NEVER = o -> fail("deallocated " + o.getClass().getSimpleName());

  private final RefCounts rc = new BiasedMemory().create();

  private static int state(PyObject o) {
    return o.sharedRefcntPlain() & STATE_MASK;
  }

  private static int sharedCount(PyObject o) {
    return o.sharedRefcntPlain() >> 2;
  }

  /** Runs {@code body} on a new Java thread and returns its result (with happens-before). */
  private static <T> T onAnotherThread(Callable<T> body) throws Exception {
    FutureTask<T> task = new FutureTask<>(body);
    Thread t = new Thread(task, "non-owner");
    t.setDaemon(true);
    t.start();
    return task.get(Concurrently.PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
  }

  @Test
  void theCreatingThreadOwnsAndCountsLocallyLeavingTheSharedCountAlone() {
    Probe o = new Probe();
    assertEquals(Thread.currentThread().getId(), o.ownerThreadPlain());
    rc.incref(o);
    rc.incref(o);
    rc.incref(o);
    assertFalse(rc.decref(o));
    assertEquals(2, o.refcntPlain());
    assertEquals(0, o.sharedRefcntPlain(), "the owner touched the shared count");
    assertFalse(rc.decref(o));
    assertTrue(rc.decref(o), "local zero with no shared references is the death");
    // As CPython's _Py_MergeZeroLocalRefcount fast path: a shared word of zero means no other
    // thread can reach the object, so it dies without the atomic merge.
    assertEquals(0, o.sharedRefcntPlain(), "died without a merge");
  }

  @Test
  void anotherThreadCountsInTheSharedCount() throws Exception {
    Probe o = new Probe();
    rc.incref(o);
    onAnotherThread(
        () -> {
          rc.incref(o);
          rc.incref(o);
          assertFalse(rc.decref(o));
          return null;
        });
    assertEquals(1, o.refcntPlain());
    assertEquals(1, sharedCount(o));
    assertEquals(0, state(o));
    assertEquals(2, rc.count(o));
  }

  @Test
  void aDecrefBelowZeroIsQueuedAndTheOwnersCheckpointFreesItOnce() throws Exception {
    ThreadHandle th = new ThreadHandle(1, "owner");
    rc.attach(th);
    Probe o = new Probe();
    rc.incref(o);
    rc.incref(o); // the owner counts both references, then gives them away
    rc.checkpoint(th, NEVER); // nothing queued yet: the fast path
    onAnotherThread(
        () -> {
          assertFalse(rc.decref(o), "a non-owner must leave the zero to the owner's merge");
          assertFalse(rc.decref(o));
          return null;
        });
    assertEquals(QUEUED, state(o));
    assertEquals(-2, sharedCount(o));
    assertEquals(0, rc.count(o));
    assertTrue(((BiasedMemory.OwnerQueue) th.memoryState).mergeRequested());

    Recorder freed = new Recorder();
    rc.checkpoint(th, freed);
    assertEquals(List.of(o), freed.freed, "the merge frees it, once");
    assertEquals(MERGED, o.sharedRefcntPlain());
    assertEquals(0, o.refcntPlain());
    assertEquals(0, o.ownerThreadPlain());
    rc.checkpoint(th, freed);
    assertEquals(1, freed.freed.size(), "a second checkpoint freed it again");
    rc.detach(th, NEVER);
  }

  @Test
  void aMergedCountAboveZeroKeepsTheObjectAliveUntilTheLastSharedDecref() throws Exception {
    ThreadHandle th = new ThreadHandle(1, "owner");
    rc.attach(th);
    Probe o = new Probe();
    rc.incref(o);
    rc.incref(o);
    rc.incref(o);
    onAnotherThread(() -> rc.decref(o)); // queues: shared -1, local 3
    rc.checkpoint(th, NEVER);
    assertEquals(MERGED, state(o));
    assertEquals(2, rc.count(o));
    // Merged: the former owner counts in the shared count like everyone else.
    assertFalse(rc.decref(o));
    assertEquals(0, o.refcntPlain());
    assertTrue(onAnotherThread(() -> rc.decref(o)), "the last reference of a merged object");
    rc.detach(th, NEVER);
  }

  @Test
  void localZeroWithSharedReferencesLeft_theLastSharedDecrefFreesIt() throws Exception {
    Probe o = new Probe();
    rc.incref(o);
    onAnotherThread(
        () -> {
          rc.incref(o);
          rc.incref(o);
          return null;
        });
    assertFalse(rc.decref(o), "shared references remain");
    assertEquals(MERGED, state(o));
    assertEquals(0, o.ownerThreadPlain());
    assertEquals(2, rc.count(o));
    int zeros =
        onAnotherThread(
            () -> {
              int n = rc.decref(o) ? 1 : 0;
              return n + (rc.decref(o) ? 1 : 0);
            });
    assertEquals(1, zeros, "zero crossings");
    assertEquals(MERGED, o.sharedRefcntPlain());
  }

  /**
   * Why no thread may hand a reference on uncounted (decrement now, the receiver increments a
   * moment later): a non-owner's decrement takes the shared count below zero and queues the object,
   * and the owner's next checkpoint merges local + shared = 0 and frees it while the receiver has
   * yet to count it. That freed the ints passing through a queue.Queue under finegrained (items
   * lost and duplicated). releaseUnique refuses such a hand-over.
   */
  @Test
  void aNonOwnersHandOverCannotFloat_anUncountedOneIsMergedToZero() throws Exception {
    ThreadHandle th = new ThreadHandle(1, "owner");
    rc.attach(th);
    Probe o = new Probe();
    rc.incref(o); // a container's reference, counted by the owner that stored the item
    // Another thread pops the item (the container's reference is now its own) and returns it.
    assertFalse(onAnotherThread(() -> rc.releaseUnique(o)), "a non-owner floated it");
    assertEquals(0, o.sharedRefcntPlain(), "a refused releaseUnique changed the shared word");
    assertEquals(1, rc.count(o));
    // The hand-over as it was: an uncounted decrement. The owner's merge frees the object.
    onAnotherThread(() -> rc.decref(o));
    Recorder freed = new Recorder();
    rc.checkpoint(th, freed);
    assertEquals(
        List.of(o), freed.freed, "the merge sees zero: the receiver would get a freed object");
    rc.detach(th, NEVER);
  }

  /**
   * The owner's only reference floats as a new object does: owned, local zero, shared zero. No
   * other thread can take a reference meanwhile: a lock-free reader's tryIncref refuses it.
   */
  @Test
  void theOwnersOnlyReferenceFloatsAndStaysOwned() throws Exception {
    Probe o = new Probe();
    rc.incref(o);
    assertTrue(rc.releaseUnique(o));
    assertEquals(0, o.refcntPlain());
    assertEquals(0, o.sharedRefcntPlain());
    assertEquals(Thread.currentThread().getId(), o.ownerThreadPlain());
    assertFalse(onAnotherThread(() -> rc.tryIncref(o)), "a reader took a floating object");
    rc.incref(o); // the receiver's reference
    assertTrue(rc.decref(o), "the receiver's reference is the last");
  }

  @Test
  void releaseUniqueRefusesWhileSomethingIsQueuedOrShared() throws Exception {
    ThreadHandle th = new ThreadHandle(1, "owner");
    rc.attach(th);
    Probe o = new Probe();
    rc.incref(o);
    rc.incref(o);
    onAnotherThread(() -> rc.decref(o)); // queued: shared -1, local 2
    assertFalse(rc.releaseUnique(o), "floated with a decref queued");
    rc.checkpoint(th, NEVER);
    assertEquals(1, rc.count(o));
    assertFalse(rc.releaseUnique(o), "floated a merged object, which no thread owns");
    Probe p = new Probe();
    rc.incref(p);
    onAnotherThread(
        () -> {
          rc.incref(p);
          return null;
        });
    rc.decref(p); // local zero, one shared reference: merged
    assertFalse(onAnotherThread(() -> rc.releaseUnique(p)), "a merged object floated");
    rc.detach(th, NEVER);
  }

  @Test
  void localZeroWhileQueuedLeavesTheZeroToTheQueuesMerge() throws Exception {
    ThreadHandle th = new ThreadHandle(1, "owner");
    rc.attach(th);
    Probe o = new Probe();
    rc.incref(o);
    rc.incref(o);
    onAnotherThread(
        () -> {
          assertFalse(rc.decref(o)); // queued: shared -1, local 2
          rc.incref(o); // shared 0, still queued
          return null;
        });
    assertFalse(rc.decref(o));
    assertFalse(rc.decref(o), "the object waits in the queue: only its merge may free it");
    assertEquals(QUEUED, state(o));
    assertEquals(0, o.ownerThreadPlain(), "ownership ends at local zero even while queued");
    Recorder freed = new Recorder();
    rc.checkpoint(th, freed);
    assertEquals(List.of(o), freed.freed);
    rc.detach(th, NEVER);
  }

  @Test
  void whenTheOwnerHasDetachedANonOwnerMergesItself() throws Exception {
    ThreadHandle th = new ThreadHandle(1, "owner");
    Probe o =
        onAnotherThread(
            () -> {
              rc.attach(th);
              Probe p = new Probe();
              rc.incref(p);
              rc.incref(p);
              rc.detach(th, NEVER);
              return p;
            });
    assertNull(th.memoryState);
    assertFalse(rc.decref(o), "merged: one reference left");
    assertEquals(MERGED, state(o));
    assertEquals(0, o.ownerThreadPlain());
    assertEquals(1, rc.count(o));
    assertTrue(rc.decref(o));
  }

  @Test
  void whenTheOwnerNeverAttachedANonOwnerMergesItself() throws Exception {
    Probe o =
        onAnotherThread(
            () -> {
              Probe p = new Probe();
              rc.incref(p);
              return p;
            });
    assertTrue(rc.decref(o), "the owner has no queue: the merge happens in the decref");
    assertEquals(MERGED, o.sharedRefcntPlain());
  }

  @Test
  void detachMergesWhatWasQueuedBeforeIt() throws Exception {
    ThreadHandle th = new ThreadHandle(1, "owner");
    rc.attach(th);
    Probe o = new Probe();
    rc.incref(o);
    assertFalse(onAnotherThread(() -> rc.decref(o)));
    Recorder freed = new Recorder();
    rc.detach(th, freed);
    assertEquals(List.of(o), freed.freed);
  }

  @Test
  void detachGoesOnMergingWhileObjectsArriveDuringItsMerge() throws Exception {
    ThreadHandle th = new ThreadHandle(1, "owner");
    rc.attach(th);
    Probe first = new Probe(0);
    Probe second = new Probe(1);
    rc.incref(first);
    rc.incref(second);
    assertFalse(onAnotherThread(() -> rc.decref(first)));
    List<PyObject> freed = new ArrayList<>();
    rc.detach(
        th,
        o -> {
          freed.add((PyObject) o);
          if (o == first) {
            // Another thread queues the second object while the owner is still merging.
            try {
              assertFalse(onAnotherThread(() -> rc.decref(second)));
            } catch (Exception e) {
              throw new AssertionError(e);
            }
          }
        });
    assertEquals(List.of(first, second), freed);
  }

  /**
   * An owner and another thread race on many objects, each holding one reference throughout and
   * taking and dropping others. Half the objects have the other thread drop its reference first (it
   * is counted in the owner's local count, so the shared count goes below zero and the object is
   * queued); half have the owner drop its own first (its local count reaches zero while shared
   * references remain). After the race every count is exactly 2 and nothing was freed; after both
   * release their last reference, each object was freed exactly once.
   */
  @Test
  void anOwnerAndAnotherThreadRacingFreeEachObjectExactlyOnceAfterTheLastRelease()
      throws Exception {
    for (int trial = 0; trial < 20; trial++) {
      raceOnce(64, 2_000);
    }
  }

  /**
   * Three threads hand objects to their owner (each drops the one reference it was given, which the
   * owner counts) while the owner checkpoints and then detaches, closing its queue at some moment
   * of the hand-off: an object offered before the close is merged by the owner, one refused after
   * it by the thread that offered it, and every object is freed exactly once.
   */
  @Test
  void handOffsRacingTheOwnersDetachFreeEachObjectExactlyOnce() throws Exception {
    for (int trial = 0; trial < 20; trial++) {
      int perProducer = 2_000;
      int producers = 3;
      Probe[] probes = new Probe[perProducer * producers];
      AtomicIntegerArray deaths = new AtomicIntegerArray(probes.length);
      Deallocator record = o -> deaths.incrementAndGet(((Probe) o).index);
      CyclicBarrier go = new CyclicBarrier(producers + 1);
      int stopAfter = trial * 100; // checkpoints before detaching: from at once to late
      Runnable owner =
          () -> {
            ThreadHandle th = new ThreadHandle(1, "owner");
            rc.attach(th);
            for (int i = 0; i < probes.length; i++) {
              probes[i] = new Probe(i);
              rc.incref(probes[i]); // the reference given away, counted by the owner
            }
            await(go);
            for (int k = 0; k < stopAfter; k++) {
              rc.checkpoint(th, record);
            }
            rc.detach(th, record);
          };
      List<Runnable> bodies = new ArrayList<>();
      bodies.add(owner);
      for (int p = 0; p < producers; p++) {
        int from = p * perProducer;
        bodies.add(
            () -> {
              await(go);
              for (int i = from; i < from + perProducer; i++) {
                decref(probes[i], deaths);
              }
            });
      }
      Concurrently.run(bodies.toArray(new Runnable[0]));
      for (int i = 0; i < probes.length; i++) {
        assertEquals(1, deaths.get(i), "deaths of object " + i + " in trial " + trial);
      }
    }
  }

  private void raceOnce(int objects, int rounds) throws Exception {
    Probe[] probes = new Probe[objects];
    AtomicIntegerArray deaths = new AtomicIntegerArray(objects);
    AtomicIntegerArray countsAfterRace = new AtomicIntegerArray(objects);
    int[] deathsAfterRace = new int[1];
    CyclicBarrier handOver = new CyclicBarrier(2);
    CyclicBarrier ready = new CyclicBarrier(2);
    CyclicBarrier raced =
        new CyclicBarrier(
            2,
            () -> {
              for (int i = 0; i < objects; i++) {
                countsAfterRace.set(i, (int) rc.count(probes[i]));
                deathsAfterRace[0] += deaths.get(i);
              }
            });
    CyclicBarrier released = new CyclicBarrier(2);
    Deallocator record = o -> deaths.incrementAndGet(((Probe) o).index);
    Runnable owner =
        () -> {
          ThreadHandle th = new ThreadHandle(1, "owner");
          rc.attach(th);
          for (int i = 0; i < objects; i++) {
            probes[i] = new Probe(i);
            rc.incref(probes[i]); // the owner's reference
            if (i % 2 == 0) {
              rc.incref(probes[i]); // the other thread's, counted here
            }
          }
          await(handOver);
          await(ready);
          for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < objects; i++) {
              Probe o = probes[i];
              if (i % 2 == 0) {
                rc.incref(o);
                decref(o, deaths);
              } else {
                decref(o, deaths); // may take the local count to zero: a merge
                rc.incref(o);
              }
            }
            if (r % 16 == 0) {
              rc.checkpoint(th, record);
            }
          }
          await(raced);
          for (int i = 0; i < objects; i++) {
            decref(probes[i], deaths);
          }
          await(released);
          rc.detach(th, record);
        };
    Runnable other =
        () -> {
          await(handOver);
          for (int i = 1; i < objects; i += 2) {
            rc.incref(probes[i]); // its own reference, in the shared count
          }
          await(ready);
          for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < objects; i++) {
              Probe o = probes[i];
              if (i % 2 == 0) {
                decref(o, deaths); // below zero in the shared count: queued for the owner
                rc.incref(o);
              } else {
                rc.incref(o);
                decref(o, deaths);
              }
            }
          }
          await(raced);
          for (int i = 0; i < objects; i++) {
            decref(probes[i], deaths);
          }
          await(released);
        };
    Concurrently.run(owner, other);
    assertEquals(0, deathsAfterRace[0], "freed while references remained");
    for (int i = 0; i < objects; i++) {
      assertEquals(2, countsAfterRace.get(i), "count of object " + i + " after the race");
      assertEquals(1, deaths.get(i), "deaths of object " + i);
      assertEquals(MERGED, probes[i].sharedRefcntPlain(), "object " + i + " ends merged at zero");
    }
  }

  /**
   * A Java thread that detaches and attaches again (an embedder's thread does around every call)
   * while another thread drops a reference to an object the first one owns: the drop takes the
   * shared count below zero, finds the owner's queue closed and merges the owner's local count at
   * once, while the owner, attached again, counts that object locally. Until 2026-12-07 the merge
   * could read the local count before the owner's incref and clear it after, losing the incref (the
   * object was then freed while the owner held it) or keeping a decref (a leak). Each object is one
   * race, with the owner counting it for as long as the merge may take; the test reports how many
   * of the races went wrong and fails if any did.
   */
  @Test
  @Timeout(120)
  void anOwnerAttachingAgainDoesNotRaceAMergeOfItsObjects() throws Exception {
    int objects = 30_000;
    Probe[] probes = new Probe[objects];
    AtomicIntegerArray deaths = new AtomicIntegerArray(objects);
    java.util.concurrent.atomic.AtomicInteger turn =
        new java.util.concurrent.atomic.AtomicInteger(-1);
    java.util.concurrent.atomic.AtomicInteger merged =
        new java.util.concurrent.atomic.AtomicInteger(-1);
    Deallocator record = o -> deaths.incrementAndGet(((Probe) o).index);
    Runnable owner =
        () -> {
          ThreadHandle th = new ThreadHandle(1, "embedder");
          rc.attach(th);
          for (int i = 0; i < objects; i++) {
            probes[i] = new Probe(i);
            rc.incref(probes[i]); // the owner's reference
            rc.incref(probes[i]); // the other thread's, counted here
          }
          for (int i = 0; i < objects; i++) {
            Probe o = probes[i];
            rc.detach(th, record); // the call returns to Java
            turn.set(i); // the other thread may now drop its reference
            th = new ThreadHandle(1, "embedder");
            rc.attach(th); // the next call
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (merged.get() < i && System.nanoTime() < deadline) {
              rc.incref(o);
              decref(o, deaths);
              rc.checkpoint(th, record);
            }
            rc.incref(o);
            decref(o, deaths);
          }
          rc.detach(th, record);
        };
    Runnable other =
        () -> {
          for (int i = 0; i < objects; i++) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (turn.get() < i && System.nanoTime() < deadline) {
              Thread.onSpinWait();
            }
            decref(probes[i], deaths);
            merged.set(i);
          }
        };
    Thread a = new Thread(owner, "embedder");
    Thread b = new Thread(other, "other");
    a.start();
    b.start();
    a.join();
    b.join();
    int wrong = 0;
    String first = null;
    for (int i = 0; i < objects; i++) {
      long count = rc.count(probes[i]);
      if (count != 1 || deaths.get(i) != 0) {
        wrong++;
        if (first == null) {
          first = "object " + i + ": count " + count + ", freed " + deaths.get(i) + " times";
        }
      }
    }
    System.out.printf(
        "BiasedMemoryTest: an owner attaching again raced %d merges of its objects; %d went wrong%n",
        objects, wrong);
    assertEquals(0, wrong, "races that lost or kept a count; the first: " + first);
    for (int i = 0; i < objects; i++) {
      decref(probes[i], deaths);
      assertEquals(1, deaths.get(i), "deaths of object " + i);
    }
  }

  private void decref(Probe o, AtomicIntegerArray deaths) {
    if (rc.decref(o)) {
      deaths.incrementAndGet(o.index);
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(Concurrently.PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
      throw new AssertionError("the other thread never got there", e);
    }
  }
}
