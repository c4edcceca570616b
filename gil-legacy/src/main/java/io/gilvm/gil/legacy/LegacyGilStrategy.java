package io.gilvm.gil.legacy;

import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockStrategy;

/**
 * {@code legacy}: the interpreter lock of CPython 2.x (and 3.0–3.1). See {@link LegacyGil} for the
 * protocol.
 */
public final class LegacyGilStrategy implements LockStrategy {

  /** Public no-argument constructor, for {@link java.util.ServiceLoader}. */
  public LegacyGilStrategy() {}

  @Override
  public String name() {
    return "legacy";
  }

  @Override
  public String description() {
    return "CPython 2.x GIL: release and re-acquire every 100 ticks, no hand-off";
  }

  @Override
  public boolean isGlobal() {
    return true;
  }

  /** {@code plain}: with one thread at a time running bytecode, non-atomic counts are exact. */
  @Override
  public String defaultMemory() {
    return "plain";
  }

  @Override
  public InterpreterLock create(LockConfig config) {
    return new LegacyGil(config);
  }
}
