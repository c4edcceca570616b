package io.gilvm.gil.newgil;

import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockStrategy;

/**
 * {@code newgil}: the interpreter lock of CPython 3.2 to 3.12, and gilvm's default. See {@link
 * NewGil} for the protocol.
 */
public final class NewGilStrategy implements LockStrategy {

  /** Public no-argument constructor, for {@link java.util.ServiceLoader}. */
  public NewGilStrategy() {}

  @Override
  public String name() {
    return "newgil";
  }

  @Override
  public String description() {
    return "CPython 3.2+ GIL: timed drop request, forced switching (default)";
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
    return new NewGil(config);
  }
}
