package io.gilvm.sync;

import io.gilvm.mem.Refs;
import io.gilvm.object.PyContainer;
import io.gilvm.object.PyObject;
import io.gilvm.state.ThreadState;
import java.util.Arrays;

/**
 * Per-object critical sections (CPython 3.13t's {@code Py_BEGIN_CRITICAL_SECTION}): what guards a
 * list, dict or set when the interpreter lock lets threads run bytecode in parallel. Under a global
 * lock they are off and cost one field read.
 *
 * <pre>
 * ThreadState cs = CriticalSection.begin(this);   // null when object locks are off
 * try {
 *   ... read or change this container ...
 * } finally {
 *   CriticalSection.end(cs);
 * }
 * </pre>
 *
 * <p>Concurrency: each thread keeps a stack of the sections it is in ({@link Stack}). Sections nest
 * (an operation calls back into Python, which touches other containers), and plain nested locking
 * could deadlock when two threads take two objects' locks in opposite orders. So, as in CPython, a
 * thread never waits for a mutex while holding one it could keep: when the mutex it wants is taken,
 * or when it is about to block (I/O, sleep, a user lock, join), it first <em>suspends</em> every
 * section it holds — releases their mutexes — and when it may run again it takes back only the
 * innermost section's; an outer section is taken back when the sections inside it end. A two-object
 * section takes the lower identity first and holds the first while waiting for the second, which
 * cannot deadlock: a waiter holds at most the lower mutex of its innermost section. A section on an
 * object the thread already holds takes nothing. The price, the same as under a GIL: an operation
 * whose callback blocks may see its container changed by other threads meanwhile.
 *
 * <p>Values read out of a container are borrowed, and once the section ends another thread could
 * remove and free them before the reader takes its reference. So a reader under object locks {@link
 * #keepAlive keeps} such a value alive — one extra reference — until the end of the instruction
 * that read it (the eval loop's), its thread's next back edge, or its exit, where the kept
 * references are dropped. Values handed on (a function's result, a popped item) are kept the same
 * way unless they are certainly unshared ({@link #handOver}). An eval loop drops only what was kept
 * since it began, so what a native received stays alive while it calls Python code.
 */
public final class CriticalSection {
  private CriticalSection() {}

  /**
   * Begins a section on {@code o} for the calling thread, waiting for its mutex; returns the
   * thread's state to pass to {@link #end}, or null when object locks are off.
   */
  public static ThreadState begin(PyContainer o) {
    return begin(ThreadState.current(), o);
  }

  /** {@link #begin(PyContainer)} for the calling thread's state {@code ts}. */
  public static ThreadState begin(ThreadState ts, PyContainer o) {
    if (!ts.objectLocks) {
      return null;
    }
    ts.sections.enter(ts, o, null);
    return ts;
  }

  /**
   * Begins one section on two containers (either may be another type, or the same object: only
   * containers are locked). Returns what {@link #end} takes, or null when object locks are off.
   */
  public static ThreadState begin(PyObject a, PyObject b) {
    ThreadState ts = ThreadState.current();
    if (!ts.objectLocks) {
      return null;
    }
    PyContainer ca = a instanceof PyContainer c ? c : null;
    PyContainer cb = b instanceof PyContainer c && b != a ? c : null;
    if (ca == null) {
      ca = cb;
      cb = null;
    }
    ts.sections.enter(ts, ca, cb);
    return ts;
  }

  /** Ends the innermost section begun by {@link #begin}; does nothing for null. */
  public static void end(ThreadState ts) {
    if (ts != null) {
      ts.sections.exit(ts);
    }
  }

  /**
   * Keeps {@code v}, just read out of a container inside a section, alive until the end of the
   * current instruction, the thread's next back edge or its exit; returns it. Does nothing when
   * object locks are off.
   */
  public static PyObject keepAlive(ThreadState cs, PyObject v) {
    if (cs != null && v != null && !v.isImmortal()) {
      cs.sections.keep(cs, v);
    }
    return v;
  }

  /**
   * {@link #keepAlive} for a value read without a section, to which the reader already took a
   * reference: that reference is the one kept.
   */
  public static void keepTaken(ThreadState ts, PyObject v) {
    if (v.isImmortal()) {
      return;
    }
    ts.sections.keepOwned(v);
  }

  /**
   * Hands the caller's reference to {@code v} over to whoever receives {@code v} next on this
   * thread (a function's result to its caller, an item popped off a container to the popper), which
   * takes a reference of its own if it keeps it. Under a global lock the reference is simply
   * released: {@code v} floats (count possibly zero, not freed) until the receiver's incref, and no
   * other thread runs in between. Without a global lock (object locks on or off) a floating
   * reference to an object another thread can reach is not safe: that thread may drop the last
   * counted reference, or (biased counting) the owner may merge the counts to zero, and free {@code
   * v} before the receiver's incref. So the reference is released only when the memory strategy can
   * tell it is the only one ({@link io.gilvm.spi.RefCounts#releaseUnique}); otherwise it is kept,
   * counted, until the end of the receiving instruction.
   */
  public static void handOver(ThreadState ts, PyObject v) {
    if (!ts.countsHandOvers || v.isImmortal()) {
      ts.refs.decref(v);
    } else if (!ts.refs.releaseUnique(v)) {
      ts.sections.keepOwned(v);
    }
  }

  /** One thread's sections (CPython's {@code tstate->critical_section}) and kept values. */
  public static final class Stack {
    private static final byte HOLDS_A = 1;
    private static final byte HOLDS_B = 2;
    private static final byte SUSPENDED = 4;

    private PyContainer[] first = new PyContainer[8];
    private PyContainer[] second = new PyContainer[8];
    private byte[] flags = new byte[8];
    private int depth;

