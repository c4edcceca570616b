package io.gilvm.spi;

/**
 * The reference counting of one interpreter. The eval loop increfs where CPython does (loads,
 * stores into containers) and decrefs where CPython does (stores over a value, pops, frame exit);
 * when {@link #decref} reports zero the interpreter deallocates the object.
 *
 * <p>Called by every interpreter thread, concurrently when the lock is not global, on the hottest
 * path there is: several times per instruction. Implementations must not block and must not
 * allocate. Immortal objects ({@link ObjectHeader#isImmortal()}) are never counted.
 */
public interface RefCounts {

  /** Adds one reference to {@code o}. */
  void incref(ObjectHeader o);

  /**
   * Removes one reference from {@code o}. Returns true when this call took the count to zero, in
   * which case the caller deallocates the object; exactly one caller sees true per object life when
   * the counts are exact.
   */
  boolean decref(ObjectHeader o);

  /**
   * The current count of {@code o}, as {@code sys.getrefcount} shows it (without its own argument's
   * reference). Any thread; may be stale under concurrency.
   */
  long count(ObjectHeader o);

  /**
   * Adds a reference to {@code o}, which the caller read out of a container without holding the
   * container's lock, so that {@code o} may have died meanwhile: refuses (returns false, changing
   * nothing) when it may be dead. CPython's {@code _Py_TryIncref}. The caller checks afterwards
   * that the container still held {@code o} when the reference was taken, and drops it with {@link
   * #decref} if not. The default refuses always: the caller then reads under the lock.
   */
  default boolean tryIncref(ObjectHeader o) {
    return false;
  }

  /**
   * Drops the caller's reference to {@code o} without deallocating it, leaving {@code o} floating
   * (count zero, alive) for the caller to hand on, but only when that reference is certainly the
   * only one: then no other thread can reach {@code o}, so none can take a reference to it, merge
   * its counts or see it reach zero while it floats. Returns false, changing nothing, when it
   * cannot be sure; the caller then keeps its reference counted until the receiver holds its own.
   * Must be atomic with respect to {@link #tryIncref} by other threads. Called by any interpreter
   * thread, under a lock that is not global, when a value is handed on (a function's result, an
   * item popped off a container). The default cannot tell.
   */
  default boolean releaseUnique(ObjectHeader o) {
    return false;
  }

  /**
   * Whether the calling thread can tell for certain, with no global lock held, that {@code o} has
   * exactly {@code n} references (CPython's {@code _PyObject_IsUniquelyReferenced}, for any n).
   * When it is sure and the caller holds those n references itself, no other thread can reach the
   * object, and the caller may change it in place. The default is "cannot tell", the answer of
   * counts that are exact only under a global lock; under one, the runtime reads {@link #count}
   * instead.
   */
  default boolean hasExactly(ObjectHeader o, long n) {
    return false;
  }

  /**
   * A thread starts using these counts. Called once by that thread, before its first incref, right
   * after it attaches to the interpreter lock; may set {@link ThreadHandle#memoryState}.
   */
  default void attach(ThreadHandle thread) {}

  /**
   * Makes a dead object new again for the runtime's free lists: floating (count zero) and owned by
   * the calling thread, which is about to reissue it. Called by that thread only, on an object no
   * other thread can reach; the runtime never writes the header itself.
   */
  default void revive(ObjectHeader o) {
    o.setRefcntPlain(0);
    o.setSharedRefcntPlain(0);
    o.setOwnerThreadPlain(Thread.currentThread().getId());
  }

  /**
   * A point where the thread may do work other threads left for it (biased counting merges the
   * counts queued for their owner here). Called by {@code thread} at its loop back edges and before
   * each blocking call: the fast path must be a field read and a predictable branch. Objects whose
   * merged count is zero go to {@code dealloc}.
   */
  default void checkpoint(ThreadHandle thread, Deallocator dealloc) {}

  /**
   * The thread stops using these counts; called once by that thread, after its last decref and
   * before it detaches from the lock. Work left for it is done here (or handed on), as {@link
   * #checkpoint} does.
   */
  default void detach(ThreadHandle thread, Deallocator dealloc) {}
}
