package io.gilvm.state;

import io.gilvm.eval.Builtins;
import io.gilvm.mem.Refs;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyBuiltinFunction;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.spi.EvalBreaker;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Signal handling as CPython does it: the operating system's handler only records that a signal
 * arrived (a flag per signal and one "something is pending" flag) and wakes the main thread from a
 * blocking call; the Python-level handler runs later, in the main thread, at its next checkpoint (a
 * loop's back edge or a call, or every instruction under {@code --checkpoints every}) or when its
 * blocking call is interrupted. The default handler of SIGINT raises KeyboardInterrupt there, so
 * {@code except} and {@code finally} blocks run and output is flushed as in CPython.
 *
 * <p>The operating system's signals reach an interpreter only when it was built with {@link
 * Interpreter.Builder#handleSignals} (the {@code gilvm} command does so), through {@code
 * sun.misc.Signal} from the {@code jdk.unsupported} module; an embedded interpreter leaves the
 * JVM's own handlers alone, and its signals come only from {@code signal.raise_signal}.
 */
public final class Signals {
  /** Signal numbers are below this. */
  public static final int NSIG = 65;

  public static final int SIGINT = 2;
  public static final int SIGTERM = 15;

  /** {@code signal.SIG_DFL} and {@code signal.SIG_IGN}: CPython's values. */
  public static final PyInt SIG_DFL = PyInt.of(0);

  public static final PyInt SIG_IGN = PyInt.of(1);

  /** {@code signal.default_int_handler}: raises KeyboardInterrupt. */
  public static final PyBuiltinFunction DEFAULT_INT_HANDLER =
      new PyBuiltinFunction(
          "default_int_handler",
          "_signal",
          (ts, a, kw) -> {
            throw new PyException(PyBaseException.create(ExceptionTypes.KEYBOARD_INTERRUPT));
          });

  private final Interpreter interp;
  private final boolean osSignals;

  /** Set by the operating system's handler; cleared by the main thread when it runs handlers. */
  private volatile boolean pending;

  private final AtomicIntegerArray tripped = new AtomicIntegerArray(NSIG);

  /**
   * The Python-level handler of each signal (SIG_DFL, SIG_IGN or a callable); changed by the main
   * thread.
   */
  private final PyObject[] handlers = new PyObject[NSIG];

  /** The JVM's handler each signal had before gilvm replaced it, to restore for SIG_DFL. */
  private final Object[] jvmHandlers = new Object[NSIG];

  /** The main thread and its state, once it runs. */
  private volatile ThreadState main;

  Signals(Interpreter interp, boolean osSignals) {
    this.interp = interp;
    this.osSignals = osSignals;
    for (int i = 0; i < NSIG; i++) {
      handlers[i] = SIG_DFL;
    }
    handlers[SIGINT] = DEFAULT_INT_HANDLER;
  }

  /** The main thread starts: from now on SIGINT raises KeyboardInterrupt in it. */
  void mainStarted(ThreadState ts) {
    main = ts;
    if (osSignals) {
      installOs(SIGINT, DEFAULT_INT_HANDLER);
    }
  }

  /** The main thread ended: the JVM's own handlers are back. */
  void mainEnded() {
    main = null;
    if (osSignals) {
      for (int s = 1; s < NSIG; s++) {
        if (jvmHandlers[s] instanceof sun.misc.SignalHandler h) {
          try {
            sun.misc.Signal.handle(new sun.misc.Signal(osName(s)), h);
          } catch (IllegalArgumentException e) {
            // Left as it is.
          }
        }
      }
    }
  }

  /** Whether a Java interrupt of a blocking call may come from a signal (and so is not one). */
  boolean routesInterrupts() {
    return osSignals;
  }

  /** Whether a signal waits for its handler: the eval loop's cheap test at each checkpoint. */
  public boolean pending() {
    return pending;
  }

  /**
   * Records that {@code signum} arrived; from the JVM's signal thread (or any thread). Wakes the
   * main thread if it is in a blocking call.
   */
  public void trip(int signum) {
    tripped.set(signum, 1);
    pending = true;
    interp.breaker.set(EvalBreaker.SIGNALS);
    ThreadState m = main;
    if (m != null && m.inBlockingCall) {
      m.javaThread().interrupt();
    }
  }

