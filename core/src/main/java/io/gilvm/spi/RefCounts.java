package io.gilvm.spi;

import io.gilvm.runtime.PyObject;

/**
 * The reference counting of one interpreter. The eval loop increfs where CPython does (loads,
 * stores into containers) and decrefs where CPython does (stores over a value, pops, frame exit);
 * when {@link #decref} reports zero the interpreter deallocates the object.
 *
 * <p>Called by every interpreter thread, concurrently when the lock is not global, on the
 * hottest path there is: several times per instruction. Implementations must not block and must
 * not allocate. Immortal objects ({@link PyObject#isImmortal()}) are never counted.
 */
public interface RefCounts {

  /** Adds one reference to {@code o}. */
  void incref(PyObject o);

  /**
   * Removes one reference from {@code o}. Returns true when this call took the count to zero, in
   * which case the caller deallocates the object; exactly one caller sees true per object life
   * when the counts are exact.
   */
  boolean decref(PyObject o);

  /**
   * The current count of {@code o}, as {@code sys.getrefcount} shows it (without its own
   * argument's reference). Any thread; may be stale under concurrency.
   */
  long count(PyObject o);
}
