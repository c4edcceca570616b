package io.gilvm.refcount;

import io.gilvm.spi.Deallocator;
import io.gilvm.spi.MemoryStrategy;
import io.gilvm.spi.ObjectHeader;
import io.gilvm.spi.RefCounts;
import io.gilvm.spi.ThreadHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentHashMap;
import org.jctools.queues.atomic.MpscUnboundedAtomicArrayQueue;

/**
 * {@code biased}: PEP 703's biased reference counting, as in CPython's free-threading build. Most
 * objects are only ever counted by the thread that made them, so that thread counts with plain
 * writes and only the others pay for atomics.
 *
 * <p>Concurrency: each object has an owner, the header's owner thread ({@link
 * ObjectHeader#ownerThreadPlain}) (the Java thread that made it, 0 once merged), a local count the
 * header's {@code refcnt} that only the owner writes, and a shared count the header's {@code
 * sharedRefcnt} that every other thread changes atomically. The shared word keeps the count in its
 * upper bits (so one reference is {@link Counts#ONE}) and a merge state in its low two bits: {@link
 * Counts#DEFAULT}, {@link Counts#QUEUED} or {@link Counts#MERGED}. The true count is local +
 * shared.
 *
 * <ul>
 *   <li>The owner increfs and decrefs the local count. When it reaches zero the owner gives up
 *       ownership and marks the shared word MERGED; the object is dead iff the shared count is zero
 *       too. If the object is QUEUED instead, whoever merges it decides.
 *   <li>Another thread increfs with an atomic add and decrefs with a CAS. A decref that would take
 *       a DEFAULT shared count below zero (the owner holds the references it gave away) marks it
 *       QUEUED and hands the object to the owner's {@link OwnerQueue}; only the decref that finds
 *       the state MERGED and leaves zero deallocates.
 *   <li>The owner merges its queue at its checkpoints and when it detaches: shared + local becomes
 *       the MERGED shared count, ownership ends, and a total of zero is deallocated. When the owner
 *       has no open queue (it is not an interpreter thread, or it detached), the thread that queued
 *       the object merges it at once, since the owner counts no more. A thread that detached may
 *       attach again (an embedder's Java thread does around every call) and count its objects
 *       locally again: the look-up of the queue and that merge are one step under the owner's
 *       stripe monitor, which attach and detach also take, so such a merge is over before the owner
 *       counts again.
 * </ul>
 *
 * <p>Each object goes DEFAULT → QUEUED at most once and reaches MERGED exactly once per life, so
 * exactly one thread sees the zero: the owner in its merge, or the last MERGED decref.
 *
 * <p>Invariant the runtime keeps for this protocol: <em>every reference a thread holds to an object
 * another thread can reach is counted</em>, in the local or the shared count, at every moment. A
 * merge decides "dead" from local + shared alone, at a time the owner chooses, so a reference
 * handed on uncounted (decremented now, to be incremented by the receiver a moment later) can be
 * merged to zero and freed in between: a non-owner's decrement takes the shared count below zero,
 * queues the object, and the owner's next checkpoint frees it before the receiver's incref (with
 * atomic counts the same gap lets another thread's last decref free it). So a value is handed on
 * uncounted ("floating") only through {@link Counts#releaseUnique}, which refuses unless the caller
 * owns the object and holds its only reference (local count one, shared word zero: nothing queued,
 * no other thread's references; and a lock-free reader's {@link Counts#tryIncref} refuses a zero
 * shared word); otherwise the runtime keeps its reference counted until the receiver has taken its
 * own (the kept references of {@code io.gilvm.sync.CriticalSection}).
 */
public final class BiasedMemory implements MemoryStrategy {

  /** Public no-argument constructor, for {@link java.util.ServiceLoader}. */
  public BiasedMemory() {}

  @Override
  public String name() {
    return "biased";
  }

  @Override
  public String description() {
    return "PEP 703 biased counts: the owner thread counts without atomics, others atomically";
  }

  @Override
  public boolean needsGlobalLock() {
    return false;
  }

