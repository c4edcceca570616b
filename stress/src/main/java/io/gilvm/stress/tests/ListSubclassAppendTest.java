package io.gilvm.stress.tests;

import io.gilvm.stress.Hazard;
import io.gilvm.stress.StressInterpreter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

/**
 * {@link ListAppendTest} on an instance of a list subclass the program defined ({@code class
 * Log(list)}): its storage is a list's, guarded by the same object lock, so a global lock or object
 * locks keep it whole as they keep a list.
 *
 * <p>Run alone: {@code stress/run --only finegrained+biased+every --tests ListSubclassAppendTest}.
 */
@JCStressTest
@State
public class ListSubclassAppendTest extends ListAppendTest {
  private static final String PROMISE =
      StressInterpreter.promise(Hazard.LIST_SUBCLASS_APPEND).token();

  public ListSubclassAppendTest() {
    super(StressInterpreter.newLog(), PROMISE);
  }

  // jcstress finds the actors and the arbiter among the test's own methods: these name the
  // inherited ones.
  @Actor
  @Override
  public void actor1() {
    super.actor1();
  }

  @Actor
  @Override
  public void actor2() {
    super.actor2();
  }

  @Arbiter
  @Override
  public void arbiter(LL_Result r) {
    super.arbiter(r);
  }
}
