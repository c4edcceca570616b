package io.gilvm.modules;

import io.gilvm.object.ArgParser;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.state.Interpreter;
import io.gilvm.state.Signals;
import io.gilvm.state.ThreadState;

/**
 * {@code signal}: Python-level handlers for SIGINT, SIGTERM and a few other signals, run in the
 * main thread at its next checkpoint (see {@link Signals}). The signal numbers and SIG_DFL /
 * SIG_IGN are plain ints here, where CPython makes them IntEnum members.
 */
final class SignalModule {
  private SignalModule() {}

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("signal");
    Signals signals = interp.signals;
    m.put("SIG_DFL", Signals.SIG_DFL);
    m.put("SIG_IGN", Signals.SIG_IGN);
    m.put("NSIG", PyInt.of(Signals.NSIG));
    m.put("SIGHUP", PyInt.of(1));
    m.put("SIGINT", PyInt.of(Signals.SIGINT));
    m.put("SIGQUIT", PyInt.of(3));
    m.put("SIGUSR1", PyInt.of(10));
    m.put("SIGUSR2", PyInt.of(12));
    m.put("SIGALRM", PyInt.of(14));
    m.put("SIGTERM", PyInt.of(Signals.SIGTERM));
    m.put("default_int_handler", Signals.DEFAULT_INT_HANDLER);
    m.function(
        "signal",
        (t, a, kw) -> {
          ArgParser.arity("signal", a, kw, 2, 2);
          return signals.setHandler(t, signum(a[0]), a[1]);
        });
    m.function(
        "getsignal",
        (t, a, kw) -> {
          ArgParser.arity("getsignal", a, kw, 1, 1);
          return signals.handler(signum(a[0]));
        });
    m.function(
        "raise_signal",
        (t, a, kw) -> {
          ArgParser.arity("raise_signal", a, kw, 1, 1);
          signals.raise(t, signum(a[0]));
          return PyNone.NONE;
        });
    return m;
  }

  private static int signum(PyObject o) {
    if (!(o instanceof PyInt i)) {
      throw PyException.typeError(
          "'" + o.type().name() + "' object cannot be interpreted as an integer");
    }
    if (i.isBig() || i.longValue() < 1 || i.longValue() >= Signals.NSIG) {
      throw PyException.valueError("signal number out of range");
    }
    return (int) i.longValue();
  }
}
