package io.gilvm.stress;

import io.gilvm.compiler.Compiler;
import io.gilvm.eval.Eval;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInstance;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyType;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;

/**
 * The interpreter that every jcstress test of one fork runs on, and the way actor threads take and
 * give back its lock.
 *
 * <p>How it works. The runner forks every test once per configuration and names the configuration
 * in the fork's system property {@value StressConfig#PROPERTY}; this class builds one interpreter
 * from it when the test first needs it, because an interpreter costs far more than a sample. Each
 * sample gets fresh Python objects instead (a new globals dict, list, dict or instance), made by
 * the state's constructor.
 *
 * <p>jcstress runs each actor method on one of two threads, once per sample, and the arbiter and
 * the state constructors on the same threads between batches. Every thread that touches Python
 * objects is an interpreter thread: it attaches on its first call ({@link #thread}) and stays
 * attached, as a Python thread does, so that the memory strategy sees real thread identities. An
 * attached thread holds a global lock until it blocks, though, and an actor thread that kept it
 * after its call would starve the other actor. So an attached thread stays in a blocking region
 * whenever it is not running bytecode: {@link #enter} ends it (CPython's {@code
 * Py_END_ALLOW_THREADS}: wait for the lock), the actor runs its statement, and {@link #exit} begins
 * one again ({@code Py_BEGIN_ALLOW_THREADS}: give the lock up). Between two samples an actor thread
 * is like a Python thread waiting for I/O; the two actors of one sample contend for the lock
 * exactly as two Python threads do.
 *
 * <p>jcstress makes new actor threads for every iteration and gives no hook at their end, so those
 * threads never detach: each iteration leaves two threads attached but blocked, which holds no
 * lock. The legacy GIL counts them as attached, which only means it offers a switch at every tick
 * even when the other actor has not arrived yet.
 */
public final class StressInterpreter {
  private StressInterpreter() {}

  /** The objects the per-sample statements share, made once by {@link Setup#SOURCE}. */
  private static final class Setup {
    static final String SOURCE =
        """
        import threading
        lock = threading.Lock()

        class Counter:
            def incr(self):
                self.value += 1

        class Log(list):
            pass
        """;

    static final StressConfig CONFIG = StressConfig.fromSystemProperties();
    static final Interpreter INTERP = CONFIG.newInterpreter();
    static final Guarantees GUARANTEES = Guarantees.of(INTERP);
    static final PyDict GLOBALS = new PyDict();

    static {
      GLOBALS.putStr("__name__", new PyStr("setup"));
      SetupThread.run(INTERP, Compiler.compile(SOURCE, "<stress-setup>"), GLOBALS);
      // Shared by every sample: immortal, so that configurations whose counts are not exact
      // cannot free them and spoil the samples that come after.
      GLOBALS.getStr("lock").immortalize();
      ((PyType) GLOBALS.getStr("Counter")).lookup("incr").immortalize();
    }
  }

  /**
   * Runs the setup program on a thread of its own that attaches and detaches. Not in {@link Setup}:
   * that thread would wait for Setup's initialisation, which waits for the thread.
   */
  private static final class SetupThread {
    static void run(Interpreter interp, PyCode code, PyDict globals) {
      RuntimeException[] failed = new RuntimeException[1];
      Thread t =
          new Thread(
              () -> {
                ThreadState ts = interp.attachCurrentThread("stress-setup");
                try {
                  Eval.runModule(ts, code, globals);
                } catch (RuntimeException e) {
                  failed[0] = e;
                } finally {
                  interp.detachCurrentThread(ts);
                }
              },
              "stress-setup");
      t.start();
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while setting up the interpreter", e);
      }
      if (failed[0] != null) {
        throw new IllegalStateException(
            "the setup program failed: " + failed[0].getMessage(), failed[0]);
      }
    }
  }

  private static final ThreadLocal<ThreadState> ATTACHED = new ThreadLocal<>();

  /** The fork's interpreter. */
  public static Interpreter interpreter() {
    return Setup.INTERP;
  }

  /** What this fork's configuration promises about {@code hazard}. */
  public static Promise promise(Hazard hazard) {
    return hazard.promise(Setup.GUARANTEES);
  }

  /**
   * The calling thread's interpreter state, attaching the thread on its first call. The thread is
   * then in a blocking region: it may make and inspect objects no other thread can see yet, but
   * must {@link #enter} before it runs bytecode or touches shared objects.
   */
  public static ThreadState thread() {
    ThreadState ts = ATTACHED.get();
    if (ts == null) {
      ts = Setup.INTERP.attachCurrentThread(Thread.currentThread().getName());
      ts.beginBlocking();
      ATTACHED.set(ts);
    }
    return ts;
  }

  /**
   * Waits until the calling thread may run bytecode (takes a global lock); pair with {@link #exit}.
   */
  public static ThreadState enter() {
    ThreadState ts = thread();
    ts.endBlocking();
    return ts;
  }

  /** Gives up what {@link #enter} took. */
  public static void exit(ThreadState ts) {
    ts.beginBlocking();
  }

  /** Compiles a statement once per fork. */
  public static PyCode compile(String source) {
    return Compiler.compile(source, "<stress>");
  }

  /**
   * Runs {@code code} on the calling thread with {@code globals} as its module namespace, holding
   * the lock as any interpreter thread does. Returns null, or what went wrong as the word a result
   * shows: {@code raised KeyError} for a Python exception, {@code crashed NullPointerException} for
   * a Java one (a bug in gilvm, or a freed object being used).
   */
  public static String run(PyCode code, PyDict globals) {
    ThreadState ts = enter();
    try {
      Eval.runModule(ts, code, globals);
      return null;
    } catch (RuntimeException | StackOverflowError e) {
      return failure(e);
    } finally {
      exit(ts);
    }
  }

  /** How a result names a failure: {@code raised <Python type>} or {@code crashed <Java class>}. */
  public static String failure(Throwable e) {
    if (e instanceof PyException p) {
      return "raised " + p.pyType().name();
    }
    return "crashed " + e.getClass().getSimpleName();
  }

  /** A fresh module namespace holding {@code name = value}; made on an attached thread. */
  public static PyDict globals(String name, PyObject value) {
    thread();
    PyDict g = new PyDict();
    g.putStr("__name__", new PyStr("__stress__"));
    g.putStr(name, value);
    return g;
  }

  /** A fresh namespace holding {@code n = 0} and the shared user lock {@code lock}. */
  public static PyDict globalsWithLock() {
    PyDict g = globals("n", PyInt.of(0));
    g.putStr("lock", Setup.GLOBALS.getStr("lock"));
    return g;
  }

  /** A fresh instance of the setup program's {@code Counter} with {@code value = 0}. */
  public static PyInstance newCounter() {
    thread();
    PyInstance c = new PyInstance((PyType) Setup.GLOBALS.getStr("Counter"));
    c.dict().putStr("value", PyInt.of(0));
    return c;
  }

  /**
   * A fresh, empty instance of the setup program's list subclass {@code Log}: a list whose class
   * the program defined, made as calling the class makes it.
   */
  public static PyList newLog() {
    ThreadState ts = enter();
    try {
      return (PyList) ((PyType) Setup.GLOBALS.getStr("Log")).call(ts, new PyObject[0], null);
    } finally {
      exit(ts);
    }
  }

  /** How a result shows a value: ints by value, anything else by type, a missing one as such. */
  public static String show(PyObject v) {
    if (v == null) {
      return "missing";
    }
    if (v instanceof PyInt i) {
      return i.isBig() ? i.bigValue().toString() : Long.toString(i.longValue());
    }
    return v.type().name();
  }
}
