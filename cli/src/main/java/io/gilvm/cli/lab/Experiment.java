package io.gilvm.cli.lab;

import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.Strategies;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * One of the GIL literature's experiments: a claim, the lab program that tests it, the
 * configurations it runs under, and how a configuration's runs turn into rows of the table.
 */
abstract class Experiment {
  final String name;
  final String title;
  final String claim;

  Experiment(String name, String title, String claim) {
    this.name = name;
    this.title = title;
    this.claim = claim;
  }

  /** The runs to make: one or more fresh JVMs per configuration. */
  abstract List<Trial> trials(Strategies found, Size size);

  /** The rows that the runs of one trial give; every run ended and printed its results. */
  abstract List<Row> judge(Trial trial, List<Outcome> runs, Size size);

  /** How big the runs are. */
  enum Size {
    /** The test suite's: every experiment runs, quickly; its verdicts mean little. */
    TINY(2),
    /** {@code gilvm lab --quick}. */
    QUICK(3),
    /** {@code gilvm lab}. */
    FULL(5);

    /** Rounds per configuration: the repeated runs the verdicts are decided from. */
    final int rounds;

    Size(int rounds) {
      this.rounds = rounds;
    }

    <T> T pick(T tiny, T quick, T full) {
      return switch (this) {
        case TINY -> tiny;
        case QUICK -> quick;
        case FULL -> full;
      };
    }
  }

  /**
   * One configuration's runs of one program.
   *
   * @param variant what tells trials of one configuration apart (e.g. "100 threads"), or ""
   * @param jvms how many fresh JVMs, each making one round, when a round may end the process (a
   *     fatal error) or when a figure is only read at exit; 1 when the program makes the rounds
   *     itself
   * @param checked whether to run with --check-memory and --leaks
   */
  record Trial(
      Experiment experiment,
      Config config,
      String variant,
      String program,
      List<String> args,
      List<String> pictureArgs,
      int jvms,
      boolean checked) {

    String label() {
      return variant.isEmpty() ? config.label() : config.label() + ", " + variant;
    }

    String fileName() {
      String v = variant.isEmpty() ? "" : "-" + variant.replace(' ', '-').replace('.', '_');
      return experiment.name + "-" + config.fileName() + v;
    }
  }

  /**
   * What one fresh JVM printed and how it ended.
   *
   * @param values the {@code @lab NAME VALUE} lines, by name, in order
   * @param stats the lock's counters ({@code @lab stat NAME=VALUE})
   */
  record Outcome(
      int status,
      boolean timedOut,
      Map<String, List<String>> values,
      Map<String, Long> stats,
      String stderr) {

    List<Double> numbers(String key) {
      List<Double> out = new ArrayList<>();
      for (String v : values.getOrDefault(key, List.of())) {
        out.add(Double.parseDouble(v));
      }
      return out;
    }
  }

  /** A verdict, decided by {@link #RULE}. */
  enum Verdict {
    HOLDS("holds"),
    DOES_NOT_HOLD("does not hold"),
    INCONCLUSIVE("inconclusive (noise)"),
    NOT_APPLICABLE("not applicable"),
    NO_CLAIM("no claim"),
    ERROR("error");

    final String text;

    Verdict(String text) {
      this.text = text;
    }
  }

  /** How figures from repeated rounds become a verdict; the report states it. */
  static final String RULE =
      "Each configuration runs its experiment in several rounds. A claim about a figure (a"
          + " speed-up, a delay) holds when the figure agrees with it in every round, does not"
          + " hold when it agrees in no round, and is inconclusive (noise) otherwise. A claim that"
          + " something can happen (an update lost) holds when it happened in at least one round"
          + " and does not hold otherwise; a claim that it never happens holds when it happened in"
          + " no round and does not hold otherwise.";

  /**
   * One line of the table.
   *
   * @param values the figures behind the measurement, for results.json
   * @param bars timings for the bar chart (seconds per round), or empty
   */
  record Row(
      String experiment,
      String configuration,
      String claim,
      String measurement,
      Verdict verdict,
      Map<String, List<Double>> values,
      List<Bar> bars) {}

  /** A bar of the chart: one timing, its rounds in seconds. */
  record Bar(String label, List<Double> seconds) {}

