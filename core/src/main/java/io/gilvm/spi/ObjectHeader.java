package io.gilvm.spi;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The words at the head of every Python object that a memory strategy owns: CPython's {@code
 * ob_refcnt}, or under PEP 703's biased counting {@code ob_ref_local}, {@code ob_ref_shared} and
 * {@code ob_tid}. Only the {@link RefCounts} of the interpreter changes them; the runtime reads
 * nothing here but {@link #isImmortal} and {@link #isDead}, and asks the strategy ({@link
 * RefCounts#revive}) when it reissues an object from a free list.
 *
 * <p>Each accessor is named by its access mode: {@code Plain} (no ordering: for the one thread that
 * owns the word, or under a global lock), {@code Volatile}, {@code getAndAdd} and {@code cas}
 * (atomic read-modify-write, volatile semantics).
 */
public abstract class ObjectHeader {
  /** The reference count; biased counting's local count, written by the owner thread only. */
  private int refcnt;

  /**
   * Biased counting's shared count: the part other threads change atomically, with a merge state in
   * its low two bits. Unused by the other strategies.
   */
  private int sharedRefcnt;

  /**
   * Biased counting's owner: the id of the Java thread that made the object, until its counts are
   * merged. Set at creation, whatever the strategy.
   */
  private long ownerThread;

  private static final byte IMMORTAL = 1;
  private static final byte DEAD = 2;

  /** Immortality and death: written by the runtime, read by strategies and the runtime. */
  private byte flags;

  private static final VarHandle REFCNT;
  private static final VarHandle SHARED_REFCNT;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      REFCNT = l.findVarHandle(ObjectHeader.class, "refcnt", int.class);
      SHARED_REFCNT = l.findVarHandle(ObjectHeader.class, "sharedRefcnt", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A new object: count zero (floating), owned by the thread that makes it. */
  protected ObjectHeader() {
    ownerThread = Thread.currentThread().getId();
  }

  // ---- the reference count

  public final int refcntPlain() {
    return refcnt;
  }

  public final void setRefcntPlain(int v) {
    refcnt = v;
  }

  /** {@code refcnt++}, plain. */
  public final void incrementRefcntPlain() {
    refcnt++;
  }

  /** {@code --refcnt}, plain; returns the new value. */
  public final int decrementRefcntPlain() {
    return --refcnt;
  }

  public final int refcntVolatile() {
    return (int) REFCNT.getVolatile(this);
  }

  /** Atomically adds {@code delta}; returns the previous value. */
  public final int getAndAddRefcnt(int delta) {
    return (int) REFCNT.getAndAdd(this, delta);
  }

  public final boolean casRefcnt(int expect, int update) {
    return REFCNT.compareAndSet(this, expect, update);
  }

  // ---- the shared count (biased counting)

  public final int sharedRefcntPlain() {
    return sharedRefcnt;
  }

  public final void setSharedRefcntPlain(int v) {
    sharedRefcnt = v;
  }

  public final int sharedRefcntVolatile() {
    return (int) SHARED_REFCNT.getVolatile(this);
  }

  /** Atomically adds {@code delta}; returns the previous value. */
  public final int getAndAddSharedRefcnt(int delta) {
    return (int) SHARED_REFCNT.getAndAdd(this, delta);
  }

  public final boolean casSharedRefcnt(int expect, int update) {
    return SHARED_REFCNT.compareAndSet(this, expect, update);
  }

  // ---- the owner thread (biased counting)

  public final long ownerThreadPlain() {
    return ownerThread;
  }

  public final void setOwnerThreadPlain(long threadId) {
    ownerThread = threadId;
  }

  // ---- flags

  /** Immortal objects (None, True, False, small ints, types, builtins) are never counted. */
  public final boolean isImmortal() {
    return (flags & IMMORTAL) != 0;
  }

  /** Whether the object was deallocated (its count reached zero) and not reissued since. */
  public final boolean isDead() {
    return (flags & DEAD) != 0;
  }

  /** Makes the object immortal (PEP 683); for the runtime, once, before it is shared. */
  protected final void setImmortal() {
    flags |= IMMORTAL;
  }

  /** Marks the object dead or alive again; for the runtime's deallocation and free lists. */
  protected final void setDead(boolean dead) {
    flags = (byte) (dead ? flags | DEAD : flags & ~DEAD);
  }
}
