package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.eval.Eval;
import io.gilvm.eval.Frame;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/**
 * A generator: a suspended frame resumed by {@code next()} and {@code send()}. The same frame
 * suspension runs coroutines ({@code async def}) and asynchronous generators ({@code async def}
 * with {@code yield}); {@link #kind} says which, and {@link Coroutines} gives them their own
 * protocols.
 */
public final class PyGenerator extends PyObject {
  static final int GENERATOR = 0;
  public static final int COROUTINE = 1;
  static final int ASYNC_GENERATOR = 2;

  private Frame frame;
  private final String name;
  private final String qualname;

  /** Set while one thread runs the frame; see {@link #claim()}. */
  private volatile boolean running;

  private boolean started;

  /** A coroutine that returned: awaiting it again is an error. */
  private boolean finished;

  public final int kind;
  private final PyCode code;
  private PyObject returnValue = PyNone.NONE;

  private static final java.lang.invoke.VarHandle RUNNING;

  static {
    try {
      RUNNING =
          java.lang.invoke.MethodHandles.lookup()
              .findVarHandle(PyGenerator.class, "running", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  public PyGenerator(Frame frame, PyFunction fn) {
    this.frame = frame;
    this.name = fn.name;
    this.qualname = fn.qualname;
    this.code = fn.code;
    int flags = fn.code.flags;
    this.kind =
        (flags & PyCode.CO_ASYNC_GENERATOR) != 0
            ? ASYNC_GENERATOR
            : (flags & PyCode.CO_COROUTINE) != 0 ? COROUTINE : GENERATOR;
    frame.generator = this;
  }

  @Override
  public PyType type() {
    return switch (kind) {
      case COROUTINE -> Coroutines.COROUTINE;
      case ASYNC_GENERATOR -> Coroutines.ASYNC_GENERATOR;
      default -> PyType.GENERATOR;
    };
  }

  /** The prefix of the introspection attributes: gi_, cr_ or ag_. */
  private String prefix() {
    return switch (kind) {
      case COROUTINE -> "cr_";
      case ASYNC_GENERATOR -> "ag_";
      default -> "gi_";
    };
  }

  /** What the frame's code says it is ("generator", "coroutine", "async generator"). */
  private String what() {
    return switch (kind) {
      case COROUTINE -> "coroutine";
      case ASYNC_GENERATOR -> "async generator";
      default -> "generator";
    };
  }

  /** Whether the frame is suspended at a yield from or await (YIELD_FROM), not its own yield. */
  boolean suspendedInAwait() {
    Frame f = frame;
    return f != null
        && f.pc < f.code.code.length
        && f.code.code[f.pc] == io.gilvm.bytecode.Opcode.YIELD_FROM;
  }

  boolean isRunning() {
    return running;
  }

  boolean isFinished() {
    return frame == null;
  }

  /** Whether the generator's function was made a coroutine by types.coroutine. */
  boolean isIterableCoroutine() {
    Frame f = frame;
    return f != null && (f.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0;
  }

  /** The value the generator returned, once it finished. */
  public PyObject returnValue() {
    return returnValue;
  }

  /**
   * Claims the generator for the calling thread, as CPython's {@code gi_running}: one thread at a
   * time may run its frame (or close it); any other caller, in another thread or re-entering from
   * inside the frame, gets CPython's ValueError. The claim is a compare-and-set, so that without a
   * global lock two threads can never both resume the same frame.
   */
  private void claim() {
    if (!RUNNING.compareAndSet(this, false, true)) {
      throw PyException.valueError(what() + " already executing");
    }
  }

  /**
   * Runs the generator until its next yield: returns the yielded value (floating), or null when it
   * finished (its return value is then {@link #returnValue()}).
   */
  public PyObject resume(ThreadState ts, PyObject sent) {
    if (frame == null && !running) {
      if (kind == COROUTINE && finished) {
        throw PyException.runtimeError("cannot reuse already awaited coroutine");
      }
      return null;
    }
    claim();
    try {
      Frame f = frame;
      if (f == null) {
        return null;
      }
      if (!started) {
        if (sent != PyNone.NONE) {
          throw PyException.typeError(
              "can't send non-None value to a just-started " + what().replace("async ", "async_"));
        }
        started = true;
      } else {
        ts.refs.incref(sent);
        f.stack[f.sp++] = sent;
      }
      return run(ts, f);
    } finally {
      running = false;
    }
  }

  /**
   * Runs the claimed frame to its next yield (returns the value) or its end (returns null, keeping
   * the return value). A StopIteration escaping the frame becomes RuntimeError (PEP 479).
   */
  private PyObject run(ThreadState ts, Frame f) {
    try {
      PyObject v = Eval.execute(ts, f);
      if (f.yielded) {
        // YIELD_VALUE handed v over (Refs.release): unshared, it floats; otherwise this thread
        // keeps it counted until our caller holds its own, even if another thread resumes the
        // frame meanwhile and drops the frame's references.
        return v;
      }
      frame = null;
      finished = true;
      returnValue = v;
      return null;
    } catch (PyException e) {
      frame = null;
      finished = true;
      boolean stopAsync = kind == ASYNC_GENERATOR && e.matches(ExceptionTypes.STOP_ASYNC_ITERATION);
      if (e.matches(ExceptionTypes.STOP_ITERATION) || stopAsync) {
        PyException re =
            PyException.runtimeError(
                what() + " raised " + (stopAsync ? "StopAsyncIteration" : "StopIteration"));
        re.value().setContext(e.value());
        re.value().setCause(e.value());
        throw re;
      }
      throw e;
    }
  }

  @Override
  public PyObject iter() {
    if (kind != GENERATOR) {
      throw PyException.typeError("'" + type().name() + "' object is not iterable");
    }
    return this;
  }

  @Override
  public PyObject next() {
    if (kind != GENERATOR) {
      throw PyException.typeError("'" + type().name() + "' object is not an iterator");
    }
    return resume(ThreadState.current(), PyNone.NONE);
  }

  /**
   * {@code gen.throw(exc)}: raises {@code exc} where the generator is suspended and runs it to its
   * next yield (returned) or to its end (null; the exception propagates if not handled).
   */
  public PyObject throwInto(ThreadState ts, PyBaseException exc) {
    if (frame == null && !running) {
      throw new PyException(exc);
    }
    claim();
    try {
      return throwClaimed(ts, exc);
    } finally {
      running = false;
    }
  }

  private PyObject throwClaimed(ThreadState ts, PyBaseException exc) {
    Frame f = frame;
    if (f == null) {
      throw new PyException(exc);
    }
    if (!started) {
      // Never started: the exception is raised before the first instruction, with no handler.
      frame = null;
      f.clear(ts);
      throw new PyException(exc);
    }
    if (suspendedInAwait()) {
      // Suspended in yield from / await: the exception goes to the delegate first, as CPython.
      PyObject delegate = f.stack[f.sp - 1];
      Object outcome = throwIntoDelegate(ts, delegate, exc);
      if (outcome instanceof PyBaseException raised) {
        exc = raised;
      } else if (outcome instanceof Yielded y) {
        return y.value;
      } else {
        // The delegate finished: its result replaces it and the frame goes on past YIELD_FROM.
        PyObject result = (PyObject) outcome;
        ts.refs.incref(result);
        f.stack[f.sp - 1] = result;
        Refs.decref(ts, delegate);
        f.pc += 2;
        return run(ts, f);
      }
    }
    f.pendingThrow = exc;
    // The frame expects the sent value on its stack when it resumes; a throw sends none.
    ts.refs.incref(PyNone.NONE);
    f.stack[f.sp++] = PyNone.NONE;
    return run(ts, f);
  }

  /** A value the delegate yielded: the outer frame stays suspended. */
  private record Yielded(PyObject value) {}

  /**
   * Throws {@code exc} into what a suspended yield from / await delegates to (the frame is
   * claimed): answers a {@link Yielded} when it yielded again, its result (a PyObject) when it
   * finished, or the exception to raise in this frame instead (itself, or what it raised).
   */
  private Object throwIntoDelegate(ThreadState ts, PyObject delegate, PyBaseException exc) {
    boolean exit = exc.type().isSubtypeOf(ExceptionTypes.GENERATOR_EXIT);
    ts.refs.incref(delegate);
    try {
      if (exit) {
        // close() closes the delegate, then raises GeneratorExit here.
        if (delegate instanceof PyGenerator g) {
          g.close();
        } else if (delegate instanceof Coroutines.Awaitable a) {
          a.closeAwaitable();
        } else if (delegate.lookupAttr("close") != null) {
          Refs.discard(ts, Ops.callAttr(ts, delegate, "close"));
        }
        return exc;
      }
      PyObject r;
      PyObject result;
      if (delegate instanceof PyGenerator g) {
        r = g.throwInto(ts, exc);
        result = r == null ? g.returnValue() : null;
      } else if (delegate instanceof Coroutines.Awaitable a) {
        r = a.step(ts, PyNone.NONE, exc);
        result = r == null ? a.result : null;
      } else if (delegate.type().lookup("throw") != null) {
        try {
          r = Ops.callAttr(ts, delegate, "throw", exc);
          result = null;
        } catch (PyException e) {
          if (!e.matches(ExceptionTypes.STOP_ITERATION)) {
            throw e;
          }
          r = null;
          result = e.value().lookupAttr("value");
        }
      } else {
        return exc;
      }
      return r != null ? new Yielded(r) : result;
    } catch (PyException e) {
      return e.value();
    } finally {
      Refs.release(ts, delegate);
    }
  }

  /**
   * {@code gen.close()}: raises GeneratorExit where the generator is suspended, so its finally
   * blocks and with statements run; RuntimeError if it yields again. ValueError while it runs.
   */
  public void close() {
    if (frame == null && !running) {
      return;
    }
    claim();
    try {
      closeClaimed(ThreadState.current());
    } finally {
      running = false;
    }
  }

  private void closeClaimed(ThreadState ts) {
    Frame f = frame;
    if (f == null) {
      return;
    }
    if (!started || f.nblocks == 0) {
      // Nothing would catch GeneratorExit: finishing without resuming is the same.
      frame = null;
      f.clear(ts);
      return;
    }
    try {
      PyObject v = throwClaimed(ts, PyBaseException.create(ExceptionTypes.GENERATOR_EXIT));
      if (v != null) {
        throw PyException.runtimeError(what() + " ignored GeneratorExit");
      }
    } catch (PyException e) {
      if (!e.matches(ExceptionTypes.GENERATOR_EXIT) && !e.matches(ExceptionTypes.STOP_ITERATION)) {
        throw e;
      }
    }
  }

  /**
   * A generator freed while suspended is closed, as CPython's finalizer does; an exception from
   * that is reported as unraisable ("Exception ignored in: …") and the frame is let go anyway.
   */
  @Override
  public void release() {
    if (!RUNNING.compareAndSet(this, false, true)) {
      return;
    }
    ThreadState ts = ThreadState.current();
    try {
      closeClaimed(ts);
    } catch (PyException e) {
      ts.interp.reportUnraisable("Exception ignored in: " + repr(), e);
    } finally {
      Frame f = frame;
      if (f != null) {
        frame = null;
        f.clear(ts);
      }
      running = false;
    }
  }

  @Override
  public PyObject lookupAttr(String attr) {
    switch (attr) {
      case "__name__":
        return new PyStr(name);
      case "__qualname__":
        return new PyStr(qualname);
      case "gi_code":
      case "cr_code":
      case "ag_code":
        return attr.startsWith(prefix()) ? code : super.lookupAttr(attr);
      case "gi_frame":
      case "cr_frame":
      case "ag_frame":
        if (!attr.startsWith(prefix())) {
          return super.lookupAttr(attr);
        }
        {
          Frame f = frame;
          return f == null || f.cleared ? PyNone.NONE : f.view();
        }
      case "gi_running":
      case "cr_running":
      case "ag_running":
        return attr.startsWith(prefix()) ? PyBool.of(running) : super.lookupAttr(attr);
      case "gi_yieldfrom":
      case "cr_await":
      case "ag_await":
        if (!attr.startsWith(prefix())) {
          return super.lookupAttr(attr);
        }
        {
          Frame f = frame;
          return !running && suspendedInAwait() ? f.stack[f.sp - 1] : PyNone.NONE;
        }
      default:
        return super.lookupAttr(attr);
    }
  }

  @Override
  public String repr() {
    return "<"
        + type().name()
        + " object "
        + qualname
        + " at 0x"
        + Long.toHexString(Builtins.id(this))
        + ">";
  }
}
