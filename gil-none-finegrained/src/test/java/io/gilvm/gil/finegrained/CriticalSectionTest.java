package io.gilvm.gil.finegrained;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.mem.Refs;
import io.gilvm.object.PyList;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import io.gilvm.sync.CriticalSection;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guarantees {@link CriticalSection} documents, each driven step by step on two interpreter
 * threads of a finegrained interpreter (object locks on), so every interleaving that matters is
 * forced rather than hoped for: a value handed over stays alive until its receiver counts it while
 * another thread drops its own reference; a section suspended for a blocking call lets other
 * threads in and is taken back, exclusively, when the call ends; and two threads nesting sections
 * on two lists in opposite orders both finish, each getting its outer section back. A wait that
 * should end and does not is reported after {@link #HANG}; no step waits for time to pass.
 */
class CriticalSectionTest {

  /** Bound on a wait that must end; it turns a deadlock into a failure. */
  private static final long HANG = 60;

  private Interpreter interp;
  private Worker a;
  private Worker b;

  /** One interpreter thread that runs the test's steps in order, each when asked. */
  static final class Worker implements AutoCloseable {
    final ExecutorService exec;
    final Interpreter interp;
    ThreadState ts;
    Thread thread;

    Worker(Interpreter interp, String name) throws Exception {
      this.interp = interp;
      // Daemon: a thread left waiting by a broken protocol must not keep the test JVM alive.
      this.exec =
          Executors.newSingleThreadExecutor(
              r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
              });
      run(
          () -> {
            ts = interp.attachCurrentThread(name);
            thread = Thread.currentThread();
            return null;
          });
    }

    /** Starts a step on this thread. */
    <T> Future<T> start(Callable<T> step) {
      return exec.submit(step);
    }

    /** Runs a step on this thread and returns its result; a step that never ends fails. */
    <T> T run(Callable<T> step) throws Exception {
      return exec.submit(step).get(HANG, TimeUnit.SECONDS);
    }

    /**
     * Waits until the step of {@code f}, which signalled {@code started}, is parked (waiting for a
     * mutex) or has finished; returns whether it finished.
     */
    boolean parkedOrDone(CountDownLatch started, Future<?> f) throws InterruptedException {
      assertTrue(started.await(HANG, TimeUnit.SECONDS), "the step never started");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG);
      while (!f.isDone() && thread.getState() != Thread.State.WAITING) {
        assertTrue(System.nanoTime() < deadline, "the step neither parked nor finished");
        Thread.onSpinWait();
      }
      return f.isDone();
    }

    @Override
    public void close() throws Exception {
      try {
        run(
            () -> {
              interp.detachCurrentThread(ts);
              return null;
            });
      } finally {
        exec.shutdownNow();
      }
    }
  }

  void start(String memory) throws Exception {
    interp =
        Interpreter.builder()
            .gil("finegrained")
            .memory(memory)
            .objectLocks(true)
            .checkMemory(true)
            .build();
    a = new Worker(interp, "A");
    b = new Worker(interp, "B");
  }

  @AfterEach
  void stop() throws Exception {
    if (b != null) {
      b.close();
    }
    if (a != null) {
      a.close();
    }
  }

  /**
   * {@code list.pop()} hands the list's reference to its item over to the popper. Another thread
   * also holds a reference and drops it between the pop and the popper's own incref: the item must
   * stay alive, because without a global lock the handed-over reference stays counted until the end
   * of the popper's instruction. Releasing it at once (as under a GIL) lets the other thread's
   * decref free the item under the popper.
   */
  @ParameterizedTest
  @ValueSource(strings = {"atomic", "biased"})
  void aPoppedItemOutlivesAnotherThreadsLastDecref(String memory) throws Exception {
    start(memory);
    PyList list = a.run(PyList::new);
    PyObject item =
        a.run(
            () -> {
              PyList v = new PyList();
              list.append(v);
              return v;
            });
    b.run(
        () -> {
          b.ts.refs.incref(item);
          return null;
        });
    int mark = a.run(() -> a.ts.sections.keptMark());
    PyObject popped = a.run(() -> list.pop(-1));
    assertSame(item, popped);
    b.run(
        () -> {
          Refs.decref(b.ts, item);
          return null;
        });
    assertFalse(item.isDead(), "freed between the pop and the popper's incref");
    a.run(
        () -> {
          a.ts.refs.incref(popped);
          a.ts.sections.releaseKept(a.ts, mark);
          return null;
        });
    assertFalse(item.isDead(), "freed while the popper holds it");
    a.run(
        () -> {
          Refs.decref(a.ts, popped);
          return null;
        });
    assertTrue(item.isDead(), "the popper's reference was the last: counts stayed exact");
  }

  /**
   * A thread blocks inside a section: the section is suspended, so another thread's section on the
   * list runs meanwhile; when the call ends the blocked thread waits for that section to end before
   * it goes on, sees what it wrote, and holds the list alone again.
   */
  @Test
  void aSuspendedSectionIsTakenBackExclusively() throws Exception {
    start("biased");
    PyList list = a.run(PyList::new);
    a.run(
        () -> {
          CriticalSection.begin(list);
          a.ts.beginBlocking();
          return null;
        });
    assertNull(list.csOwner, "a blocking call suspends the section");
    ThreadState bs = b.run(() -> CriticalSection.begin(list));
    assertSame(b.ts, list.csOwner);

    CountDownLatch resuming = new CountDownLatch(1);
    Future<Integer> resumed =
        a.start(
            () -> {
              resuming.countDown();
              a.ts.endBlocking();
              assertSame(a.ts, list.csOwner, "resumed without the list's mutex");
              return list.size();
            });
    assertFalse(
        a.parkedOrDone(resuming, resumed),
        "the blocked thread went on while another thread's section held the list");
    b.run(
        () -> {
          list.append(PyNone.NONE);
          CriticalSection.end(bs);
          return null;
        });
    assertEquals(1, resumed.get(HANG, TimeUnit.SECONDS), "the other section's write is seen");

    CountDownLatch entering = new CountDownLatch(1);
    Future<ThreadState> second =
        b.start(
            () -> {
              entering.countDown();
              return CriticalSection.begin(list);
            });
    assertFalse(
        b.parkedOrDone(entering, second), "a second section began on a list another thread holds");
    ThreadState as = a.ts;
    a.run(
        () -> {
          CriticalSection.end(as);
          return null;
        });
    ThreadState bs2 = second.get(HANG, TimeUnit.SECONDS);
    b.run(
        () -> {
          CriticalSection.end(bs2);
          return null;
        });
  }

  /**
   * A holds a section on one list and B on another; each then nests a section on the other's list.
   * A waits for B's list after suspending its own, so B takes A's list without waiting and both
   * finish; when A's inner section ends, A holds its outer list again.
   */
  @Test
  void oppositeNestingEndsAndTheOuterSectionIsTakenBack() throws Exception {
    start("atomic");
    PyList first = a.run(PyList::new);
    PyList second = b.run(PyList::new);
    ThreadState as = a.run(() -> CriticalSection.begin(first));
    ThreadState bs = b.run(() -> CriticalSection.begin(second));

    CountDownLatch nesting = new CountDownLatch(1);
    Future<ThreadState> inner =
        a.start(
            () -> {
              nesting.countDown();
              return CriticalSection.begin(second);
            });
    assertFalse(a.parkedOrDone(nesting, inner), "A took B's list while B held it");
    assertNull(first.csOwner, "A waits without holding its outer list");

    b.run(
        () -> {
          ThreadState nested = CriticalSection.begin(first);
          assertSame(b.ts, first.csOwner);
          CriticalSection.end(nested);
          CriticalSection.end(bs);
          return null;
        });
    ThreadState ai = inner.get(HANG, TimeUnit.SECONDS);
    assertSame(a.ts, second.csOwner);
    a.run(
        () -> {
          CriticalSection.end(ai);
          assertSame(a.ts, first.csOwner, "the outer section is taken back when the inner ends");
          assertNull(second.csOwner);
          CriticalSection.end(as);
          return null;
        });
    assertNull(first.csOwner);
  }
}
