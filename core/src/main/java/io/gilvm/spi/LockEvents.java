package io.gilvm.spi;

/**
 * Where an interpreter lock reports what happens to threads, for {@code --stats}, {@code --trace}
 * and {@code --timeline}. Given to the lock in {@link LockConfig#events()}; null when nobody
 * records, so that a lock's event sites cost one predictable null check:
 *
 * <pre>
 * if (events != null) {
 *   events.event(thread, LockEvents.Kind.TOOK);
 * }
 * </pre>
 *
 * <p>The runtime itself reports what happens around its calls to the lock (a thread wants and takes
 * the lock when it attaches and after a blocking call, releases it when it blocks or leaves); a
 * strategy reports what happens inside its own {@link InterpreterLock#checkpoint} (a release at the
 * end of an interval, a forced switch, the wait and the take that follow) and the drop requests its
 * waiters make.
 *
 * <p>{@link #event} is called by the thread the event is about, never for another thread; it takes
 * no lock, does not block and allocates only to grow that thread's buffer.
 */
public interface LockEvents {

  /** What happened. */
  enum Kind {
    /** The thread asks for the lock (before it waits, if it must). */
    WANTS,
    /** The thread holds the lock now. */
    TOOK,
    /** The thread, tired of waiting a switch interval, asked the holder to drop the lock. */
    DROP_REQUEST,
    /** The thread released the lock at a checkpoint: its interval or ticks ran out. */
    RELEASED_INTERVAL,
    /** The thread released the lock for good: it is leaving. */
    RELEASED_EXIT,
    /** The thread released the lock and waits until another thread has taken it. */
    FORCED_SWITCH,
    /**
     * The thread entered a blocking call (sleep, I/O, a user lock, join); reported by the runtime.
     */
    BLOCKING_BEGIN,
    /** The blocking call returned; reported by the runtime. */
    BLOCKING_END,
    /**
     * The thread found a container's critical section taken and waits for it (until its next {@link
     * #TOOK}); reported by the runtime.
     */
    CONTENDED
  }

  /** Records that {@code kind} happened to {@code thread} now ({@link System#nanoTime()}). */
  void event(ThreadHandle thread, Kind kind);
}