  /** A new instance per interpreter: it holds that interpreter's owner queues. */
  @Override
  public RefCounts create() {
    return new Counts();
  }

  /** The counts of one interpreter, with the queue of each of its attached threads. */
  static final class Counts implements RefCounts {
    static final int DEFAULT = 0;
    static final int QUEUED = 1;
    static final int MERGED = 2;
    static final int STATE_MASK = 3;

    /** One reference in the shared word: the count sits above the two state bits. */
    static final int ONE = 4;

    /** The open queue of each attached thread, by Java thread id; changed at attach/detach. */
    private final ConcurrentHashMap<Long, OwnerQueue> queues = new ConcurrentHashMap<>();

    /** Monitors by owner id ({@link #stripe}): attach, detach, and merges for a closed owner. */
    private final Object[] stripes = new Object[64];

    Counts() {
      for (int i = 0; i < stripes.length; i++) {
        stripes[i] = new Object();
      }
    }

    private static long currentThreadId() {
      return Thread.currentThread().getId();
    }

    @Override
    public void incref(ObjectHeader o) {
      if (o.isImmortal()) {
        return;
      }
      if (o.ownerThreadPlain() == currentThreadId()) {
        o.incrementRefcntPlain();
      } else {
        o.getAndAddSharedRefcnt(ONE);
      }
    }

    @Override
    public boolean decref(ObjectHeader o) {
      if (o.isImmortal()) {
        return false;
      }
      if (o.ownerThreadPlain() == currentThreadId()) {
        return o.decrementRefcntPlain() == 0 && mergeZeroLocal(o);
      }
      return decrefShared(o);
    }

    /**
     * The owner's local count just reached zero: gives up ownership. Returns whether the object is
     * dead. Called by the owner only.
     */
    private static boolean mergeZeroLocal(ObjectHeader o) {
      // As CPython's _Py_MergeZeroLocalRefcount: a shared word of zero (no references held by
      // other threads, nothing queued) means the object is dead, and no other thread can reach
      // it to race with us, so it goes without the CAS. This is the common case: most objects
      // never leave the thread that made them.
      if (o.sharedRefcntVolatile() == 0) {
        return true;
      }
      // NOTE: ownership ends before the CAS that publishes MERGED: once MERGED is visible another
      // thread may free and reissue the object, so nothing may write to it after the CAS.
      o.setOwnerThreadPlain(0);
      while (true) {
        int s = o.sharedRefcntVolatile();
        if ((s & STATE_MASK) == QUEUED) {
          return false; // waiting in a queue: whoever merges it decides
        }
        if (o.casSharedRefcnt(s, (s & ~STATE_MASK) | MERGED)) {
          return s >> 2 == 0;
        }
      }
    }

    /** A decref by a thread that does not own {@code o}; returns whether the object is dead. */
    private boolean decrefShared(ObjectHeader o) {
      while (true) {
        int s = o.sharedRefcntVolatile();
        int state = s & STATE_MASK;
        int next = s - ONE;
        if (state == DEFAULT && next < 0) {
          if (o.casSharedRefcnt(s, next | QUEUED)) {
            return queueForOwner(o);
          }
        } else if (o.casSharedRefcnt(s, next)) {
          return state == MERGED && next >> 2 == 0;
        }
      }
    }

    /**
     * Hands {@code o}, just marked QUEUED by the calling non-owner, to its owner; merges it here
     * when the owner has no open queue. Returns whether the caller must deallocate it. This slow
     * path (once per object life at most) may allocate: a boxed id, a queue chunk.
     */
    private boolean queueForOwner(ObjectHeader o) {
      long owner = o.ownerThreadPlain();
      if (owner == 0) {
        // The owner gave up ownership when its local count reached zero, and counts no more.
        return explicitMerge(o, 0);
      }
      // The look-up and the merge are one step under the owner's stripe, which its attach and
      // detach also take: a Java thread that detached may attach again (an embedder's thread
      // attaches around every call) and then count its objects locally again, so a merge that
      // found no open queue must read and clear the local count before that attach, never
      // while the owner writes it.
      synchronized (stripe(owner)) {
        OwnerQueue q = queues.get(owner);
        if (q != null && q.offer(o)) {
          return false;
        }
        // NOTE: the owner's last local count is visible here: its CAS that closed the queue
        // (which offer's getAndAdd read) came after it, and it removed the queue under this
        // stripe.
        return explicitMerge(o, o.refcntPlain());
      }
    }

