package io.gilvm.state;

import com.google.common.collect.MapMaker;
import io.gilvm.compiler.Compiler;
import io.gilvm.eval.Builtins;
import io.gilvm.eval.Eval;
import io.gilvm.eval.Tier;
import io.gilvm.eval.Traceback;
import io.gilvm.lang.PySyntaxError;
import io.gilvm.mem.CheckedRefCounts;
import io.gilvm.mem.LeakTracker;
import io.gilvm.mem.Refs;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.Ops;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.TypeSetup;
import io.gilvm.spi.Checkpoints;
import io.gilvm.spi.EvalBreaker;
import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockEvents;
import io.gilvm.spi.LockIntervals;
import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.MemoryStrategy;
import io.gilvm.spi.ObjectHeader;
import io.gilvm.spi.RefCounts;
import io.gilvm.spi.Strategies;
import io.gilvm.spi.ThreadHandle;
import io.gilvm.sync.Deadlocks;
import io.gilvm.trace.JfrEvents;
import io.gilvm.trace.Recorder;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One interpreter: a lock, a reference counting, builtins and modules, and the threads running its
 * bytecode. Build one with {@link #builder()}, then {@link #runSource} a program.
 */
public final class Interpreter {
  /** The lock used when none is named and more than one is found. */
  public static final String DEFAULT_LOCK = Strategies.DEFAULT_LOCK;

  final LockStrategy lockStrategy;
  final MemoryStrategy memoryStrategy;
  final InterpreterLock lock;
  final RefCounts refs;
  final Checkpoints checkpoints;

  /** Whether the eval loop checkpoints after (almost) every instruction, or only at back edges. */
  public final boolean checkpointsEvery;

  /** Which tier runs code: {@link Tier#INTERP}, {@link Tier#COMPILED} or {@link Tier#AUTO}. */
  public final int tier;

  volatile int recursionLimit = 1000;

  /**
   * The deepest Python recursion the Java stack of an interpreter thread ({@link
   * PyThread#STACK_SIZE}) holds with room to spare: a recursion limit set higher binds here, so
   * that deep recursion ends in RecursionError and never in a Java stack overflow.
   */
  static final int MAX_DEPTH = 150_000;

  /** {@code sys.get_int_max_str_digits()}: 0 for no limit. */
  public volatile int intMaxStrDigits = io.gilvm.lang.IntDigitsLimit.DEFAULT;

  static {
    io.gilvm.lang.IntDigitsLimit.current =
        () -> {
          return ThreadState.current().interp.intMaxStrDigits;
        };
  }

  /**
   * The depth at which frames raise RecursionError: the recursion limit, at most {@link
   * #MAX_DEPTH}.
   */
  public volatile int depthLimit = 1000;

  public final PyDict builtins;

  /** The import system: sys.modules, sys.path's finders, the module import locks. */
  public final Importer importer = new Importer(this);

  final PrintStream out;
  final PrintStream err;
  final List<String> argv;
  private final AtomicLong nextThreadId = new AtomicLong(1);

  /** The thread id of each Java thread attached from outside, kept while that thread lives. */
  private final Map<Thread, Long> attachedIds = new MapMaker().weakKeys().makeMap();

  private final ThreadGroup group;
  private final List<PyThread> nonDaemon = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  public final Stdout stdout;

  /** The text behind {@code sys.stdin} and {@code input()}. */
  public final Stdin stdin;

  /** Signals: pending flags and Python-level handlers ({@code signal}). */
  public final Signals signals;

  /**
   * The eval breaker every checkpoint reads: the lock's own ({@link InterpreterLock#evalBreaker}),
   * or one of the interpreter's when the lock has none.
   */
  final EvalBreaker breaker;

  /**
   * Whether the lock's checkpoint runs at every checkpoint (a lock without an eval breaker), not
   * only when the breaker is set.
   */
  final boolean pollsLock;

  private Interpreter(Builder b, LockStrategy lockStrategy, MemoryStrategy memoryStrategy) {
    this.config = b.copy();
    this.recorder = b.record ? new Recorder(b.sinks) : null;
    this.events = events(recorder, lockStrategy.name());
    this.lockStrategy = lockStrategy;
    this.memoryStrategy = memoryStrategy;
    this.checkpoints = b.checkpoints;
    this.checkpointsEvery = b.checkpoints == Checkpoints.EVERY;
    this.tier = b.tier;
    this.lock =
        lockStrategy.create(
            new LockConfig(
                b.switchIntervalNanos, b.checkInterval, b.checkpoints, b.objectLocks, events));
    EvalBreaker lockBreaker = lock.evalBreaker();
    this.breaker = lockBreaker != null ? lockBreaker : new EvalBreaker();
    this.pollsLock = lockBreaker == null;
    this.checkMemory = b.checkMemory;
    this.deadlocks = new Deadlocks(this, b.deadlocks);
    this.leaks = b.leaks ? new LeakTracker() : null;
    RefCounts counts = memoryStrategy.create();
    if (leaks != null) {
      counts = leaks.wrap(counts);
    }
    this.refs = b.checkMemory ? new CheckedRefCounts(counts, this) : counts;
    this.out = b.out;
    this.err = b.err;
    this.argv = List.copyOf(b.argv);
    this.pythonPath = b.pythonPath;
    this.group = new ThreadGroup("gilvm");
    this.stdout = new Stdout(b.out, b.stdoutStream);
    this.stdin = new Stdin(b.in);
    this.signals = new Signals(this, b.handleSignals);
    this.childCommandSource = b.childCommand;
    this.allowNetwork = b.allowNetwork;
    TypeSetup.ensure();
    this.builtins = Builtins.createDict(this);
    if (memoryStrategy.needsGlobalLock() && !lockStrategy.isGlobal()) {
      warnings.add("memory '" + memoryStrategy.name() + "' is not safe without a global lock");
    }
    if (!b.objectLocks && !lockStrategy.isGlobal()) {
      warnings.add(
          "object locks are off: lists, dicts and sets shared between threads may lose updates");
    }
  }

  /** Checked mode: a use of a freed object is fatal; see {@link CheckedRefCounts}. */
  final boolean checkMemory;

  /** Whether sockets may connect beyond loopback; see {@link Builder#allowNetwork}. */
  private final boolean allowNetwork;

  /** Whether sockets may connect to addresses other than loopback ({@code --allow-network}). */
  public boolean allowNetwork() {
    return allowNetwork;
  }

  /** The settings this interpreter was built with, for building its subinterpreters. */
  private final Builder config;

  /**
   * The interpreters of one program ({@code concurrent.interpreters}): made when the first
   * subinterpreter is, shared by the main interpreter and every one made from it; null until then.
   */
  volatile Subinterpreters family;

  /** This interpreter's id among its family's: 0 for the main one. */
  volatile long subinterpreterId;

  /**
   * Makes a subinterpreter (PEP 684): an interpreter with this one's settings, its own modules, its
   * own instance of the lock strategy and of the memory strategy, and its own leak report; it
   * shares no Python object with this one except immortal ones (code objects, types, small ints).
   * {@code sys.path} starts as this interpreter's did.
   */
  Interpreter newSubinterpreter() {
    Builder b = config.copy();
    b.handleSignals(false);
    // Lock events are recorded for the interpreter the program runs in; a subinterpreter's
    // threads show there as blocking calls while they run in it.
    b.record(false);
    b.sinks = List.of();
    Interpreter sub = new Interpreter(b, lockStrategy, memoryStrategy);
    sub.path0 = path0;
    return sub;
  }

  /** The thread group of this interpreter's threads. */
  ThreadGroup threadGroup() {
    return group;
  }

  /** The deadlock detector ({@code --deadlock}). */
  private final Deadlocks deadlocks;

  /** The deadlock detector, which Python locks tell about their waits. */
  public Deadlocks deadlocks() {
    return deadlocks;
  }

  /**
   * The command that starts another gilvm like this one (the JVM, its options and class path, the
   * main class, {@code run} and this interpreter's strategy options), to which a child process
   * appends its own arguments; null when the embedder gave none ({@code multiprocessing} is then
   * unavailable).
   */
  private final java.util.function.Supplier<List<String>> childCommandSource;

  private volatile List<String> childCommand;

  /** Run once when the main program has ended, after atexit (ending child processes). */
  private final List<Runnable> exitHooks = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** See {@link Builder#childCommand}; null when none was given. */
  public List<String> childCommand() {
    List<String> c = childCommand;
    if (c == null) {
      c =
          childCommandSource != null
              ? List.copyOf(childCommandSource.get())
              : defaultChildCommand();
      childCommand = c;
    }
    return c;
  }

  /** The gilvm command's main class, which a child runs when the embedder named no command. */
  private static final String MAIN_CLASS = "io.gilvm.cli.Main";

  /**
   * When the embedder gave no command: this JVM (its executable, options and class path) running
   * the gilvm command's main class, if it is on the class path, with this interpreter's lock and
   * memory strategies; null otherwise.
   */
  private List<String> defaultChildCommand() {
    try {
      Class.forName(MAIN_CLASS, false, Interpreter.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(
        ProcessHandle.current()
            .info()
            .command()
            .orElse(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    for (String arg :
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("-agentlib:jdwp")
          || arg.startsWith("-XX:ArchiveClassesAtExit")
          || arg.startsWith("-javaagent")) {
        continue;
      }
      cmd.add(arg);
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(MAIN_CLASS);
    cmd.add("run");
    cmd.add("--gil=" + lockStrategy.name());
    cmd.add("--memory=" + memoryStrategy.name());
    if (checkMemory) {
      cmd.add("--check-memory");
    }
    if (allowNetwork) {
      cmd.add("--allow-network");
    }
    return List.copyOf(cmd);
  }

  /** Registers {@code hook} to run when the main program has ended (once, after atexit). */
  public void addExitHook(Runnable hook) {
    exitHooks.add(hook);
  }

  private void runExitHooks() {
    for (Runnable r : exitHooks) {
      try {
        r.run();
      } catch (RuntimeException e) {
        // An exit hook only ends things; one that fails must not stop the others.
      }
    }
    exitHooks.clear();
  }

  /** The leak report ({@code --leaks}), or null. */
  public final LeakTracker leaks;

  /** The lock event recorder ({@code --stats}, {@code --trace}, {@code --timeline}), or null. */
  final Recorder recorder;

  /** Where lock events go: the recorder, JFR, both, or null. */
  final LockEvents events;

  /**
   * The recorder's events, and JFR's when the JVM is already recording (so that a run under {@code
   * -XX:StartFlightRecording} shows the lock in JDK Mission Control); null for neither.
   */
  private static LockEvents events(Recorder recorder, String lock) {
    // NOTE: asked here, not in JfrEvents: loading that class loads the JFR event classes it
    // declares, which costs a start-up that records nothing some milliseconds.
    if (!jdk.jfr.FlightRecorder.isInitialized()
        || jdk.jfr.FlightRecorder.getFlightRecorder().getRecordings().isEmpty()) {
      return recorder;
    }
    JfrEvents jfr = new JfrEvents(lock);
    if (recorder == null) {
      return jfr;
    }
    return (thread, kind) -> {
      recorder.event(thread, kind);
      jfr.event(thread, kind);
    };
  }

  /** The lock event recorder, or null when the interpreter records nothing. */
  public Recorder recorder() {
    return recorder;
  }

  /** Thread names by id, for naming the thread that freed an object in checked mode. */
  private final Map<Long, String> threadNames = new ConcurrentHashMap<>();

  /** Set when a thread stopped on a fatal error: the program's exit status becomes 134. */
  private volatile boolean fatal;

  /** The thread whose fatal error was reported (guarded by this). */
  private Thread fatalThread;

  /** Set when the thread running the main program has ended (guarded by this). */
  private boolean mainEnded;

  /** Records which thread freed {@code o}, in checked mode's own field of the object. */
  public static void recordFree(PyObject o, ThreadState ts) {
    long id = ts.handle.id();
    o.freedBy = id >= 0 && id < Short.MAX_VALUE ? (short) (id + 1) : 0;
  }

  /** The name of the thread that freed {@code o}, or null. */
  public String freedBy(PyObject o) {
    return o.freedBy == 0 ? null : threadNames.get((long) o.freedBy - 1);
  }

  /** Exit status after a bug in gilvm itself (EX_SOFTWARE). */
  public static final int INTERNAL_ERROR = 70;

  /** Set when a Java exception escaped an interpreter thread: a bug in gilvm, not the program. */
  private volatile boolean internalError;

  /** Reports a Java exception that escaped a thread, saying it is gilvm's bug, with its trace. */
  int reportInternalError(String thread, Throwable e) {
    try {
      stdout.flush();
    } catch (RuntimeException ignored) {
      // Reporting the original error matters more than flushing.
    }
    synchronized (err) {
      err.println(
          "gilvm: internal error in thread " + thread + " (a bug in gilvm, not in your program):");
      e.printStackTrace(err);
      err.flush();
    }
    return INTERNAL_ERROR;
  }

  /**
   * Reports an exception that nothing can catch (raised while freeing an object, or by a thread's
   * last resort): the header line, then the traceback, on stderr; the program goes on.
   */
  public void reportUnraisable(String header, PyException e) {
    stdout.flush();
    synchronized (err) {
      err.print(header + "\n" + Traceback.format(e.value()));
      err.flush();
    }
  }

  /** Prints a fatal error once per interpreter and marks the program as aborted. */
  void reportFatal(FatalError e) {
    synchronized (this) {
      if (fatal) {
        return;
      }
      fatal = true;
    }
    stdout.flush();
    err.print(e.report());
    err.flush();
    synchronized (this) {
      // The program stops now (runMain), as CPython's abort stops the process.
      fatalThread = Thread.currentThread();
      notifyAll();
    }
  }

  /** For {@link #detached()} only: no lock, plain counts. */
  private Interpreter() {
    this.config = null;
    this.lockStrategy = null;
    this.memoryStrategy = null;
    this.lock = new DetachedLock();
    this.breaker = new EvalBreaker();
    this.pollsLock = true;
    this.refs = new DetachedCounts();
    this.checkMemory = false;
    this.allowNetwork = false;
    this.deadlocks = new Deadlocks(this, Deadlocks.Mode.OFF);
    this.leaks = null;
    this.recorder = null;
    this.events = null;
    this.checkpoints = Checkpoints.EVERY;
    this.checkpointsEvery = true;
    this.tier = Tier.INTERP;
    this.out = System.out;
    this.err = System.err;
    this.argv = List.of();
    this.pythonPath = null;
    this.group = null;
    this.builtins = null;
    this.stdout = null;
    this.stdin = null;
    this.signals = new Signals(this, false);
    this.childCommandSource = null;
  }

  private static final class Detached {
    static final Interpreter INTERP = new Interpreter();
    static final ThreadState STATE = new ThreadState(INTERP, new ThreadHandle(0, "detached"), null);
  }

  /**
   * The state used by threads that are not interpreter threads (type setup, plain Java callers):
   * plain counting, no lock.
   */
  static ThreadState detached() {
    return Detached.STATE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** How to make an interpreter: strategies by name, settings, arguments and streams. */
  public static final class Builder {
    private String gil;
    private String memory;
    private long switchIntervalNanos = LockConfig.DEFAULT_SWITCH_INTERVAL_NANOS;
    private int checkInterval = LockConfig.DEFAULT_CHECK_INTERVAL;
    private Checkpoints checkpoints = Checkpoints.EVERY;
    private int tier = Tier.fromProperty();
    private List<String> argv = List.of("");
    private String pythonPath;
    private PrintStream out = System.out;
    private PrintStream err = System.err;
    private Strategies strategies;
    private boolean checkMemory;
    private boolean objectLocks = true;
    private boolean leaks;
    private boolean record;
    private List<Recorder.Sink> sinks = List.of();
    private boolean handleSignals;
    private Deadlocks.Mode deadlocks = Deadlocks.Mode.REPORT;
    private boolean allowNetwork;

    /**
     * Whether sockets may connect to addresses other than loopback ({@code --allow-network}); off
     * by default, so a program reaches only this machine's loopback addresses.
     */
    public Builder allowNetwork(boolean on) {
      this.allowNetwork = on;
      return this;
    }

    /**
     * The deadlock detector ({@code --deadlock}): what to do when threads wait for each other's
     * Python locks in a cycle; {@link Deadlocks.Mode#REPORT} by default.
     */
    public Builder deadlocks(Deadlocks.Mode mode) {
      this.deadlocks = Objects.requireNonNull(mode);
      return this;
    }

    private java.io.OutputStream stdoutStream;
    private java.io.InputStream in = System.in;
    private java.util.function.Supplier<List<String>> childCommand;

    /** A builder with the same settings. */
    Builder copy() {
      Builder c = new Builder();
      c.gil = gil;
      c.memory = memory;
      c.switchIntervalNanos = switchIntervalNanos;
      c.checkInterval = checkInterval;
      c.checkpoints = checkpoints;
      c.tier = tier;
      c.argv = argv;
      c.pythonPath = pythonPath;
      c.out = out;
      c.err = err;
      c.strategies = strategies;
      c.checkMemory = checkMemory;
      c.objectLocks = objectLocks;
      c.leaks = leaks;
      c.record = record;
      c.sinks = sinks;
      c.handleSignals = handleSignals;
      c.deadlocks = deadlocks;
      c.stdoutStream = stdoutStream;
      c.in = in;
      c.childCommand = childCommand;
      c.allowNetwork = allowNetwork;
      return c;
    }

    /**
     * The command that starts another gilvm with this interpreter's options, to which a child
     * process's own arguments are appended ({@code multiprocessing}'s workers); the {@code gilvm}
     * command sets it.
     */
    public Builder childCommand(java.util.function.Supplier<List<String>> command) {
      this.childCommand = command;
      return this;
    }

    /** What {@code sys.stdin} and {@code input()} read; System.in by default. */
    public Builder in(java.io.InputStream in) {
      this.in = in;
      return this;
    }

    /**
     * The process's own standard output, for {@code print} and {@code sys.stdout} to write to
     * directly so that a failed write (a closed pipe, a full disk) is an OSError as in CPython;
     * otherwise they write to {@link #out}, which ignores failures. The {@code gilvm} command sets
     * it.
     */
    public Builder stdoutStream(java.io.OutputStream raw) {
      this.stdoutStream = raw;
      return this;
    }

    /**
     * Routes the operating system's SIGINT (and the signals a program gives handlers with {@code
     * signal.signal}) to the program, as CPython does: KeyboardInterrupt in the main thread. Off by
     * default, leaving the JVM's own handlers alone; the {@code gilvm} command turns it on.
     */
    public Builder handleSignals(boolean on) {
      this.handleSignals = on;
      return this;
    }

    /**
     * Records the lock's events (who wanted, took and released the lock when, drop requests,
     * blocking calls) for {@link Interpreter#recorder()}; off by default, and free when off.
     */
    public Builder record(boolean on) {
      this.record = on;
      return this;
    }

    /**
     * Records the lock's events and streams every one of them to {@code sink} as the program runs
     * ({@code --trace}, {@code --timeline}), on the recorder's writer thread; call {@link
     * Recorder#finish} once the program has ended, before reading what the sink made.
     */
    public Builder record(Recorder.Sink sink) {
      this.record = true;
      List<Recorder.Sink> all = new ArrayList<>(sinks);
      all.add(sink);
      this.sinks = List.copyOf(all);
      return this;
    }

    /**
     * The leak report ({@code --leaks}): at exit, after releasing every root, the objects whose
     * counts never reached zero are counted by type and reported on stderr.
     */
    public Builder leaks(boolean on) {
      this.leaks = on;
      return this;
    }

    /**
     * Object locks ({@code --object-locks}): whether a lock that is not global guards containers
     * with per-object critical sections. On by default; off is the "no lock at all" configuration,
     * which prints a warning. A global lock ignores it.
     */
    public Builder objectLocks(boolean on) {
      this.objectLocks = on;
      return this;
    }

    /**
     * Which tier runs Python code ({@code --tier}): "interp" the eval loop only; "compiled" every
     * code object that the compiled tier can translate is translated at its first call; "auto" (the
     * default) those that get hot. Null: the {@code gilvm.tier} system property, else auto.
     */
    public Builder tier(String name) {
      this.tier = name == null ? Tier.fromProperty() : Tier.parse(name);
      return this;
    }

    /** Checked mode ({@code --check-memory}): any use of a freed object is a fatal error. */
    public Builder checkMemory(boolean on) {
      this.checkMemory = on;
      return this;
    }

    /**
     * The lock strategy by name; null means the system property gilvm.gil, else the only lock
     * strategy found, else {@link Interpreter#DEFAULT_LOCK}.
     */
    public Builder gil(String name) {
      this.gil = name;
      return this;
    }

    /** The memory strategy by name; null means gilvm.memory, else the lock's own choice. */
    public Builder memory(String name) {
      this.memory = name;
      return this;
    }

    public Builder switchIntervalNanos(long nanos) {
      this.switchIntervalNanos = nanos;
      return this;
    }

    public Builder checkInterval(int ticks) {
      this.checkInterval = ticks;
      return this;
    }

    public Builder checkpoints(Checkpoints c) {
      this.checkpoints = Objects.requireNonNull(c);
      return this;
    }

    /** {@code sys.argv}: the program's name first, as python3 sets it. */
    public Builder argv(List<String> argv) {
      this.argv = List.copyOf(argv);
      return this;
    }

    /**
     * {@code PYTHONPATH}: directories (separated as the platform separates them, ':' on Unix) that
     * {@code sys.path} lists after the program's own directory; null for none. Not read from the
     * environment here: the command line passes it.
     */
    public Builder pythonPath(String pythonPath) {
      this.pythonPath = pythonPath;
      return this;
    }

    public Builder out(PrintStream out) {
      this.out = Objects.requireNonNull(out);
      return this;
    }

    public Builder err(PrintStream err) {
      this.err = Objects.requireNonNull(err);
      return this;
    }

    /** The strategies to choose from; by default those found on the class path. */
    public Builder strategies(Strategies s) {
      this.strategies = s;
      return this;
    }

    /**
     * Makes the interpreter. Throws IllegalArgumentException naming the strategies found when a
     * name is unknown.
     */
    public Interpreter build() {
      Strategies s = strategies != null ? strategies : Strategies.discover();
      String lockName = gil != null ? gil : System.getProperty("gilvm.gil");
      LockStrategy l = lockName != null ? s.lock(lockName) : s.defaultLock();
      String memName =
          memory != null ? memory : System.getProperty("gilvm.memory", l.defaultMemory());
      MemoryStrategy m = s.memory(memName);
      return new Interpreter(this, l, m);
    }
  }

  public LockStrategy lockStrategy() {
    return lockStrategy;
  }

  public MemoryStrategy memoryStrategy() {
    return memoryStrategy;
  }

  /** The lock, for tests and tools that observe it. */
  public InterpreterLock lock() {
    return lock;
  }

  public RefCounts refCounts() {
    return refs;
  }

  public Checkpoints checkpoints() {
    return checkpoints;
  }

  /** Warnings about the chosen combination (an unsafe memory strategy), one line each. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  // ---------------------------------------------------------------- threads

  /** Makes the state of a new interpreter thread; the caller attaches it to the lock. */
  ThreadState newThreadState(Thread javaThread, String name) {
    ThreadState ts =
        new ThreadState(this, new ThreadHandle(nextThreadId.getAndIncrement(), name), javaThread);
    threadNames.put(ts.handle.id(), name);
    return ts;
  }

  /**
   * Attaches the calling Java thread as an interpreter thread (for embedders and stress tests that
   * drive the eval loop from their own threads): waits for the lock. Pair with {@link
   * #detachCurrentThread}.
   */
  public ThreadState attachCurrentThread(String name) {
    Thread me = Thread.currentThread();
    // A Java thread that calls in again is the same Python thread (one ident, one
    // threading._DummyThread), as a foreign thread calling into CPython keeps its ident.
    long id = attachedIds.computeIfAbsent(me, t -> nextThreadId.getAndIncrement());
    ThreadState ts = new ThreadState(this, new ThreadHandle(id, name), me);
    threadNames.put(id, name);
    ThreadState.bindToCurrentThread(ts);
    ts.attach();
    return ts;
  }

  /**
   * A thread state of this interpreter for a Java thread that belongs to another interpreter of the
   * family and now runs here ({@link Subinterpreters}); the same thread keeps one id here. The
   * caller attaches it.
   */
  ThreadState foreignThreadState(Thread me) {
    long id = attachedIds.computeIfAbsent(me, t -> nextThreadId.getAndIncrement());
    threadNames.put(id, me.getName());
    return new ThreadState(this, new ThreadHandle(id, me.getName()), me);
  }

  /** Ends what {@link #attachCurrentThread} began. */
  public void detachCurrentThread(ThreadState ts) {
    ts.detach();
    ThreadState.bindToCurrentThread(null);
  }

  /**
   * Starts an interpreter thread running {@code body} (called with its thread state, holding the
   * lock). Non-daemon threads are waited for before the program exits.
   */
  public Thread startThread(
      String name, boolean daemon, java.util.function.Consumer<ThreadState> body) {
    PyThread[] self = new PyThread[1];
    PyThread t =
        new PyThread(
            group,
            () -> {
              PyThread me = self[0];
              ThreadState ts = newThreadState(me, me.getName());
              me.state = ts;
              ts.attach();
              try {
                body.accept(ts);
              } catch (FatalError e) {
                reportFatal(e);
              } catch (RuntimeException | Error e) {
                internalError = true;
                reportInternalError(me.getName(), e);
              } finally {
                stdout.flushIfInteractive();
                releaseTracebackFrames(ts);
                detachReportingFatal(ts);
                me.detached = true;
                synchronized (nonDaemon) {
                  nonDaemon.remove(me);
                  nonDaemon.notifyAll();
                }
              }
            },
            name);
    self[0] = t;
    t.setDaemon(daemon);
    if (!daemon) {
      synchronized (nonDaemon) {
        nonDaemon.add(t);
      }
    }
    t.start();
    return t;
  }

  /** A thread ends: the frames its recent exceptions kept let go of their variables. */
  private void releaseTracebackFrames(ThreadState ts) {
    try {
      ts.releaseTracebackFrames();
    } catch (PyException e) {
      // Raised by a finalizer: CPython reports those as unraisable; nothing waits for it here.
    }
  }

  /** Waits, with the lock released, until every non-daemon thread other than the caller ended. */
  void waitForNonDaemonThreads(ThreadState ts) {
    ts.blocking(
        () -> {
          synchronized (nonDaemon) {
            while (!nonDaemon.isEmpty()) {
              nonDaemon.wait();
            }
          }
          return null;
        });
  }

  // ---------------------------------------------------------------- running programs

  /**
   * Runs a program's source on a new main interpreter thread, as {@code python3 -c} runs a string
   * ({@code sys.path[0]} is '', the current directory), and returns its exit status: 0, 1 after an
   * uncaught exception or syntax error (printed to the error stream as CPython prints them), or the
   * {@code sys.exit} code. {@code filename} names the code in tracebacks, and is {@code __file__}
   * unless it is a pseudo-name such as {@code <string>}.
   */
  public int runSource(String source, String filename) {
    path0 = "";
    return runMain(
        ts -> runModuleCode(ts, source, filename, filename.startsWith("<") ? null : filename));
  }

  /**
   * Runs a program file as {@code python3 file} does: {@code sys.path[0]} is the file's directory,
   * and {@code __file__} and tracebacks show the file's absolute path.
   */
  public int runFile(String source, java.nio.file.Path file) {
    java.nio.file.Path abs = file.toAbsolutePath().normalize();
    path0 = abs.getParent() == null ? "" : abs.getParent().toString();
    String name = abs.toString();
    return runMain(ts -> runModuleCode(ts, source, name, name));
  }

  /**
   * Runs a module as {@code python3 -m name} does: found on {@code sys.path} (whose first entry is
   * the current directory) after importing its parent packages, a package by its {@code __main__}
   * submodule, and run as {@code __main__}. A module that cannot be run prints CPython's one-line
   * reason and exits 1.
   */
  public int runModule(String name) {
    path0 = Importer.absolute("");
    return runMain(ts -> runModuleAsMain(ts, name));
  }

  private int runMain(java.util.function.ToIntFunction<ThreadState> program) {
    int[] status = new int[1];
    PyThread main =
        new PyThread(
            group,
            () -> {
              try {
                status[0] = runMainThread(program);
              } catch (RuntimeException | Error e) {
                status[0] = reportInternalError("MainThread", e);
              } finally {
                synchronized (this) {
                  mainEnded = true;
                  notifyAll();
                }
              }
            },
            "MainThread");
    main.start();
    boolean interrupted = false;
    boolean aborted;
    synchronized (this) {
      // A fatal error in another thread ends the program at once, as CPython's abort ends the
      // process: the main thread may be waiting for that thread forever (a lock it would have
      // released, a future it would have finished). A fatal error on the main thread itself is
      // reported on its way out, so that one is waited for.
      while (!mainEnded && (fatalThread == null || fatalThread == main)) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      aborted = !mainEnded;
      // A fatal error seen by the main thread on its way out (its status is then 134) may still
      // be being printed by the thread that hit it: the program ends after its report, not before.
      while (fatal && fatalThread == null) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return aborted ? FatalError.STATUS : status[0];
  }

  private int runMainThread(java.util.function.ToIntFunction<ThreadState> program) {
    PyThread me = (PyThread) Thread.currentThread();
    ThreadState ts = newThreadState(me, "MainThread");
    me.state = ts;
    mainThreadId = ts.handle.id();
    ts.attach();
    signals.mainStarted(ts);
    int status;
    try {
      try {
        status = program.applyAsInt(ts);
      } catch (FatalError e) {
        reportFatal(e);
        return FatalError.STATUS;
      }
      if (!fatal) {
        try {
          runThreadingShutdown(ts);
          waitForNonDaemonThreads(ts);
          runAtExit(ts);
          Subinterpreters.closeAll(ts);
        } catch (PyException e) {
          // Interrupted (Ctrl-C) while waiting for the threads at exit.
          int s = handleUncaught(ts, e);
          status = status == 0 ? s : status;
        } catch (Signals.DefaultAction e) {
          return 128 + e.signum;
        }
      }
      if (leaks != null && !fatal) {
        try {
          reportLeaks(ts);
        } catch (FatalError e) {
          reportFatal(e);
        }
      }
      if (fatal) {
        status = FatalError.STATUS;
      } else if (internalError) {
        status = INTERNAL_ERROR;
      }
    } finally {
      runExitHooks();
      stdout.flush();
      PyException lost = stdout.takeFailure();
      if (lost != null && !fatal) {
        // As CPython's final flush of sys.stdout: reported, and the status says output was lost.
        err.println(
            "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
        err.println(lost.value().type().name() + ": " + Ops.str(lost.value()));
        lostOutput = true;
      }
      err.flush();
      detachReportingFatal(ts);
      signals.mainEnded();
    }
    return fatal ? FatalError.STATUS : lostOutput ? 120 : status;
  }

  /**
   * Runs the functions registered with {@code atexit}, when a program imported it: after the
   * non-daemon threads ended, as CPython's Py_Finalize does.
   */
  private void runAtExit(ThreadState ts) {
    PyObject m = importer.modules.getStr("atexit");
    PyObject run = m instanceof PyModule mod ? mod.dict().getStr("_run_exitfuncs") : null;
    if (run == null) {
      return;
    }
    try {
      Refs.discard(ts, run.call(ts, new PyObject[0], null));
    } catch (PyException e) {
      handleUncaught(ts, e);
    }
  }

  /**
   * Calls {@code threading._shutdown()} when the program imported threading, as CPython does once
   * the main module has finished: it runs the callbacks of {@code threading._register_atexit}
   * (concurrent.futures stops its idle workers there). An exception it raises is printed.
   */
  private void runThreadingShutdown(ThreadState ts) {
    if (!(importer.modules.getStr("threading") instanceof PyModule threading)) {
      return;
    }
    PyObject shutdown = threading.dict().getStr("_shutdown");
    if (shutdown == null) {
      return;
    }
    try {
      Refs.discard(ts, shutdown.call(ts, new PyObject[0], null));
    } catch (PyException e) {
      handleUncaught(ts, e);
    }
  }

  /** Prints the leak report, unless threads still running would make it meaningless. */
  private void reportLeaks(ThreadState ts) {
    stdout.flush();
    for (String line : leakReport(ts)) {
      err.println(line);
    }
    err.flush();
  }

  /** The leak report's lines: see {@link #reportLeaks}. */
  private List<String> leakReport(ThreadState ts) {
    Thread[] threads = new Thread[group.activeCount() + 8];
    int n = group.enumerate(threads);
    for (int i = 0; i < n; i++) {
      Thread t = threads[i];
      // Only Python threads hold references; gilvm's own helpers (the deadlock watchdog, the
      // stdin reader) hold none, and may run until the JVM ends.
      if (t == Thread.currentThread() || !(t instanceof PyThread p)) {
        continue;
      }
      if (t.isDaemon() && t.isAlive() && !p.detached) {
        return List.of(
            "gilvm: no leak report: daemon threads are still running and hold references");
      }
      // A finished thread may still be on its way out: let it drop its last references.
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return List.of();
      }
    }
    return leaks.report(this, ts).lines();
  }

  // ---------------------------------------------------------------- embedding (io.gilvm.embed)

  /**
   * Makes the {@code __main__} module of an interpreter that runs no main program (an embedded one:
   * see {@code io.gilvm.embed}) and returns it; its dict is the namespace embedders run source in.
   */
  public PyModule newMainModule(ThreadState ts) {
    return mainModule(ts, null, null);
  }

  /**
   * Ends an embedded interpreter as a program ends once its main module has run, on the calling
   * (attached) thread: {@code threading._shutdown()}, the non-daemon threads waited for, the {@code
   * atexit} functions; then, when the leak report is on, releases every root and returns the
   * report's lines (an empty list when it is off). The interpreter runs nothing afterwards.
   */
  public List<String> shutdown(ThreadState ts) {
    runThreadingShutdown(ts);
    waitForNonDaemonThreads(ts);
    runAtExit(ts);
    Subinterpreters.closeAll(ts);
    stdout.flush();
    return leaks == null || fatal ? List.of() : leakReport(ts);
  }

  /**
   * Ends a subinterpreter on {@code ts} (a thread state of this interpreter): threading's shutdown,
   * its non-daemon threads waited for, atexit; then, with the leak report on, every root released
   * and the report's lines returned (else an empty list).
   */
  List<String> finishSubinterpreter(ThreadState ts) {
    try {
      runThreadingShutdown(ts);
      waitForNonDaemonThreads(ts);
      runAtExit(ts);
    } finally {
      stdout.flush();
    }
    return leaks == null || fatal ? List.of() : leakReport(ts);
  }

  /**
   * Detaches a thread whose last references (values kept alive for it, counts merged for it) are
   * dropped on the way out: a use of a freed object found there is reported like any other.
   */
  private void detachReportingFatal(ThreadState ts) {
    try {
      ts.detach();
    } catch (FatalError e) {
      reportFatal(e);
    }
  }

  volatile long mainThreadId;

  /** The final flush of stdout failed: exit status 120, as CPython's. */
  private boolean lostOutput;

  /** The id of the thread that runs the main program. */
  public long mainThreadId() {
    return mainThreadId;
  }

  /** {@code sys.argv}. */
  public List<String> argv() {
    return argv;
  }

  /** The stream behind {@code sys.stderr}. */
  public PrintStream err() {
    return err;
  }

  /** {@code sys.getrecursionlimit()}. */
  public int recursionLimit() {
    return recursionLimit;
  }

  /** {@code sys.setrecursionlimit(n)}. */
  public void setRecursionLimit(int n) {
    if (n < 1) {
      throw PyException.valueError("recursion limit must be greater or equal than 1");
    }
    recursionLimit = n;
    depthLimit = Math.min(n, MAX_DEPTH);
  }

  /** The builtins namespace. */
  public PyDict builtins() {
    return builtins;
  }

  private int runModuleCode(ThreadState ts, String source, String filename, String file) {
    try {
      PyCode code;
      try {
        code = Compiler.compile(source, filename);
      } catch (PySyntaxError e) {
        stdout.flush();
        err.print(e.format());
        return 1;
      }
      Traceback.registerSource(filename, source);
      Eval.runModule(ts, code, mainModule(ts, file, null).dict());
      return 0;
    } catch (PyException e) {
      return handleUncaught(ts, e);
    } catch (StackOverflowError e) {
      stdout.flush();
      err.println("Fatal Python error: Cannot recover from stack overflow.");
      return 134;
    }
  }

  /** Makes {@code __main__} and puts it in sys.modules. */
  private PyModule mainModule(ThreadState ts, String file, ModuleSpec spec) {
    PyModule main = importer.newModule("__main__");
    main.put("__doc__", PyNone.NONE);
    main.put("__package__", spec == null ? PyNone.NONE : new PyStr(spec.parent()));
    main.put("__spec__", spec == null ? PyNone.NONE : spec);
    // CPython's __main__ starts with an empty __annotations__, annotated or not.
    main.put("__annotations__", new PyDict());
    main.put("__builtins__", importer.importModule(ts, "builtins"));
    if (file != null) {
      main.put("__file__", new PyStr(file));
    }
    importer.modules.putStr("__main__", main);
    return main;
  }

  /** {@code python3 -m name}: see {@link #runModule}. */
  private int runModuleAsMain(ThreadState ts, String name) {
    try {
      Importer.MainModule mm;
      try {
        mm = importer.findMain(ts, name);
      } catch (Importer.NotRunnable e) {
        stdout.flush();
        err.println("gilvm: " + e.getMessage());
        return 1;
      }
      PyObject sys = importer.importModule(ts, "sys");
      if (sys.lookupAttr("argv") instanceof PyList argv && argv.size() > 0) {
        argv.setItem(PyInt.of(0), new PyStr(mm.file()));
      }
      Eval.runModule(ts, mm.code(), mainModule(ts, mm.file(), mm.spec()).dict());
      return 0;
    } catch (PyException e) {
      return handleUncaught(ts, e);
    } catch (StackOverflowError e) {
      stdout.flush();
      err.println("Fatal Python error: Cannot recover from stack overflow.");
      return 134;
    } catch (OutOfMemoryError e) {
      // Out of heap outside any frame (compiling a huge program): CPython's bare MemoryError.
      stdout.flush();
      err.println("MemoryError");
      return 1;
    } catch (Signals.DefaultAction e) {
      // A signal whose handler is SIG_DFL ends the program as the signal itself would.
      stdout.flush();
      return 128 + e.signum;
    }
  }

  /** Prints an uncaught exception as CPython does and returns the exit status it implies. */
  public int handleUncaught(ThreadState ts, PyException e) {
    stdout.flush();
    if (e.matches(ExceptionTypes.SYSTEM_EXIT)) {
      PyObject code = e.value().getAttr("code");
      if (code == PyNone.NONE) {
        return 0;
      }
      if (code instanceof PyInt i) {
        // As CPython: the code as a C long (-1 when it does not fit), cut to an int; the
        // operating system keeps its low 8 bits.
        int c = i.isBig() && i.bigValue().bitLength() > 63 ? -1 : (int) i.bigValue().longValue();
        return c & 0xff;
      }
      err.println(Ops.str(code));
      return 1;
    }
    err.print(Traceback.format(e.value()));
    err.flush();
    // CPython ends an uncaught KeyboardInterrupt by SIGINT itself: the shell sees 128 + 2.
    return e.matches(ExceptionTypes.KEYBOARD_INTERRUPT) ? 130 : 1;
  }

  // ---------------------------------------------------------------- modules

  /** {@code sys.modules}: the modules imported so far, by name (a dict the program may change). */
  public PyDict modules() {
    return importer.modules;
  }

  /** The import system. */
  public Importer importer() {
    return importer;
  }

  /**
   * Imports a module by its absolute dotted name, as {@code importlib.import_module} does, and
   * returns it (borrowed); ModuleNotFoundError if there is none, ImportError if sys.modules holds
   * something else than a module under that name. A module's body runs once even when threads
   * import it at the same time: see {@link Importer}.
   */
  public PyModule importModule(ThreadState ts, String name) {
    PyObject m = importer.importModule(ts, name);
    if (m instanceof PyModule pm) {
      return pm;
    }
    throw PyException.of(
        ExceptionTypes.IMPORT_ERROR, "sys.modules[" + PyStr.repr(name) + "] is not a module");
  }

  /** {@code PYTHONPATH}, or null. */
  private final String pythonPath;

  /** {@code sys.path[0]} for the program being run: its directory, or '' for the cwd. */
  private volatile String path0 = "";

  /** The {@code sys.path} a new {@code sys} module starts with. */
  public List<String> initialSysPath() {
    return Importer.initialPath(path0, pythonPath);
  }

  /** The output stream behind {@code sys.stdout}. */
  public Stdout stdout() {
    return stdout;
  }

  // ---------------------------------------------------------------- detached fallbacks

  /** Plain counting for code that runs outside any interpreter thread (setup, plain Java). */
  private static final class DetachedCounts implements RefCounts {
    @Override
    public void incref(ObjectHeader o) {
      if (!o.isImmortal()) {
        o.incrementRefcntPlain();
      }
    }

    @Override
    public boolean decref(ObjectHeader o) {
      return !o.isImmortal() && o.decrementRefcntPlain() == 0;
    }

    @Override
    public long count(ObjectHeader o) {
      return o.refcntPlain();
    }
  }

  /** No lock: detached code runs no bytecode. */
  private static final class DetachedLock implements InterpreterLock {
    @Override
    public void attach(ThreadHandle thread) {}

    @Override
    public void detach(ThreadHandle thread) {}

    @Override
    public void checkpoint(ThreadHandle thread) {}

    @Override
    public void beginBlocking(ThreadHandle thread) {}

    @Override
    public void endBlocking(ThreadHandle thread) {}

    private final LockIntervals intervals =
        new LockIntervals(
            new LockConfig(
                LockConfig.DEFAULT_SWITCH_INTERVAL_NANOS,
                LockConfig.DEFAULT_CHECK_INTERVAL,
                Checkpoints.EVERY));

    @Override
    public LockIntervals intervals() {
      return intervals;
    }
  }
}
