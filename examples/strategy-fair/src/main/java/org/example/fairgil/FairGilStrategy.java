package org.example.fairgil;

import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockStrategy;

/**
 * {@code fair}: a global interpreter lock without the convoy of bpo-7946. A thread coming back
 * from a blocking call (I/O, a sleep, a user lock) is served first: it asks the holder to drop
 * the lock at once instead of after a switch interval, and gets it ahead of the CPU-bound
 * waiters. Between CPU-bound threads it behaves as CPython 3's lock does. See {@link FairGil}.
 *
 * <p>Written against gilvm's published SPI only ({@code io.gilvm.spi}), outside gilvm's build.
 */
public final class FairGilStrategy implements LockStrategy {

  /** For {@link java.util.ServiceLoader}. */
  public FairGilStrategy() {}

  @Override
  public String name() {
    return "fair";
  }

  @Override
  public String description() {
    return "global lock that serves threads back from I/O first: no convoy (bpo-7946)";
  }

  @Override
  public boolean isGlobal() {
    return true;
  }

  /** What this lock is for: the lab holds it to "no convoy". */
  @Override
  public boolean servesBlockingReturnsFirst() {
    return true;
  }

  /** One thread at a time runs bytecode, so plain counts are exact (gilvm-refcount has it). */
  @Override
  public String defaultMemory() {
    return "plain";
  }

  @Override
  public InterpreterLock create(LockConfig config) {
    return new FairGil(config);
  }
}
