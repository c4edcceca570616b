package io.gilvm.modules;

import io.gilvm.eval.Traceback;
import io.gilvm.object.ArgParser;
import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;

/**
 * {@code _traceback}: what gilvm's {@code traceback} module (in Python) needs from the runtime: an
 * exception's report as the interpreter prints it, its traceback entries, and the source lines of
 * the programs the interpreter ran.
 */
final class TracebackModule {
  private TracebackModule() {}

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("_traceback");
    m.function(
        "format",
        (t, a, kw) -> {
          ArgParser.arity("format", a, kw, 2, 2);
          PyBaseException e = exception(a[0]);
          return new PyStr(a[1].isTrue() ? Traceback.format(e) : formatUnchained(e));
        });
    m.function(
        "last_line",
        (t, a, kw) -> {
          ArgParser.arity("last_line", a, kw, 1, 1);
          return new PyStr(Traceback.lastLine(exception(a[0])));
        });
    m.function(
        "source_line",
        (t, a, kw) -> {
          ArgParser.arity("source_line", a, kw, 2, 2);
          String line =
              a[0] instanceof PyStr f && a[1] instanceof PyInt n
                  ? Traceback.sourceLine(f.value(), (int) n.asLong())
                  : null;
          return line == null ? PyNone.NONE : new PyStr(line);
        });
    // The same line unstripped: what the caret columns of a frame summary count from.
    m.function(
        "raw_source_line",
        (t, a, kw) -> {
          ArgParser.arity("raw_source_line", a, kw, 2, 2);
          String line =
              a[0] instanceof PyStr f && a[1] instanceof PyInt n
                  ? Traceback.rawSourceLine(f.value(), (int) n.asLong())
                  : null;
          return line == null ? PyNone.NONE : new PyStr(line);
        });
    m.function(
        "entries",
        (t, a, kw) -> {
          ArgParser.arity("entries", a, kw, 1, 1);
          PyList out = new PyList();
          for (PyBaseException.TracebackEntry en : exception(a[0]).traceback()) {
            out.append(
                PyTuple.of(
                    new PyStr(en.filename()), PyInt.of(en.line()), new PyStr(en.function())));
          }
          return out;
        });
    m.function(
        "positions",
        (t, a, kw) -> {
          ArgParser.arity("positions", a, kw, 1, 1);
          if (!(a[0] instanceof io.gilvm.object.PyTraceback tb)) {
            throw PyException.typeError("expected a traceback, not " + a[0].type().name());
          }
          return tb.positions();
        });
    // The caret line CPython 3.11 prints under a source line for the span (line, end line,
    // column, end column) of a frame summary, or None when it would mark the whole line.
    m.function(
        "carets",
        (t, a, kw) -> {
          ArgParser.arity("carets", a, kw, 5, 5);
          for (int i = 1; i < 5; i++) {
            if (!(a[i] instanceof PyInt)) {
              return PyNone.NONE;
            }
          }
          String raw = ArgParser.asStr(a[0], "carets");
          long span =
              io.gilvm.object.PyCode.span(
                  ArgParser.asInt(a[2]), ArgParser.asInt(a[3]), ArgParser.asInt(a[4]));
          String c = Traceback.carets(raw, ArgParser.asInt(a[1]), span);
          return c == null ? PyNone.NONE : new PyStr(c);
        });
    m.function(
        "stack",
        (t, a, kw) -> {
          ArgParser.arity("stack", a, kw, 0, 0);
          java.util.List<io.gilvm.eval.Frame> frames = new java.util.ArrayList<>();
          for (io.gilvm.eval.Frame f = t.currentFrame(); f != null; f = f.back()) {
            frames.add(f);
          }
          PyList out = new PyList();
          for (int k = frames.size() - 1; k >= 0; k--) {
            io.gilvm.eval.Frame f = frames.get(k);
            out.append(
                PyTuple.of(
                    new PyStr(f.code().filename), PyInt.of(f.line()), new PyStr(f.code().name)));
          }
          return out;
        });
    return m;
  }

  private static PyBaseException exception(PyObject o) {
    if (o instanceof PyBaseException e) {
      return e;
    }
    throw PyException.typeError(
        "expected an exception, not " + (o == PyNone.NONE ? "None" : o.type().name()));
  }

  /** One exception's report without the exceptions chained to it. */
  private static String formatUnchained(PyBaseException e) {
    String full = Traceback.format(e);
    String marker = e.traceback().isEmpty() ? null : "Traceback (most recent call last):\n";
    if (marker == null) {
      return Traceback.lastLine(e) + "\n";
    }
    return full.substring(full.lastIndexOf(marker));
  }
}
