package io.gilvm.gil.finegrained;

import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockStrategy;

/**
 * {@code finegrained}: no global interpreter lock, as CPython's free-threaded build (3.13t and
 * later). See {@link NoGil} for the protocol.
 */
public final class FineGrainedStrategy implements LockStrategy {

  /** Public no-argument constructor, for {@link java.util.ServiceLoader}. */
  public FineGrainedStrategy() {}

  @Override
  public String name() {
    return "finegrained";
  }

  @Override
  public String description() {
    return "no GIL: per-object locks, biased reference counts (PEP 703)";
  }

  /** Threads run bytecode in parallel. */
  @Override
  public boolean isGlobal() {
    return false;
  }

  /** {@code biased}: exact counts without a global lock, cheap for the owning thread. */
  @Override
  public String defaultMemory() {
    return "biased";
  }

  @Override
  public InterpreterLock create(LockConfig config) {
    return new NoGil(config);
  }
}
