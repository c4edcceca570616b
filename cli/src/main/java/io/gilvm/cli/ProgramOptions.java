package io.gilvm.cli;

import io.gilvm.lang.SourceDecoder;
import io.gilvm.spi.Checkpoints;
import io.gilvm.state.Interpreter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that choose and tune the strategies, shared by the commands that run code. */
final class ProgramOptions {
  @Option(
      names = "--gil",
      paramLabel = "NAME",
      description =
          "Lock strategy (see 'gilvm strategies'). Default: the gilvm.gil property, else the only lock strategy found, else newgil.")
  String gil;

  @Option(
      names = "--memory",
      paramLabel = "NAME",
      description =
          "Memory strategy. Default: the gilvm.memory property, else the lock's own choice.")
  String memory;

  @Option(
      names = "--switch-interval",
      paramLabel = "TIME",
      description =
          "Switch interval of the new GIL, like sys.setswitchinterval: seconds, or with a unit (5ms, 100us). Default: 5ms.")
  String switchInterval;

  @Option(
      names = "--check-interval",
      paramLabel = "TICKS",
      description = "Check interval of the legacy GIL, like sys.setcheckinterval. Default: 100.")
  Integer checkInterval;

  @Option(
      names = "--checkpoints",
      paramLabel = "every|backedges",
      description =
          "Where the eval loop offers to switch: after every instruction (CPython 3.2-3.9, the default) or on backward jumps, calls and function entry (3.10+).")
  String checkpoints;

  @Option(
      names = "--tier",
      paramLabel = "interp|compiled|auto",
      description =
          "Which tier runs Python code: 'interp' the eval loop only; 'compiled' translates every function (and module body) to JVM bytecode at its first call; 'auto' (the default) translates code once it is hot (calls plus loop iterations reach the gilvm.tier.threshold property, 1000). Generators, coroutines and code the translator does not handle stay interpreted. Checkpoints and reference counts are the same in every tier. Default: the gilvm.tier property, else auto.")
  String tier;

  @Option(
      names = "--check-memory",
      description =
          "Checked mode: using an object after its reference count reached zero stops the program with 'Fatal Python error: use of a freed object' (exit 134), naming the thread that freed it. Freed objects are not reused in this mode.")
  boolean checkMemory;

  @Option(
      names = "--stats",
      description =
          "At exit, print per thread the instructions executed and the time spent running, waiting for the lock and in blocking calls, and the lock's own counters (switches, drop requests, forced switches, re-acquisitions), on stderr.")
  boolean stats;

  @Option(
      names = "--trace",
      paramLabel = "FILE",
      description =
          "Write the lock's events as Chrome trace-event JSON (open it in Perfetto or chrome://tracing): a track per thread.")
  Path trace;

  @Option(
      names = "--timeline",
      paramLabel = "FILE",
      description =
          "Draw who held the lock when, as an SVG picture (or an HTML page if FILE ends in .html): a row per thread, running, waiting and blocking in colour, drop requests marked.")
  Path timeline;

  /** Whether any option needs the lock's events recorded. */
  boolean records() {
    return stats || trace != null || timeline != null;
  }

  /** The trace being written as the program runs, or null. */
  private Observations.TraceFile traceFile;

  /** The timeline whose events are spooled as the program runs, or null. */
  private Observations.TimelineFile timelineFile;

  /** Reports what the recorded events show; after the program ended. */
  void observe(Interpreter interp) {
    if (interp.recorder() != null) {
      interp.recorder().finish();
    }
    if (stats) {
      Observations.printStats(interp, System.err);
    }
    if (traceFile != null) {
      write(() -> traceFile.end(interp), trace);
    }
    if (timelineFile != null) {
      write(() -> timelineFile.end(interp), timeline);
    }
  }

  /** Writes an observation file; false (after one line on stderr) if the write failed. */
  private boolean write(Runnable writer, Path file) {
    try {
      writer.run();
      return true;
    } catch (java.io.UncheckedIOException e) {
      System.err.println("gilvm: can't write '" + file + "': " + reason(e.getCause()));
      writeFailed = true;
      return false;
    }
  }

  /** Set when an observation file could not be written: the run exits 1. */
  boolean writeFailed;

  @Option(
      names = "--leaks",
      description =
          "At exit, release every root (module globals, class attributes, raised exceptions) and report the objects whose reference counts never reached zero, by type, on stderr.")
  boolean leaks;