    private PyObject[] kept = new PyObject[16];
    private int nkept;

    /** Whether values read under a section wait to be released. */
    public boolean hasKept() {
      return nkept != 0;
    }

    void enter(ThreadState ts, PyContainer a, PyContainer b) {
      if (depth == first.length) {
        first = Arrays.copyOf(first, depth * 2);
        second = Arrays.copyOf(second, depth * 2);
        flags = Arrays.copyOf(flags, depth * 2);
      }
      if (a == null) {
        // Nothing to lock (neither operand is a container); still pushed, to pair with exit.
        first[depth] = null;
        second[depth] = null;
        flags[depth++] = 0;
        return;
      }
      if (b != null && b.identity() < a.identity()) {
        PyContainer t = a;
        a = b;
        b = t;
      }
      byte f = 0;
      if (a.csOwner != ts) {
        if (!a.tryLock()) {
          waitFor(ts, a, true);
        }
        a.csOwner = ts;
        f |= HOLDS_A;
      }
      if (b != null && b.csOwner != ts) {
        if (!b.tryLock()) {
          waitFor(ts, b, true);
        }
        b.csOwner = ts;
        f |= HOLDS_B;
      }
      first[depth] = a;
      second[depth] = b;
      flags[depth++] = f;
    }

    void exit(ThreadState ts) {
      int i = --depth;
      byte f = flags[i];
      PyContainer a = first[i];
      PyContainer b = second[i];
      first[i] = null;
      second[i] = null;
      flags[i] = 0;
      if ((f & HOLDS_B) != 0) {
        release(b);
      }
      if ((f & HOLDS_A) != 0) {
        release(a);
      }
      if (i > 0 && (flags[i - 1] & SUSPENDED) != 0) {
        resumeInnermost(ts);
      }
    }

    /** Releases every mutex this thread's sections hold: it is about to wait or block. */
    public void suspendAll() {
      for (int i = 0; i < depth; i++) {
        byte f = flags[i];
        if ((f & SUSPENDED) != 0) {
          continue;
        }
        if ((f & HOLDS_B) != 0) {
          release(second[i]);
        }
        if ((f & HOLDS_A) != 0) {
          release(first[i]);
        }
        flags[i] = SUSPENDED;
      }
    }

    /** Takes back the innermost section's mutexes after a suspension. */
    public void resumeInnermost(ThreadState ts) {
      if (depth == 0 || (flags[depth - 1] & SUSPENDED) == 0) {
        return;
      }
      int i = depth - 1;
      PyContainer a = first[i];
      PyContainer b = second[i];
      byte f = 0;
      if (a != null && a.csOwner != ts) {
        if (!a.tryLock()) {
          waitFor(ts, a, false);
        }
        a.csOwner = ts;
        f |= HOLDS_A;
      }
      if (b != null && b.csOwner != ts) {
        if (!b.tryLock()) {
          waitFor(ts, b, false);
        }
        b.csOwner = ts;
        f |= HOLDS_B;
      }
      flags[i] = f;
    }

    /**
     * Waits for a taken mutex as for any blocking call: the thread suspends its sections first
     * (unless it is taking back the innermost one, when all are already suspended) and lets the
     * interpreter lock know it is not running bytecode.
     */
    private void waitFor(ThreadState ts, PyContainer o, boolean suspend) {
      if (suspend) {
        suspendAll();
      }
      if (ts.events != null) {
        ts.events.event(ts.handle, io.gilvm.spi.LockEvents.Kind.CONTENDED);
      }
      ts.lock.beginBlocking(ts.handle);
      try {
        o.lockContended();
      } finally {
        ts.lock.endBlocking(ts.handle);
        if (ts.events != null) {
          ts.events.event(ts.handle, io.gilvm.spi.LockEvents.Kind.TOOK);
        }
      }
    }

    private static void release(PyContainer o) {
      o.csOwner = null;
      o.unlock();
    }

    void keep(ThreadState ts, PyObject v) {
      ts.refs.incref(v);
      keepOwned(v);
    }

    /** Keeps {@code v} with a reference the caller already took. */
    void keepOwned(PyObject v) {
      if (nkept == kept.length) {
        kept = Arrays.copyOf(kept, nkept * 2);
      }
      kept[nkept++] = v;
    }

    /** How many of the kept references are to {@code v}. */
    public int keptCount(PyObject v) {
      int n = 0;
      for (int i = 0; i < nkept; i++) {
        if (kept[i] == v) {
          n++;
        }
      }
      return n;
    }

    /**
     * Where the kept references of the code that is about to run begin: an eval loop releases only
     * those above the mark it took on entry, so a native that called it keeps what it got (a
     * result, a popped item) until its own instruction ends.
     */
    public int keptMark() {
      return nkept;
    }

    /** Whether references were kept above {@code mark}. */
    public boolean hasKeptAbove(int mark) {
      return nkept > mark;
    }

    /** Drops every kept reference; at a thread's exit. */
    public void releaseKept(ThreadState ts) {
      releaseKept(ts, 0);
    }

    /**
     * Drops the references kept above {@code mark} ({@link #keep}, {@link #keepOwned}): at the end
     * of an instruction or a back edge of the eval loop that took the mark. One at a time, from the
     * top: a decref that frees an object may run Python code ({@code __del__}), which keeps and
     * releases its own references above the current top.
     */
    public void releaseKept(ThreadState ts, int mark) {
      while (nkept > mark) {
        PyObject v = kept[--nkept];
        kept[nkept] = null;
        Refs.decref(ts, v);
      }
      if (nkept == 0 && kept.length > 1024) {
        kept = new PyObject[16];
      }
    }
  }
}
