package io.gilvm.object;

import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/**
 * Coroutines and asynchronous generators: their types, the awaitables the async instructions make,
 * and the awaitable protocol ({@code __await__}, {@code __aiter__}, {@code __anext__}, {@code
 * __aenter__}, {@code __aexit__}). Both run on {@link PyGenerator}'s frame suspension; no event
 * loop is involved: whoever holds a coroutine drives it with {@code send(None)}.
 */
public final class Coroutines {
  private Coroutines() {}

  static final PyType COROUTINE = PyType.builtin("coroutine", PyType.OBJECT);
  static final PyType ASYNC_GENERATOR = PyType.builtin("async_generator", PyType.OBJECT);
  static final PyType CORO_WRAPPER = PyType.builtin("coroutine_wrapper", PyType.OBJECT);
  static final PyType ASEND = PyType.builtin("async_generator_asend", PyType.OBJECT);
  static final PyType ATHROW = PyType.builtin("async_generator_athrow", PyType.OBJECT);

  private static final PyObject[] NO_ARGS = new PyObject[0];

  // ---------------------------------------------------------------- the instructions

  /** GET_AWAITABLE: what {@code await o} iterates. */
  public static PyObject awaitable(ThreadState ts, PyObject o) {
    if (o instanceof PyGenerator g
        && (g.kind == PyGenerator.COROUTINE
            || g.kind == PyGenerator.GENERATOR && g.isIterableCoroutine())) {
      return o;
    }
    if (o instanceof Awaitable) {
      return o;
    }
    if (o.type().lookup("__await__") == null) {
      throw PyException.typeError(
          "object " + o.type().name() + " can't be used in 'await' expression");
    }
    PyObject it = Ops.callAttr(ts, o, "__await__");
    if (it instanceof PyGenerator g && g.kind == PyGenerator.COROUTINE) {
      Refs.discard(ts, it);
      throw PyException.typeError("__await__() returned a coroutine");
    }
    if (!(it instanceof PyGenerator)
        && !(it instanceof Awaitable)
        && it.type().lookup("__next__") == null) {
      String t = it.type().name();
      Refs.discard(ts, it);
      throw PyException.typeError("__await__() returned non-iterator of type '" + t + "'");
    }
    return it;
  }

  /** GET_AITER: {@code o.__aiter__()} for {@code async for}. */
  public static PyObject aiter(ThreadState ts, PyObject o) {
    if (o instanceof PyGenerator g && g.kind == PyGenerator.ASYNC_GENERATOR) {
      return o;
    }
    if (o.type().lookup("__aiter__") == null) {
      throw PyException.typeError(
          "'async for' requires an object with __aiter__ method, got " + o.type().name());
    }
    PyObject it = Ops.callAttr(ts, o, "__aiter__");
    if (!(it instanceof PyGenerator g && g.kind == PyGenerator.ASYNC_GENERATOR)
        && it.type().lookup("__anext__") == null) {
      String t = it.type().name();
      Refs.discard(ts, it);
      throw PyException.typeError(
          "'async for' received an object from __aiter__ that does not implement __anext__: " + t);
    }
    return it;
  }

