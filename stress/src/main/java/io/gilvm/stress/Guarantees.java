package io.gilvm.stress;

import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.MemoryStrategy;
import io.gilvm.spi.Strategies;
import io.gilvm.state.Interpreter;

/**
 * What a configuration guarantees, read from its strategies through the SPI alone, so that a
 * third-party strategy is judged by what it declares: whether its lock is global, whether reference
 * counts stay exact, and whether containers are guarded by object locks.
 *
 * @param globalLock at most one thread runs bytecode at a time ({@link LockStrategy#isGlobal})
 * @param exactCounts reference counts stay exact: a global lock, or a memory strategy that does not
 *     {@link MemoryStrategy#needsGlobalLock() need one}
 * @param objectLocks a lock that is not global guards every container with a per-object critical
 *     section ({@link io.gilvm.spi.InterpreterLock#usesObjectLocks})
 */
record Guarantees(boolean globalLock, boolean exactCounts, boolean objectLocks) {

  static Guarantees of(LockStrategy lock, MemoryStrategy memory, boolean usesObjectLocks) {
    boolean global = lock.isGlobal();
    return new Guarantees(global, global || !memory.needsGlobalLock(), !global && usesObjectLocks);
  }

  /** The guarantees of a running interpreter. */
  static Guarantees of(Interpreter interp) {
    return of(interp.lockStrategy(), interp.memoryStrategy(), interp.lock().usesObjectLocks());
  }

  /**
   * The guarantees of {@code config}, with its strategies looked up in {@code strategies}; makes
   * one lock to ask it about object locks. Throws IllegalArgumentException for an unknown name.
   */
  public static Guarantees of(StressConfig config, Strategies strategies) {
    LockStrategy lock = strategies.lock(config.lock());
    MemoryStrategy memory = strategies.memory(config.memory());
    return of(lock, memory, lock.create(config.lockConfig()).usesObjectLocks());
  }
}
