package io.gilvm.stress;

import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockIntervals;
import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.ThreadHandle;

/**
 * {@code testfree}: a stand-in for a third-party lock that is not global, found only through the
 * class loader {@link RowTest} makes. It runs no bytecode; it only answers what the matrix asks.
 */
public final class TestFreeLock implements LockStrategy {

  public TestFreeLock() {}

  @Override
  public String name() {
    return "testfree";
  }

  @Override
  public String description() {
    return "test-only lock that is not global";
  }

  @Override
  public boolean isGlobal() {
    return false;
  }

  @Override
  public String defaultMemory() {
    return "testexact";
  }

  @Override
  public InterpreterLock create(LockConfig config) {
    LockIntervals intervals = new LockIntervals(config);
    return new InterpreterLock() {
      @Override
      public void attach(ThreadHandle thread) {}

      @Override
      public void detach(ThreadHandle thread) {}

      @Override
      public void checkpoint(ThreadHandle thread) {}

      @Override
      public void beginBlocking(ThreadHandle thread) {}

      @Override
      public void endBlocking(ThreadHandle thread) {}

      @Override
      public LockIntervals intervals() {
        return intervals;
      }

      @Override
      public boolean usesObjectLocks() {
        return config.objectLocks();
      }
    };
  }
}
