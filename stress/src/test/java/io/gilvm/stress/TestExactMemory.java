package io.gilvm.stress;

import io.gilvm.runtime.PyObject;
import io.gilvm.spi.MemoryStrategy;
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
      public void incref(PyObject o) {
        PyObject.getAndAddRefcnt(o, 1);
      }

      @Override
      public boolean decref(PyObject o) {
        return PyObject.getAndAddRefcnt(o, -1) == 1;
      }

      @Override
      public long count(PyObject o) {
        return PyObject.getRefcntVolatile(o);
      }
    };
  }
}
