package io.gilvm.stress;

import io.gilvm.spi.MemoryStrategy;
import io.gilvm.spi.ObjectHeader;
import io.gilvm.spi.RefCounts;

/** {@code testexact}: a stand-in for a third-party memory strategy that needs no global lock. */
public final class TestExactMemory implements MemoryStrategy {

  public TestExactMemory() {}

  @Override
  public String name() {
    return "testexact";
  }

  @Override
  public String description() {
    return "test-only exact counts";
  }

  @Override
  public boolean needsGlobalLock() {
    return false;
  }

  @Override
  public RefCounts create() {
    return new RefCounts() {
      @Override
      public void incref(ObjectHeader o) {
        o.getAndAddRefcnt(1);
      }

      @Override
      public boolean decref(ObjectHeader o) {
        return o.getAndAddRefcnt(-1) == 1;
      }

      @Override
      public long count(ObjectHeader o) {
        return o.refcntVolatile();
      }
    };
  }
}
