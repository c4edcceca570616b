package io.gilvm.stress.tests;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyInstance;
import io.gilvm.stress.Hazard;
import io.gilvm.stress.StressInterpreter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

/**
 * {@code self.value += 1} in a method of a shared instance, by two interpreter threads: both call
 * {@code c.incr()}, whose body is LOAD_FAST, DUP_TOP, LOAD_ATTR, LOAD_CONST, INPLACE_ADD, ROT_TWO,
 * STORE_ATTR. The call is a checkpoint even at back edges, but it comes before the statement, so
 * with checkpoints at back edges a global lock cannot split it.
 *
 * <p>Run alone: {@code stress/run --only newgil+plain+every --tests AttributeAddTest}.
 */
@JCStressTest
@Outcome(
    id = "\\w+, value=2",
    expect = ACCEPTABLE,
    desc = "Both increments landed: self.value is 2.")
@Outcome(
    id = "(racy|unsafe), value=1",
    expect = ACCEPTABLE_INTERESTING,
    desc = "One increment lost: both actors loaded self.value before either stored it.")
@Outcome(id = "unsafe, .*", expect = ACCEPTABLE_INTERESTING, desc = Outcomes.UNSAFE)
@Outcome(
    expect = FORBIDDEN,
    desc =
        "self.value is neither 1 nor 2, or the call raised: no interleaving of two increments does"
            + " that while reference counts are exact.")
@State
public class AttributeAddTest {
  private static final PyCode INCR = StressInterpreter.compile("c.incr()\n");
  private static final String PROMISE = StressInterpreter.promise(Hazard.ATTRIBUTE_ADD).token();

  private final PyInstance counter = StressInterpreter.newCounter();
  private final PyDict globals = StressInterpreter.globals("c", counter);
  private String failed1;
  private String failed2;

  @Actor
  public void actor1() {
    failed1 = StressInterpreter.run(INCR, globals);
  }

  @Actor
  public void actor2() {
    failed2 = StressInterpreter.run(INCR, globals);
  }

  @Arbiter
  public void arbiter(LL_Result r) {
    r.r1 = PROMISE;
    r.r2 =
        Outcomes.observe(
            failed1,
            failed2,
            () -> "value=" + StressInterpreter.show(counter.dict().getStr("value")));
  }
}
