package io.gilvm.runtime;

/**
 * A generator: a suspended frame resumed by {@code next()} and {@code send()}. The same frame
 * suspension runs coroutines ({@code async def}) and asynchronous generators ({@code async def}
 * with {@code yield}); {@link #kind} says which, and {@link Coroutines} gives them their own
 * protocols.
 */
public final class PyGenerator extends PyObject {
  static final int GENERATOR = 0;
  static final int COROUTINE = 1;
  static final int ASYNC_GENERATOR = 2;

  private Frame frame;
  private final String name;
  private final String qualname;
  private boolean running;
  private boolean started;
  /** A coroutine that returned: awaiting it again is an error. */
  private boolean finished;
  final int kind;
  private PyObject returnValue = PyNone.NONE;

  PyGenerator(Frame frame, PyFunction fn) {
    this.frame = frame;
    this.name = fn.name;
    this.qualname = fn.qualname;
    int flags = fn.code.flags;
    this.kind = (flags & PyCode.CO_ASYNC_GENERATOR) != 0 ? ASYNC_GENERATOR
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

  /** What the frame's code says it is ("generator", "coroutine", "async generator"). */
  private String what() {
    return switch (kind) {
      case COROUTINE -> "coroutine";
      case ASYNC_GENERATOR -> "async generator";
      default -> "generator";
    };
  }

  /** Whether the frame is suspended at an await (YIELD_FROM) rather than at its own yield. */
  boolean suspendedInAwait() {
    Frame f = frame;
    return f != null && f.pc < f.code.code.length && f.code.code[f.pc] == io.gilvm.bytecode.Opcode.YIELD_FROM;
  }

  boolean isRunning() {
    return running;
  }

  boolean isFinished() {
    return frame == null;
  }

  /** Whether the generator was created from a function decorated with types.coroutine. */
  boolean isIterableCoroutine() {
    Frame f = frame;
    return f != null && (f.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0;
  }

  /** The value the generator returned, once it finished. */
  PyObject returnValue() {
    return returnValue;
  }

  /**
   * Runs the generator until its next yield: returns the yielded value (floating), or null when
   * it finished (its return value is then {@link #returnValue()}).
   */
  public PyObject resume(ThreadState ts, PyObject sent) {
    Frame f = frame;
    if (f == null) {
      if (kind == COROUTINE && finished) {
        throw PyException.runtimeError("cannot reuse already awaited coroutine");
      }
      return null;
    }
    if (running) {
      throw PyException.valueError(what() + " already executing");
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
  }

  /**
   * Runs the frame to its next yield (returns the value) or its end (returns null, keeping the
   * return value). A StopIteration escaping the frame becomes RuntimeError (PEP 479).
   */
  private PyObject run(ThreadState ts, Frame f) {
    running = true;
    try {
      PyObject v = Eval.execute(ts, f);
      if (f.yielded) {
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
        PyException re = PyException.runtimeError(what() + " raised "
            + (stopAsync ? "StopAsyncIteration" : "StopIteration"));
        re.value().setContext(e.value());
        re.value().setCause(e.value());
        throw re;
      }
      throw e;
    } finally {
      running = false;
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
    Frame f = frame;
    if (f == null) {
      throw new PyException(exc);
    }
    if (running) {
      throw PyException.valueError(what() + " already executing");
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
        running = false;
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
   * Throws {@code exc} into what a suspended yield from / await delegates to: answers a
   * {@link Yielded} when it yielded again, its result (a PyObject) when it finished, or the
   * exception to raise in this frame instead (itself, or what the delegate raised).
   */
  private Object throwIntoDelegate(ThreadState ts, PyObject delegate, PyBaseException exc) {
    boolean exit = exc.type().isSubtypeOf(ExceptionTypes.GENERATOR_EXIT);
    running = true;
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
      running = false;
      Refs.release(ts, delegate);
    }
  }

  /**
   * {@code gen.close()}: raises GeneratorExit where the generator is suspended, so its finally
   * blocks and with statements run; RuntimeError if it yields again.
   */
  public void close() {
    Frame f = frame;
    if (f == null || running) {
      return;
    }
    ThreadState ts = ThreadState.current();
    if (!started || f.nblocks == 0) {
      // Nothing would catch GeneratorExit: finishing without resuming is the same.
      frame = null;
      f.clear(ts);
      return;
    }
    try {
      PyObject v = throwInto(ts, PyBaseException.create(ExceptionTypes.GENERATOR_EXIT));
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
  protected void release() {
    try {
      close();
    } catch (PyException e) {
      ThreadState.current().interp.reportUnraisable("Exception ignored in: " + repr(), e);
    }
    Frame f = frame;
    if (f != null && !running) {
      frame = null;
      f.clear(ThreadState.current());
    }
  }

  @Override
  public PyObject lookupAttr(String attr) {
    switch (attr) {
      case "__name__":
        return new PyStr(name);
      case "__qualname__":
        return new PyStr(qualname);
      default:
        return super.lookupAttr(attr);
    }
  }

  @Override
  public String repr() {
    return "<" + type().name() + " object " + qualname + " at 0x"
        + Long.toHexString(Builtins.id(this)) + ">";
  }
}
