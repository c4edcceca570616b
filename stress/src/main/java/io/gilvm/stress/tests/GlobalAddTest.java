package io.gilvm.stress.tests;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyInt;
import io.gilvm.stress.Hazard;
import io.gilvm.stress.StressInterpreter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

/**
 * {@code n += 1} on a module global, by two interpreter threads: LOAD_NAME, LOAD_CONST,
 * INPLACE_ADD, STORE_NAME through the real eval loop, with the lock offered a switch wherever the
 * configuration's checkpoints allow one. No configuration promises that the statement is atomic;
 * with checkpoints at back edges under a global lock it cannot be split, which the matrix's shape
 * test checks.
 *
 * <p>Run alone: {@code stress/run --only newgil+plain+every --tests GlobalAddTest}.
 */
@JCStressTest
@Outcome(id = "\\w+, n=2", expect = ACCEPTABLE, desc = "Both increments landed: n is 2.")
@Outcome(
    id = "(racy|unsafe), n=1",
    expect = ACCEPTABLE_INTERESTING,
    desc = "One increment lost: both actors loaded n before either stored it.")
@Outcome(id = "unsafe, .*", expect = ACCEPTABLE_INTERESTING, desc = Outcomes.UNSAFE)
@Outcome(
    expect = FORBIDDEN,
    desc =
        "n is neither 1 nor 2, or the statement raised: no interleaving of two increments does"
            + " that while reference counts are exact.")
@State
public class GlobalAddTest {
  private static final PyCode ADD = StressInterpreter.compile("n += 1\n");
  private static final String PROMISE = StressInterpreter.promise(Hazard.GLOBAL_ADD).token();

  private final PyDict globals = StressInterpreter.globals("n", PyInt.of(0));
  private String failed1;
  private String failed2;

  @Actor
  public void actor1() {
    failed1 = StressInterpreter.run(ADD, globals);
  }

  @Actor
  public void actor2() {
    failed2 = StressInterpreter.run(ADD, globals);
  }

  @Arbiter
  public void arbiter(LL_Result r) {
    r.r1 = PROMISE;
    r.r2 =
        Outcomes.observe(
            failed1, failed2, () -> "n=" + StressInterpreter.show(globals.getStr("n")));
  }
}
