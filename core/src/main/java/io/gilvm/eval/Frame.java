package io.gilvm.eval;

import io.gilvm.mem.Refs;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFrameObject;
import io.gilvm.object.PyGenerator;
import io.gilvm.object.PyObject;
import io.gilvm.state.ThreadState;

/**
 * An executing (or suspended) code object: fast locals and cells, the value stack, the block stack,
 * and the position. Each value on the stack and in a fast slot owns one reference.
 */
public final class Frame {
  static final int SETUP_FINALLY = 1;
  static final int EXCEPT_HANDLER = 2;
  private static final int MAX_BLOCKS = 20;

  public final PyCode code;
  public final PyDict globals;
  public final PyDict builtins;

  /**
   * The namespace of a module or class body (a dict, or for a class whatever mapping its
   * metaclass's {@code __prepare__} returned); null for function frames.
   */
  public final PyObject locals;

  /**
   * A function frame's {@code locals()} dict (owned), made on first use and refreshed from the fast
   * locals at each call, so that what exec() stores in it stays there, as CPython's.
   */
  PyDict localsSnapshot;

  /** Fast locals, then cells (cellvars), then free cells (freevars). */
  public final PyObject[] fast;

  public final PyObject[] stack;
  public int sp;

  /** Offset of the next instruction. */
  public int pc;

  /**
   * The mark of the kept values (CriticalSection.Stack) below this frame, for the compiled tier's
   * tail (the eval loop keeps it in a local).
   */
  int keptBase;

  /** Triples (type, handler, level); allocated on first use, since most calls need none. */
  int[] blocks = NO_BLOCKS;

  private static final int[] NO_BLOCKS = new int[0];
  public int nblocks;
  public Frame back;

  /** The generator running this frame, or null. */
  public PyGenerator generator;

  /** Set when the frame stopped at a yield rather than a return. */
  public boolean yielded;

  /** An exception to raise where the suspended frame stands when it resumes (generator.throw). */
  public PyBaseException pendingThrow;

  /** The compiled tier's return value, from the part of the code that returned to its dispatch. */
  PyObject compiledResult;

  Frame(PyCode code, PyDict globals, PyDict builtins, PyObject locals) {
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    int ncells = code.cellvars.length;
    int nfree = code.freevars.length;
    this.fast = new PyObject[code.varnames.length + ncells + nfree];
    this.stack = new PyObject[code.stacksize + 1];
  }

  public PyCode code() {
    return code;
  }

  /** The calling frame, or null. */
  public Frame back() {
    return back;
  }

  public PyDict globals() {
    return globals;
  }

  /** The line being executed (for tracebacks): that of the last instruction started. */
  public int line() {
    return code.lineAt(Math.max(0, pc - 2));
  }

  void pushBlock(int type, int handler, int level) {
    if (nblocks == MAX_BLOCKS) {
      throw PyException.of(ExceptionTypes.SYSTEM_ERROR, "too many statically nested blocks");
    }
    if (blocks.length == 0) {
      blocks = new int[MAX_BLOCKS * 3];
    }
    int i = nblocks * 3;
    blocks[i] = type;
    blocks[i + 1] = handler;
    blocks[i + 2] = level;
    nblocks++;
  }

  /** The first fast slot of the cells. */
  int cellBase() {
    return code.varnames.length;
  }

  /** Set once the frame has finished and let go of its variables. */
  public boolean cleared;

  /**
   * The frame object ({@code sys._getframe()}, {@code gi_frame}, {@code tb_frame}) alive for this
   * frame, or null: one at a time, as CPython has. Guarded by this frame.
   */
  private PyFrameObject view;

  /**
   * Set when the frame finished while its frame object was alive: the variables (fast slots and the
   * locals() dict) outlived the call, for {@code f_locals}, and the frame object's release lets go
   * of them. Guarded by this frame.
   */
  public boolean kept;

  /**
   * How many recent exceptions that left this frame keep its variables after the return, for their
   * traceback's {@code tb_frame.f_locals} ({@link ThreadState#keepForTraceback}). Written under
   * this frame's lock.
   */
  private volatile int tracebacks;

  /** An exception left this frame: its variables stay after the return until {@link #unhold}. */
  public synchronized void holdForTraceback() {
    tracebacks++;
  }

  /** Ends a {@link #holdForTraceback}: the variables go when nothing else keeps them. */
  public void unhold(ThreadState ts) {
    boolean free;
    synchronized (this) {
      tracebacks--;
      free = tracebacks == 0 && kept && view == null;
      if (free) {
        kept = false;
      }
    }
    if (free) {
      releaseVariables(ts);
    }
  }

  /** Whether a frame object may be alive (read without the lock on each return). */
  private volatile boolean viewed;

  /** The frame object of this frame: the one alive, or a new one. */
  public synchronized PyFrameObject view() {
    PyFrameObject v = view;
    if (v == null) {
      v = new PyFrameObject(this);
      view = v;
      viewed = true;
    }
    return v;
  }

  /** Frame object {@code v} was freed: the variables it kept after the return go too. */
  public void dropView(ThreadState ts, PyFrameObject v) {
    boolean free;
    synchronized (this) {
      if (view != v) {
        return;
      }
      view = null;
      viewed = false;
      free = kept && tracebacks == 0;
      if (free) {
        kept = false;
      }
    }
    if (free) {
      releaseVariables(ts);
    }
  }

  /** Visits the variables frame object {@code v} keeps after the return. */
  public synchronized void visitKept(PyFrameObject v, java.util.function.Consumer<PyObject> visit) {
    if (view != v || !kept) {
      return;
    }
    if (localsSnapshot != null) {
      visit.accept(localsSnapshot);
    }
    for (PyObject o : fast) {
      if (o != null) {
        visit.accept(o);
      }
    }
  }

  /** Releases every reference the frame holds (locals, cells, stack). */
  public void clear(ThreadState ts) {
    cleared = true;
    PyObject[] s = stack;
    for (int i = 0; i < s.length; i++) {
      PyObject o = s[i];
      if (o != null) {
        s[i] = null;
        Refs.decref(ts, o);
      }
    }
    sp = 0;
    if (viewed || tracebacks > 0) {
      synchronized (this) {
        if (view != null || tracebacks > 0) {
          // A frame object or an exception's traceback outlives the call: it keeps the
          // variables, as CPython's do.
          kept = true;
          return;
        }
      }
    }
    releaseVariables(ts);
  }

  /** Lets go of the variables: the locals() dict and the fast slots. */
  private void releaseVariables(ThreadState ts) {
    if (localsSnapshot != null) {
      PyDict d = localsSnapshot;
      localsSnapshot = null;
      Refs.decref(ts, d);
    }
    PyObject[] f = fast;
    for (int i = 0; i < f.length; i++) {
      PyObject o = f[i];
      if (o != null) {
        f[i] = null;
        Refs.decref(ts, o);
      }
    }
  }
}
