package io.gilvm.object;

import io.gilvm.state.ThreadState;
import io.gilvm.sync.CriticalSection;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A mutable container the runtime guards with per-object critical sections when the interpreter
 * lock asks for them (list, dict, set — and through dict, instance, class and module namespaces).
 * Holds the object's mutex: CPython's {@code ob_mutex}.
 *
 * <p>Concurrency: the mutex is an int with a LOCKED bit, a PARKED bit ("a thread may be waiting")
 * and, above them, a sequence number that every unlock advances. Locking is a compare-and-set that
 * adds LOCKED to a free word; unlocking a compare-and-set to the next sequence number with both
 * bits clear. The sequence makes the mutex a sequence lock as well: a reader may read without
 * locking between {@link #readStamp} and a successful {@link #validate}, which fails if any
 * critical section on the object began or ended in between (the optimistic read of {@link
 * java.util.concurrent.locks.StampedLock}); such a reader must bear torn state and take nothing on
 * trust until it validates. A thread that finds the mutex locked spins briefly, then parks on one
 * of a fixed set of monitors chosen by the object's identity hash (a parking lot, as CPython's),
 * after setting PARKED under that monitor; an unlock that sees PARKED clears the mutex under the
 * same monitor and wakes every thread parked there, and each re-checks. No fairness, no hand-off.
 * The mutex is not reentrant: {@link CriticalSection} knows which thread holds it ({@link
 * #csOwner}) and never locks an object its thread already holds.
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
   * The thread whose critical section holds the mutex, or null. Written only by that thread, after
   * locking and before unlocking, so a thread reading its own state here is never wrong.
   */
  public ThreadState csOwner;

  /** One step of the sequence number, above the two flag bits. */
  private static final int SEQ_ONE = 4;

  /** Takes the mutex if it is free; never blocks. */
  public final boolean tryLock() {
    int s = mutex;
    return (s & LOCKED) == 0 && MUTEX.compareAndSet(this, s, s | LOCKED);
  }

  /**
   * Begins an optimistic read: the current stamp, or -1 when a critical section holds the object
   * (the reader must then lock). Reads after this see every write of the sections that ended before
   * it.
   */
  final int readStamp() {
    int s = mutex;
    return (s & LOCKED) == 0 ? s : -1;
  }

  /** Whether no critical section on the object began since {@code stamp} was read. */
  final boolean validate(int stamp) {
    VarHandle.acquireFence();
    return mutex == stamp;
  }

  /** Takes the mutex, waiting as long as it takes; the caller has released what it holds. */
  public final void lockContended() {
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
  public final void unlock() {
    int s = mutex;
    if ((s & PARKED) != 0 || !MUTEX.compareAndSet(this, s, next(s))) {
      Object bucket = bucket();
      synchronized (bucket) {
        // Only PARKED can have changed meanwhile, and only under this monitor.
        MUTEX.setVolatile(this, next(mutex));
        bucket.notifyAll();
      }
    }
  }

  /** The free word that follows the locked word {@code s}. */
  private static int next(int s) {
    return (s & ~(LOCKED | PARKED)) + SEQ_ONE;
  }

  private Object bucket() {
    return PARKING_LOT[(System.identityHashCode(this) >>> 4) & (PARKING_LOT.length - 1)];
  }
}