  /**
   * Runs the handlers of the signals that arrived, in the main thread (another thread returns at
   * once, as in CPython). An exception a handler raises propagates from here.
   */
  public void runPending(ThreadState ts) {
    if (ts != main) {
      return;
    }
    // NOTE: the breaker's bit is cleared before the flag, so that a signal arriving meanwhile
    // leaves the bit set (its trip sets the flag, then the bit) or is seen by the loop below.
    interp.breaker.clear(EvalBreaker.SIGNALS);
    if (!pending) {
      return;
    }
    pending = false;
    for (int s = 1; s < NSIG; s++) {
      if (tripped.get(s) == 0 || tripped.getAndSet(s, 0) == 0) {
        continue;
      }
      PyObject h = handlers[s];
      if (h == SIG_IGN) {
        continue;
      }
      if (h == SIG_DFL) {
        // Only raise_signal gets here (the operating system acts on SIG_DFL itself): end as the
        // signal would end the process.
        throw new DefaultAction(s);
      }
      try {
        PyObject r = h.call(ts, new PyObject[] {PyInt.of(s), PyNone.NONE}, null);
        Refs.discard(ts, r);
      } catch (PyException e) {
        // The other signals wait for the next checkpoint.
        for (int rest = s + 1; rest < NSIG; rest++) {
          if (tripped.get(rest) != 0) {
            pending = true;
            interp.breaker.set(EvalBreaker.SIGNALS);
          }
        }
        throw e;
      }
    }
  }

  /** {@code signal.getsignal(signum)}. */
  public PyObject handler(int signum) {
    check(signum);
    return handlers[signum];
  }

  /** {@code signal.signal(signum, handler)}: returns the previous handler. */
  public PyObject setHandler(ThreadState ts, int signum, PyObject handler) {
    check(signum);
    if (ts != main && main != null) {
      throw PyException.valueError("signal only works in main thread of the main interpreter");
    }
    if (handler instanceof PyInt i && !(handler instanceof PyBool)) {
      if (!i.isBig() && (i.longValue() == 0 || i.longValue() == 1)) {
        handler = i.longValue() == 0 ? SIG_DFL : SIG_IGN;
      } else {
        throw PyException.typeError(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
      }
    } else if (!Builtins.isCallable(handler)) {
      throw PyException.typeError(
          "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    }
    if (osSignals) {
      installOs(signum, handler);
    }
    PyObject old = handlers[signum];
    ts.refs.incref(handler);
    handlers[signum] = handler;
    // The previous handler is handed back floating; module-level handlers outlive the program.
    Refs.release(ts, old);
    return old;
  }

  /** At exit (the leak report's roots): the handlers go back to the defaults. */
  public void releaseHandlers(ThreadState ts) {
    for (int s = 1; s < NSIG; s++) {
      PyObject h = handlers[s];
      handlers[s] = s == SIGINT ? DEFAULT_INT_HANDLER : SIG_DFL;
      Refs.decref(ts, h);
    }
  }

  /** {@code signal.raise_signal(signum)}: as if the signal arrived, handled before returning. */
  public void raise(ThreadState ts, int signum) {
    check(signum);
    PyObject h = handlers[signum];
    if (h == SIG_DFL && osSignals) {
      // The operating system's default action (the process ends by the signal).
      sun.misc.Signal.raise(new sun.misc.Signal(osName(signum)));
      return;
    }
    trip(signum);
    runPending(ts);
  }

  private static void check(int signum) {
    if (signum < 1 || signum >= NSIG) {
      throw PyException.valueError("signal number out of range");
    }
  }

  /** The JVM's name of a signal, as {@code sun.misc.Signal} takes it. */
  static String osName(int signum) {
    return switch (signum) {
      case 1 -> "HUP";
      case SIGINT -> "INT";
      case 3 -> "QUIT";
      case 10 -> "USR1";
      case 12 -> "USR2";
      case 14 -> "ALRM";
      case SIGTERM -> "TERM";
      default -> throw PyException.valueError("gilvm does not support handling signal " + signum);
    };
  }

  /** Points the operating system's signal at this interpreter (or back at its default). */
  private void installOs(int signum, PyObject handler) {
    sun.misc.Signal sig = new sun.misc.Signal(osName(signum));
    sun.misc.SignalHandler h;
    if (handler == SIG_IGN) {
      h = sun.misc.SignalHandler.SIG_IGN;
    } else if (handler == SIG_DFL) {
      h =
          jvmHandlers[signum] instanceof sun.misc.SignalHandler old
              ? old
              : sun.misc.SignalHandler.SIG_DFL;
    } else {
      h = s -> trip(signum);
    }
    sun.misc.SignalHandler previous;
    try {
      previous = sun.misc.Signal.handle(sig, h);
    } catch (IllegalArgumentException e) {
      throw PyException.of(ExceptionTypes.OS_ERROR, "[Errno 22] Invalid argument");
    }
    if (jvmHandlers[signum] == null) {
      jvmHandlers[signum] = previous;
    }
  }

  /**
   * A signal whose handler is SIG_DFL ends the program as the signal would: status 128 + signum.
   */
  public static final class DefaultAction extends RuntimeException {
    public final int signum;

    DefaultAction(int signum) {
      super("signal " + signum, null, false, false);
      this.signum = signum;
    }
  }
}
