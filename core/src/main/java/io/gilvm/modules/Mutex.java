package io.gilvm.modules;

import io.gilvm.object.PyObject;
import io.gilvm.state.ThreadState;
import io.gilvm.sync.Deadlocks;
import java.util.concurrent.TimeUnit;

/**
 * The state of a {@code _thread.lock}: a non-reentrant mutual exclusion that any thread may
 * release, as CPython's lock (a binary semaphore) allows.
 *
 * <p>Concurrency: {@code locked} is guarded by this object's monitor. A thread that cannot take the
 * lock at once waits on the monitor, with the interpreter lock released ({@link
 * ThreadState#blocking}); release clears the flag and wakes one waiter, which takes the lock unless
 * a thread that was not waiting took it first (no fairness, as in CPython). The monitor is never
 * held while waiting for anything else, so it cannot take part in a deadlock with the interpreter
 * lock.
 *
 * <p>It remembers the thread that took it ({@code holder}, written under the monitor, read by the
 * deadlock detector without it), and a wait without a timeout is registered with the interpreter's
 * {@link Deadlocks} detector for as long as it lasts.
 */
final class Mutex implements Deadlocks.Owned {
  private boolean locked;
  private volatile ThreadState holder;

  /** The Python object this is the state of, for the deadlock report. */
  private final PyObject owner;

  Mutex(PyObject owner) {
    this.owner = owner;
  }

  synchronized boolean tryAcquire() {
    if (locked) {
      return false;
    }
    locked = true;
    holder = ThreadState.current();
    return true;
  }

  @Override
  public ThreadState holder() {
    return holder;
  }

  /** What the deadlock report calls this lock instead of its repr, or null. */
  private volatile String role;

  /**
   * Makes {@code ts} the holder of this (locked) mutex, which another thread took for it: the lock
   * a new thread releases when it ends, which {@code join} waits for. The deadlock report names it
   * {@code role}.
   */
  synchronized void handOver(ThreadState ts, String role) {
    if (locked) {
      holder = ts;
      this.role = role;
    }
  }

  @Override
  public String describe() {
    String r = role;
    if (r != null) {
      return r;
    }
    try {
      return owner.repr();
    } catch (RuntimeException e) {
      return "a " + owner.type().name();
    }
  }

  synchronized boolean isLocked() {
    return locked;
  }

  /** Releases the lock; false (and no change) when it was not locked. */
  synchronized boolean release() {
    if (!locked) {
      return false;
    }
    locked = false;
    holder = null;
    notify();
    return true;
  }

  /**
   * Takes the lock, waiting up to {@code nanos} (-1: without limit, 0: not at all). As CPython,
   * first tries without releasing the interpreter lock, and enters the blocking region only to
   * wait. A woken waiter re-checks the flag before its deadline, so a wake-up is never lost.
   */
  boolean acquire(ThreadState ts, long nanos) {
    if (tryAcquire()) {
      return true;
    }
    if (nanos == 0) {
      return false;
    }
    if (nanos > 0) {
      return ts.blocking(() -> await(ts, nanos));
    }
    Deadlocks deadlocks = ts.interp.deadlocks();
    deadlocks.beginWait(ts, this);
    try {
      return ts.blocking(() -> await(ts, nanos));
    } finally {
      deadlocks.endWait(ts);
    }
  }

  private synchronized boolean await(ThreadState ts, long nanos) throws InterruptedException {
    if (nanos < 0) {
      while (locked) {
        wait();
      }
    } else {
      long deadline = System.nanoTime() + nanos;
      while (locked) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }
    locked = true;
    holder = ts;
    return true;
  }
}
