package io.gilvm.embed;

import io.gilvm.eval.Traceback;
import io.gilvm.lang.SourceDecoder;
import io.gilvm.mem.Refs;
import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyType;
import io.gilvm.spi.Strategies;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import io.gilvm.trace.Recorder;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A Python interpreter embedded in a Java program: one {@code __main__} namespace that source runs
 * in, globals to read and set, functions to call with Java arguments. Made by {@link #builder()};
 * ended by {@link #close()}.
 *
 * <pre>{@code
 * try (PythonInterpreter py = PythonInterpreter.builder().lock("finegrained").build()) {
 *   py.exec("import math\ndef hyp(a, b):\n    return math.sqrt(a * a + b * b)\n");
 *   double h = (Double) py.call("hyp", 3, 4);   // 5.0
 *   py.set("names", List.of("ada", "grace"));
 *   List<?> upper = (List<?>) py.eval("[n.upper() for n in names]");
 * }
 * }</pre>
 *
 * <p>Thread-safe: any number of Java threads may call in at once. Each call attaches its thread as
 * an interpreter thread for the call's duration, waiting for and then holding the interpreter lock
 * as a Python thread does; a call made from Python code running in this interpreter (a callback)
 * runs on the thread state it is already on. A thread of another gilvm interpreter cannot call into
 * this one. See the package documentation for how values convert.
 */
public final class PythonInterpreter implements AutoCloseable {
  private final Interpreter interp;
  private final boolean leakReportOn;

  /** {@code __main__}'s dict, made by the first call. Guarded by {@code this}. */
  private PyDict globals;

  /** Handles not yet closed, released at {@link #close()}. Guarded by {@code this}. */
  private final Set<PyHandle> handles = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Calls in progress from threads outside the interpreter. Guarded by {@code this}. */
  private int activeCalls;

  /** Set by {@link #close()}: no new call may start. Guarded by {@code this}. */
  private boolean closing;

  /** Set once {@link #close()} has finished. Guarded by {@code this}. */
  private boolean closed;

  private List<String> leakReport = List.of();

  private PythonInterpreter(Interpreter interp, boolean leakReportOn) {
    this.interp = interp;
    this.leakReportOn = leakReportOn;
  }

  /** A builder with the defaults: strategies chosen as {@link Builder#lock} says. */
  public static Builder builder() {
    return new Builder();
  }

  /** How to make an embedded interpreter: its strategies, settings and streams. */
  public static final class Builder {
    private final Interpreter.Builder b = Interpreter.builder();
    private boolean leaks;

    private Builder() {
      b.argv(List.of(""));
    }

    /**
     * The lock strategy by name ({@code newgil}, {@code legacy}, {@code finegrained}, or one of
     * your own). Without one: the system property {@code gilvm.gil}, else the only lock strategy on
     * the class path, else {@code newgil}. {@link #build()} fails naming those found when the one
     * asked for is missing.
     */
    public Builder lock(String name) {
      b.gil(name);
      return this;
    }

    /**
     * The memory strategy by name ({@code plain}, {@code atomic}, {@code biased}); without one, the
     * lock strategy's own default.
     */
    public Builder memory(String name) {
      b.memory(name);
      return this;
    }

    /** {@code sys.setswitchinterval}'s initial value, for the locks that use one. */
    public Builder switchInterval(Duration interval) {
      b.switchIntervalNanos(interval.toNanos());
      return this;
    }

    /** The check interval in ticks, for the {@code legacy} lock. */
    public Builder checkInterval(int ticks) {
      b.checkInterval(ticks);
      return this;
    }

    /** Checked memory: any use of a freed object is a fatal error (slower; for testing). */
    public Builder checkMemory(boolean on) {
      b.checkMemory(on);
      return this;
    }

    /**
     * The leak report: {@link #close()} releases every root and lists the objects whose reference
     * counts never reached zero; read it with {@link #leakReport()}.
     */
    public Builder leakReport(boolean on) {
      b.leaks(on);
      this.leaks = on;
      return this;
    }

    /**
     * The deadlock detector: when Python threads wait without a timeout for each other's {@code
     * threading} locks in a cycle for a second, {@code REPORT} (the default) prints the cycle and
     * each thread's Python stack on the error stream, {@code EXIT} then ends the JVM with status 1
     * (meant for the command line), {@code OFF} does nothing.
     */
    public Builder deadlocks(io.gilvm.sync.Deadlocks.Mode mode) {
      b.deadlocks(mode);
      return this;
    }

    /** Records the lock's events, for {@link PythonInterpreter#lockStats()}. */
    public Builder recordLockEvents(boolean on) {
      b.record(on);
      return this;
    }

    /** Where {@code print} and {@code sys.stdout} write; System.out by default. */
    public Builder out(PrintStream out) {
      b.out(out);
      return this;
    }

    /** Where {@code sys.stderr} and the interpreter's own reports write; System.err by default. */
    public Builder err(PrintStream err) {
      b.err(err);
      return this;
    }

    /** {@code sys.argv}; {@code ['']} by default. */
    public Builder argv(List<String> argv) {
      b.argv(argv);
      return this;
    }

    /**
     * Directories {@code sys.path} lists after the current directory, joined by the path separator.
     */
    public Builder pythonPath(String path) {
      b.pythonPath(path);
      return this;
    }

    /** Where to look for strategies: this class loader's class path and module layer. */
    public Builder strategiesFrom(ClassLoader loader) {
      b.strategies(new Strategies(loader));
      return this;
    }

    /** Makes the interpreter; IllegalArgumentException when a strategy named is not found. */
    public PythonInterpreter build() {
      return new PythonInterpreter(b.build(), leaks);
    }
  }

  // ---------------------------------------------------------------- what it runs under

  /** The lock strategy's name, e.g. {@code "newgil"}. */
  public String lockName() {
    return interp.lockStrategy().name();
  }

  /** The memory strategy's name, e.g. {@code "plain"}. */
  public String memoryName() {
    return interp.memoryStrategy().name();
  }

  /** Warnings about the chosen combination (an unsafe memory strategy), one line each. */
  public List<String> warnings() {
    return interp.warnings();
  }

  /** The runtime's interpreter underneath, for tools that observe its lock or counts. */
  public Interpreter runtime() {
    return interp;
  }

  // ---------------------------------------------------------------- running source

  /** Runs statements in {@code __main__}'s namespace; tracebacks name the code {@code <string>}. */
  public void exec(String source) {
    exec(source, "<string>");
  }

  /** Runs statements in {@code __main__}'s namespace; tracebacks name the code {@code filename}. */
  public void exec(String source, String filename) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(filename, "filename");
    enter(
        ts -> {
          run(ts, "exec", source, filename, "exec");
          return null;
        });
  }

  /**
   * Runs a file's statements in {@code __main__}'s namespace, the file read as Python reads source
   * (UTF-8, or the encoding its coding comment declares). Tracebacks show its path.
   */
  public void execFile(Path file) {
    String name = file.toAbsolutePath().normalize().toString();
    String source;
    try {
      source = SourceDecoder.decode(Files.readAllBytes(file), name);
    } catch (IOException e) {
      throw new UncheckedIOException("can't read " + name, e);
    } catch (SourceDecoder.EncodingError e) {
      throw new PythonException(
          "SyntaxError", e.getMessage(), "SyntaxError: " + e.getMessage() + "\n");
    }
    exec(source, name);
  }

  /** Evaluates one expression in {@code __main__}'s namespace and converts its value. */
  public Object eval(String expression) {
    return enter(ts -> convert(ts, run(ts, "eval", expression, "<string>", "eval")));
  }

  /** Evaluates one expression in {@code __main__}'s namespace; its value as a handle. */
  public PyHandle evalHandle(String expression) {
    return enter(ts -> handle(ts, run(ts, "eval", expression, "<string>", "eval")));
  }

  /**
   * Runs {@code source} as {@code eval} when it is one expression, returning its value converted,
   * else as {@code exec}, returning null: what a script engine's {@code eval} does.
   */
  Object evalOrExec(String source, String filename) {
    return enter(
        ts -> {
          PyObject code;
          try {
            code = compile(ts, source, filename, "eval");
          } catch (PyException e) {
            if (!e.matches(io.gilvm.object.ExceptionTypes.SYNTAX_ERROR)) {
              throw e;
            }
            run(ts, "exec", source, filename, "exec");
            return null;
          }
          try {
            return convert(
                ts,
                interp
                    .builtins()
                    .getStr("eval")
                    .call(ts, new PyObject[] {code, globals(ts)}, null));
          } finally {
            Refs.discard(ts, code);
          }
        });
  }

  private PyObject compile(ThreadState ts, String source, String filename, String mode) {
    return interp
        .builtins()
        .getStr("compile")
        .call(ts, new PyObject[] {new PyStr(source), new PyStr(filename), new PyStr(mode)}, null);
  }

  /** compile() then exec() or eval() through the builtins, so that errors are Python's own. */
  private PyObject run(ThreadState ts, String how, String source, String filename, String mode) {
    PyDict g = globals(ts);
    PyDict builtins = interp.builtins();
    if (!filename.startsWith("<")) {
      // As for a program file: tracebacks show its lines. Pseudo-names such as <string> are
      // shared by every caller, so their lines are not kept (CPython shows none either).
      Traceback.registerSource(filename, source);
    }
    PyObject code = compile(ts, source, filename, mode);
    try {
      return builtins.getStr(how).call(ts, new PyObject[] {code, g}, null);
    } finally {
      Refs.discard(ts, code);
    }
  }

  // ---------------------------------------------------------------- globals

  /** Whether {@code __main__} has a global named {@code name}. */
  public boolean has(String name) {
    return enter(ts -> globals(ts).getStr(name) != null);
  }

  /** A global's value, converted; NoSuchElementException when there is none. */
  public Object get(String name) {
    return enter(ts -> convert(ts, global(ts, name)));
  }

  /** A global's value as a handle; NoSuchElementException when there is none. */
  public PyHandle getHandle(String name) {
    return enter(ts -> handle(ts, global(ts, name)));
  }

  /** Sets a global to a Java value converted to Python (see the package documentation). */
  public void set(String name, Object value) {
    Objects.requireNonNull(name, "name");
    enter(
        ts -> {
          PyObject v = Conversions.toPython(ts, value);
          try {
            globals(ts).putStr(name, v);
          } finally {
            Refs.discard(ts, v);
          }
          return null;
        });
  }

  /** Deletes a global; does nothing when there is none. */
  public void remove(String name) {
    enter(
        ts -> {
          PyDict g = globals(ts);
          if (g.getStr(name) != null) {
            g.delItem(new PyStr(name));
          }
          return null;
        });
  }

  /** The names of {@code __main__}'s globals, in the order they were first set. */
  public List<String> globalNames() {
    return enter(
        ts -> {
          List<String> names = new ArrayList<>();
          for (PyObject k : globals(ts).keyArray()) {
            if (k instanceof PyStr s) {
              names.add(s.value());
            }
          }
          return names;
        });
  }

  private PyObject global(ThreadState ts, String name) {
    PyObject v = globals(ts).getStr(name);
    if (v == null) {
      throw new NoSuchElementException("no global named '" + name + "' in __main__");
    }
    return v;
  }

  // ---------------------------------------------------------------- calls

  /** Calls the global function (or any callable) named {@code function}; its result converted. */
  public Object call(String function, Object... args) {
    return enter(ts -> convert(ts, invoke(ts, global(ts, function), args)));
  }

  /** Calls the object a handle holds; its result converted. */
  public Object call(PyHandle callable, Object... args) {
    return enter(ts -> convert(ts, invoke(ts, own(callable).object(), args)));
  }

  /** Calls the global named {@code function}; its result as a handle. */
  public PyHandle callForHandle(String function, Object... args) {
    return enter(ts -> handle(ts, invoke(ts, global(ts, function), args)));
  }

  /** Calls the object a handle holds; its result as a handle. */
  public PyHandle callForHandle(PyHandle callable, Object... args) {
    return enter(ts -> handle(ts, invoke(ts, own(callable).object(), args)));
  }

  private PyObject invoke(ThreadState ts, PyObject callable, Object[] args) {
    Object[] a = args == null ? new Object[] {null} : args;
    PyObject[] py = new PyObject[a.length];
    try {
      for (int i = 0; i < a.length; i++) {
        py[i] = Conversions.toPython(ts, a[i]);
      }
      return callable.call(ts, py, null);
    } finally {
      Refs.discardAll(ts, py, py.length);
    }
  }

  Object getAttr(PyHandle h, String name) {
    return enter(ts -> convert(ts, own(h).object().getAttr(name)));
  }

  String repr(PyHandle h) {
    return enter(ts -> own(h).object().repr());
  }

  Object toJava(PyHandle h) {
    return enter(ts -> Conversions.toJava(ts, own(h).object(), this));
  }

  private PyHandle own(PyHandle h) {
    if (h.interpreter() != this) {
      throw new IllegalArgumentException("a handle of another interpreter");
    }
    return h;
  }

  /** Converts a call's result (borrowed or floating) and drops it. */
  private Object convert(ThreadState ts, PyObject result) {
    try {
      return Conversions.toJava(ts, result, this);
    } finally {
      Refs.discard(ts, result);
    }
  }

  /** A handle holding its own reference to {@code o}. */
  PyHandle handle(ThreadState ts, PyObject o) {
    ts.refs.incref(o);
    PyHandle h = new PyHandle(this, o);
    synchronized (this) {
      handles.add(h);
    }
    return h;
  }

  void release(PyHandle h) {
    synchronized (this) {
      if (closed || !handles.remove(h)) {
        return;
      }
    }
    PyObject o = h.take();
    if (o != null) {
      enterEvenIfClosing(
          ts -> {
            Refs.decref(ts, o);
            return null;
          });
    }
  }

  // ---------------------------------------------------------------- threads

  /**
   * Runs {@code body} on the calling thread as an interpreter thread: on the thread state it
   * already has when Python code of this interpreter called back into Java, else attached for the
   * call (waiting for the lock) and detached after it (releasing the lock). A Python exception
   * becomes a {@link PythonException}.
   */
  private <T> T enter(Function<ThreadState, T> body) {
    return enter(body, false);
  }

  private <T> T enterEvenIfClosing(Function<ThreadState, T> body) {
    return enter(body, true);
  }

  private <T> T enter(Function<ThreadState, T> body, boolean evenIfClosing) {
    ThreadState current = ThreadState.current();
    if (current.interp == interp) {
      return translate(current, body);
    }
    // A thread state without a Java thread is the runtime's detached stand-in: this thread
    // belongs to no interpreter yet.
    if (current.javaThread() != null) {
      throw new IllegalStateException(
          "this thread runs another gilvm interpreter's code and cannot call into this one");
    }
    synchronized (this) {
      if (closed || (closing && !evenIfClosing)) {
        throw new IllegalStateException("this interpreter is closed");
      }
      activeCalls++;
    }
    try {
      ThreadState ts = interp.attachCurrentThread(Thread.currentThread().getName());
      try {
        return translate(ts, body);
      } finally {
        try {
          // What the call printed is seen when it returns, as after a program's end.
          interp.stdout().flush();
        } finally {
          interp.detachCurrentThread(ts);
        }
      }
    } finally {
      synchronized (this) {
        activeCalls--;
        notifyAll();
      }
    }
  }

  private static <T> T translate(ThreadState ts, Function<ThreadState, T> body) {
    try {
      return body.apply(ts);
    } catch (PyException e) {
      throw pythonException(e.value());
    }
  }

  static PythonException pythonException(PyBaseException e) {
    PyType t = e.type();
    String type =
        t.isBuiltin() || "__main__".equals(t.module()) || t.module() == null
            ? t.name()
            : t.module() + "." + t.name();
    String message;
    try {
      message = e.str();
    } catch (PyException inner) {
      message = "<exception str() failed>";
    }
    return new PythonException(type, message, Traceback.format(e));
  }

  private synchronized PyDict globalsIfMade() {
    return globals;
  }

  private PyDict globals(ThreadState ts) {
    PyDict g = globalsIfMade();
    if (g != null) {
      return g;
    }
    // Made under the interpreter lock by the first call; two threads under a lock that is not
    // global may both get here, and the first to finish wins.
    PyDict made = interp.newMainModule(ts).dict();
    synchronized (this) {
      if (globals == null) {
        globals = made;
      }
      return globals;
    }
  }

  // ---------------------------------------------------------------- statistics and the end

  /**
   * What the lock's event recorder saw, one entry per thread name (an embedding Java thread's calls
   * add up under its name; Python threads appear under theirs): how often each took the lock and
   * how long it ran, waited for the lock and spent in blocking calls. Empty unless the builder
   * turned {@link Builder#recordLockEvents recording} on. Read it once the calls it should count
   * have returned.
   */
  public List<LockStats> lockStats() {
    Recorder r = interp.recorder();
    if (r == null) {
      return List.of();
    }
    Map<String, long[]> byName = new LinkedHashMap<>();
    for (Recorder.Track t : r.tracks()) {
      long[] s = byName.computeIfAbsent(t.name(), k -> new long[4]);
      s[0] += t.acquisitions();
      s[1] += t.nanosIn(Recorder.State.RUNNING);
      s[2] += t.nanosIn(Recorder.State.WAITING);
      s[3] += t.nanosIn(Recorder.State.BLOCKED);
    }
    List<LockStats> out = new ArrayList<>();
    byName.forEach((name, s) -> out.add(new LockStats(name, s[0], s[1], s[2], s[3])));
    return out;
  }

  /** One thread's share of the lock: see {@link #lockStats()}. */
  public record LockStats(
      String thread, long acquisitions, long runningNanos, long waitingNanos, long blockedNanos) {}

  /**
   * Ends the interpreter as a Python program ends: no new call may start, the calls in progress are
   * waited for, the handles still open are released, then {@code threading}'s shutdown runs, the
   * non-daemon Python threads are waited for and the {@code atexit} functions run. With the leak
   * report on, every root is then released and the report made ({@link #leakReport()}). Daemon
   * threads are not waited for, as in CPython. Closing twice does nothing; calling it from Python
   * code running in this interpreter is an IllegalStateException.
   */
  @Override
  public void close() {
    if (ThreadState.current().interp == interp) {
      throw new IllegalStateException("an interpreter cannot be closed from its own threads");
    }
    List<PyHandle> open;
    synchronized (this) {
      if (closing) {
        return;
      }
      closing = true;
      boolean interrupted = false;
      while (activeCalls > 0) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      open = new ArrayList<>(handles);
      handles.clear();
    }
    List<String> report =
        enterEvenIfClosing(
            ts -> {
              for (PyHandle h : open) {
                PyObject o = h.take();
                if (o != null) {
                  Refs.decref(ts, o);
                }
              }
              return interp.shutdown(ts);
            });
    synchronized (this) {
      leakReport = List.copyOf(report);
      closed = true;
    }
    if (leakReportOn) {
      PrintStream err = interp.err();
      for (String line : report) {
        err.println(line);
      }
      err.flush();
    }
  }

  /** Whether {@link #close()} has finished. */
  public synchronized boolean isClosed() {
    return closed;
  }

  /**
   * The leak report made by {@link #close()} (also printed to the error stream): {@code gilvm: no
   * objects leaked}, or the leaked objects counted by type. Empty when the builder did not turn the
   * report on; IllegalStateException before the interpreter is closed.
   */
  public synchronized List<String> leakReport() {
    if (!closed) {
      throw new IllegalStateException("the leak report is made by close()");
    }
    return leakReport;
  }
}
