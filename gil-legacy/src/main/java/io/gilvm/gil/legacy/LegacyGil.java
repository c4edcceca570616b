package io.gilvm.gil.legacy;

import com.google.common.collect.ImmutableMap;
import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockEvents;
import io.gilvm.spi.LockIntervals;
import io.gilvm.spi.ThreadHandle;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The interpreter lock of CPython 2.x and 3.0–3.1: a plain lock ({@code Python/thread_pthread.h})
 * that the running thread releases and immediately takes again every {@code sys.setcheckinterval}
 * ticks ({@code Python/ceval.c}). Nobody hands the lock to anybody: after each release, whichever
 * thread takes the mutex first while the lock is free has it, and on a multicore machine that is
 * nearly always the thread that just let go, since it never stopped running.
 *
 * <p>Concurrency: the lock is the boolean {@code locked}, guarded by {@code mutex} (non-fair, as a
 * pthread mutex is), with {@code lockReleased} signalled once each time it becomes false. A thread
 * that wants the lock ({@link #acquire}) takes the mutex and waits on {@code lockReleased} for as
 * long as {@code locked} is true, then sets it. A thread that gives it up ({@link #release}) clears
 * it and signals one waiter, which then has to win the mutex and find the lock still free: there is
 * no hand-off, no queue and no turn-taking. The eval-loop side is the tick counter its {@link
 * Ticker} (the handle's {@link ThreadHandle#lockState}), read and written by its own thread only
 * (no synchronisation): at each {@link #checkpoint} it counts down, and when it goes below zero it
 * is reset and, if another thread is attached, the thread calls release and then acquire, two
 * separate mutex sections with nothing in between, as CPython's {@code PyThread_release_lock} and
 * {@code PyThread_acquire_lock} are. The number of attached threads is {@code attached}, an atomic
 * counter changed in attach and detach and read at each tick; the holder's identity and the
 * counters are guarded by {@code mutex}.
 *
 * <p>Two differences from CPython 2.7, both forced by the SPI and both invisible while the check
 * interval does not change: 2.7 has one global ticker, where here each thread counts its own ticks,
 * so a thread that comes back from a blocking call resumes its own count instead of the previous
 * holder's; and 2.7 releases at every tick once any thread was ever started (once {@code
 * interpreter_lock} exists), where here it releases only while more than one thread is attached. On
 * Linux 2.7 built its lock on a POSIX semaphore rather than this mutex and condition; the two
 * behave alike here: a release wakes one waiter and hands nothing over.
 *
 * <p>Each interpreter thread is a platform thread parked in the OS while it waits, so who wins a
 * released lock is up to the OS scheduler and the mutex, as under CPython; nothing here sleeps,
 * yields or spins. Waits are not interruptible (the interpreter cannot run a thread that does not
 * hold the lock); an interrupt stays set for the blocking call that comes next. Misuse — releasing
 * a lock the thread does not hold, taking one it already holds — throws IllegalStateException where
 * CPython would abort.
 */
public final class LegacyGil implements InterpreterLock {

  /**
   * Counters since the lock was created, for tests and {@code --stats}.
   *
   * @param acquisitions times a thread took the lock (attach, end of a blocking call, and the
   *     re-acquire after each tick release)
   * @param tickReleases times a thread's ticker ran out while another thread was attached, so it
   *     released the lock and asked for it again
   * @param reacquiredBySameThread tick releases after which the releasing thread was the next to
   *     take the lock: the switch the tick was meant to allow did not happen
   */
  public record Stats(long acquisitions, long tickReleases, long reacquiredBySameThread) {}

  private final ReentrantLock mutex = new ReentrantLock(false);
  private final Condition lockReleased = mutex.newCondition();

  private boolean locked;
  private ThreadHandle holder;
  private Thread holderThread;

  /** The thread whose tick release has not yet been followed by an acquisition; else null. */
  private ThreadHandle tickReleaser;

  private long acquisitions;
  private long tickReleases;
  private long reacquiredBySameThread;

  private final AtomicInteger attached = new AtomicInteger();

  private final LockIntervals intervals;

  /** A lock with the check interval of {@code config}; its switch interval is kept, unused. */
  public LegacyGil(LockConfig config) {
    this.intervals = new LockIntervals(config);
    this.events = config.events();
  }

  /** Where events go, or null. */
  private final LockEvents events;

  // ---------------------------------------------------------------- the protocol

  /**
   * {@inheritDoc}
   *
   * <p>NOTE: the thread counts itself as attached before it waits for the lock, not after. The
   * holder releases at its ticks only when it sees another attached thread; a waiter that counted
   * itself only once inside would never be let in by a thread that never blocks.
   */
  @Override
  public void attach(ThreadHandle thread) {
    attached.incrementAndGet();
    thread.lockState = new Ticker(intervals.checkTicks());
    try {
      acquire(thread);
    } catch (RuntimeException e) {
      attached.decrementAndGet();
      throw e;
    }
  }

  @Override
  public void detach(ThreadHandle thread) {
    release(thread, false);
    attached.decrementAndGet();
  }

  /** {@inheritDoc} One tick: CPython 2.7's {@code --_Py_Ticker < 0} test. */
  @Override
  public void checkpoint(ThreadHandle thread) {
    Ticker t = (Ticker) thread.lockState;
    if (--t.ticks < 0) {
      tick(thread, t);
    }
  }

  /** The ticker ran out: reset it and give the other threads a chance, if there are any. */
  private void tick(ThreadHandle thread, Ticker t) {
    t.ticks = intervals.checkTicks();
    if (attached.get() > 1) {
      if (events != null) {
        events.event(thread, LockEvents.Kind.RELEASED_INTERVAL);
      }
      release(thread, true);
      // Other threads may run now, if one of them gets the mutex before this thread does.
      if (events != null) {
        events.event(thread, LockEvents.Kind.WANTS);
      }
      acquire(thread);
      if (events != null) {
        events.event(thread, LockEvents.Kind.TOOK);
      }
    }
  }

  @Override
  public void beginBlocking(ThreadHandle thread) {
    release(thread, false);
  }

  @Override
  public void endBlocking(ThreadHandle thread) {
    acquire(thread);
  }

  /** CPython's {@code PyThread_acquire_lock(lock, 1)}: returns once {@code thread} holds it. */
  private void acquire(ThreadHandle thread) {
    mutex.lock();
    try {
      if (locked && holder == thread) {
        throw new IllegalStateException(thread + " takes the interpreter lock it already holds");
      }
      while (locked) {
        lockReleased.awaitUninterruptibly();
      }
      locked = true;
      holder = thread;
      holderThread = Thread.currentThread();
      acquisitions++;
      if (tickReleaser != null) {
        if (tickReleaser == thread) {
          reacquiredBySameThread++;
        }
        tickReleaser = null;
      }
      // A lowered check interval reaches a thread that was switched out when it comes back, as
      // 2.7's one ticker, reset by setcheckinterval, reached whichever thread ran next.
      int interval = intervals.checkTicks();
      Ticker t = (Ticker) thread.lockState;
      if (t.ticks > interval) {
        t.ticks = interval;
      }
    } finally {
      mutex.unlock();
    }
  }

  /** CPython's {@code PyThread_release_lock}: clears the lock and wakes one waiter, if any. */
  private void release(ThreadHandle thread, boolean byTicker) {
    mutex.lock();
    try {
      if (!locked || holder != thread) {
        throw new IllegalStateException(thread + " releases an interpreter lock it does not hold");
      }
      locked = false;
      holder = null;
      holderThread = null;
      if (byTicker) {
        tickReleases++;
        tickReleaser = thread;
      }
      lockReleased.signal();
    } finally {
      mutex.unlock();
    }
  }

  /**
   * One thread's ticker (CPython 2.7's {@code _Py_Ticker}, kept per thread): checkpoints left
   * before the thread offers the lock. Read and written by its own thread only.
   */
  static final class Ticker {
    int ticks;

    Ticker(int ticks) {
      this.ticks = ticks;
    }
  }

  /** The ticks {@code thread} has left; for tests, from that thread. */
  static int ticksOf(ThreadHandle thread) {
    return ((Ticker) thread.lockState).ticks;
  }

  // ---------------------------------------------------------------- settings and counters

  /**
   * The check interval is this lock's; the switch interval is kept unused: it switches by ticks.
   */
  @Override
  public LockIntervals intervals() {
    return intervals;
  }

  /**
   * {@inheritDoc}
   *
   * <p>As 2.7's {@code sys.setcheckinterval}, which also resets the ticker: when the caller is the
   * thread holding the lock (a Python program calling it), its ticker starts the new interval at
   * once. Every other thread takes the new interval at its next acquisition (if it is shorter than
   * what that thread has left) or at its next reset.
   *
   * @throws IllegalArgumentException if {@code ticks} is below one
   */
  @Override
  public void setCheckInterval(int ticks) {
    intervals.setCheckTicks(ticks);
    mutex.lock();
    try {
      if (locked && holderThread == Thread.currentThread()) {
        // The holder's own thread writing its own ticker, as Ticker requires.
        ((Ticker) holder.lockState).ticks = ticks;
      }
    } finally {
      mutex.unlock();
    }
  }

  /** A consistent snapshot of the counters. Any thread; takes the mutex briefly. */
  public Stats stats() {
    mutex.lock();
    try {
      return new Stats(acquisitions, tickReleases, reacquiredBySameThread);
    } finally {
      mutex.unlock();
    }
  }

  @Override
  public java.util.Map<String, Long> statistics() {
    Stats st = stats();
    return ImmutableMap.of(
        "acquisitions", st.acquisitions(),
        "releases at the check interval", st.tickReleases(),
        "re-acquired by the thread that released", st.reacquiredBySameThread());
  }
}
