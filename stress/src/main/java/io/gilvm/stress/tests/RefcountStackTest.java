package io.gilvm.stress.tests;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyList;
import io.gilvm.stress.Hazard;
import io.gilvm.stress.StressInterpreter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

/**
 * Two interpreter threads share one object through the eval loop's own stack operations: each runs
 * the expression statement {@code o}, LOAD_NAME (an incref) then POP_TOP (a decref, which frees the
 * object at zero). The module's dict holds one reference throughout, so the exact final count is 1.
 *
 * <p>Run alone: {@code stress/run --only newgil+plain+every --tests RefcountStackTest}.
 */
@JCStressTest
@Outcome(
    id = "\\w+, count=1",
    expect = ACCEPTABLE,
    desc =
        "Every load's incref and every pop's decref landed: the count is back to the dict's"
            + " reference.")
@Outcome(
    id = "unsafe, count=2",
    expect = ACCEPTABLE_INTERESTING,
    desc =
        "A decref lost: both POP_TOPs read the count before either wrote it back, so the object"
            + " would never be freed.")
@Outcome(
    id = "unsafe, count=0 freed",
    expect = ACCEPTABLE_INTERESTING,
    desc =
        "An incref lost: the last POP_TOP took the count to zero and freed the object while the"
            + " module still held it.")
@Outcome(id = "unsafe, .*", expect = ACCEPTABLE_INTERESTING, desc = Outcomes.UNSAFE)
@Outcome(
    expect = FORBIDDEN,
    desc =
        "The count is not exact although the configuration keeps counts exact (a global lock, or"
            + " a memory strategy that needs none), or the statement raised.")
@State
public class RefcountStackTest {
  private static final PyCode LOAD_AND_POP = StressInterpreter.compile("o\n");
  private static final String PROMISE = StressInterpreter.promise(Hazard.REFCOUNT_STACK).token();

  private final PyList shared = new PyList();
  private final PyDict globals = StressInterpreter.globals("o", shared);
  private String failed1;
  private String failed2;

  @Actor
  public void actor1() {
    failed1 = StressInterpreter.run(LOAD_AND_POP, globals);
  }

  @Actor
  public void actor2() {
    failed2 = StressInterpreter.run(LOAD_AND_POP, globals);
  }

  @Arbiter
  public void arbiter(LL_Result r) {
    r.r1 = PROMISE;
    r.r2 =
        Outcomes.observe(
            failed1,
            failed2,
            () ->
                "count="
                    + StressInterpreter.interpreter().refCounts().count(shared)
                    + (shared.isDead() ? " freed" : ""));
  }
}
