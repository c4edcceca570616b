package io.gilvm.testing;

import io.gilvm.runtime.PyObject;
import io.gilvm.spi.MemoryStrategy;
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
      public void incref(PyObject o) {
        if (!o.isImmortal()) {
          o.refcnt++;
        }
      }

      @Override
      public boolean decref(PyObject o) {
        return !o.isImmortal() && --o.refcnt == 0;
      }

      @Override
      public long count(PyObject o) {
        return o.refcnt;
      }
    };
  }
}