  @Option(
      names = "--object-locks",
      paramLabel = "on|off",
      description =
          "Per-object locks on lists, dicts and sets under a lock that is not global (finegrained). 'off' is the no-lock-at-all configuration: shared containers may lose updates. Ignored under a global lock. Default: on.")
  String objectLocks;

  @Option(
      names = "--allow-network",
      description =
          "Let sockets (and so urllib, http.client and requests) connect to addresses other than loopback. Without it only 127.0.0.0/8, ::1 and the local wildcard are reachable.")
  boolean allowNetwork;

  @Option(
      names = "--deadlock",
      paramLabel = "report|exit|off",
      description =
          "When threads wait without a timeout on each other's threading locks in a cycle for 1 s: print the cycle with each thread's Python stack (report), then also exit with status 1 (exit), or do nothing (off). Default: report.")
  String deadlock;

  /** The interpreter these options describe; UsageError for a bad value or an unknown name. */
  Interpreter build(List<String> argv) {
    Interpreter.Builder b =
        Interpreter.builder()
            .gil(gil)
            .memory(memory)
            .argv(argv)
            .pythonPath(System.getenv("PYTHONPATH"))
            .checkMemory(checkMemory)
            .leaks(leaks)
            .record(records())
            .handleSignals(true)
            .childCommand(this::childCommand)
            .allowNetwork(allowNetwork);
    if (Main.ownsStdout) {
      System.out.flush();
      b.stdoutStream(new java.io.FileOutputStream(java.io.FileDescriptor.out));
    }
    for (Path out : new Path[] {trace, timeline}) {
      checkWritable(out);
    }
    try {
      if (trace != null) {
        traceFile = new Observations.TraceFile(trace);
        b.record(traceFile);
      }
      if (timeline != null) {
        timelineFile = new Observations.TimelineFile(timeline);
        b.record(timelineFile);
      }
    } catch (IOException e) {
      throw new Main.UsageError(
          "can't write '" + (traceFile == null ? trace : timeline) + "': " + reason(e));
    }
    if (deadlock != null) {
      switch (deadlock) {
        case "report" -> b.deadlocks(io.gilvm.sync.Deadlocks.Mode.REPORT);
        case "exit" -> b.deadlocks(io.gilvm.sync.Deadlocks.Mode.EXIT);
        case "off" -> b.deadlocks(io.gilvm.sync.Deadlocks.Mode.OFF);
        default ->
            throw new Main.UsageError(
                "--deadlock: expected report, exit or off, not '" + deadlock + "'");
      }
    }
    if (switchInterval != null) {
      b.switchIntervalNanos(parseDuration(switchInterval));
    }
    if (checkInterval != null) {
      if (checkInterval < 1) {
        throw new Main.UsageError("--check-interval must be at least 1, got " + checkInterval);
      }
      b.checkInterval(checkInterval);
    }
    if (objectLocks != null) {
      switch (objectLocks) {
        case "on" -> b.objectLocks(true);
        case "off" -> b.objectLocks(false);
        default ->
            throw new Main.UsageError(
                "--object-locks must be 'on' or 'off', got '" + objectLocks + "'");
      }
    }
    if (tier != null) {
      try {
        b.tier(tier);
      } catch (IllegalArgumentException e) {
        throw new Main.UsageError(e.getMessage());
      }
    }
    if (checkpoints != null) {
      try {
        b.checkpoints(Checkpoints.parse(checkpoints));
      } catch (IllegalArgumentException e) {
        throw new Main.UsageError(e.getMessage());
      }
    }
    try {
      Interpreter interp = b.build();
      for (String w : interp.warnings()) {
        System.err.println("gilvm: warning: " + w);
      }
      return interp;
    } catch (IllegalArgumentException e) {
      throw new Main.UsageError(e.getMessage());
    }
  }

  /**
   * The command that starts a child gilvm (a multiprocessing worker) like this one: this JVM's
   * executable, options and class path, {@link ChildMain} (which reads only what this writes:
   * {@code --name=value} and flags, then {@code -m MODULE}), and the options that choose the lock
   * and memory strategies (the child has its own lock of the same kind). The recording and
   * leak-report options stay with the parent.
   */
  static final List<String> WORKER_JIT_OPTIONS =
      List.of(
          "-XX:Tier4InvocationThreshold=20000",
          "-XX:Tier4CompileThreshold=40000",
          "-XX:Tier4BackEdgeThreshold=160000");

