package io.gilvm.stress.tests;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.gilvm.mem.Refs;
import io.gilvm.object.PyList;
import io.gilvm.spi.RefCounts;
import io.gilvm.state.ThreadState;
import io.gilvm.stress.Hazard;
import io.gilvm.stress.StressInterpreter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

/**
 * Two interpreter threads each incref and then decref one shared object through the interpreter's
 * memory strategy, as natives do, holding the lock as every interpreter thread does while it
 * touches objects. The state holds one reference throughout, so the exact final count is 1.
 *
 * <p>Run alone: {@code stress/run --only newgil+plain+every --tests RefcountIncrefDecrefTest}.
 */
@JCStressTest
@Outcome(
    id = "\\w+, count=1",
    expect = ACCEPTABLE,
    desc = "Every incref and decref landed: the count is back to the state's own reference.")
@Outcome(
    id = "unsafe, count=2",
    expect = ACCEPTABLE_INTERESTING,
    desc =
        "A decref lost: both actors read the count before either wrote it back, so the object"
            + " would never be freed.")
@Outcome(
    id = "unsafe, count=0 freed",
    expect = ACCEPTABLE_INTERESTING,
    desc =
        "An incref lost: the last decref took the count to zero and freed the object while the"
            + " state still held a reference.")
@Outcome(id = "unsafe, .*", expect = ACCEPTABLE_INTERESTING, desc = Outcomes.UNSAFE)
@Outcome(
    expect = FORBIDDEN,
    desc =
        "The count is not exact although the configuration keeps counts exact (a global lock, or"
            + " a memory strategy that needs none).")
@State
public class RefcountIncrefDecrefTest {
  private static final String PROMISE = StressInterpreter.promise(Hazard.REFCOUNT_CALLS).token();

  private final PyList shared = newShared();
  private boolean freed1;
  private boolean freed2;

  private static PyList newShared() {
    StressInterpreter.thread();
    PyList o = new PyList();
    Refs.incref(o);
    return o;
  }

  /** One incref and one decref under the lock; whether the decref took the count to zero. */
  private static boolean increfDecref(PyList o) {
    ThreadState ts = StressInterpreter.enter();
    try {
      RefCounts rc = ts.refs;
      rc.incref(o);
      return rc.decref(o);
    } finally {
      StressInterpreter.exit(ts);
    }
  }

  @Actor
  public void actor1() {
    freed1 = increfDecref(shared);
  }

  @Actor
  public void actor2() {
    freed2 = increfDecref(shared);
  }

  @Arbiter
  public void arbiter(LL_Result r) {
    r.r1 = PROMISE;
    r.r2 =
        "count="
            + StressInterpreter.interpreter().refCounts().count(shared)
            + (freed1 || freed2 ? " freed" : "");
  }
}