  // ---------------------------------------------------------------- rules

  /** A claim about a figure: every round agrees, none does, or some do. */
  static Verdict everyRound(List<Double> figures, DoublePredicate claimed) {
    int agree = 0;
    for (double f : figures) {
      if (claimed.test(f)) {
        agree++;
      }
    }
    return agree == figures.size()
        ? Verdict.HOLDS
        : agree == 0 ? Verdict.DOES_NOT_HOLD : Verdict.INCONCLUSIVE;
  }

  /** A claim that something can happen: seen in some round. */
  static Verdict canHappen(int roundsSeen) {
    return roundsSeen > 0 ? Verdict.HOLDS : Verdict.DOES_NOT_HOLD;
  }

  /** A claim that something never happens: seen in no round. */
  static Verdict never(int roundsSeen) {
    return roundsSeen == 0 ? Verdict.HOLDS : Verdict.DOES_NOT_HOLD;
  }

  // ---------------------------------------------------------------- figures

  static double median(List<Double> xs) {
    return xs.isEmpty() ? Double.NaN : com.google.common.math.Quantiles.median().compute(xs);
  }

  static List<Double> ratios(List<Double> a, List<Double> b) {
    List<Double> r = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      r.add(a.get(i) / b.get(i));
    }
    return r;
  }

  /** "1.02× (0.98–1.05×)": the median and the range over the rounds. */
  static String factor(List<Double> xs) {
    return String.format(
        Locale.ROOT, "%.2f× (%.2f–%.2f×)", median(xs), Collections.min(xs), Collections.max(xs));
  }

  /** A time in the unit that suits it. */
  static String time(double seconds) {
    if (seconds < 0.01) {
      return String.format(Locale.ROOT, "%.2f ms", seconds * 1e3);
    }
    if (seconds < 1) {
      return String.format(Locale.ROOT, "%.0f ms", seconds * 1e3);
    }
    return String.format(Locale.ROOT, "%.2f s", seconds);
  }

  static String rounds(int n) {
    return n == 1 ? "1 round" : n + " rounds";
  }

  static Map<String, List<Double>> values(Object... keysAndLists) {
    Map<String, List<Double>> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndLists.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<Double> v = (List<Double>) keysAndLists[i + 1];
      m.put((String) keysAndLists[i], v);
    }
    return m;
  }

  /**
   * One trial per lock found, each in its default configuration and one JVM (the program makes its
   * rounds itself), running {@code program} with {@code args} and, for its timeline, with {@code
   * pictureArgs}.
   */
  List<Trial> trialPerLock(
      Strategies found, String program, List<String> args, List<String> pictureArgs) {
    List<Trial> out = new ArrayList<>();
    for (LockStrategy l : found.locks()) {
      out.add(new Trial(this, Config.of(l), "", program, args, pictureArgs, 1, false));
    }
    return out;
  }

  /**
   * A sequential-against-threaded measurement: the same work done twice one after the other and in
   * two threads, each round's times, and how many times as fast the threads were.
   */
  record Speedup(List<Double> seq, List<Double> thr, List<Double> speedup) {
    /** The figures a program printed as {@code sequential} and {@code threaded}. */
    static Speedup of(Outcome o) {
      List<Double> seq = o.numbers("sequential");
      List<Double> thr = o.numbers("threaded");
      return new Speedup(seq, thr, ratios(seq, thr));
    }

    /** "sequential 1.20 s, threaded 610.0 ms: threads 1.97× (1.90–2.01×) as fast, 5 rounds". */
    String measured() {
      return String.format(
          Locale.ROOT,
          "sequential %s, threaded %s: threads %s as fast, %s",
          time(median(seq)),
          time(median(thr)),
          factor(speedup),
          rounds(speedup.size()));
    }

    /** The row, with the values and bars the report shows for such a measurement. */
    Row row(Trial t, String claim, String measured, Verdict v) {
      return new Row(
          t.experiment().name,
          t.label(),
          claim,
          measured,
          v,
          values("sequential", seq, "threaded", thr, "speedup", speedup),
          List.of(new Bar("sequential", seq), new Bar("threaded", thr)));
    }
  }
}
