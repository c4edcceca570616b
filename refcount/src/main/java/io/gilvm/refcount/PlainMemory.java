package io.gilvm.refcount;

import io.gilvm.spi.MemoryStrategy;
import io.gilvm.spi.ObjectHeader;
import io.gilvm.spi.RefCounts;

/**
 * {@code plain}: CPython's reference counting with a GIL, a non-atomic {@code ob_refcnt++} and
 * {@code --}. Exact only while a global lock serialises every thread; without one, two threads'
 * read-modify-writes interleave and updates are lost, which is what the stress matrix shows.
 */
public final class PlainMemory implements MemoryStrategy {

  /** Public no-argument constructor, for {@link java.util.ServiceLoader}. */
  public PlainMemory() {}

  @Override
  public String name() {
    return "plain";
  }

  @Override
  public String description() {
    return "non-atomic counts, as CPython with a GIL (exact only under a global lock)";
  }

  @Override
  public boolean needsGlobalLock() {
    return true;
  }

  @Override
  public RefCounts create() {
    return Counts.INSTANCE;
  }

  /** Stateless, so one instance serves every interpreter; final so the JIT can inline it. */
  static final class Counts implements RefCounts {
    static final Counts INSTANCE = new Counts();

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
  }
}