  List<String> childCommand() {
    List<String> cmd = new ArrayList<>();
    String javaCmd =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add(javaCmd);
    // C2 compiles only code that is hot four times over the JVM's defaults: most of what a worker
    // runs while it starts (types, imports, the main module) runs once, and compiling it with C2
    // took a fifth of the worker's CPU on two busy cores; a worker's hot loop still reaches C2
    // within milliseconds. Options this JVM was given come after and take precedence.
    cmd.addAll(WORKER_JIT_OPTIONS);
    for (String arg :
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      // A debugger's port and a class-data dump belong to this JVM only.
      if (arg.startsWith("-agentlib:jdwp")
          || arg.startsWith("-XX:ArchiveClassesAtExit")
          || arg.startsWith("-javaagent")) {
        continue;
      }
      cmd.add(arg);
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(ChildMain.class.getName());
    if (gil != null) {
      cmd.add("--gil=" + gil);
    }
    if (memory != null) {
      cmd.add("--memory=" + memory);
    }
    if (switchInterval != null) {
      cmd.add("--switch-interval=" + switchInterval);
    }
    if (checkInterval != null) {
      cmd.add("--check-interval=" + checkInterval);
    }
    if (checkpoints != null) {
      cmd.add("--checkpoints=" + checkpoints);
    }
    if (objectLocks != null) {
      cmd.add("--object-locks=" + objectLocks);
    }
    if (checkMemory) {
      cmd.add("--check-memory");
    }
    if (allowNetwork) {
      cmd.add("--allow-network");
    }
    return cmd;
  }

  /**
   * Fails before the program runs when a --trace or --timeline file could not be written: an empty
   * name, a directory, a missing directory, no permission.
   */
  private static void checkWritable(Path out) {
    if (out == null) {
      return;
    }
    if (out.toString().isEmpty()) {
      throw new Main.UsageError("can't write '': the file name is empty");
    }
    Path dir = out.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new Main.UsageError("can't write '" + out + "': no such directory " + dir);
    }
    if (Files.isDirectory(out)) {
      throw new Main.UsageError("can't write '" + out + "': [Errno 21] Is a directory");
    }
    try (java.nio.channels.FileChannel ch =
        java.nio.channels.FileChannel.open(
            out, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
      // Opened: it can be written (a full disk shows only when writing; observe() reports it).
    } catch (java.nio.file.AccessDeniedException e) {
      throw new Main.UsageError("can't write '" + out + "': [Errno 13] Permission denied");
    } catch (IOException e) {
      throw new Main.UsageError("can't write '" + out + "': " + reason(e));
    }
  }

  private static String reason(IOException e) {
    String m =
        e instanceof java.nio.file.FileSystemException f && f.getReason() != null
            ? f.getReason()
            : e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** Seconds as a decimal, or a number with a unit: s, ms, us, ns. */
  static long parseDuration(String text) {
    String t = text.trim();
    double scale = 1e9;
    String num = t;
    if (t.endsWith("ms")) {
      scale = 1e6;
      num = t.substring(0, t.length() - 2);
    } else if (t.endsWith("us")) {
      scale = 1e3;
      num = t.substring(0, t.length() - 2);
    } else if (t.endsWith("ns")) {
      scale = 1;
      num = t.substring(0, t.length() - 2);
    } else if (t.endsWith("s")) {
      num = t.substring(0, t.length() - 1);
    }
    double v;
    try {
      v = Double.parseDouble(num.trim());
    } catch (NumberFormatException e) {
      throw new Main.UsageError(
          "invalid --switch-interval '" + text + "': expected seconds or a time like 5ms");
    }
    long nanos = Math.round(v * scale);
    if (!(v > 0) || nanos <= 0) {
      throw new Main.UsageError("--switch-interval must be greater than zero, got '" + text + "'");
    }
    return nanos;
  }

  /** A program's source, or the one-line error python3 gives for a file it cannot open. */
  static String readSource(String file) throws SourceDecoder.EncodingError {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new Main.UsageError(
          "can't open file '" + file + "': [Errno 2] No such file or directory");
    } catch (IOException e) {
      String why = Files.isDirectory(Path.of(file)) ? "[Errno 21] Is a directory" : e.getMessage();
      throw new Main.UsageError("can't open file '" + file + "': " + why);
    }
    return SourceDecoder.decode(bytes, file);
  }

  /** A program read from standard input ({@code gilvm run -}). */
  static String readStdin() throws SourceDecoder.EncodingError {
    byte[] bytes;
    try {
      bytes = System.in.readAllBytes();
    } catch (IOException e) {
      throw new Main.UsageError("can't read the program from standard input: " + e.getMessage());
    }
    return SourceDecoder.decode(bytes, "<stdin>");
  }
}
