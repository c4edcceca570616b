package io.gilvm.cli.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gilvm.cli.lab.Experiment.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stated rule that turns rounds into verdicts, and the child's output format. */
class VerdictTest {
  @Test
  void aFigureClaimHoldsOnlyWhenEveryRoundAgrees() {
    assertEquals(Verdict.HOLDS, Experiment.everyRound(List.of(1.9, 1.7, 1.8), s -> s >= 1.6));
    assertEquals(Verdict.INCONCLUSIVE, Experiment.everyRound(List.of(1.9, 1.2, 1.8), s -> s >= 1.6));
    assertEquals(Verdict.DOES_NOT_HOLD, Experiment.everyRound(List.of(1.0, 1.1, 0.9), s -> s >= 1.6));
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
    Experiment.Outcome o = Lab.parse(0, false,
        "hello\n@lab sequential 0.5\n@lab threaded 0.25\n@lab sequential 0.75\n@lab stat re-acquired by the thread that released=990\n",
        "");
    assertEquals(List.of(0.5, 0.75), o.numbers("sequential"));
    assertEquals(List.of(0.25), o.numbers("threaded"));
    assertEquals(990L, o.stats().get("re-acquired by the thread that released"));
    assertEquals(1.25, Experiment.median(List.of(3.0, 1.0, 0.5, 1.5)));
    assertEquals(1.0, Experiment.median(List.of(3.0, 1.0, 0.5)));
  }
}
