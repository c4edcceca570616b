package io.gilvm.modules;

import io.gilvm.eval.Builtins;
import io.gilvm.eval.Traceback;
import io.gilvm.mem.Refs;
import io.gilvm.object.ArgParser;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.Ops;
import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * {@code _thread}: starting interpreter threads, and the lock types {@code threading} is built on.
 * Every wait for a lock goes through {@link ThreadState#blocking}, so the interpreter lock is free
 * while a thread waits, as CPython's {@code Py_BEGIN_ALLOW_THREADS} around the wait makes it. A
 * thread's identifier ({@code get_ident()}) is its {@link io.gilvm.spi.ThreadHandle} id, the one
 * lock traces show.
 */
final class ThreadModule {
  private ThreadModule() {}

  /** CPython's {@code _thread.TIMEOUT_MAX} on 64-bit platforms, in seconds. */
  static final double TIMEOUT_MAX = 9223372036.0;

  // ---------------------------------------------------------------- lock

  /** {@code _thread.lock}, made by {@code allocate_lock()}. */
  static final class PyLock extends PyObject {
    static final PyType TYPE = PyType.builtinInModule("_thread", "lock", PyType.OBJECT);
    final Mutex mutex = new Mutex(this);

    @Override
    public PyType type() {
      return TYPE;
    }

    @Override
    public String repr() {
      return "<"
          + (mutex.isLocked() ? "locked" : "unlocked")
          + " _thread.lock object at 0x"
          + Long.toHexString(Builtins.id(this))
          + ">";
    }
  }

  static {
    for (String name : new String[] {"acquire", "acquire_lock"}) {
      PyLock.TYPE.method(
          name,
          (ts, self, a, kw) ->
              PyBool.of(((PyLock) self).mutex.acquire(ts, acquireNanos(name, a, kw))));
    }
    PyLock.TYPE.method(
        "__enter__", (ts, self, a, kw) -> PyBool.of(((PyLock) self).mutex.acquire(ts, -1)));
    for (String name : new String[] {"release", "release_lock", "__exit__"}) {
      PyLock.TYPE.method(
          name,
          (ts, self, a, kw) -> {
            if (!name.equals("__exit__")) {
              ArgParser.arity(name, a, kw, 0, 0);
            }
            if (!((PyLock) self).mutex.release()) {
              throw PyException.runtimeError("release unlocked lock");
            }
            return PyNone.NONE;
          });
    }
    for (String name : new String[] {"locked", "locked_lock"}) {
      PyLock.TYPE.method(
          name,
          (ts, self, a, kw) -> {
            ArgParser.arity(name, a, kw, 0, 0);
            return PyBool.of(((PyLock) self).mutex.isLocked());
          });
    }
  }

  /**
   * The wait {@code acquire(blocking=True, timeout=-1)} asks for, in nanoseconds: -1 for no limit,
   * 0 for none; with CPython's errors.
   */
  static long acquireNanos(String fname, PyObject[] a, String[] kw) {
    if (a.length == 0) {
      return -1;
    }
    PyObject[] p = ArgParser.parse(fname, a, kw, new String[] {"blocking", "timeout"}, 0, 2);
    boolean blocking = p[0] == null || p[0].isTrue();
    double timeout = p[1] == null ? -1 : MathModule.toDouble(ThreadState.current(), p[1]);
    if (!blocking && timeout != -1) {
      throw PyException.valueError("can't specify a timeout for a non-blocking call");
    }
    if (timeout < 0 && timeout != -1) {
      throw PyException.valueError("timeout value must be positive");
    }
    if (!blocking) {
      return 0;
    }
    if (timeout == -1) {
      return -1;
    }
    double nanos = Math.ceil(timeout * 1e9);
    if (nanos >= 0x1p63) {
      throw PyException.overflowError("timestamp out of range for platform time_t");
    }
    if (timeout > TIMEOUT_MAX) {
      throw PyException.overflowError("timeout value is too large");
    }
    return (long) nanos;
  }

  // ---------------------------------------------------------------- RLock

  /**
   * {@code _thread.RLock}: a lock its owner may take again, counting how often; only the owner may
   * release it. The owner and count are changed only by the owning thread while it holds the mutex,
   * so a thread reading them sees its own writes, which is all {@code owner == me} needs.
   */
  static final class PyRLock extends PyObject {
    static final PyType TYPE = PyType.builtinInModule("_thread", "RLock", PyType.OBJECT);
    final Mutex mutex = new Mutex(this);
    volatile long owner;
    long count;

    @Override
    public PyType type() {
      return TYPE;
    }

    boolean acquire(ThreadState ts, long nanos) {
      long me = ts.handle.id();
      if (owner == me) {
        count++;
        return true;
      }
      if (!mutex.acquire(ts, nanos)) {
        return false;
      }
      owner = me;
      count = 1;
      return true;
    }

    void release(ThreadState ts) {
      if (owner != ts.handle.id() || count == 0) {
        throw PyException.runtimeError("cannot release un-acquired lock");
      }
      if (--count == 0) {
        owner = 0;
        mutex.release();
      }
    }

    @Override
    public String repr() {
      long o = owner;
      return "<"
          + (mutex.isLocked() ? "locked" : "unlocked")
          + " _thread.RLock object owner="
          + o
          + " count="
          + (o == 0 ? 0 : count)
          + " at 0x"
          + Long.toHexString(Builtins.id(this))
          + ">";
    }
  }

  static {
    PyRLock.TYPE.setConstructor((ts, type, a, kw) -> new PyRLock());
    PyRLock.TYPE.method(
        "acquire",
        (ts, self, a, kw) ->
            PyBool.of(((PyRLock) self).acquire(ts, acquireNanos("acquire", a, kw))));
    PyRLock.TYPE.method(
        "__enter__", (ts, self, a, kw) -> PyBool.of(((PyRLock) self).acquire(ts, -1)));
    PyRLock.TYPE.method(
        "release",
        (ts, self, a, kw) -> {
          ArgParser.arity("release", a, kw, 0, 0);
          ((PyRLock) self).release(ts);
          return PyNone.NONE;
        });
    PyRLock.TYPE.method(
        "__exit__",
        (ts, self, a, kw) -> {
          ((PyRLock) self).release(ts);
          return PyNone.NONE;
        });
    PyRLock.TYPE.method(
        "_is_owned",
        (ts, self, a, kw) -> {
          PyRLock r = (PyRLock) self;
          return PyBool.of(r.owner == ts.handle.id() && r.count > 0);
        });
    // Condition.wait gives the whole recursion up while it waits, then takes it back.
    PyRLock.TYPE.method(
        "_release_save",
        (ts, self, a, kw) -> {
          PyRLock r = (PyRLock) self;
          if (r.count == 0 || r.owner != ts.handle.id()) {
            throw PyException.runtimeError("cannot release un-acquired lock");
          }
          PyTuple saved = PyTuple.of(PyInt.of(r.count), PyInt.of(r.owner));
          r.count = 0;
          r.owner = 0;
          r.mutex.release();
          return saved;
        });
    PyRLock.TYPE.method(
        "_acquire_restore",
        (ts, self, a, kw) -> {
          ArgParser.arity("_acquire_restore", a, kw, 1, 1);
          PyObject[] state = Ops.unpack(a[0], 2);
          long count = ArgParser.asLong(state[0], "count");
          long owner = ArgParser.asLong(state[1], "owner");
          PyRLock r = (PyRLock) self;
          r.mutex.acquire(ts, -1);
          r.owner = owner;
          r.count = count;
          return PyNone.NONE;
        });
  }

  // ---------------------------------------------------------------- the module

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("_thread");
    AtomicInteger running = new AtomicInteger();
    AtomicInteger unnamed = new AtomicInteger();
    m.put("LockType", PyLock.TYPE);
    m.put("lock", PyLock.TYPE);
    m.put("RLock", PyRLock.TYPE);
    m.put("_local", LocalObject.TYPE);
    m.put("error", ExceptionTypes.RUNTIME_ERROR);
    m.put("TIMEOUT_MAX", PyFloat.of(TIMEOUT_MAX));

    for (String name : new String[] {"allocate_lock", "allocate"}) {
      m.function(
          name,
          (t, a, kw) -> {
            ArgParser.arity(name, a, kw, 0, 0);
            return new PyLock();
          });
    }
    for (String name : new String[] {"start_new_thread", "start_new"}) {
      m.function(
          name,
          (t, a, kw) -> {
            ArgParser.arity(name, a, kw, 2, 3);
            PyObject func = a[0];
            if (!interp
                .builtins()
                .getStr("callable")
                .call(t, new PyObject[] {func}, null)
                .isTrue()) {
              throw PyException.typeError("first arg must be callable");
            }
            if (!(a[1] instanceof PyTuple args)) {
              throw PyException.typeError("2nd arg must be a tuple");
            }
            PyDict kwargs = null;
            if (a.length == 3) {
              if (!(a[2] instanceof PyDict d)) {
                throw PyException.typeError("optional 3rd arg must be a dictionary");
              }
              kwargs = d;
            }
            String threadName = "Dummy-" + unnamed.incrementAndGet();
            return PyInt.of(startNewThread(t, interp, running, threadName, func, args, kwargs));
          });
    }
    m.function(
        "_start_thread",
        (t, a, kw) -> {
          ArgParser.arity("_start_thread", a, kw, 3, 3);
          String name = Ops.str(a[1]);
          return startThreadObject(t, interp, running, name, a[2].isTrue(), a[0]);
        });
    m.function(
        "get_ident",
        (t, a, kw) -> {
          ArgParser.arity("get_ident", a, kw, 0, 0);
          return PyInt.of(t.handle.id());
        });
    m.function(
        "get_native_id",
        (t, a, kw) -> {
          ArgParser.arity("get_native_id", a, kw, 0, 0);
          return PyInt.of(Thread.currentThread().getId());
        });
    m.function(
        "_main_thread_ident",
        (t, a, kw) -> {
          ArgParser.arity("_main_thread_ident", a, kw, 0, 0);
          return PyInt.of(interp.mainThreadId());
        });
    m.function(
        "_count",
        (t, a, kw) -> {
          ArgParser.arity("_count", a, kw, 0, 0);
          return PyInt.of(running.get());
        });
    // For library modules written in Python (concurrent.futures): how many processors the JVM
    // may use, and printing a header line and an exception's traceback on stderr.
    m.function(
        "_cpu_count",
        (t, a, kw) -> {
          ArgParser.arity("_cpu_count", a, kw, 0, 0);
          return PyInt.of(Runtime.getRuntime().availableProcessors());
        });
    m.function(
        "_print_exception",
        (t, a, kw) -> {
          ArgParser.arity("_print_exception", a, kw, 2, 2);
          String report =
              a[1] instanceof PyBaseException e ? Traceback.format(e) : Ops.str(a[1]) + "\n";
          PrintStream err = interp.err();
          err.print(Ops.str(a[0]) + "\n" + report);
          err.flush();
          return PyNone.NONE;
        });
    m.function(
        "stack_size",
        (t, a, kw) -> {
          ArgParser.arity("stack_size", a, kw, 0, 1);
          if (a.length == 1) {
            long size = ArgParser.asLong(a[0], "size");
            if (size != 0 && size < 32768) {
              throw PyException.valueError("size not valid: " + size + " bytes");
            }
          }
          // Interpreter threads always get the interpreter's own deep stack: the size is only
          // checked.
          return PyInt.of(0);
        });
    m.function(
        "exit",
        (t, a, kw) -> {
          ArgParser.arity("exit", a, kw, 0, 0);
          throw new PyException(PyBaseException.create(ExceptionTypes.SYSTEM_EXIT));
        });
    m.function(
        "_excepthook",
        (t, a, kw) -> {
          ArgParser.arity("_excepthook", a, kw, 1, 1);
          printThreadException(t, interp, a[0]);
          return PyNone.NONE;
        });
    return m;
  }

  /**
   * {@code start_new_thread}: a daemon thread (the interpreter does not wait for it at exit, as
   * CPython does not) calling {@code func(*args, **kwargs)}. Returns the new thread's identifier,
   * waiting with the interpreter lock released until the thread has one.
   */
  private static long startNewThread(
      ThreadState ts,
      Interpreter interp,
      AtomicInteger running,
      String name,
      PyObject func,
      PyTuple args,
      PyDict kwargs) {
    PyObject[] pos = args.items();
    int nkw = kwargs == null ? 0 : kwargs.size();
    PyObject[] callArgs = Arrays.copyOf(pos, pos.length + nkw);
    String[] kwnames = null;
    if (nkw > 0) {
      kwnames = new String[nkw];
      PyObject[] keys = kwargs.keyArray();
      for (int i = 0; i < nkw; i++) {
        kwnames[i] = ArgParser.asStr(keys[i], "start_new_thread");
        callArgs[pos.length + i] = kwargs.get(keys[i]);
      }
    }
    // The new thread owns these until its function returns.
    PyObject[] held = callArgs.clone();
    holdAll(ts, func, held);
    long[] ident = new long[1];
    CountDownLatch started = new CountDownLatch(1);
    String[] kwn = kwnames;
    start(
        ts,
        interp,
        running,
        name,
        true,
        held,
        child -> {
          ident[0] = child.handle.id();
          started.countDown();
          try {
            discard(child, func.call(child, callArgs, kwn));
          } catch (PyException e) {
            if (!e.matches(ExceptionTypes.SYSTEM_EXIT)) {
              reportUnraisable(
                  interp, "Exception ignored in thread started by: " + Ops.repr(func), e);
            }
          }
        },
        func);
    ts.blocking(
        () -> {
          started.await();
          return null;
        });
    return ident[0];
  }

  /**
   * {@code _start_thread(bootstrap, name, daemon)}, for {@code threading.Thread.start}: a thread
   * named {@code name} calling {@code bootstrap()}. Returns a locked lock that the thread releases
   * after its last bytecode: what {@code join} waits on.
   */
  private static PyLock startThreadObject(
      ThreadState ts,
      Interpreter interp,
      AtomicInteger running,
      String name,
      boolean daemon,
      PyObject bootstrap) {
    PyLock done = new PyLock();
    done.mutex.tryAcquire();
    // The thread holds no reference to the lock, only to its Java mutex: were it to hold one, it
    // could drop it before the caller has taken the returned (floating) lock, freeing it under
    // the caller with counts that are not biased to this thread.
    PyObject[] held = {};
    holdAll(ts, bootstrap, held);
    start(
        ts,
        interp,
        running,
        name,
        daemon,
        held,
        child -> {
          // The thread holds its end until it ends: a join waits for it (the deadlock detector's
          // edge from the joiner to this thread).
          done.mutex.handOver(child, "the end of Thread '" + child.handle.name() + "' (join)");
          try {
            discard(child, bootstrap.call(child, new PyObject[0], null));
          } catch (PyException e) {
            if (!e.matches(ExceptionTypes.SYSTEM_EXIT)) {
              reportUnraisable(
                  interp, "Exception ignored in thread started by: " + Ops.repr(bootstrap), e);
            }
          } finally {
            done.mutex.release();
          }
        },
        bootstrap);
    return done;
  }

  private static void holdAll(ThreadState ts, PyObject func, PyObject[] held) {
    ts.refs.incref(func);
    for (PyObject o : held) {
      ts.refs.incref(o);
    }
  }

  /**
   * Starts the interpreter thread (through {@link Interpreter#startThread}, which attaches it to
   * the interpreter lock), running {@code body} and then dropping the references it held.
   */
  private static void start(
      ThreadState ts,
      Interpreter interp,
      AtomicInteger running,
      String name,
      boolean daemon,
      PyObject[] held,
      Consumer<ThreadState> body,
      PyObject func) {
    running.incrementAndGet();
    try {
      interp.startThread(
          name,
          daemon,
          child -> {
            try {
              body.accept(child);
            } finally {
              Refs.decref(child, func);
              for (PyObject o : held) {
                Refs.decref(child, o);
              }
              running.decrementAndGet();
            }
          });
    } catch (OutOfMemoryError | IllegalThreadStateException | SecurityException e) {
      running.decrementAndGet();
      Refs.decref(ts, func);
      for (PyObject o : held) {
        Refs.decref(ts, o);
      }
      throw PyException.runtimeError("can't start new thread");
    }
  }

  /** Drops a call's result as the eval loop would: deallocated if nothing else holds it. */
  private static void discard(ThreadState ts, PyObject result) {
    ts.refs.incref(result);
    Refs.decref(ts, result);
  }

  /** Prints what CPython's unraisable hook prints for an exception that ended a raw thread. */
  private static void reportUnraisable(Interpreter interp, String header, PyException e) {
    interp.reportUnraisable(header, e);
  }

  /**
   * {@code _thread._excepthook(args)}, the default {@code threading.excepthook}: prints "Exception
   * in thread NAME:" and the traceback on stderr; SystemExit is silently ignored.
   */
  private static void printThreadException(ThreadState ts, Interpreter interp, PyObject args) {
    PyObject type = args.getAttr("exc_type");
    if (type instanceof PyType t && t.isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
      return;
    }
    PyObject value = args.getAttr("exc_value");
    PyObject thread = args.getAttr("thread");
    String name =
        thread == PyNone.NONE ? Long.toString(ts.handle.id()) : Ops.str(thread.getAttr("name"));
    String report =
        value instanceof PyBaseException e
            ? Traceback.format(e)
            : Ops.str(type) + ": " + Ops.str(value) + "\n";
    PrintStream err = interp.err();
    err.print("Exception in thread " + name + ":\n" + report);
    err.flush();
  }
}
