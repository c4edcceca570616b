package io.gilvm.state;

import io.gilvm.eval.Frame;
import io.gilvm.eval.Insns;
import io.gilvm.mem.FreeLists;
import io.gilvm.mem.Refs;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyObject;
import io.gilvm.spi.Deallocator;
import io.gilvm.spi.EvalBreaker;
import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockEvents;
import io.gilvm.spi.RefCounts;
import io.gilvm.spi.ThreadHandle;
import io.gilvm.sync.CriticalSection;

/**
 * One interpreter thread's state (CPython's PyThreadState): its interpreter, its handle for the
 * lock, the current frame, the exception being handled, and its free lists.
 */
public final class ThreadState {
  public final Interpreter interp;
  public final RefCounts refs;
  public final InterpreterLock lock;

  /** The interpreter's eval breaker, and whether the lock's checkpoint runs every time. */
  public final EvalBreaker breaker;

  public final boolean pollsLock;

  /** Loop back edges and calls this thread makes between two ticks of the eval breaker. */
  static final int TICK_EVERY = 1024;

  /** Back edges and calls left until the next tick; this thread's only. */
  private int untilTick = TICK_EVERY;

  /**
   * A loop's back edge or a call: every {@link #TICK_EVERY}th sets the eval breaker's {@link
   * EvalBreaker#TICK}, so that the next checkpoint takes its out-of-line path ({@link
   * Insns#attention}), which does nothing else.
   *
   * <p>Why: HotSpot's optimising compiler turns a branch its profile never saw taken into an
   * uncommon trap. One thread alone never takes the checkpoint's slow path, so the eval loop and
   * every compiled part would be compiled with such a trap, and the first drop request of a second
   * thread would throw them back to the bytecode interpreter ("made not entrant") for up to a
   * second while they are recompiled. A tick every so many back edges and calls makes sure every
   * hot loop and function sees the path taken while it is being profiled (thousands of iterations),
   * so it is compiled from the start, as a call. A tick is not a checkpoint: it changes neither
   * where one is nor what a lock does at one (the lock finds no request).
   */
  public void countTowardsTick() {
    if (--untilTick < 0) {
      untilTick = TICK_EVERY;
      breaker.set(EvalBreaker.TICK);
    }
  }

  public final ThreadHandle handle;
  public final FreeLists freeLists;

  /** Checked memory mode (the interpreter's setting, kept here for the dealloc path). */
  public final boolean checkMemory;

  /** The innermost running Python frame, or null. */
  public Frame frame;

  /** Python frames on this thread's stack. */
  public int depth;

  /** The exception being handled ({@code sys.exc_info()}), or null. */
  public PyBaseException handled;

  /** How many recent exceptions keep the frames they left ({@link #keepForTraceback}). */
  private static final int TRACEBACKS_KEPT = 4;

  /** How many of the frames one exception left keep their variables, innermost first. */
  private static final int FRAMES_PER_TRACEBACK = 64;

  /** The recent exceptions that left frames, oldest first, and those frames. */
  private final java.util.ArrayList<PyBaseException> keptExceptions = new java.util.ArrayList<>();

  private final java.util.ArrayList<java.util.ArrayList<Frame>> keptFrames =
      new java.util.ArrayList<>();

  /**
   * Exception {@code exc} leaves frame {@code f}: the frame keeps its variables after the return,
   * so that the traceback's {@code tb_frame.f_locals} shows them as CPython's does. Only the few
   * latest exceptions keep their frames (a raised exception lives as long as the program here), the
   * one being handled the longest.
   */
  public void keepForTraceback(PyBaseException exc, Frame f) {
    int i = keptExceptions.size() - 1;
    while (i >= 0 && keptExceptions.get(i) != exc) {
      i--;
    }
    if (i < 0) {
      if (keptExceptions.size() == TRACEBACKS_KEPT) {
        int oldest = keptExceptions.get(0) == handled ? 1 : 0;
        keptExceptions.remove(oldest);
        unholdAll(keptFrames.remove(oldest));
      }
      keptExceptions.add(exc);
      keptFrames.add(new java.util.ArrayList<>());
      i = keptExceptions.size() - 1;
    }
    java.util.ArrayList<Frame> frames = keptFrames.get(i);
    if (frames.size() < FRAMES_PER_TRACEBACK) {
      f.holdForTraceback();
      frames.add(f);
    }
  }

