package io.gilvm.stress.tests;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.stress.Hazard;
import io.gilvm.stress.StressInterpreter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

/**
 * {@code d[k] = d.get(k, 0) + 1} on a shared dict, by two interpreter threads. The statement
 * contains a call, and a call is a checkpoint even when checkpoints are at back edges only, so a
 * global lock may switch between the read and the store under either placement: the case that
 * CPython 3.10's change of checkpoints did not make safe.
 *
 * <p>Run alone: {@code stress/run --only newgil+plain+backedges --tests DictGetAddTest}.
 */
@JCStressTest
@Outcome(id = "\\w+, k=2 len=1", expect = ACCEPTABLE, desc = "Both increments landed: d[k] is 2.")
@Outcome(
    id = "(racy|unguarded|unsafe), k=1 len=1",
    expect = ACCEPTABLE_INTERESTING,
    desc = "One increment lost: both actors called d.get(k, 0) before either stored the sum.")
@Outcome(id = "unsafe, .*", expect = ACCEPTABLE_INTERESTING, desc = Outcomes.UNSAFE)
@Outcome(id = "unguarded, .*", expect = ACCEPTABLE_INTERESTING, desc = Outcomes.UNGUARDED)
@Outcome(
    expect = FORBIDDEN,
    desc =
        "d[k] is neither 1 nor 2, the dict holds a second entry, or the statement raised: the dict"
            + " itself was corrupted although a global lock or object locks guard it.")
@State
public class DictGetAddTest {
  private static final PyCode ADD = StressInterpreter.compile("d['k'] = d.get('k', 0) + 1\n");
  private static final String PROMISE = StressInterpreter.promise(Hazard.DICT_GET_ADD).token();

  private final PyDict d = new PyDict();
  private final PyDict globals = StressInterpreter.globals("d", d);
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
            failed1,
            failed2,
            () -> "k=" + StressInterpreter.show(d.getStr("k")) + " len=" + d.size());
  }
}
