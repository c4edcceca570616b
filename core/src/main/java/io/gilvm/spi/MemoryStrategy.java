package io.gilvm.spi;

/**
 * A kind of reference counting, found by {@link java.util.ServiceLoader}. Stateless: it creates the
 * {@link RefCounts} of each interpreter.
 *
 * <p>All methods are called by the strategy selector, a few times per interpreter, and must not
 * block.
 */
public interface MemoryStrategy {

  /** The stable lower-case name users select it by, e.g. {@code "atomic"}. */
  String name();

  /** One line for {@code gilvm strategies}. */
  String description();

  /**
   * Whether counts stay exact only when a global lock serialises all threads. Choosing such a
   * strategy with a lock that is not {@link LockStrategy#isGlobal() global} prints a warning: it is
   * allowed, to show what goes wrong.
   */
  boolean needsGlobalLock();

  /** Creates the reference counting of one interpreter; called once per interpreter. */
  RefCounts create();
}
