package io.gilvm.cli.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gilvm.cli.lab.Experiment.Verdict;
import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockStrategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stated rule that turns rounds into verdicts, and the child's output format. */
class VerdictTest {
  @Test
  void aFigureClaimHoldsOnlyWhenEveryRoundAgrees() {
    assertEquals(Verdict.HOLDS, Experiment.everyRound(List.of(1.9, 1.7, 1.8), s -> s >= 1.6));
    assertEquals(
        Verdict.INCONCLUSIVE, Experiment.everyRound(List.of(1.9, 1.2, 1.8), s -> s >= 1.6));
    assertEquals(
        Verdict.DOES_NOT_HOLD, Experiment.everyRound(List.of(1.0, 1.1, 0.9), s -> s >= 1.6));
  }

  @Test
  void occurrenceClaims() {
    assertEquals(Verdict.HOLDS, Experiment.canHappen(1));
    assertEquals(Verdict.DOES_NOT_HOLD, Experiment.canHappen(0));
    assertEquals(Verdict.HOLDS, Experiment.never(0));
    assertEquals(Verdict.DOES_NOT_HOLD, Experiment.never(2));
  }

  @Test
  void theChildsLinesAreReadByName() {
    Experiment.Outcome o =
        Lab.parse(
            0,
            false,
            "hello\n@lab sequential 0.5\n@lab threaded 0.25\n@lab sequential 0.75\n@lab stat re-acquired by the thread that released=990\n",
            "");
    assertEquals(List.of(0.5, 0.75), o.numbers("sequential"));
    assertEquals(List.of(0.25), o.numbers("threaded"));
    assertEquals(990L, o.stats().get("re-acquired by the thread that released"));
    assertEquals(1.25, Experiment.median(List.of(3.0, 1.0, 0.5, 1.5)));
    assertEquals(1.0, Experiment.median(List.of(3.0, 1.0, 0.5)));
  }

  /**
   * The CPU-bound, I/O-bound and hashing experiments read their rounds the same way: one trial per
   * lock, and the ratio of each round's sequential to threaded time, with its values and bars.
   */
  @Test
  void aSpeedupIsReadPerRoundAndReportedAsOneRow() {
    Experiment e = new Experiments.IoBound();
    io.gilvm.spi.Strategies found = io.gilvm.spi.Strategies.discover();
    List<Experiment.Trial> trials = e.trialPerLock(found, "io", List.of("0.1"), List.of());
    assertEquals(found.locks().size(), trials.size());
    for (int i = 0; i < trials.size(); i++) {
      assertEquals(found.locks().get(i), trials.get(i).config().lock());
      assertEquals(1, trials.get(i).jvms());
    }
    Experiment.Outcome o =
        new Experiment.Outcome(
            0,
            false,
            Map.of("sequential", List.of("0.2", "0.4"), "threaded", List.of("0.1", "0.25")),
            Map.of(),
            "");
    Experiment.Speedup s = Experiment.Speedup.of(o);
    assertEquals(List.of(2.0, 1.6), s.speedup());
    assertEquals(
        "sequential 300 ms, threaded 175 ms: threads 1.80× (1.60–2.00×) as fast, 2 rounds",
        s.measured());
    Experiment.Row row = e.judge(trials.get(0), List.of(o), Experiment.Size.TINY).get(0);
    assertEquals(Verdict.HOLDS, row.verdict());
    assertEquals("two waits of 100 ms: " + s.measured(), row.measurement());
    assertEquals(List.of("sequential", "threaded", "speedup"), List.copyOf(row.values().keySet()));
    assertEquals(2, row.bars().size());
  }

  /** A global lock of one's own, which may say that it serves threads back from I/O first. */
  record OwnLock(boolean servesFirst) implements LockStrategy {
    @Override
    public String name() {
      return "own";
    }

    @Override
    public String description() {
      return "a global lock of one's own";
    }

    @Override
    public boolean isGlobal() {
      return true;
    }

    @Override
    public String defaultMemory() {
      return "plain";
    }

    @Override
    public InterpreterLock create(LockConfig config) {
      throw new UnsupportedOperationException("never run here");
    }

    @Override
    public boolean servesBlockingReturnsFirst() {
      return servesFirst;
    }
  }

  /** The convoy row of 10 calls: alone and beside a CPU thread, seconds per round. */
  static Experiment.Row convoy(LockStrategy lock, List<String> alone, List<String> beside) {
    Experiment e = new Experiments.Convoy();
    Experiment.Trial t = Experiments.convoyTrial(e, Config.of(lock), 10, Experiment.Size.QUICK);
    Experiment.Outcome o =
        new Experiment.Outcome(0, false, Map.of("alone", alone, "beside", beside), Map.of(), "");
    return Experiments.convoyRow(t, o);
  }

  @Test
  void aGlobalLockThatServesBlockingReturnsFirstIsHeldToNoConvoy() {
    OwnLock fair = new OwnLock(true);
    // 0.2 ms and 0.5 ms added a call: no convoy.
    Experiment.Row ok = convoy(fair, List.of("0.010", "0.010"), List.of("0.012", "0.015"));
    assertEquals(Verdict.HOLDS, ok.verdict(), ok.claim());
    // 5 ms added a call in every round: a convoy, which the lock said it would not have.
    Experiment.Row convoy = convoy(fair, List.of("0.010", "0.010"), List.of("0.060", "0.061"));
    assertEquals(Verdict.DOES_NOT_HOLD, convoy.verdict());
    // A global lock that promises nothing: no claim, whatever it measured.
    assertEquals(
        Verdict.NO_CLAIM, convoy(new OwnLock(false), List.of("0.010"), List.of("0.012")).verdict());
  }
}