  /** GET_ANEXT: the awaitable of the next item of {@code async for}. */
  public static PyObject anext(ThreadState ts, PyObject aiter) {
    if (aiter instanceof PyGenerator g && g.kind == PyGenerator.ASYNC_GENERATOR) {
      return new ASend(g, PyNone.NONE);
    }
    PyObject r = Ops.callAttr(ts, aiter, "__anext__");
    ts.refs.incref(r);
    try {
      return awaitable(ts, r);
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.TYPE_ERROR)) {
        throw PyException.typeError(
            "'async for' received an invalid object from __anext__: " + r.type().name());
      }
      throw e;
    } finally {
      Refs.release(ts, r);
    }
  }

  /** BEFORE_ASYNC_WITH's lookups: {@code {bound __aexit__, __aenter__()}}. */
  public static PyObject[] beforeAsyncWith(ThreadState ts, PyObject mgr) {
    PyObject enter = mgr.type().lookup("__aenter__");
    if (enter == null) {
      throw PyException.typeError(
          "'"
              + mgr.type().name()
              + "' object does not support the asynchronous context manager protocol");
    }
    PyObject exit = mgr.type().lookup("__aexit__");
    if (exit == null) {
      throw PyException.typeError(
          "'"
              + mgr.type().name()
              + "' object does not support the asynchronous context manager protocol "
              + "(missed __aexit__ method)");
    }
    PyObject res = Ops.callMethod(ts, enter, mgr, mgr.type(), NO_ARGS, null);
    return new PyObject[] {exit.bindTo(mgr, mgr.type()), res};
  }

  // ---------------------------------------------------------------- awaitables

  /**
   * An awaitable implemented in Java: an iterator whose steps are driven by YIELD_FROM (or by send,
   * throw and close from Python).
   */
  public abstract static class Awaitable extends PyObject {
    /** The value it finished with, once {@link #step} answered null. */
    public PyObject result = PyNone.NONE;

    /**
     * One step: sends {@code v} (or throws {@code exc} when not null); answers the value to pass
     * out to whoever drives the coroutine, or null when finished with {@link #result}.
     */
    public abstract PyObject step(ThreadState ts, PyObject v, PyBaseException exc);

    void closeAwaitable() {}

    @Override
    public PyObject iter() {
      return this;
    }

    @Override
    public PyObject next() {
      return step(ThreadState.current(), PyNone.NONE, null);
    }
  }

  /** What {@code coro.__await__()} answers: an iterator over the coroutine. */
  static final class Wrapper extends Awaitable {
    private final PyGenerator coro;

    Wrapper(PyGenerator coro) {
      this.coro = coro;
      Refs.incref(coro);
    }

    @Override
    public PyType type() {
      return CORO_WRAPPER;
    }

    @Override
    public PyObject step(ThreadState ts, PyObject v, PyBaseException exc) {
      PyObject r = exc == null ? coro.resume(ts, v) : coro.throwInto(ts, exc);
      if (r == null) {
        result = coro.returnValue();
      }
      return r;
    }

    @Override
    void closeAwaitable() {
      coro.close();
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visit.accept(coro);
    }

    @Override
    public void release() {
      Refs.decref(ThreadState.current(), coro);
    }
  }

  /**
   * {@code agen.__anext__()} and {@code agen.asend(v)}: runs the async generator to its next own
   * yield (the awaitable's result) or passes out what its awaits yield; StopAsyncIteration when the
   * generator ends.
   */
  static final class ASend extends Awaitable {
    private final PyGenerator gen;
    private PyObject sendValue;
    private int state;

    ASend(PyGenerator gen, PyObject sendValue) {
      this.gen = gen;
      this.sendValue = sendValue;
      Refs.incref(gen);
      Refs.incref(sendValue);
    }

    @Override
    public PyType type() {
      return ASEND;
    }

    @Override
    public PyObject step(ThreadState ts, PyObject v, PyBaseException exc) {
      if (state == 2) {
        throw PyException.runtimeError("cannot reuse already awaited __anext__()/asend()");
      }
      if (state == 0) {
        if (gen.isRunning()) {
          throw PyException.runtimeError("anext(): asynchronous generator is already running");
        }
        if (v == PyNone.NONE) {
          v = sendValue;
        }
        state = 1;
      }
      PyObject r;
      try {
        if (gen.isFinished()) {
          throw new PyException(PyBaseException.create(ExceptionTypes.STOP_ASYNC_ITERATION));
        }
        r = exc == null ? gen.resume(ts, v) : gen.throwInto(ts, exc);
      } catch (PyException e) {
        state = 2;
        throw e;
      }
      if (r == null) {
        state = 2;
        throw new PyException(PyBaseException.create(ExceptionTypes.STOP_ASYNC_ITERATION));
      }
      if (gen.suspendedInAwait()) {
        return r;
      }
      state = 2;
      result = r;
      return null;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visit.accept(gen);
      visit.accept(sendValue);
    }

    @Override
    public void release() {
      ThreadState ts = ThreadState.current();
      Refs.decref(ts, gen);
      Refs.decref(ts, sendValue);
    }
  }

  /**
   * {@code agen.athrow(exc)} and {@code agen.aclose()} (exc null: GeneratorExit, and the generator
   * must finish rather than yield).
   */
  static final class AThrow extends Awaitable {
    private final PyGenerator gen;
    private final PyBaseException exc;
    private int state;

    AThrow(PyGenerator gen, PyBaseException exc) {
      this.gen = gen;
      this.exc = exc;
      Refs.incref(gen);
      if (exc != null) {
        Refs.incref(exc);
      }
    }

    @Override
    public PyType type() {
      return ATHROW;
    }

    private boolean closing() {
      return exc == null;
    }

    @Override
    public PyObject step(ThreadState ts, PyObject v, PyBaseException thrown) {
      if (state == 2) {
        throw PyException.runtimeError("cannot reuse already awaited aclose()/athrow()");
      }
      PyObject r;
      try {
        if (state == 0) {
          if (v != PyNone.NONE && thrown == null) {
            throw PyException.runtimeError("can't send non-None value to a just-started coroutine");
          }
          state = 1;
          if (gen.isFinished()) {
            state = 2;
            if (closing()) {
              return null;
            }
            throw new PyException(PyBaseException.create(ExceptionTypes.STOP_ASYNC_ITERATION));
          }
          PyBaseException e =
              thrown != null
                  ? thrown
                  : closing() ? PyBaseException.create(ExceptionTypes.GENERATOR_EXIT) : exc;
          r = gen.throwInto(ts, e);
        } else {
          r = thrown == null ? gen.resume(ts, v) : gen.throwInto(ts, thrown);
        }
      } catch (PyException e) {
        state = 2;
        if (closing()
            && (e.matches(ExceptionTypes.STOP_ASYNC_ITERATION)
                || e.matches(ExceptionTypes.GENERATOR_EXIT))) {
          return null;
        }
        throw e;
      }
      if (r == null) {
        state = 2;
        if (closing()) {
          return null;
        }
        throw new PyException(PyBaseException.create(ExceptionTypes.STOP_ASYNC_ITERATION));
      }
      if (gen.suspendedInAwait()) {
        return r;
      }
      state = 2;
      if (closing()) {
        throw PyException.runtimeError("async generator ignored GeneratorExit");
      }
      result = r;
      return null;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visit.accept(gen);
      if (exc != null) {
        visit.accept(exc);
      }
    }

    @Override
    public void release() {
      ThreadState ts = ThreadState.current();
      Refs.decref(ts, gen);
      if (exc != null) {
        Refs.decref(ts, exc);
      }
    }
  }

  // ---------------------------------------------------------------- the types' methods

  /** The exception {@code throw(typ[, val[, tb]])} raises. */
  private static PyBaseException thrown(ThreadState ts, PyObject[] a) {
    PyObject x = a[0];
    if (a.length >= 2 && x instanceof PyType t && a[1] != PyNone.NONE) {
      x = a[1] instanceof PyBaseException ? a[1] : t.call(ts, new PyObject[] {a[1]}, null);
    }
    return Ops.toException(ts, x);
  }

  /** A step's outcome as Python's send/throw/__next__ answer it. */
  private static PyObject finish(PyObject r, PyObject result) {
    if (r == null) {
      throw PyException.stopIteration(result == PyNone.NONE ? null : result);
    }
    return r;
  }

  static void install() {
    PyType c = COROUTINE;
    c.method(
        "send",
        (ts, self, a, kw) -> {
          ArgParser.arity("send", a, kw, 1, 1);
          PyGenerator g = (PyGenerator) self;
          return finish(g.resume(ts, a[0]), g.returnValue());
        });
    c.method(
        "throw",
        (ts, self, a, kw) -> {
          ArgParser.arity("throw", a, kw, 1, 3);
          PyGenerator g = (PyGenerator) self;
          return finish(g.throwInto(ts, thrown(ts, a)), g.returnValue());
        });
    c.method(
        "close",
        (ts, self, a, kw) -> {
          ArgParser.arity("close", a, kw, 0, 0);
          ((PyGenerator) self).close();
          return PyNone.NONE;
        });
    c.method(
        "__await__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__await__", a, kw, 0, 0);
          return new Wrapper((PyGenerator) self);
        });
    for (PyType t : new PyType[] {CORO_WRAPPER, ASEND, ATHROW}) {
      t.method(
          "send",
          (ts, self, a, kw) -> {
            ArgParser.arity("send", a, kw, 1, 1);
            Awaitable w = (Awaitable) self;
            return finish(w.step(ts, a[0], null), w.result);
          });
      t.method(
          "throw",
          (ts, self, a, kw) -> {
            ArgParser.arity("throw", a, kw, 1, 3);
            Awaitable w = (Awaitable) self;
            return finish(w.step(ts, PyNone.NONE, thrown(ts, a)), w.result);
          });
      t.method(
          "close",
          (ts, self, a, kw) -> {
            ArgParser.arity("close", a, kw, 0, 0);
            ((Awaitable) self).closeAwaitable();
            return PyNone.NONE;
          });
      t.method(
          "__next__",
          (ts, self, a, kw) -> {
            ArgParser.arity("__next__", a, kw, 0, 0);
            Awaitable w = (Awaitable) self;
            return finish(w.step(ts, PyNone.NONE, null), w.result);
          });
      t.method("__iter__", (ts, self, a, kw) -> self);
      t.method("__await__", (ts, self, a, kw) -> self);
    }
    PyType g = ASYNC_GENERATOR;
    g.method("__aiter__", (ts, self, a, kw) -> self);
    g.method(
        "__anext__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__anext__", a, kw, 0, 0);
          return new ASend((PyGenerator) self, PyNone.NONE);
        });
    g.method(
        "asend",
        (ts, self, a, kw) -> {
          ArgParser.arity("asend", a, kw, 1, 1);
          return new ASend((PyGenerator) self, a[0]);
        });
    g.method(
        "athrow",
        (ts, self, a, kw) -> {
          ArgParser.arity("athrow", a, kw, 1, 3);
          return new AThrow((PyGenerator) self, thrown(ts, a));
        });
    g.method(
        "aclose",
        (ts, self, a, kw) -> {
          ArgParser.arity("aclose", a, kw, 0, 0);
          return new AThrow((PyGenerator) self, null);
        });
  }
}
