package org.example.fairgil;

import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockEvents;
import io.gilvm.spi.LockIntervals;
import io.gilvm.spi.ThreadHandle;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The {@code fair} lock. Two kinds of waiters: a thread back from a blocking call ({@link
 * #endBlocking}) is an I/O waiter; a thread that attaches, or that gave the lock up at a
 * checkpoint, is a CPU waiter.
 *
 * <ul>
 *   <li>An I/O waiter sets the drop request at once (the eval breaker the holder reads at every
 *       checkpoint) and queues; the lock goes to the I/O waiters first, in the order they came.
 *       CPython 3's lock makes it wait a whole switch interval first: that is the convoy.
 *   <li>A CPU waiter takes the lock only when no I/O waiter is queued. It sets the drop request
 *       after a switch interval with no switch, as CPython 3's waiter does.
 *   <li>A holder that sees the drop request releases and waits until another thread has taken
 *       the lock (forced switching), then queues as a CPU waiter.
 * </ul>
 *
 * <p>A CPU-bound thread therefore still runs a switch interval at a time beside another one, and
 * an I/O-bound thread waits for the lock about as long as the holder takes to reach a checkpoint.
 *
 * <p>Concurrency: {@code holder}, {@code ioQueue}, {@code cpuWaiting} and the counters are
 * guarded by {@code mutex}; {@code changed} is signalled whenever {@code holder} changes or the
 * I/O queue's head changes. {@code dropRequest} is written under {@code mutex} and read without
 * it at checkpoints (volatile: a late read only delays the switch).
 */
final class FairGil implements InterpreterLock {
  private final ReentrantLock mutex = new ReentrantLock();
  private final Condition changed = mutex.newCondition();
  private final LockIntervals intervals;
  private final LockEvents events;

  private ThreadHandle holder;
  private final ArrayDeque<ThreadHandle> ioQueue = new ArrayDeque<>();
  private int cpuWaiting;
  private long switchNumber;
  private ThreadHandle lastHolder;
  private volatile boolean dropRequest;

  private long switches;
  private long ioFirst;
  private long dropRequests;
  private long forcedSwitches;

  FairGil(LockConfig config) {
    this.intervals = new LockIntervals(config);
    this.events = config.events();
  }

  @Override
  public void attach(ThreadHandle thread) {
    takeCpu(thread);
  }

  @Override
  public void detach(ThreadHandle thread) {
    release(thread);
  }

  @Override
  public void checkpoint(ThreadHandle thread) {
    if (dropRequest) {
      yieldLock(thread);
    }
  }

  @Override
  public void beginBlocking(ThreadHandle thread) {
    release(thread);
  }

  @Override
  public void endBlocking(ThreadHandle thread) {
    takeIo(thread);
  }

  @Override
  public LockIntervals intervals() {
    return intervals;
  }

  @Override
  public Map<String, Long> statistics() {
    mutex.lock();
    try {
      Map<String, Long> m = new LinkedHashMap<>();
      m.put("switches", switches);
      m.put("served back from I/O first", ioFirst);
      m.put("drop requests", dropRequests);
      m.put("forced switches", forcedSwitches);
      return m;
    } finally {
      mutex.unlock();
    }
  }

  /** Makes {@code thread} the holder; under {@code mutex}. */
  private void own(ThreadHandle thread) {
    if (holder == thread) {
      throw new IllegalStateException(thread + " takes the interpreter lock it already holds");
    }
    holder = thread;
    if (lastHolder != thread) {
      lastHolder = thread;
      switchNumber++;
      switches++;
    }
    changed.signalAll();
  }

  /** A thread back from a blocking call: ahead of the CPU waiters, and it asks at once. */
  private void takeIo(ThreadHandle thread) {
    boolean interrupted = false;
    mutex.lock();
    try {
      if (holder == null && ioQueue.isEmpty()) {
        own(thread);
        return;
      }
      ioQueue.addLast(thread);
      if (holder != null && !dropRequest) {
        dropRequest = true;
        dropRequests++;
        event(thread, LockEvents.Kind.DROP_REQUEST);
      }
      while (holder != null || ioQueue.peekFirst() != thread) {
        try {
          changed.await();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      ioQueue.removeFirst();
      if (cpuWaiting > 0) {
        ioFirst++;
      }
      own(thread);
      // The next I/O waiter asks this holder in turn; otherwise the request has been served.
      dropRequest = !ioQueue.isEmpty();
    } finally {
      mutex.unlock();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A thread that wants to run bytecode: after the I/O waiters, asking after an interval. */
  private void takeCpu(ThreadHandle thread) {
    boolean interrupted = false;
    mutex.lock();
    try {
      cpuWaiting++;
      try {
        while (holder != null || !ioQueue.isEmpty()) {
          long saved = switchNumber;
          long nanos = intervals.switchNanos();
          boolean timedOut;
          try {
            timedOut = !changed.await(nanos, TimeUnit.NANOSECONDS);
          } catch (InterruptedException e) {
            interrupted = true;
            timedOut = false;
          }
          if (timedOut && holder != null && switchNumber == saved && !dropRequest) {
            dropRequest = true;
            dropRequests++;
            event(thread, LockEvents.Kind.DROP_REQUEST);
          }
        }
      } finally {
        cpuWaiting--;
      }
      own(thread);
      if (ioQueue.isEmpty()) {
        dropRequest = false;
      }
    } finally {
      mutex.unlock();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void release(ThreadHandle thread) {
    mutex.lock();
    try {
      if (holder != thread) {
        throw new IllegalStateException(thread + " releases an interpreter lock it does not hold");
      }
      holder = null;
      changed.signalAll();
    } finally {
      mutex.unlock();
    }
  }

  /** The drop request's handler: give the lock to a waiter, wait until one took it, queue again. */
  private void yieldLock(ThreadHandle thread) {
    event(thread, LockEvents.Kind.FORCED_SWITCH);
    boolean interrupted = false;
    mutex.lock();
    try {
      if (holder != thread) {
        throw new IllegalStateException(thread + " yields an interpreter lock it does not hold");
      }
      holder = null;
      changed.signalAll();
      boolean waited = false;
      // Forced switching: until another thread holds the lock, or nobody is left to take it.
      while (holder == null && (cpuWaiting > 0 || !ioQueue.isEmpty())) {
        waited = true;
        try {
          changed.await();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (waited) {
        forcedSwitches++;
      }
      if (holder == null && ioQueue.isEmpty()) {
        dropRequest = false;
      }
    } finally {
      mutex.unlock();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    event(thread, LockEvents.Kind.WANTS);
    takeCpu(thread);
    event(thread, LockEvents.Kind.TOOK);
  }

  private void event(ThreadHandle thread, LockEvents.Kind kind) {
    if (events != null) {
      events.event(thread, kind);
    }
  }
}