    /** The monitor that orders an owner's attach and detach with merges of its objects. */
    private Object stripe(long owner) {
      return stripes[(int) (owner ^ (owner >>> 32)) & (stripes.length - 1)];
    }

    /**
     * Merges a QUEUED object's local count into its shared count and ends its ownership; returns
     * whether the total is zero. Called by the owner for the objects in its queue, or by the
     * non-owner that queued the object when the owner counts no more; either way no thread writes
     * the local count meanwhile.
     */
    static boolean explicitMerge(ObjectHeader o, int local) {
      // NOTE: ownership ends before the CAS, as in mergeZeroLocal; while QUEUED nobody frees it.
      o.setRefcntPlain(0);
      o.setOwnerThreadPlain(0);
      while (true) {
        int s = o.sharedRefcntVolatile();
        int total = (s >> 2) + local;
        if (o.casSharedRefcnt(s, (total << 2) | MERGED)) {
          return total == 0;
        }
      }
    }

    @Override
    public long count(ObjectHeader o) {
      return (long) o.refcntPlain() + (o.sharedRefcntVolatile() >> 2);
    }

    /**
     * As CPython's {@code _Py_TryIncrefFast} and {@code _Py_TryIncRefShared}: the owner's own
     * object cannot die while the owner is busy reading (others only queue their decrefs to it), so
     * the owner counts locally; anyone else adds to the shared count unless it is zero with no
     * owner left to hold references (DEFAULT or MERGED: dead, or about to be).
     */
    @Override
    public boolean tryIncref(ObjectHeader o) {
      if (o.isImmortal()) {
        return true;
      }
      if (o.ownerThreadPlain() == currentThreadId()) {
        o.incrementRefcntPlain();
        return true;
      }
      while (true) {
        int s = o.sharedRefcntVolatile();
        if (s == DEFAULT || s == MERGED) {
          return false;
        }
        if (o.casSharedRefcnt(s, s + ONE)) {
          return true;
        }
      }
    }

    /**
     * The owner's only reference, with nothing in the shared word: the local count goes to zero and
     * the object stays owned and unmerged, as a new object is. No other thread holds a reference or
     * has one queued, and a lock-free reader's {@link #tryIncref} refuses the zero shared word, so
     * nothing can change the shared word before the caller hands it on.
     */
    @Override
    public boolean releaseUnique(ObjectHeader o) {
      if (o.isImmortal()
          || o.ownerThreadPlain() != currentThreadId()
          || o.refcntPlain() != 1
          || o.sharedRefcntVolatile() != 0) {
        return false;
      }
      o.setRefcntPlain(0);
      return true;
    }

    /**
     * Exact only for the owner, and only while no other thread counts it: a shared word of zero (no
     * references of theirs, nothing queued) and a local count of n, as CPython's {@code
     * _PyObject_IsUniquelyReferenced}.
     */
    @Override
    public boolean hasExactly(ObjectHeader o, long n) {
      return !o.isImmortal()
          && o.ownerThreadPlain() == currentThreadId()
          && o.sharedRefcntVolatile() == 0
          && o.refcntPlain() == n;
    }

    /** Opens the calling thread's queue, where other threads hand it objects to merge. */
    @Override
    public void attach(ThreadHandle thread) {
      OwnerQueue q = new OwnerQueue(currentThreadId());
      thread.memoryState = q;
      // Waits for the merges other threads began while this thread was detached (it may have
      // been attached before): once it counts locally again, they must be over.
      synchronized (stripe(q.owner)) {
        queues.put(q.owner, q);
      }
    }

    /** Fast path: one field read, a type check and a volatile read of the queue's count. */
    @Override
    public void checkpoint(ThreadHandle thread, Deallocator dealloc) {
      if (thread.memoryState instanceof OwnerQueue q && q.mergeRequested()) {
        mergeQueued(q, dealloc);
      }
    }

