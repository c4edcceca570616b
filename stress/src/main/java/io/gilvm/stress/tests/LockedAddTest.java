package io.gilvm.stress.tests;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
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
 * {@code with lock: n += 1} by two interpreter threads, on one {@code threading.Lock}: the user's
 * own lock makes the statement atomic under every configuration, so a lost update is FORBIDDEN
 * everywhere. The lock's wait is a blocking call, so under a global lock the waiter gives the
 * interpreter lock up while it waits.
 *
 * <p>Run alone: {@code stress/run --only newgil+plain+every --tests LockedAddTest}.
 */
@JCStressTest
@Outcome(id = "\\w+, n=2", expect = ACCEPTABLE, desc = "Both increments landed: n is 2.")
@Outcome(
    id = "\\w+, n=1",
    expect = FORBIDDEN,
    desc =
        "One increment lost although a user lock guards the statement: both actors were inside"
            + " `with lock:` at once.")
@Outcome(
    expect = FORBIDDEN,
    desc =
        "n is neither 1 nor 2, or the statement raised: a user lock must keep the statement whole.")
@State
public class LockedAddTest {
  private static final PyCode ADD = StressInterpreter.compile("with lock:\n    n += 1\n");
  private static final String PROMISE = StressInterpreter.promise(Hazard.LOCKED_ADD).token();

  private final PyDict globals = StressInterpreter.globalsWithLock();
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
