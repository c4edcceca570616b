package io.gilvm.sync;

import com.google.common.graph.GraphBuilder;
import com.google.common.graph.Graphs;
import com.google.common.graph.MutableGraph;
import io.gilvm.eval.Frame;
import io.gilvm.eval.Traceback;
import io.gilvm.object.PyCode;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The deadlock detector ({@code --deadlock report|exit|off}): when threads wait without a timeout
 * on Python locks ({@code threading.Lock}, {@code threading.RLock}) in a cycle — each waiting for a
 * lock that the next one holds — and the cycle has stood for {@link #STANDING_NANOS}, it prints the
 * cycle with each thread's Python stack on the error stream, once per cycle; in {@code exit} mode
 * the process then ends with status {@value #EXIT_STATUS}. CPython cannot do this: its locks do not
 * know who holds them.
 *
 * <p>The wait-for graph is a Guava {@link MutableGraph} of interpreter threads, an edge from each
 * waiting thread to the holder of the lock it waits for, built afresh at each scan. A wait with a
 * timeout is never in it (it ends by itself), and neither is a thread waiting for a lock it holds
 * itself: that is how {@code threading.Condition.wait} waits for {@code notify}, which another
 * thread's {@code release} ends, not a deadlock.
 *
 * <p>Concurrency: waits are registered in a concurrent map by the waiting threads; a daemon
 * watchdog thread, started by the first wait and ending when no wait is left, scans it every {@link
 * #SCAN_MILLIS} ms. The holders and Python frames it reads belong to threads parked in the waits it
 * reports, which have not moved for a second; a wait that ends meanwhile only makes the scan see a
 * cycle that is gone, which the next scan no longer reports.
 */
public final class Deadlocks {
  /** What to do about a deadlock. */
  public enum Mode {
    /** Print the cycle and each thread's stack; the program stays deadlocked, as in CPython. */
    REPORT,
    /** Print the report, then end the process with status {@value Deadlocks#EXIT_STATUS}. */
    EXIT,
    /** Detect nothing. */
    OFF
  }

  /** How long a cycle must stand before it is reported. */
  static final long STANDING_NANOS = TimeUnit.SECONDS.toNanos(1);

  static final long SCAN_MILLIS = 200;

  /** The status of a process ended by {@link Mode#EXIT}. */
  public static final int EXIT_STATUS = 1;

  /** A lock that knows which thread holds it. */
  public interface Owned {
    /** The interpreter thread holding the lock, or null. */
    ThreadState holder();

    /** The lock as Python shows it, e.g. {@code <locked _thread.lock object at 0x...>}. */
    String describe();
  }

  private record Wait(Owned lock, long since) {}

  private final Interpreter interp;
  private final Mode mode;
  private final Map<ThreadState, Wait> waits = new ConcurrentHashMap<>();

  /** Cycles already reported, by their threads' ids and waits' start times. Watchdog only. */
  private final Set<List<Long>> reported = new LinkedHashSet<>();

  /** Guarded by {@code this}. */
  private boolean watching;

  public Deadlocks(Interpreter interp, Mode mode) {
    this.interp = interp;
    this.mode = mode;
  }

  public Mode mode() {
    return mode;
  }

  /** {@code ts} starts waiting, without a timeout, for {@code lock}. Pair with {@link #endWait}. */
  public void beginWait(ThreadState ts, Owned lock) {
    if (mode == Mode.OFF) {
      return;
    }
    waits.put(ts, new Wait(lock, System.nanoTime()));
    synchronized (this) {
      if (!watching) {
        watching = true;
        Thread t = new Thread(this::watch, "gilvm-deadlock-detector");
        t.setDaemon(true);
        t.start();
      }
    }
  }

  /** The wait {@link #beginWait} began has ended (the lock was taken, or the wait interrupted). */
  public void endWait(ThreadState ts) {
    if (mode != Mode.OFF) {
      waits.remove(ts);
    }
  }

  private void watch() {
    while (true) {
      try {
        Thread.sleep(SCAN_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      synchronized (this) {
        if (waits.isEmpty()) {
          watching = false;
          return;
        }
      }
      scan(System.nanoTime());
    }
  }

  /** Finds the cycles that have stood long enough and reports the new ones. */
  void scan(long now) {
    MutableGraph<ThreadState> graph = GraphBuilder.directed().allowsSelfLoops(false).build();
    Map<ThreadState, Wait> snapshot = Map.copyOf(waits);
    for (Map.Entry<ThreadState, Wait> e : snapshot.entrySet()) {
      ThreadState holder = e.getValue().lock().holder();
      if (holder != null && holder != e.getKey()) {
        graph.putEdge(e.getKey(), holder);
      }
    }
    if (!Graphs.hasCycle(graph)) {
      return;
    }
    // Each thread waits for one lock, so it has one successor at most: a walk from any node
    // ends in a cycle or at a thread that does not wait.
    Set<ThreadState> done = new java.util.HashSet<>();
    for (ThreadState start : graph.nodes()) {
      List<ThreadState> path = new ArrayList<>();
      ThreadState t = start;
      while (t != null && !done.contains(t) && !path.contains(t)) {
        path.add(t);
        Set<ThreadState> next = graph.successors(t);
        t = next.isEmpty() ? null : next.iterator().next();
      }
      done.addAll(path);
      if (t == null || !path.contains(t)) {
        continue;
      }
      List<ThreadState> cycle = path.subList(path.indexOf(t), path.size());
      report(cycle, snapshot, now);
    }
  }

  private void report(List<ThreadState> cycle, Map<ThreadState, Wait> snapshot, long now) {
    List<Long> key = new ArrayList<>();
    for (ThreadState ts : cycle) {
      Wait w = snapshot.get(ts);
      if (now - w.since() < STANDING_NANOS) {
        return;
      }
      key.add(ts.handle.id());
      key.add(w.since());
    }
    // The same cycle, whichever thread the walk started from.
    List<List<Long>> rotations = new ArrayList<>();
    for (int i = 0; i < key.size(); i += 2) {
      List<Long> r = new ArrayList<>(key.subList(i, key.size()));
      r.addAll(key.subList(0, i));
      rotations.add(r);
    }
    for (List<Long> r : rotations) {
      if (reported.contains(r)) {
        return;
      }
    }
    reported.add(key);
    StringBuilder sb = new StringBuilder();
    sb.append("gilvm: deadlock: ")
        .append(cycle.size())
        .append(" threads wait for each other's locks, without a timeout:\n");
    for (ThreadState ts : cycle) {
      Wait w = snapshot.get(ts);
      ThreadState holder = w.lock().holder();
      sb.append("  ")
          .append(name(ts))
          .append(" waits for ")
          .append(w.lock().describe())
          .append(", held by ")
          .append(holder == null ? "nobody now" : name(holder))
          .append('\n');
    }
    for (ThreadState ts : cycle) {
      sb.append('\n').append(name(ts)).append(" (most recent call last):\n");
      sb.append(stack(ts));
    }
    PrintStream err = interp.err();
    synchronized (err) {
      err.print(sb);
      err.flush();
    }
    if (mode == Mode.EXIT) {
      interp.stdout().flush();
      System.exit(EXIT_STATUS);
    }
  }

  private static String name(ThreadState ts) {
    return "Thread '" + ts.handle.name() + "'";
  }

  /** The thread's Python frames, outermost first, as a traceback shows them. */
  private static String stack(ThreadState ts) {
    List<Frame> frames = new ArrayList<>();
    for (Frame f = ts.currentFrame(); f != null; f = f.back()) {
      frames.add(0, f);
    }
    StringBuilder sb = new StringBuilder();
    for (Frame f : frames) {
      PyCode code = f.code();
      int line = f.line();
      sb.append("  File \"")
          .append(code.filename)
          .append("\", line ")
          .append(line)
          .append(", in ")
          .append(code.name)
          .append('\n');
      String text = Traceback.sourceLine(code.filename, line);
      if (text != null) {
        sb.append("    ").append(text).append('\n');
      }
    }
    return sb.toString();
  }
}
