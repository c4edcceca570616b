package io.gilvm.mem;

import io.gilvm.object.Ops;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyInstance;
import io.gilvm.object.PyObject;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import io.gilvm.sync.CriticalSection;

/**
 * Reference counting for natives: increfs and decrefs through the current thread's interpreter, and
 * the deallocation that follows a count reaching zero. The eval loop calls the interpreter's {@link
 * io.gilvm.spi.RefCounts} directly and {@link #dealloc} itself.
 */
public final class Refs {
  private Refs() {}

  /** Adds a reference to {@code o} (a structure that outlives the call now holds it). */
  public static void incref(PyObject o) {
    ThreadState.current().refs.incref(o);
  }

  /** Removes a reference; deallocates the object when the count reaches zero. */
  public static void decref(PyObject o) {
    ThreadState ts = ThreadState.current();
    if (ts.refs.decref(o)) {
      dealloc(ts, o);
    }
  }

  /** {@link #decref} with the thread state at hand. */
  public static void decref(ThreadState ts, PyObject o) {
    if (ts.refs.decref(o)) {
      dealloc(ts, o);
    }
  }

  /**
   * Drops an object a native got back and does not keep (a result it only tests, an iterator it
   * leaves before the end): if nothing took a reference to it, it is deallocated now, releasing
   * what it holds; otherwise nothing changes. Tolerates null.
   */
  public static void discard(ThreadState ts, PyObject o) {
    if (o != null) {
      ts.refs.incref(o);
      decref(ts, o);
    }
  }

  /**
   * Drops the iterator a native got from {@code iter(iterable)} once it is done with it, at the end
   * or part-way (an exception, an early return): a fresh iterator is deallocated now and lets go of
   * what it iterates. An iterable that is its own iterator is the caller's, and is left as it is.
   */
  public static void dropIterator(ThreadState ts, PyObject it, PyObject iterable) {
    if (it != null && it != iterable) {
      discard(ts, it);
    }
  }

  /**
   * {@link #discard} for the first {@code n} values a native collected (borrowed or floating) and
   * will not hand on, because an exception is on its way out: the floating ones are deallocated.
   * The same object may appear more than once.
   */
  public static void discardAll(ThreadState ts, PyObject[] values, int n) {
    for (int i = 0; i < n; i++) {
      if (values[i] != null) {
        ts.refs.incref(values[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      if (values[i] != null) {
        decref(ts, values[i]);
      }
    }
  }

  /**
   * Hands a reference over to a caller (a value returned from a frame, an item popped off a list, a
   * new object a native held while its {@code __init__} ran), who increfs it if it keeps it:
   * decrements without deallocating at zero, leaving the object floating. Without a global lock the
   * object floats only if this was its only reference; otherwise the reference stays counted until
   * the end of the current instruction ({@link CriticalSection#handOver}).
   */
  public static void release(ThreadState ts, PyObject o) {
    CriticalSection.handOver(ts, o);
  }

  /**
   * Deallocates an object whose count reached zero: marks it dead, releases what it holds, and puts
   * ints, floats, tuples, lists and dicts on the thread's free lists for reuse.
   */
  /**
   * Runs the {@code __del__} of an instance whose count reached zero, once in its life (PEP 442),
   * holding a reference to it meanwhile; an exception is reported as unraisable, as CPython does.
   * Returns whether the object is still to be deallocated (false when {@code __del__} stored a new
   * reference to it somewhere).
   */
  private static boolean finalize(ThreadState ts, PyInstance inst) {
    if (!inst.markFinalized()) {
      return true;
    }
    PyObject del = inst.type().lookup("__del__");
    if (del == null) {
      return true;
    }
    ts.refs.incref(inst);
    try {
      discard(ts, Ops.callMethod(ts, del, inst, inst.type(), new PyObject[0], null));
    } catch (PyException e) {
      ts.interp.reportUnraisable("Exception ignored in: " + del.repr(), e);
    }
    return ts.refs.decref(inst);
  }

  public static void dealloc(ThreadState ts, PyObject o) {
    if (o.isImmortal()) {
      return;
    }
    if (o.getClass() == PyFloat.class) {
      // The commonest death in numeric code: nothing held, no finalizer, straight to the free list.
      o.markDead();
      if (ts.checkMemory) {
        Interpreter.recordFree(o, ts);
      }
      ts.freeLists.recycleFloat((PyFloat) o);
      return;
    }
    if (o instanceof PyInstance inst && inst.type().hasFinalizer() && !finalize(ts, inst)) {
      return;
    }
    o.markDead();
    if (ts.checkMemory) {
      Interpreter.recordFree(o, ts);
    }
    o.release();
    ts.freeLists.recycle(o);
  }
}
