package io.gilvm.stress.tests;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyList;
import io.gilvm.object.PyObject;
import io.gilvm.stress.Hazard;
import io.gilvm.stress.StressInterpreter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

/**
 * Two threads store into one global ({@code g = a} and {@code g = b}; STORE_GLOBAL, a function
 * body's {@code global g}). Whichever store comes second drops the reference the first one made, so
 * the first stored value may lose its last global reference in another thread than the one that
 * stored it, and the replaced value {@code old} loses its only one: it must be freed (or, under
 * biased counts, queued for its owner to free), never left alive with no reference (a leak, as when
 * a store dropped the count without deallocating at zero). The winner has two references (its own
 * name and {@code g}), the loser one.
 *
 * <p>Run alone: {@code stress/run --only finegrained+atomic --tests GlobalStoreTest}.
 */
@JCStressTest
@Outcome(
    id = "\\w+, g=[ab] winner=2 loser=1 old=0( freed| queued)",
    expect = ACCEPTABLE,
    desc =
        "One store came last and g holds its value; the replaced old value was freed, or queued"
            + " for its owner to free.")
@Outcome(id = "unsafe, .*", expect = ACCEPTABLE_INTERESTING, desc = Outcomes.UNSAFE)
@Outcome(
    id = "unguarded, .*",
    expect = ACCEPTABLE_INTERESTING,
    desc =
        "With neither a global lock nor object locks, the two stores raced on the module dict: a slot written twice and a count gone wrong, as in C.")
@Outcome(
    expect = FORBIDDEN,
    desc =
        "A count is wrong or the replaced value stayed alive with no reference (leaked),"
            + " although counts are exact; or a statement raised.")
@State
public class GlobalStoreTest {
  private static final PyCode STORE_A =
      StressInterpreter.compile("def f():\n    global g\n    g = a\nf()\n");
  private static final PyCode STORE_B =
      StressInterpreter.compile("def f():\n    global g\n    g = b\nf()\n");
  private static final String PROMISE = StressInterpreter.promise(Hazard.GLOBAL_STORE).token();

  private final PyList old = new PyList();
  private final PyList a = new PyList();
  private final PyList b = new PyList();
  private final PyDict globals;
  private String failed1;
  private String failed2;

  public GlobalStoreTest() {
    globals = StressInterpreter.globals("g", old);
    globals.putStr("a", a);
    globals.putStr("b", b);
  }

  @Actor
  public void storeA() {
    failed1 = StressInterpreter.run(STORE_A, globals);
  }

  @Actor
  public void storeB() {
    failed2 = StressInterpreter.run(STORE_B, globals);
  }

  private static long count(PyObject o) {
    return StressInterpreter.interpreter().refCounts().count(o)
        - StressInterpreter.thread().keptReferences(o);
  }

  @Arbiter
  public void arbiter(LL_Result r) {
    r.r1 = PROMISE;
    r.r2 =
        Outcomes.observe(
            failed1,
            failed2,
            () -> {
              // Reading g keeps it alive for this thread (one more reference), not counted here.
              PyObject g = globals.getStr("g");
              PyList winner = g == a ? a : b;
              PyList loser = g == a ? b : a;
              return "g="
                  + (g == a ? "a" : g == b ? "b" : "other")
                  + " winner="
                  + count(winner)
                  + " loser="
                  + count(loser)
                  + " old="
                  + count(old)
                  + (old.isDead() ? " freed" : "")
                  // The shared word's low bits say QUEUED (1) only under biased counts.
                  + ((old.sharedRefcntVolatile() & 3) == 1 ? " queued" : "");
            });
  }
}
