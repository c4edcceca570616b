package io.gilvm.spi;

/**
 * A kind of interpreter lock, found by {@link java.util.ServiceLoader}. Stateless: the state lives
 * in the {@link InterpreterLock} it creates.
 *
 * <p>All methods are called by the strategy selector (on whatever thread builds an interpreter, a
 * few times per interpreter) and must not block.
 */
public interface LockStrategy {

  /** The stable lower-case name users select it by, e.g. {@code "newgil"}. */
  String name();

  /** One line for {@code gilvm strategies}, e.g. what CPython version it models. */
  String description();

  /**
   * Whether at most one thread runs bytecode at a time under this lock. Reported by {@code
   * sys._is_gil_enabled()}; a memory strategy that {@link MemoryStrategy#needsGlobalLock() needs a
   * global lock} is unsafe with a lock that returns false.
   */
  boolean isGlobal();

  /**
   * Whether a thread back from a blocking call gets the lock as soon as the holder reaches its next
   * checkpoint, ahead of the threads that wait to run CPU-bound code, instead of after a switch
   * interval: the remedy for the convoy of bpo-7946. A promise that {@code gilvm lab} holds the
   * lock to (its convoy experiment). False by default, as for CPython 3's lock, which makes such a
   * thread wait an interval, and CPython 2's, which promises nothing.
   */
  default boolean servesBlockingReturnsFirst() {
    return false;
  }

  /** The name of the memory strategy used when the user names none: one that is safe with it. */
  String defaultMemory();

  /**
   * Creates the lock of one interpreter. Called once per interpreter, before any thread attaches.
   */
  InterpreterLock create(LockConfig config);
}
