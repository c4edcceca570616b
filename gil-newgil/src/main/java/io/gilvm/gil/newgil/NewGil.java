package io.gilvm.gil.newgil;

import com.google.common.collect.ImmutableMap;
import io.gilvm.spi.EvalBreaker;
import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockEvents;
import io.gilvm.spi.LockIntervals;
import io.gilvm.spi.ThreadHandle;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The interpreter lock of CPython 3.2 to 3.12 ({@code Python/ceval_gil.c}): a waiter asks the
 * holder to drop the lock only after waiting a whole switch interval, and a holder that drops on
 * request waits until another thread has taken the lock (forced switching).
 *
 * <p>Concurrency: the lock is the boolean {@code locked}, guarded by {@code mutex}, with {@code
 * cond} signalled whenever it becomes false. A thread that wants the lock ({@link #takeGil}) waits
 * on {@code cond} for one interval at a time; when a wait times out while the lock is still held
 * and {@code switchNumber} has not moved (no other thread got the lock meanwhile either), it sets
 * the drop-request bit of {@code breaker}, the eval breaker, and goes on waiting. The holder reads
 * it at each {@link #checkpoint}; when it is set, the holder drops the lock ({@link #dropGil}:
 * clears {@code locked}, signals {@code cond}) and takes it again, which puts it in the queue
 * behind the waiter. Forced switching keeps it there: a thread that drops while a drop is requested
 * waits on {@code switchCond} (under {@code switchMutex}) until {@code lastHolder} is another
 * thread, and every taker signals {@code switchCond} after it sets {@code lastHolder}. The dropper
 * clears the request before that wait, or else the taker clears it, so one request causes one
 * switch. Lock order: {@code mutex} before {@code switchMutex}; {@link #dropGil} never holds both.
 *
 * <p>Fields by guard: {@code locked} and {@code dropRequests} under {@code mutex}; {@code
 * lastHolder} and {@code switchNumber} are written under both mutexes, so either one suffices to
 * read them; {@code forcedSwitches} under {@code switchMutex}; the drop-request bit is written
 * under one of the mutexes and read without any (see the NOTE at {@link #checkpoint}).
 *
 * <p>Each interpreter thread is a platform thread, parked in the OS while it waits, so which woken
 * thread wins a released lock is the OS scheduler's choice, as it is under CPython; nothing here
 * spins. Waits are not interruptible: an interrupt is remembered, the wait goes on (the interpreter
 * has no way to run a thread that has not got the lock, and a half-taken lock would break the
 * protocol), and the thread's interrupt flag is set again before the method returns, for the
 * blocking call or join that comes next. Misuse — releasing a lock the thread does not hold, taking
 * one it already holds — throws IllegalStateException where CPython would abort.
 */
public final class NewGil implements InterpreterLock {

  /**
   * Counters since the lock was created, for tests and {@code --stats}.
   *
   * @param switches times the lock went to a thread other than its last holder (CPython's {@code
   *     switch_number}; the first take counts)
   * @param dropRequests times a waiter's interval expired with no switch and it set the drop
   *     request
   * @param forcedSwitches times a dropping thread waited for another thread to take the lock
   */
  public record Stats(long switches, long dropRequests, long forcedSwitches) {}

  private final ReentrantLock mutex = new ReentrantLock();
  private final Condition cond = mutex.newCondition();
  private final ReentrantLock switchMutex = new ReentrantLock();
  private final Condition switchCond = switchMutex.newCondition();

  private boolean locked;
  private ThreadHandle lastHolder;
  private long switchNumber;

  /**
   * The eval breaker, whose DROP_REQUEST bit is set while a waiter asks the holder to drop the lock
   * (CPython's {@code gil_drop_request}); its other bits are the interpreter's.
   */
  private final EvalBreaker breaker = new EvalBreaker();

  private final LockIntervals intervals;

  private long dropRequests;
  private long forcedSwitches;

  /** A lock with the switch interval of {@code config}; its check interval is kept, unused. */
  public NewGil(LockConfig config) {
    this.intervals = new LockIntervals(config);
    this.events = config.events();
  }

  /** Where events go, or null. */
  private final LockEvents events;

  /** Package-private: tests read it to know that the next checkpoint will drop the lock. */
  boolean gilDropRequestOpaque() {
    return breaker.anyOpaque(EvalBreaker.DROP_REQUEST);
  }

  private void setGilDropRequest(boolean requested) {
    if (requested) {
      breaker.set(EvalBreaker.DROP_REQUEST);
    } else {
      breaker.clear(EvalBreaker.DROP_REQUEST);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The drop request is a bit of it: the eval loop calls {@link #checkpoint} only when the
   * breaker is not zero.
   */
  @Override
  public EvalBreaker evalBreaker() {
    return breaker;
  }

  // ---------------------------------------------------------------- the protocol

  @Override
  public void attach(ThreadHandle thread) {
    takeGil(thread);
  }

  @Override
  public void detach(ThreadHandle thread) {
    // The last release of a thread never waits for a switch: CPython drops with no thread state
    // then, and a thread that is leaving has nothing to gain from waiting its turn.
    dropGil(thread, false);
  }

  /**
   * {@inheritDoc}
   *
   * <p>NOTE: the breaker is read opaque, not volatile. That is enough because it carries no data:
   * everything the holder then reads ({@code locked}, {@code lastHolder}) it reads under a mutex,
   * which orders it. Opaque, unlike a plain read, cannot be hoisted out of the eval loop by the
   * JIT, so a request is seen within a bounded number of checkpoints; a late read only delays the
   * switch, as CPython's relaxed {@code eval_breaker} load does.
   */
  @Override
  public void checkpoint(ThreadHandle thread) {
    if (gilDropRequestOpaque()) {
      yieldOnRequest(thread);
    }
  }

  /** The eval breaker's handler: give the lock to the waiter that asked, then queue for it. */
  private void yieldOnRequest(ThreadHandle thread) {
    if (events != null) {
      events.event(thread, LockEvents.Kind.FORCED_SWITCH);
    }
    dropGil(thread, true);
    if (events != null) {
      events.event(thread, LockEvents.Kind.WANTS);
    }
    takeGil(thread);
    if (events != null) {
      events.event(thread, LockEvents.Kind.TOOK);
    }
  }

  @Override
  public void beginBlocking(ThreadHandle thread) {
    // As Py_BEGIN_ALLOW_THREADS: a requested drop still forces the switch, which costs the time
    // it takes the waiter to wake, never an interval.
    dropGil(thread, true);
  }

  @Override
  public void endBlocking(ThreadHandle thread) {
    takeGil(thread);
  }

  /** CPython's {@code take_gil}: returns once {@code thread} holds the lock. */
  private void takeGil(ThreadHandle thread) {
    boolean interrupted = false;
    mutex.lock();
    try {
      if (locked && lastHolder == thread) {
        throw new IllegalStateException(thread + " takes the interpreter lock it already holds");
      }
      while (locked) {
        long savedSwitchNumber = switchNumber;
        long interval = intervals.switchNanos();
        long deadline = System.nanoTime() + interval;
        long remaining = interval;
        boolean timedOut;
        while (true) {
          try {
            timedOut = cond.awaitNanos(remaining) <= 0;
            break;
          } catch (InterruptedException e) {
            // Finish the interval rather than restart it, so interrupts cannot postpone the
            // drop request indefinitely.
            interrupted = true;
            remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
              timedOut = true;
              break;
            }
          }
        }
        if (timedOut && locked && switchNumber == savedSwitchNumber) {
          setGilDropRequest(true);
          dropRequests++;
          if (events != null) {
            events.event(thread, LockEvents.Kind.DROP_REQUEST);
          }
        }
      }
      // NOTE: lastHolder changes and switchCond is signalled under switchMutex, the mutex the
      // dropping thread holds between reading lastHolder and waiting; otherwise the signal could
      // fall between its check and its wait and it would sleep forever.
      switchMutex.lock();
      try {
        locked = true;
        if (lastHolder != thread) {
          lastHolder = thread;
          switchNumber++;
        }
        switchCond.signal();
      } finally {
        switchMutex.unlock();
      }
      // Whoever asked has now been served (or was this thread): one request, one switch.
      if (gilDropRequestOpaque()) {
        setGilDropRequest(false);
      }
    } finally {
      mutex.unlock();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * CPython's {@code drop_gil}. With {@code forceSwitch} and a drop requested, waits until another
   * thread has taken the lock, so that this thread cannot win it straight back.
   */
  private void dropGil(ThreadHandle thread, boolean forceSwitch) {
    mutex.lock();
    try {
      if (!locked || lastHolder != thread) {
        throw new IllegalStateException(thread + " releases an interpreter lock it does not hold");
      }
      locked = false;
      cond.signal();
    } finally {
      mutex.unlock();
    }
    if (forceSwitch && gilDropRequestOpaque()) {
      boolean interrupted = false;
      switchMutex.lock();
      try {
        if (lastHolder == thread) {
          setGilDropRequest(false);
          forcedSwitches++;
          // CPython waits once; looping on the condition also absorbs spurious wake-ups, which
          // would otherwise let this thread race the waiter for the lock it just gave up.
          while (lastHolder == thread) {
            try {
              switchCond.await();
            } catch (InterruptedException e) {
              interrupted = true;
            }
          }
        }
      } finally {
        switchMutex.unlock();
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  // ---------------------------------------------------------------- settings and counters

  /** The switch interval is this lock's; the check interval is kept unused, as CPython 3.2-3.8. */
  @Override
  public LockIntervals intervals() {
    return intervals;
  }

  /** A consistent snapshot of the counters. Any thread; takes both mutexes briefly. */
  public Stats stats() {
    mutex.lock();
    try {
      switchMutex.lock();
      try {
        return new Stats(switchNumber, dropRequests, forcedSwitches);
      } finally {
        switchMutex.unlock();
      }
    } finally {
      mutex.unlock();
    }
  }

  @Override
  public java.util.Map<String, Long> statistics() {
    Stats st = stats();
    return ImmutableMap.of(
        "switches", st.switches(),
        "drop requests", st.dropRequests(),
        "forced switches", st.forcedSwitches());
  }
}
