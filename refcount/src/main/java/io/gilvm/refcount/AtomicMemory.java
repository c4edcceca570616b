package io.gilvm.refcount;

import io.gilvm.spi.MemoryStrategy;
import io.gilvm.spi.ObjectHeader;
import io.gilvm.spi.RefCounts;

/**
 * {@code atomic}: every count change is an atomic add on the object's count, so counts stay exact
 * with no global lock, at the price of a locked instruction (and a contended cache line) on every
 * incref and decref — the cost that made CPython's free-threading build choose biased counting
 * instead.
 */
public final class AtomicMemory implements MemoryStrategy {

  /** Public no-argument constructor, for {@link java.util.ServiceLoader}. */
  public AtomicMemory() {}

  @Override
  public String name() {
    return "atomic";
  }

  @Override
  public String description() {
    return "atomic add on every count change (exact without a global lock)";
  }

  @Override
  public boolean needsGlobalLock() {
    return false;
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
        o.getAndAddRefcnt(1);
      }
    }

    @Override
    public boolean decref(ObjectHeader o) {
      // The previous value is what makes the zero crossing unique: only one thread can see 1.
      return !o.isImmortal() && o.getAndAddRefcnt(-1) == 1;
    }

    @Override
    public long count(ObjectHeader o) {
      return o.refcntVolatile();
    }

    /** A count of zero is a dead object, which stays dead. */
    @Override
    public boolean tryIncref(ObjectHeader o) {
      if (o.isImmortal()) {
        return true;
      }
      while (true) {
        int c = o.refcntVolatile();
        if (c <= 0) {
          return false;
        }
        if (o.casRefcnt(c, c + 1)) {
          return true;
        }
      }
    }

    /**
     * One compare-and-set from one to zero: a reader racing with {@link #tryIncref} either counts
     * first (the CAS fails and the caller keeps its reference) or finds zero and refuses.
     */
    @Override
    public boolean releaseUnique(ObjectHeader o) {
      return !o.isImmortal() && o.casRefcnt(1, 0);
    }

    /** Every change is atomic, so the count read is the count. */
    @Override
    public boolean hasExactly(ObjectHeader o, long n) {
      return !o.isImmortal() && o.refcntVolatile() == n;
    }
  }
}