  /** Lets go of every frame {@link #keepForTraceback} kept (the thread ends, the program exits). */
  public void releaseTracebackFrames() {
    while (!keptExceptions.isEmpty()) {
      keptExceptions.remove(keptExceptions.size() - 1);
      unholdAll(keptFrames.remove(keptFrames.size() - 1));
    }
  }

  private void unholdAll(java.util.List<Frame> frames) {
    // Freeing the variables may run code that raises again: the lists are no longer shared.
    for (Frame f : frames) {
      f.unhold(this);
    }
  }

  /** The Java thread this state belongs to. */
  final Thread javaThread;

  /** Whether containers take per-object critical sections (the lock is not global). */
  public final boolean objectLocks;

  /**
   * Whether containers are shared without any guard: neither a global lock nor object locks (the
   * "no lock at all" configuration), where a data race may break a container's internals.
   */
  public final boolean unguardedContainers;

  /**
   * Whether a value handed on (a function's result, a popped item) stays counted until its receiver
   * counts it ({@link CriticalSection#handOver}): without a global lock, with or without object
   * locks, another thread could free it in between.
   */
  public final boolean countsHandOvers;

  /** The critical sections this thread is in. */
  public final CriticalSection.Stack sections = new CriticalSection.Stack();

  /** Where lock events go ({@code --stats} and friends), or null. */
  public final LockEvents events;

  /**
   * Whether a reference count read by this thread is the whole truth: under a global lock every
   * count change happened before this thread took the lock. Without one, another thread's share of
   * a count (a biased count's shared part, a plain count's lost update) may not show, so a count of
   * exactly what this thread holds does not prove it the only owner.
   */
  public final boolean exactCounts;

  /** Instructions executed, counted only while events are recorded. */
  public long instructions;

  /** Deallocates objects the memory strategy finds dead while merging counts. */
  public final Deallocator deallocator = o -> Refs.dealloc(this, (PyObject) o);

  private static final ThreadLocal<ThreadState> ATTACHED = new ThreadLocal<>();

  ThreadState(Interpreter interp, ThreadHandle handle, Thread javaThread) {
    this.interp = interp;
    this.refs = interp.refs;
    this.freeLists = new FreeLists(refs);
    this.lock = interp.lock;
    this.breaker = interp.breaker;
    this.pollsLock = interp.pollsLock;
    this.handle = handle;
    this.javaThread = javaThread;
    this.checkMemory = interp.checkMemory;
    this.objectLocks = interp.lock.usesObjectLocks();
    this.events = interp.events;
    // Unguarded: no global lock and either no object locks, or counts that can drop to zero
    // while a container is in use (plain counts without a global lock), freeing it under a reader.
    this.unguardedContainers =
        interp.lockStrategy != null
            && !interp.lockStrategy.isGlobal()
            && (!objectLocks || interp.memoryStrategy.needsGlobalLock());
    this.exactCounts = interp.lockStrategy == null || interp.lockStrategy.isGlobal();
    this.countsHandOvers = !exactCounts;
    // In checked mode a freed object must stay dead to be caught, so nothing is reused.
    this.freeLists.enabled = !interp.checkMemory;
  }

  /** The state of the calling thread: the interpreter thread it is, or a detached one. */
  public static ThreadState current() {
    Thread t = Thread.currentThread();
    if (t instanceof PyThread p && p.state != null) {
      return p.state;
    }
    ThreadState ts = ATTACHED.get();
    return ts != null ? ts : Interpreter.detached();
  }

  /**
   * Makes {@code next} the calling thread's state (null: none) and returns the one it had (null for
   * none): a thread moving between the interpreters of one program ({@link Subinterpreters}).
   */
  static ThreadState swap(ThreadState next) {
    Thread t = Thread.currentThread();
    if (t instanceof PyThread p) {
      ThreadState old = p.state;
      p.state = next;
      return old;
    }
    ThreadState old = ATTACHED.get();
    bindToCurrentThread(next);
    return old;
  }

  static void bindToCurrentThread(ThreadState ts) {
    if (ts == null) {
      ATTACHED.remove();
    } else {
      ATTACHED.set(ts);
    }
  }

  /** Joins the interpreter lock and the memory strategy; once, by this thread, before running. */
  void attach() {
    if (events != null) {
      events.event(handle, LockEvents.Kind.WANTS);
    }
    lock.attach(handle);
    if (events != null) {
      events.event(handle, LockEvents.Kind.TOOK);
    }
    refs.attach(handle);
  }

