package io.gilvm.testing;

import io.gilvm.spi.MemoryStrategy;
import io.gilvm.spi.ObjectHeader;
import io.gilvm.spi.RefCounts;

/**
 * {@code testplain}: plain, non-atomic reference counts for core's own tests (exact under {@link
 * SerialLock}). Test-only; registered in this module's test resources.
 */
public final class TestMemory implements MemoryStrategy {

  public TestMemory() {}

  @Override
  public String name() {
    return "testplain";
  }

  @Override
  public String description() {
    return "test-only plain counts";
  }

  @Override
  public boolean needsGlobalLock() {
    return true;
  }

  @Override
  public RefCounts create() {
    return new RefCounts() {
      @Override
      public void incref(ObjectHeader o) {
        if (!o.isImmortal()) {
          o.incrementRefcntPlain();
        }
      }

      @Override
      public boolean decref(ObjectHeader o) {
        return !o.isImmortal() && o.decrementRefcntPlain() == 0;
      }

      @Override
      public long count(ObjectHeader o) {
        return o.refcntPlain();
      }
    };
  }
}
