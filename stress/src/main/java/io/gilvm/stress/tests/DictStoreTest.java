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
 * Two interpreter threads store distinct keys in one empty dict, {@code d['a'] = 1} and {@code
 * d['b'] = 2}: both insert a new entry, so they race on the dict's entry table and its length. A
 * global lock or object locks keep the dict whole.
 *
 * <p>Run alone: {@code stress/run --only newgil+plain+every --tests DictStoreTest}.
 */
@JCStressTest
@Outcome(
    id = "\\w+, len=2 a=1 b=2",
    expect = ACCEPTABLE,
    desc = "Both stores landed: the dict holds a and b.")
@Outcome(
    id = "(unguarded|unsafe), len=[12] (a=1 b=missing|a=missing b=2)",
    expect = ACCEPTABLE_INTERESTING,
    desc =
        "One store lost: both actors wrote their entry at the same position of the dict's entry"
            + " table, so the later overwrote the earlier.")
@Outcome(id = "unsafe, .*", expect = ACCEPTABLE_INTERESTING, desc = Outcomes.UNSAFE)
@Outcome(id = "unguarded, .*", expect = ACCEPTABLE_INTERESTING, desc = Outcomes.UNGUARDED)
@Outcome(
    expect = FORBIDDEN,
    desc =
        "A store was lost or the dict was corrupted although a global lock or object locks guard it.")
@State
public class DictStoreTest {
  private static final PyCode STORE_A = StressInterpreter.compile("d['a'] = 1\n");
  private static final PyCode STORE_B = StressInterpreter.compile("d['b'] = 2\n");
  private static final String PROMISE = StressInterpreter.promise(Hazard.DICT_STORE).token();

  private final PyDict d = new PyDict();
  private final PyDict globals = StressInterpreter.globals("d", d);
  private String failed1;
  private String failed2;

  @Actor
  public void actor1() {
    failed1 = StressInterpreter.run(STORE_A, globals);
  }

  @Actor
  public void actor2() {
    failed2 = StressInterpreter.run(STORE_B, globals);
  }

  @Arbiter
  public void arbiter(LL_Result r) {
    r.r1 = PROMISE;
    r.r2 =
        Outcomes.observe(
            failed1,
            failed2,
            () ->
                "len="
                    + d.size()
                    + " a="
                    + StressInterpreter.show(d.getStr("a"))
                    + " b="
                    + StressInterpreter.show(d.getStr("b")));
  }
}