  /** Leaves what {@link #attach} joined; once, by this thread, after its last instruction. */
  void detach() {
    try {
      if (sections.hasKept()) {
        sections.releaseKept(this);
      }
      refs.detach(handle, deallocator);
    } finally {
      if (events != null) {
        if (interp.recorder != null) {
          interp.recorder.instructions(handle, instructions);
        }
        events.event(handle, LockEvents.Kind.RELEASED_EXIT);
      }
      lock.detach(handle);
    }
  }

  /**
   * CPython's Py_BEGIN_ALLOW_THREADS: other threads may run bytecode until {@link #endBlocking}.
   */
  public void beginBlocking() {
    refs.checkpoint(handle, deallocator);
    if (objectLocks) {
      sections.suspendAll();
    }
    if (events != null) {
      events.event(handle, LockEvents.Kind.BLOCKING_BEGIN);
    }
    lock.beginBlocking(handle);
  }

  /** CPython's Py_END_ALLOW_THREADS: waits until this thread may run bytecode again. */
  public void endBlocking() {
    if (events != null) {
      events.event(handle, LockEvents.Kind.BLOCKING_END);
      events.event(handle, LockEvents.Kind.WANTS);
    }
    lock.endBlocking(handle);
    if (events != null) {
      events.event(handle, LockEvents.Kind.TOOK);
    }
    if (objectLocks) {
      sections.resumeInnermost(this);
    }
  }

  /**
   * A loop's back edge: the memory strategy's checkpoint, and the values the loop's frame kept
   * under object locks since {@code keptMark} are released ({@link CriticalSection#keepAlive}).
   */
  public void backEdge(int keptMark) {
    countTowardsTick();
    refs.checkpoint(handle, deallocator);
    if (sections.hasKeptAbove(keptMark)) {
      sections.releaseKept(this, keptMark);
    }
  }

  /** An action that may block, run with the interpreter lock released. */
  @FunctionalInterface
  public interface BlockingCall<T> {
    T run() throws InterruptedException;
  }

  /**
   * Runs {@code call} with the lock released, as every blocking builtin does. A Java interrupt
   * becomes KeyboardInterrupt.
   */
  public <T> T blocking(BlockingCall<T> call) {
    while (true) {
      beginBlocking();
      try {
        inBlockingCall = true;
        // A signal that came after the last checkpoint but before this call began found no call
        // to interrupt: it is handled now instead of after the wait (which might never end).
        if (interp.signals.pending() && interp.signals.routesInterrupts()) {
          throw new InterruptedException();
        }
        return call.run();
      } catch (InterruptedException e) {
        // Handled below, with the lock taken back.
      } finally {
        inBlockingCall = false;
        endBlocking();
      }
      Signals signals = interp.signals;
      if (!signals.routesInterrupts()) {
        Thread.currentThread().interrupt();
        throw new PyException(PyBaseException.create(ExceptionTypes.KEYBOARD_INTERRUPT));
      }
      // A signal woke the call (or a late wake-up meant for a call that had ended): its handler
      // runs now, and if it raises nothing the call goes on, as PEP 475 has it. A call with a
      // timeout keeps its deadline across the retry.
      Thread.interrupted();
      signals.runPending(this);
    }
  }

  /**
   * CPython's {@code Py_EnterRecursiveCall}: a native that recurses into nested objects (repr,
   * comparison) counts each level toward the recursion limit, so a list nested 100,000 deep is a
   * RecursionError ({@code "maximum recursion depth exceeded" + where}), not a Java stack overflow.
   * Pair with {@link #leaveRecursiveCall}.
   */
  public void enterRecursiveCall(String where) {
    if (++depth > interp.depthLimit) {
      depth--;
      throw PyException.of(
          ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded" + where);
    }
  }

  public void leaveRecursiveCall() {
    depth--;
  }

  /** Set while the thread is inside a blocking call that a signal may interrupt. */
  volatile boolean inBlockingCall;

  /**
   * How many references this thread holds on {@code o} only to keep it alive after reading it out
   * of a container under object locks ({@link CriticalSection#keepAlive}).
   */
  public int keptReferences(PyObject o) {
    return sections.keptCount(o);
  }

  /** The exception being handled, or null. */
  public PyBaseException handledException() {
    return handled;
  }

  /** The innermost Python frame's globals, or null outside any frame. */
  public PyDict currentGlobals() {
    return frame == null ? null : frame.globals;
  }

  /** The Java thread this state belongs to. */
  public Thread javaThread() {
    return javaThread;
  }

  /** The innermost Python frame, or null. */
  public Frame currentFrame() {
    return frame;
  }
}
