package io.gilvm.spi;

/**
 * The interpreter lock of one interpreter: the only way the eval loop coordinates threads.
 *
 * <p>The protocol, seen from one interpreter thread: {@link #attach} once before its first
 * instruction; {@link #checkpoint} at every checkpoint the eval loop reaches (where those are is
 * the {@link Checkpoints} placement); {@link #beginBlocking}/{@link #endBlocking} around every call
 * that may block; {@link #detach} once after its last instruction. Between attach and detach,
 * outside blocking regions, the thread is "running bytecode"; a global lock guarantees that at most
 * one thread is in that state at a time.
 *
 * <p>Every method except the settings accessors is called only by the thread it is about, passed as
 * the {@link ThreadHandle}.
 */
public interface InterpreterLock {

  /**
   * The thread is about to run its first instruction. Called once per thread, by that thread;
   * blocks until the thread may run bytecode (for a global lock: until it holds the lock).
   */
  void attach(ThreadHandle thread);

  /**
   * The thread has run its last instruction and will not run another. Called once per thread, by
   * that thread, after a matching {@link #attach}; never blocks for long (it only releases).
   */
  void detach(ThreadHandle thread);

  /**
   * The eval loop reached a checkpoint. Called by the running thread at every checkpoint, so up to
   * once per instruction (or, for a lock with an {@link #evalBreaker}, at those where a bit of the
   * breaker is set): the fast path must be a field read and a predictable branch. The slow path may
   * give the lock to another thread and block until it gets it back.
   */
  void checkpoint(ThreadHandle thread);

  /**
   * The thread is about to make a call that may block (sleep, I/O, waiting on a user lock or a
   * join): CPython's {@code Py_BEGIN_ALLOW_THREADS}. Called by the running thread, once per such
   * call, even when the call then turns out not to block. Releases what the thread holds so that
   * others can run; does not block for long.
   */
  void beginBlocking(ThreadHandle thread);

  /**
   * The blocking call returned: CPython's {@code Py_END_ALLOW_THREADS}. Called by the thread after
   * each {@link #beginBlocking}; blocks until the thread may run bytecode again.
   */
  void endBlocking(ThreadHandle thread);

  /**
   * The lock's switch and check intervals, which the four methods below read and set. Any thread;
   * the same object for the lock's whole life.
   */
  LockIntervals intervals();

  /**
   * Sets the switch interval ({@code sys.setswitchinterval}, in nanoseconds). Called by any thread,
   * rarely; takes effect at the next wait. A lock without such a knob keeps it unused.
   */
  default void setSwitchIntervalNanos(long nanos) {
    intervals().setSwitchNanos(nanos);
  }

  /** The switch interval in nanoseconds ({@code sys.getswitchinterval}); any thread, rarely. */
  default long switchIntervalNanos() {
    return intervals().switchNanos();
  }

  /**
   * Sets the check interval ({@code sys.setcheckinterval}, in ticks). Called by any thread, rarely.
   * A lock without such a knob keeps it unused, as CPython 3 does.
   */
  default void setCheckInterval(int ticks) {
    intervals().setCheckTicks(ticks);
  }

  /** The check interval in ticks; any thread, rarely. */
  default int checkInterval() {
    return intervals().checkTicks();
  }

  /**
   * The eval breaker this lock sets its drop request in, when its {@link #checkpoint} does nothing
   * unless that request ({@link EvalBreaker#DROP_REQUEST}) is set: the eval loop then reads the
   * breaker once per checkpoint and calls {@link #checkpoint} only when some bit of it is set, as
   * CPython's eval loop does. Null (the default) for a lock whose checkpoint must run every time (a
   * ticker that counts checkpoints, a test lock that records them): the eval loop calls it at every
   * checkpoint. Called once, when the interpreter is built; the same object for the lock's whole
   * life, shared with the interpreter's other asynchronous requests (signals).
   */
  default EvalBreaker evalBreaker() {
    return null;
  }

  /**
   * Whether containers (list, dict, set, and so instance, class and module dicts) must take a
   * per-object critical section around every operation: true for a lock that lets threads run
   * bytecode in parallel, false under a global lock, which already serialises them. Read once per
   * thread when it attaches. The critical sections themselves are the runtime's (CPython's {@code
   * Py_BEGIN_CRITICAL_SECTION}): a thread suspends the ones it holds before it blocks.
   */
  default boolean usesObjectLocks() {
    return false;
  }

  /**
   * The lock's counters for {@code --stats}, by name in the order to print them ("switches", "drop
   * requests", …). Any thread, once the program ended; a lock without counters returns an empty
   * map. Any {@code Map} will do; callers only read it. (gilvm's own locks return a Guava {@code
   * ImmutableMap}, which keeps the order its entries were given in.)
   */
  default java.util.Map<String, Long> statistics() {
    return java.util.Map.of();
  }
}
