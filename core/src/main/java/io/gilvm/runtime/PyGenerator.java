package io.gilvm.runtime;

/** A generator: a suspended frame resumed by {@code next()} and {@code send()}. */
public final class PyGenerator extends PyObject {
  private Frame frame;
  private final String name;
  private final String qualname;
  /** Set while one thread runs the frame; see {@link #claim()}. */
  private volatile boolean running;
  private boolean started;
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

  PyGenerator(Frame frame, PyFunction fn) {
    this.frame = frame;
    this.name = fn.name;
    this.qualname = fn.qualname;
    frame.generator = this;
  }

  @Override
  public PyType type() {
    return PyType.GENERATOR;
  }

  /** The value the generator returned, once it finished. */
  PyObject returnValue() {
    return returnValue;
  }

  /**
   * Claims the generator for the calling thread, as CPython's {@code gi_running}: one thread at a
   * time may run its frame (or close it); any other caller, in another thread or re-entering
   * from inside the frame, gets CPython's ValueError. The claim is a compare-and-set, so that
   * without a global lock two threads can never both resume the same frame.
   */
  private void claim() {
    if (!RUNNING.compareAndSet(this, false, true)) {
      throw PyException.valueError("generator already executing");
    }
  }

  /**
   * Runs the generator until its next yield: returns the yielded value (floating), or null when
   * it finished (its return value is then {@link #returnValue()}).
   */
  public PyObject resume(ThreadState ts, PyObject sent) {
    if (frame == null && !running) {
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
          throw PyException.typeError("can't send non-None value to a just-started generator");
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
   * Runs the claimed frame to its next yield (returns the value) or its end (returns null,
   * keeping the return value). A StopIteration escaping the frame becomes RuntimeError (PEP 479).
   */
  private PyObject run(ThreadState ts, Frame f) {
    try {
      PyObject v = Eval.execute(ts, f);
      if (f.yielded) {
        if (ts.objectLocks && v != null && !v.isImmortal() && ts.refs.count(v) > 0) {
          // Once the claim ends another thread may resume the frame and drop the frame's own
          // reference to v before our caller takes one: keep v alive for the caller, as a value
          // read out of a container is. A floating value (a fresh object nothing else holds)
          // needs no keeping, and must not get it: dropping the kept reference would free it.
          ts.refs.incref(v);
          CriticalSection.keepTaken(ts, v);
        }
        return v;
      }
      frame = null;
      returnValue = v;
      return null;
    } catch (PyException e) {
      frame = null;
      if (e.matches(ExceptionTypes.STOP_ITERATION)) {
        PyException re = PyException.runtimeError("generator raised StopIteration");
        re.value().setContext(e.value());
        re.value().setCause(e.value());
        throw re;
      }
      throw e;
    }
  }

  @Override
  public PyObject iter() {
    return this;
  }

  @Override
  public PyObject next() {
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
    f.pendingThrow = exc;
    // The frame expects the sent value on its stack when it resumes; a throw sends none.
    ts.refs.incref(PyNone.NONE);
    f.stack[f.sp++] = PyNone.NONE;
    return run(ts, f);
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
        throw PyException.runtimeError("generator ignored GeneratorExit");
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
      default:
        return super.lookupAttr(attr);
    }
  }

  @Override
  public String repr() {
    return "<generator object " + qualname + " at 0x" + Long.toHexString(Builtins.id(this)) + ">";
  }
}
