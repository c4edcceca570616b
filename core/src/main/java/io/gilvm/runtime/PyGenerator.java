package io.gilvm.runtime;

/** A generator: a suspended frame resumed by {@code next()} and {@code send()}. */
public final class PyGenerator extends PyObject {
  private Frame frame;
  private final String name;
  private final String qualname;
  private boolean running;
  private boolean started;
  private PyObject returnValue = PyNone.NONE;

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
   * Runs the generator until its next yield: returns the yielded value (floating), or null when
   * it finished (its return value is then {@link #returnValue()}).
   */
  public PyObject resume(ThreadState ts, PyObject sent) {
    Frame f = frame;
    if (f == null) {
      return null;
    }
    if (running) {
      throw PyException.valueError("generator already executing");
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
    } finally {
      running = false;
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
    Frame f = frame;
    if (f == null) {
      throw new PyException(exc);
    }
    if (running) {
      throw PyException.valueError("generator already executing");
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
    return "<generator object " + qualname + " at 0x" + Long.toHexString(Builtins.id(this)) + ">";
  }
}