    /**
     * Merges what is queued until the queue is closed with nothing in it or on its way (one CAS),
     * as CPython's thread removal does under its mutex: merging may free objects and so decref this
     * thread's own objects, which stays local only while the queue is open. An offer begun just
     * before the close keeps this loop going until its object has arrived and been merged.
     */
    @Override
    public void detach(ThreadHandle thread, Deallocator dealloc) {
      if (!(thread.memoryState instanceof OwnerQueue q)) {
        return;
      }
      do {
        mergeQueued(q, dealloc);
      } while (!q.closeIfEmpty());
      synchronized (stripe(q.owner)) {
        queues.remove(q.owner, q);
      }
      thread.memoryState = null;
    }

    /**
     * Merges every object in the owner's queue; called by the owner. Reentrant: a deallocation may
     * reach a checkpoint of the same thread, which polls on where this left off.
     */
    private static void mergeQueued(OwnerQueue q, Deallocator dealloc) {
      int n = 0;
      try {
        for (ObjectHeader o; (o = q.poll()) != null; ) {
          n++;
          if (explicitMerge(o, o.refcntPlain())) {
            dealloc.deallocate(o);
          }
        }
      } finally {
        q.took(n);
      }
    }
  }

  /**
   * The objects other threads handed to one owner thread for merging (CPython's per-thread {@code
   * objects_to_merge}): many producers, one consumer. Non-owners {@link #offer}; the owner {@link
   * #poll}s, reports what it {@link #took}, and finally {@link #closeIfEmpty closes} it.
   *
   * <p>Concurrency: the objects travel through a JCTools MPSC queue (lock-free offers, a poll by
   * the owner only), and one word, {@code state}, counts the offers that have begun and not yet
   * been taken, with a CLOSED bit. A producer adds one before it offers (refusing when CLOSED), the
   * owner subtracts what it took after merging it; so the owner can close the queue only when
   * nothing is in it or on its way (a CAS from zero to CLOSED), and no object is left behind in a
   * closed queue. That CAS is the owner's last write to the queue and follows its last local count
   * change, so a producer that then finds the queue CLOSED also sees the owner's local counts
   * (CPython takes a mutex for the same hand-off).
   */
  static final class OwnerQueue {
    private static final int CLOSED = Integer.MIN_VALUE;
    private static final VarHandle STATE;

    static {
      try {
        STATE = MethodHandles.lookup().findVarHandle(OwnerQueue.class, "state", int.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    /** The owner's Java thread id. */
    final long owner;

    /**
     * The atomic variant (field updaters, no {@code sun.misc.Unsafe}), so that no JDK warns about
     * Unsafe's memory access. Chunks of 128 slots, linked as it grows.
     */
    private final MpscUnboundedAtomicArrayQueue<ObjectHeader> objects =
        new MpscUnboundedAtomicArrayQueue<>(128);

    /** Offers begun and not yet taken, or CLOSED (the sign bit). */
    private volatile int state;

    OwnerQueue(long owner) {
      this.owner = owner;
    }

    /** Adds {@code o} for the owner to merge; false if the owner has closed the queue. */
    boolean offer(ObjectHeader o) {
      if (((int) STATE.getAndAdd(this, 1) & CLOSED) != 0) {
        return false; // closed for good: what is added to the count now is never read
      }
      objects.offer(o);
      return true;
    }

    /** Whether something was offered and not yet taken: the owner's checkpoint's fast test. */
    boolean mergeRequested() {
      return state > 0;
    }

    /** The next object to merge, or null; by the owner only. */
    ObjectHeader poll() {
      return objects.poll();
    }

    /** The owner merged {@code n} objects it polled. */
    void took(int n) {
      if (n > 0) {
        STATE.getAndAdd(this, -n);
      }
    }

    /**
     * Closes the queue unless something is in it or being offered; by the owner, when it detaches,
     * after merging everything it polled.
     */
    boolean closeIfEmpty() {
      return STATE.compareAndSet(this, 0, CLOSED);
    }
  }
}
