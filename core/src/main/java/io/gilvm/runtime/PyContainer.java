package io.gilvm.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A mutable container the runtime guards with per-object critical sections when the interpreter
 * lock asks for them (list, dict, set — and through dict, instance, class and module
 * namespaces). Holds the object's mutex: CPython's {@code ob_mutex}.
 *
 * <p>Concurrency: the mutex is an int, 0 when free, with a LOCKED bit and a PARKED bit ("a
 * thread may be waiting"). Locking is a compare-and-set from 0 to LOCKED; unlocking a
 * compare-and-set from LOCKED to 0. A thread that finds the mutex locked spins briefly, then
 * parks on one of a fixed set of monitors chosen by the object's identity hash (a parking lot,
 * as CPython's), after setting PARKED under that monitor; an unlock that sees PARKED clears the
 * mutex under the same monitor and wakes every thread parked there, and each re-checks. No
 * fairness, no hand-off. The mutex is not reentrant: {@link CriticalSection} knows which thread
 * holds it ({@link #csOwner}) and never locks an object its thread already holds.
 */
public abstract class PyContainer extends PyObject {
  private static final int LOCKED = 1;
  private static final int PARKED = 2;
  private static final int SPINS = 64;
  private static final Object[] PARKING_LOT = new Object[64];

  static {
    for (int i = 0; i < PARKING_LOT.length; i++) {
      PARKING_LOT[i] = new Object();
    }
  }

  private static final VarHandle MUTEX;

  static {
    try {
      MUTEX = MethodHandles.lookup().findVarHandle(PyContainer.class, "mutex", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @SuppressWarnings("unused") // through MUTEX
  private volatile int mutex;

  /**
   * The thread whose critical section holds the mutex, or null. Written only by that thread,
   * after locking and before unlocking, so a thread reading its own state here is never wrong.
   */
  ThreadState csOwner;

  /** Takes the mutex if it is free; never blocks. */
  final boolean tryLock() {
    return MUTEX.compareAndSet(this, 0, LOCKED);
  }

  /** Takes the mutex, waiting as long as it takes; the caller has released what it holds. */
  final void lockContended() {
    for (int i = 0; i < SPINS; i++) {
      int s = (int) MUTEX.getVolatile(this);
      if ((s & LOCKED) == 0 && MUTEX.compareAndSet(this, s, s | LOCKED)) {
        return;
      }
      Thread.onSpinWait();
    }
    Object bucket = bucket();
    boolean interrupted = false;
    synchronized (bucket) {
      while (true) {
        int s = (int) MUTEX.getVolatile(this);
        if ((s & LOCKED) == 0) {
          if (MUTEX.compareAndSet(this, s, s | LOCKED)) {
            break;
          }
          continue;
        }
        if ((s & PARKED) == 0 && !MUTEX.compareAndSet(this, s, s | PARKED)) {
          continue;
        }
        try {
          bucket.wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Releases the mutex, waking parked threads if any. */
  final void unlock() {
    if (!MUTEX.compareAndSet(this, LOCKED, 0)) {
      Object bucket = bucket();
      synchronized (bucket) {
        MUTEX.setVolatile(this, 0);
        bucket.notifyAll();
      }
    }
  }

  private Object bucket() {
    return PARKING_LOT[(System.identityHashCode(this) >>> 4) & (PARKING_LOT.length - 1)];
  }
}
