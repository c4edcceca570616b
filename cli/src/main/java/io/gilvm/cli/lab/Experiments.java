package io.gilvm.cli.lab;

import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.MemoryStrategy;
import io.gilvm.spi.Strategies;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lab's experiments, in the order the report shows them. Claims that the GIL literature makes
 * about one of CPython's locks are attached to the strategy that models that lock, by name ({@code
 * newgil}, {@code legacy}); the others follow from whether a lock is global and what it promises
 * ({@link LockStrategy#servesBlockingReturnsFirst}), so a strategy of one's own gets the claims of
 * its kind (or none, where a claim is about one algorithm).
 */
final class Experiments {
  private Experiments() {}

  /** All of them, in report order. */
  static List<Experiment> all() {
    return List.of(
        new CpuBound(),
        new IoBound(),
        new LostUpdates(),
        new Refcounts(),
        new SharedDict(),
        new Convoy(),
        new SwitchInterval(),
        new Starvation(),
        new Processes(),
        new ProcessCost(),
        new Interpreters(),
        new Hashing(),
        new AsyncWaits());
  }

  static final int CORES = Runtime.getRuntime().availableProcessors();

  private static List<String> args(Object... xs) {
    List<String> out = new ArrayList<>();
    for (Object x : xs) {
      out.add(String.valueOf(x));
    }
    return out;
  }

  static List<LockStrategy> globalLocks(Strategies found) {
    return found.locks().stream().filter(LockStrategy::isGlobal).toList();
  }

  private static List<LockStrategy> otherLocks(Strategies found) {
    return found.locks().stream().filter(l -> !l.isGlobal()).toList();
  }

  static Experiment.Row row(
      Experiment.Trial t,
      String claim,
      String measurement,
      Experiment.Verdict v,
      Map<String, List<Double>> values,
      List<Experiment.Bar> bars) {
    return new Experiment.Row(t.experiment().name, t.label(), claim, measurement, v, values, bars);
  }

  private static String count(double n) {
    return String.format(Locale.ROOT, "%,d", Math.round(n));
  }

  // ---------------------------------------------------------------- 1. CPU-bound threads

  /** count(n) twice in a row vs in two threads. */
  static final class CpuBound extends Experiment {
    CpuBound() {
      super(
          "cpu",
          "CPU-bound threads",
          "Under a GIL, two CPU-bound threads are no faster than running the same work twice in a row;"
              + " under CPython 2's GIL on a multicore machine they are slower; without a GIL they take"
              + " about half the time on 2 cores.");
    }

    @Override
    List<Trial> trials(Strategies found, Size size) {
      int n = size.pick(200_000, 2_000_000, 10_000_000);
      return trialPerLock(found, "cpu", args(n, size.rounds, warmUp(size)), args(n / 5, 1, 0.2));
    }

    @Override
    List<Row> judge(Trial t, List<Outcome> runs, Size size) {
      return List.of(speedupRow(t, runs.get(0)));
    }
  }

  /**
   * Seconds a CPU-bound program runs before it measures: the JIT compiles the eval loop on a core
   * of its own for about a second, and a measurement taken meanwhile shares the machine.
   */
  static double warmUp(Experiment.Size size) {
    return size.pick(0.2, 2.0, 2.0);
  }

  /** The CPU-bound experiment's row; the switch-interval experiment makes the same. */
  static Experiment.Row speedupRow(Experiment.Trial t, Experiment.Outcome o) {
    Experiment.Speedup m = Experiment.Speedup.of(o);
    List<Double> speedup = m.speedup();
    LockStrategy lock = t.config().lock();
    String claim;
    Experiment.Verdict v;
    if (lock.name().equals("legacy") && t.config().switchIntervalNanos() == null) {
      claim =
          "On a multicore machine, two threads are slower than one after the other (Beazley's test,"
              + " reproduced: 4.81 s sequential, 11.27 s threaded).";
      v =
          CORES < 2
              ? Experiment.Verdict.NOT_APPLICABLE
              : Experiment.everyRound(speedup, s -> s < 1.0);
    } else if (lock.isGlobal()) {
      claim =
          t.config().switchIntervalNanos() == null
              ? "Two threads are no faster than one after the other: at most 1.2× (a published measurement"
                  + " on 4 cores: 1.53 s sequential, 1.57 s threaded)."
              : "No switch interval makes two CPU-bound threads faster than one after the other: at most 1.2×.";
      v = Experiment.everyRound(speedup, s -> s <= 1.2);
    } else {
      claim =
          "Without a GIL, two threads take about half the time on 2 cores: at least 1.6× as fast.";
      v =
          CORES < 2
              ? Experiment.Verdict.NOT_APPLICABLE
              : Experiment.everyRound(speedup, s -> s >= 1.6);
    }
    return m.row(t, claim, m.measured(), v);
  }

  // ---------------------------------------------------------------- 2. I/O-bound threads

  /** Two select() timeouts in a row vs in two threads. */
  static final class IoBound extends Experiment {
    IoBound() {
      super(
          "io",
          "I/O-bound threads",
          "Every lock lets threads overlap their blocking calls: two waits of t seconds take 2t one after"
              + " the other and about t in two threads.");
    }

    @Override
    List<Trial> trials(Strategies found, Size size) {
      double t = size.pick(0.02, 0.1, 0.2);
      return trialPerLock(found, "io", args(t, size.rounds), args(t, 1));
    }

    @Override
    List<Row> judge(Trial t, List<Outcome> runs, Size size) {
      Speedup s = Speedup.of(runs.get(0));
      return List.of(
          s.row(
              t,
              "Threads overlap their waits: at least 1.6× as fast as one after the other.",
              "two waits of " + time(Double.parseDouble(t.args().get(0))) + ": " + s.measured(),
              everyRound(s.speedup(), x -> x >= 1.6)));
    }
  }

  // ---------------------------------------------------------------- 3. lost += updates

  /** Threads incrementing a global, bare and under a Lock, with both checkpoint placements. */
  static final class LostUpdates extends Experiment {
    LostUpdates() {
      super(
          "lost-updates",
          "Lost += updates",
          "The GIL does not make n += 1 atomic: a switch can fall between its load and its store."
              + " CPython 3.10+ offers switches only at back edges and calls, which happens to make it"
              + " safe; a threading.Lock makes it safe everywhere.");
    }

    @Override
    List<Trial> trials(Strategies found, Size size) {
      List<int[]> shapes =
          size.pick(
              List.of(new int[] {4, 20_000}),
              List.of(new int[] {4, 100_000}),
              List.of(new int[] {4, 200_000}, new int[] {100, 5_000}));
      List<Config> configs = new ArrayList<>();
      for (LockStrategy l : found.locks()) {
        if (l.isGlobal()) {
          configs.add(Config.of(l).withCheckpoints("every"));
          configs.add(Config.of(l).withCheckpoints("backedges"));
        } else {
          configs.add(Config.of(l));
        }
      }
      List<Trial> out = new ArrayList<>();
      for (Config c : configs) {
        for (int[] s : shapes) {
          String variant = shapes.size() == 1 ? "" : s[0] + " threads";
          out.add(
              new Trial(
                  this,
                  c,
                  variant,
                  "lost",
                  args(s[0], s[1], size.rounds),
                  args(s[0], Math.max(1, s[1] / 10), 1),
                  1,
                  false));
        }
      }
      return out;
    }

    @Override
    List<Row> judge(Trial t, List<Outcome> runs, Size size) {
      Outcome o = runs.get(0);
      long total = Long.parseLong(t.args().get(0)) * Long.parseLong(t.args().get(1));
      List<Row> rows = new ArrayList<>();
      List<Double> bare = o.numbers("lost_bare");
      List<Double> locked = o.numbers("lost_locked");
      String bareClaim;
      boolean canLose;
      if (!t.config().lock().isGlobal()) {
        bareClaim = "Without a GIL, bare n += 1 loses updates.";
        canLose = true;
      } else if ("backedges".equals(t.config().checkpoints())) {
        bareClaim =
            "With switches only at back edges and calls (CPython 3.10+), bare n += 1 loses nothing.";
        canLose = false;
      } else {
        bareClaim =
            "The GIL does not make bare n += 1 atomic: it loses updates (CPython up to 3.9).";
        canLose = true;
      }
      rows.add(lostRow(t, bareClaim, canLose, bare, total, "bare"));
      rows.add(
          lostRow(
              t, "Under a threading.Lock, n += 1 loses nothing.", false, locked, total, "locked"));
      return rows;
    }

    private Row lostRow(
        Trial t, String claim, boolean canLose, List<Double> lost, long total, String key) {
      int seen = (int) lost.stream().filter(x -> x > 0).count();
      String measured =
          seen == 0
              ? String.format(Locale.ROOT, "none of %s lost, %s", count(total), rounds(lost.size()))
              : String.format(
                  Locale.ROOT,
                  "lost %s of %s (median), lost in %d of %s",
                  count(median(lost)),
                  count(total),
                  seen,
                  rounds(lost.size()));
      return row(
          t,
          claim,
          measured,
          canLose ? canHappen(seen) : never(seen),
          values("lost_" + key, lost),
          List.of());
    }
  }

  // ---------------------------------------------------------------- 4. what the GIL protects

  private static final Pattern LEAKED = Pattern.compile("gilvm: ([\\d,]+) objects leaked");

  /** Shared objects without a GIL, under each memory strategy, checked and leak-reported. */
  static final class Refcounts extends Experiment {
    /** The memory strategies that need a global lock, found when the trials were made. */
    private final java.util.Set<String> unsafe = new java.util.HashSet<>();

    Refcounts() {
      super(
          "refcounts",
          "What the GIL protects",
          "Without a GIL, non-atomic reference counts lose updates: shared objects are freed while"
              + " still in use, or never freed. Atomic or biased counts stay exact.");
    }

    @Override
    List<Trial> trials(Strategies found, Size size) {
      int iterations = size.pick(500, 3000, 10_000);
      List<Trial> out = new ArrayList<>();
      for (LockStrategy l : otherLocks(found)) {
        for (MemoryStrategy m : found.memories()) {
          if (m.needsGlobalLock()) {
            unsafe.add(m.name());
          }
          out.add(
              new Trial(
                  this,
                  Config.of(l).withMemory(m.name()),
                  "",
                  "refcounts",
                  args(iterations),
                  args(Math.max(1, iterations / 5)),
                  size.rounds,
                  true));
        }
      }
      return out;
    }

    @Override
    List<Row> judge(Trial t, List<Outcome> runs, Size size) {
      int freed = 0;
      int leakedRuns = 0;
      int wrong = 0;
      int bad = 0;
      List<Double> leaked = new ArrayList<>();
      for (Outcome o : runs) {
        boolean f = o.status() == 134 && o.stderr().contains("use of a freed object");
        Matcher m = LEAKED.matcher(o.stderr());
        double n = m.find() ? Double.parseDouble(m.group(1).replace(",", "")) : 0;
        boolean w = o.status() == 1 || o.numbers("intact").contains(0.0);
        freed += f ? 1 : 0;
        leakedRuns += n > 0 ? 1 : 0;
        wrong += w ? 1 : 0;
        leaked.add(n);
        bad += (f || n > 0 || w) ? 1 : 0;
      }
      String measured =
          bad == 0
              ? String.format(
                  Locale.ROOT, "counts exact in %d of %d runs", runs.size(), runs.size())
              : String.format(
                  Locale.ROOT,
                  "in %d runs: freed while in use in %d, leaked in %d%s, wrong values or an"
                      + " exception in %d",
                  runs.size(),
                  freed,
                  leakedRuns,
                  leakedRuns == 0
                      ? ""
                      : " ("
                          + count(leaked.stream().mapToDouble(Double::doubleValue).max().orElse(0))
                          + " objects at most)",
                  wrong);
      boolean unsafe = this.unsafe.contains(t.config().memoryName());
      String claim =
          unsafe
              ? "Without a GIL, non-atomic counts lose updates: objects freed while in use, or never freed."
              : "Counts stay exact: nothing freed early, nothing leaked.";
      return List.of(
          row(
              t,
              claim,
              measured,
              unsafe ? canHappen(bad) : never(bad),
              values("leaked", leaked),
              List.of()));
    }
  }

  // ---------------------------------------------------------------- 5. shared dict

  /** Three threads writing one dict. */
  static final class SharedDict extends Experiment {
    SharedDict() {
      super(
          "shared-dict",
          "Shared dict",
          "With a GIL, or per-object locks, three threads writing one dict leave it consistent; with no"
              + " lock at all they do not.");
    }

    @Override
    List<Trial> trials(Strategies found, Size size) {
      int n = size.pick(2_000, 20_000, 100_000);
      List<Config> configs = new ArrayList<>();
      for (LockStrategy l : found.locks()) {
        configs.add(Config.of(l));
        if (!l.isGlobal()) {
          configs.add(Config.of(l).withoutObjectLocks());
        }
      }
      List<Trial> out = new ArrayList<>();
      for (Config c : configs) {
        out.add(
            new Trial(
                this,
                c,
                "",
                "shared_dict",
                args(n, size.rounds),
                args(Math.max(1, n / 10), 1),
                1,
                false));
      }
      return out;
    }

    @Override
    List<Row> judge(Trial t, List<Outcome> runs, Size size) {
      Outcome o = runs.get(0);
      List<Double> missing = o.numbers("missing");
      List<Double> errors = o.numbers("errors");
      int seen = 0;
      for (int i = 0; i < missing.size(); i++) {
        seen += missing.get(i) > 0 || errors.get(i) > 0 ? 1 : 0;
      }
      String measured =
          seen == 0
              ? "consistent in every one of " + rounds(missing.size())
              : String.format(
                  Locale.ROOT,
                  "inconsistent in %d of %s: %s keys lost or wrong, %s writers raised (medians)",
                  seen,
                  rounds(missing.size()),
                  count(median(missing)),
                  count(median(errors)));
      boolean unlocked = Boolean.FALSE.equals(t.config().objectLocks());
      String claim =
          unlocked
              ? "With no lock at all, the dict is left inconsistent: keys lost, or an error raised."
              : t.config().lock().isGlobal()
                  ? "Under a GIL the dict stays consistent."
                  : "Per-object locks keep the dict consistent.";
      return List.of(
          row(
              t,
              claim,
              measured,
              unlocked ? canHappen(seen) : never(seen),
              values("missing", missing, "errors", errors),
              List.of()));
    }
  }

  // ---------------------------------------------------------------- 6. convoy

  /** The wait of a short blocking call, alone and beside a CPU-bound thread. */
  static final class Convoy extends Experiment {
    Convoy() {
      super(
          "convoy",
          "Convoy effect",
          "Under CPython 3's GIL, an I/O thread gives the lock up at every blocking call and, beside a"
              + " CPU-bound thread, waits up to a switch interval to get it back (bpo-7946).");
    }

    @Override
    List<Trial> trials(Strategies found, Size size) {
      int calls = size.pick(10, 40, 100);
      List<Trial> out = new ArrayList<>();
      for (LockStrategy l : found.locks()) {
        out.add(convoyTrial(this, Config.of(l), calls, size));
      }
      return out;
    }

    @Override
    List<Row> judge(Trial t, List<Outcome> runs, Size size) {
      return List.of(convoyRow(t, runs.get(0)));
    }
  }

  static final double IO_WAIT = 0.0001;

  static Experiment.Trial convoyTrial(Experiment e, Config c, int calls, Experiment.Size size) {
    return new Experiment.Trial(
        e,
        c,
        e instanceof Convoy ? "" : "convoy",
        "convoy",
        args(calls, IO_WAIT, size.rounds),
        args(Math.max(4, calls / 4), IO_WAIT, 1),
        1,
        false);
  }

  static Experiment.Row convoyRow(Experiment.Trial t, Experiment.Outcome o) {
    int calls = Integer.parseInt(t.args().get(0));
    List<Double> alone = o.numbers("alone");
    List<Double> beside = o.numbers("beside");
    List<Double> added = new ArrayList<>();
    for (int i = 0; i < Math.min(alone.size(), beside.size()); i++) {
      added.add((beside.get(i) - alone.get(i)) / calls);
    }
    double interval =
        (t.config().switchIntervalNanos() != null
                ? t.config().switchIntervalNanos()
                : LockConfig.DEFAULT_SWITCH_INTERVAL_NANOS)
            / 1e9;
    String measured =
        String.format(
            Locale.ROOT,
            "%d calls of %s: %s alone, %s beside a CPU thread: %s added a call" + " (%s to %s), %s",
            calls,
            Experiment.time(IO_WAIT),
            Experiment.time(Experiment.median(alone)),
            Experiment.time(Experiment.median(beside)),
            Experiment.time(Experiment.median(added)),
            Experiment.time(java.util.Collections.min(added)),
            Experiment.time(java.util.Collections.max(added)),
            Experiment.rounds(added.size()));
    LockStrategy lock = t.config().lock();
    String claim;
    Experiment.Verdict v;
    if (lock.name().equals("newgil")) {
      claim =
          String.format(
              Locale.ROOT,
              "Each call waits about a switch interval (%s) for the lock: at least"
                  + " half of it added a call (bpo-7946).",
              Config.interval(Math.round(interval * 1e9)));
      v = Experiment.everyRound(added, a -> a >= interval / 2);
    } else if (!lock.isGlobal()) {
      claim = "Without a global lock there is no convoy: under 1 ms added a call.";
      v = Experiment.everyRound(added, a -> a < 0.001);
    } else if (lock.servesBlockingReturnsFirst()) {
      // A lock of one's own that says it serves a thread back from a blocking call first (the
      // remedy bpo-7946 discusses): the claim is its own, and the lab holds it to it.
      claim =
          "A thread back from a blocking call is served first, so there is no convoy: under 1 ms"
              + " added a call.";
      v = Experiment.everyRound(added, a -> a < 0.001);
    } else {
      // CPython 2's lock included: bpo-7946 is about CPython 3's timed wait, and the literature
      // gives no figure for an I/O thread beside a CPU-bound one under the lock with no hand-off.
      claim = "(bpo-7946's claim is about CPython 3's GIL: none for this lock)";
      v = Experiment.Verdict.NO_CLAIM;
    }
    return row(
        t,
        claim,
        measured,
        v,
        Experiment.values("alone", alone, "beside", beside, "added_per_call", added),
        List.of(
            new Experiment.Bar("alone", alone), new Experiment.Bar("beside a CPU thread", beside)));
  }

  // ---------------------------------------------------------------- 7. switch interval

  /** The convoy and the CPU-bound runs at switch intervals from 0.1 ms to 50 ms. */
  static final class SwitchInterval extends Experiment {
    SwitchInterval() {
      super(
          "switch-interval",
          "Switch interval",
          "Under CPython 3's GIL the convoy's delay grows with the switch interval, while no interval"
              + " makes CPU-bound threads faster.");
    }

    @Override
    List<Trial> trials(Strategies found, Size size) {
      List<Double> millis =
          size.pick(
              List.of(1.0, 20.0), List.of(0.1, 5.0, 50.0), List.of(0.1, 1.0, 5.0, 20.0, 50.0));
      int n = size.pick(200_000, 1_000_000, 5_000_000);
      List<Trial> out = new ArrayList<>();
      for (LockStrategy l : globalLocks(found)) {
        if (l.name().equals("legacy")) {
          continue; // CPython 2's lock has no switch interval: it switches by ticks.
        }
        for (double ms : millis) {
          Config c = Config.of(l).withSwitchInterval(Math.round(ms * 1e6));
          out.add(
              new Trial(
                  this,
                  c,
                  "cpu",
                  "cpu",
                  args(n, size.rounds, warmUp(size)),
                  args(n / 5, 1, 0.2),
                  1,
                  false));
          // About 0.15 s of calls if each waits an interval, within 4 to 40 calls.
          int calls = (int) Math.max(4, Math.min(size.pick(10, 40, 100), Math.round(150 / ms)));
          out.add(convoyTrial(this, c, calls, size));
        }
      }
      return out;
    }

    @Override
    List<Row> judge(Trial t, List<Outcome> runs, Size size) {
      return List.of(
          t.program().equals("cpu") ? speedupRow(t, runs.get(0)) : convoyRow(t, runs.get(0)));
    }
  }

  // ---------------------------------------------------------------- 8. starvation

  static final String RELEASES = "releases at the check interval";
  static final String REACQUIRED = "re-acquired by the thread that released";

  /** How often the releasing thread takes the lock straight back, from the lock's counters. */
  static final class Starvation extends Experiment {
    Starvation() {
      super(
          "starvation",
          "Starvation under CPython 2's GIL",
          "With no hand-off, the thread that releases the lock takes it straight back most of the time"
              + " on a multicore machine, and the other thread starves.");
    }

    @Override
    List<Trial> trials(Strategies found, Size size) {
      int n = size.pick(200_000, 1_000_000, 5_000_000);
      List<Trial> out = new ArrayList<>();
      for (LockStrategy l : globalLocks(found)) {
        if (countsReacquisitions(l)) {
          out.add(
              new Trial(
                  this, Config.of(l), "", "starvation", args(n), args(n / 10), size.rounds, false));
        }
      }
      return out;
    }

    /** Whether the lock's own counters say how often the releasing thread took it back. */
    private static boolean countsReacquisitions(LockStrategy l) {
      Map<String, Long> keys = l.create(LockConfig.defaults()).statistics();
      return keys.containsKey(RELEASES) && keys.containsKey(REACQUIRED);
    }

    @Override
    List<Row> judge(Trial t, List<Outcome> runs, Size size) {
      List<Double> fraction = new ArrayList<>();
      double releases = 0;
      for (Outcome o : runs) {
        long r = o.stats().getOrDefault(RELEASES, 0L);
        releases += r;
        fraction.add(r == 0 ? 0.0 : (double) o.stats().getOrDefault(REACQUIRED, 0L) / r);
      }
      String measured =
          String.format(
              Locale.ROOT,
              "the releasing thread took it back in %.1f %% (%.1f–%.1f %%) of" + " %s releases, %s",
              100 * median(fraction),
              100 * java.util.Collections.min(fraction),
              100 * java.util.Collections.max(fraction),
              count(releases / runs.size()),
              rounds(runs.size()));
      String claim =
          "On a multicore machine the thread that released the lock takes it straight back most of the"
              + " time (over half of the releases).";
      Verdict v = CORES < 2 ? Verdict.NOT_APPLICABLE : everyRound(fraction, f -> f > 0.5);
      return List.of(
          row(t, claim, measured, v, values("reacquired_fraction", fraction), List.of()));
    }
  }

  // ---------------------------------------------------------------- 9. processes

  /** The lock the configurations that do not depend on the lock run under: the default one. */
  static LockStrategy defaultLock(Strategies found) {
    return found.defaultLock();
  }

  private static String seconds(List<Double> xs) {
    return Experiment.time(Experiment.median(xs))
        + " ("
        + Experiment.time(java.util.Collections.min(xs))
        + " to "
        + Experiment.time(java.util.Collections.max(xs))
        + ")";
  }

  /** count(n) twice in a row, in two threads, and in a pool of two worker processes. */
  static final class Processes extends Experiment {
    Processes() {
      super(
          "processes",
          "Processes vs threads",
          "Worker processes each have their own interpreter and lock, so a pool of two runs CPU-bound work"
              + " about twice as fast as one after the other on 2 cores, under every lock, once started;"
              + " threads do so only without a GIL.");
    }

    @Override
    List<Trial> trials(Strategies found, Size size) {
      int n = size.pick(200_000, 2_000_000, 10_000_000);
      return trialPerLock(found, "processes", args(n, size.rounds, 1000, "speed"), List.of());
    }

    @Override
    List<Row> judge(Trial t, List<Outcome> runs, Size size) {
      Outcome o = runs.get(0);
      List<Double> seq = o.numbers("sequential");
      List<Double> thr = o.numbers("threaded");
      List<Double> proc = o.numbers("processes");
      List<Double> speedup = ratios(seq, proc);
      String measured =
          String.format(
              Locale.ROOT,
              "sequential %s, threaded %s, 2 processes %s: processes %s as fast, threads %s, %s",
              time(median(seq)),
              time(median(thr)),
              time(median(proc)),
              factor(speedup),
              factor(ratios(seq, thr)),
              rounds(speedup.size()));
      String claim =
          "A pool of two worker processes, once started, is about twice as fast as one after the"
              + " other on 2 cores, whatever the lock: at least 1.5×.";
      Verdict v = CORES < 2 ? Verdict.NOT_APPLICABLE : everyRound(speedup, s -> s >= 1.5);
      return List.of(
          row(
              t,
              claim,
              measured,
              v,
              values("sequential", seq, "threaded", thr, "processes", proc, "speedup", speedup),
              List.of(
                  new Bar("sequential", seq),
                  new Bar("threaded", thr),
                  new Bar("2 processes", proc))));
    }
  }

  /** Starting a pool of two worker processes, and sending a large argument to one. */
  static final class ProcessCost extends Experiment {
    ProcessCost() {
      super(
          "process-cost",
          "The cost of a process",
          "A worker process is not free: starting a pool takes far longer than starting a thread, and every"
              + " argument and result is pickled across, so a large argument costs time of its own.");
    }

    static final int ITEMS = 100_000;

    @Override
    List<Trial> trials(Strategies found, Size size) {
      int items = size.pick(10_000, ITEMS, ITEMS);
      return List.of(
          new Trial(
              this,
              Config.of(defaultLock(found)),
              "",
              "processes",
              args(1000, size.rounds, items, "cost"),
              List.of(),
              1,
              false));
    }

    @Override
    List<Row> judge(Trial t, List<Outcome> runs, Size size) {
      Outcome o = runs.get(0);
      List<Double> start = o.numbers("start");
      List<Double> send = o.numbers("send");
      String items = count(Double.parseDouble(t.args().get(2)));
      return List.of(
          row(
              t,
              "Starting a pool of two worker processes (created, one trivial map, closed) takes at least 10 ms,"
                  + " where a thread starts in well under a millisecond.",
              "starting a pool of 2: " + seconds(start) + ", " + rounds(start.size()),
              everyRound(start, s -> s >= 0.010),
              values("start", start),
              List.of(new Bar("start a pool of 2", start))),
          row(
              t,
              "Sending a list of "
                  + items
                  + " ints and strings to a worker and back costs at least 1 ms of"
                  + " pickling and copying.",
              "one call with the list: " + seconds(send) + ", " + rounds(send.size()),
              everyRound(send, s -> s >= 0.001),
              values("send", send),
              List.of(new Bar("send the list", send))));
    }
  }

  // ---------------------------------------------------------------- 10. interpreters

  /** count(n) twice in a row, in two threads, and in two interpreters; and their start costs. */
  static final class Interpreters extends Experiment {
    Interpreters() {
      super(
          "interpreters",
          "Interpreters vs threads and processes",
          "Interpreters in one process (PEP 684/734) each have their own lock, so two of them run CPU-bound"
              + " work in parallel even under a GIL, as processes do, and start far faster than processes.");
    }

    @Override
    List<Trial> trials(Strategies found, Size size) {
      int n = size.pick(200_000, 2_000_000, 10_000_000);
      LockStrategy dflt = defaultLock(found);
      List<Trial> out = new ArrayList<>();
      for (LockStrategy l : found.locks()) {
        // The start of worker processes does not depend on the lock: measured under the default
        // one.
        int processes = l == dflt ? 1 : 0;
        out.add(
            new Trial(
                this,
                Config.of(l),
                "",
                "interpreters",
                args(n, size.rounds, processes),
                args(n / 5, 1, 0),
                1,
                false));
      }
      return out;
    }

    @Override
    List<Row> judge(Trial t, List<Outcome> runs, Size size) {
      Outcome o = runs.get(0);
      List<Double> seq = o.numbers("sequential");
      List<Double> thr = o.numbers("threaded");
      List<Double> interp = o.numbers("interpreters");
      List<Double> speedup = ratios(seq, interp);
      List<Row> rows = new ArrayList<>();
      rows.add(
          row(
              t,
              "Two interpreters, each with its own lock, run CPU-bound work in parallel under every lock:"
                  + " at least 1.6× as fast as one after the other on 2 cores.",
              String.format(
                  Locale.ROOT,
                  "sequential %s, threaded %s, 2 interpreters %s: interpreters %s as fast, %s",
                  time(median(seq)),
                  time(median(thr)),
                  time(median(interp)),
                  factor(speedup),
                  rounds(speedup.size())),
              CORES < 2 ? Verdict.NOT_APPLICABLE : everyRound(speedup, s -> s >= 1.6),
              values(
                  "sequential", seq, "threaded", thr, "interpreters", interp, "speedup", speedup),
              List.of(
                  new Bar("sequential", seq),
                  new Bar("threaded", thr),
                  new Bar("2 interpreters", interp))));
      List<Double> startI = o.numbers("start-interpreters");
      List<Double> startP = o.numbers("start-processes");
      if (!startP.isEmpty()) {
        List<Double> cheaper = ratios(startP, startI);
        rows.add(
            row(
                t,
                "Starting two interpreters (and one call in each) costs at most a tenth of starting two"
                    + " worker processes (and one call in each).",
                String.format(
                    Locale.ROOT,
                    "2 interpreters %s, 2 processes %s: interpreters %s as fast to start, %s",
                    seconds(startI),
                    seconds(startP),
                    factor(cheaper),
                    rounds(cheaper.size())),
                everyRound(cheaper, c -> c >= 10),
                values("start_interpreters", startI, "start_processes", startP),
                List.of(
                    new Bar("start 2 interpreters", startI),
                    new Bar("start 2 processes", startP))));
      }
      return rows;
    }
  }

  // ---------------------------------------------------------------- 11. hashing

  /** Threads hashing large buffers: hashlib releases the lock. */
  static final class Hashing extends Experiment {
    Hashing() {
      super(
          "hashing",
          "Threads hashing large buffers",
          "hashlib releases the lock while it hashes a large buffer, as CPython's C code does, so two threads"
              + " hashing take about half the time on 2 cores even under a GIL.");
    }

    @Override
    List<Trial> trials(Strategies found, Size size) {
      int count = size.pick(4, 40, 100);
      return trialPerLock(found, "hashing", args(1 << 20, count, size.rounds), args(1 << 20, 4, 1));
    }

    @Override
    List<Row> judge(Trial t, List<Outcome> runs, Size size) {
      Speedup s = Speedup.of(runs.get(0));
      return List.of(
          s.row(
              t,
              "Two threads hashing 1 MB buffers with sha256 are at least 1.6× as fast as one after the"
                  + " other on 2 cores, whatever the lock.",
              t.args().get(1) + " digests twice: " + s.measured(),
              CORES < 2 ? Verdict.NOT_APPLICABLE : everyRound(s.speedup(), x -> x >= 1.6)));
    }
  }

  // ---------------------------------------------------------------- 12. asyncio

  /** 1000 waits at once: coroutines on one thread vs 1000 threads. */
  static final class AsyncWaits extends Experiment {
    AsyncWaits() {
      super(
          "asyncio",
          "asyncio vs threads for many waits",
          "A thousand concurrent waits take about one wait's time both as coroutines on one thread (asyncio,"
              + " the lock never contended) and as a thousand threads (each releases the lock while it waits).");
    }

    static final double WAIT = 0.1;

    @Override
    List<Trial> trials(Strategies found, Size size) {
      int n = size.pick(100, 1000, 1000);
      return trialPerLock(found, "async_waits", args(n, WAIT, size.rounds), args(20, WAIT, 1));
    }

    @Override
    List<Row> judge(Trial t, List<Outcome> runs, Size size) {
      Outcome o = runs.get(0);
      List<Double> aio = o.numbers("asyncio");
      List<Double> thr = o.numbers("threads");
      String n = t.args().get(0);
      List<Double> both = new ArrayList<>();
      for (int i = 0; i < Math.min(aio.size(), thr.size()); i++) {
        both.add(Math.max(aio.get(i), thr.get(i)));
      }
      return List.of(
          row(
              t,
              n
                  + " concurrent waits of "
                  + time(WAIT)
                  + " take under twice one wait, with asyncio"
                  + " and with "
                  + n
                  + " threads alike.",
              String.format(
                  Locale.ROOT,
                  "%s waits of %s: asyncio %s, threads %s, %s",
                  n,
                  time(WAIT),
                  seconds(aio),
                  seconds(thr),
                  rounds(both.size())),
              everyRound(both, s -> s < 2 * WAIT),
              values("asyncio", aio, "threads", thr),
              List.of(new Bar("asyncio", aio), new Bar(n + " threads", thr))));
    }
  }
}
