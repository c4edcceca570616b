package io.gilvm.stress.tests;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.gilvm.object.PyCode;
import io.gilvm.object.PyNone;
import io.gilvm.stress.Hazard;
import io.gilvm.stress.StressInterpreter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

/**
 * One thread takes a global through a function's return ({@code x = (lambda: o)()}) while a second
 * replaces it ({@code o = None}), which frees the old value when the module's dict held its last
 * reference. The function's frame hands its reference to the caller as it returns: had it dropped
 * the reference first and left the caller to take its own a moment later, the store could free the
 * list in between (or, under biased counts, the owner merge its counts to zero and free it), and
 * {@code x} would hold a freed list. Either the call came first and {@code x} keeps the old list
 * (count 1), or the store did and the old list is freed (count 0), or, under biased counts, queued
 * for its owner to free.
 *
 * <p>Run alone: {@code stress/run --only finegrained+atomic --tests ReturnWhileReplacedTest}.
 */
@JCStressTest
@Outcome(
    id = "\\w+, x=old count=1( queued)?",
    expect = ACCEPTABLE,
    desc =
        "The call came first: x holds the old list, alive with that one reference (its other"
            + " counts perhaps queued for its owner to merge).")
@Outcome(
    id = "\\w+, x=None count=0( freed| queued)",
    expect = ACCEPTABLE,
    desc =
        "The store came first: the old list was freed, or queued for its owner to free, and the"
            + " call returned None.")
@Outcome(id = "unsafe, .*", expect = ACCEPTABLE_INTERESTING, desc = Outcomes.UNSAFE)
@Outcome(
    id = "unguarded, .*",
    expect = ACCEPTABLE_INTERESTING,
    desc =
        "With neither a global lock nor object locks, the call returned the old list while the store freed it: a use after free, as in C.")
@Outcome(
    expect = FORBIDDEN,
    desc =
        "x holds a freed list (the returned value was freed between the frame's exit and the"
            + " caller's reference), or a count is wrong, although counts are exact; or a statement"
            + " raised.")
@State
public class ReturnWhileReplacedTest extends ReplacedGlobal {
  private static final PyCode READ = StressInterpreter.compile("x = (lambda: o)()\n");
  private static final String PROMISE =
      StressInterpreter.promise(Hazard.RETURN_WHILE_REPLACED).token();

  public ReturnWhileReplacedTest() {
    super(READ, PROMISE);
  }

  // jcstress finds the actors and the arbiter among the test's own methods: these name the
  // inherited ones.
  @Actor
  @Override
  public void reader() {
    super.reader();
  }

  @Actor
  @Override
  public void writer() {
    super.writer();
  }

  @Arbiter
  @Override
  public void arbiter(LL_Result r) {
    super.arbiter(r);
  }

  @Override
  String observed() {
    // Reading x keeps it alive for this thread (one more reference), not counted here.
    Object x = globals.getStr("x");
    String held = x == old ? "old" : x == null ? "missing" : x == PyNone.NONE ? "None" : "other";
    return "x=" + held + " " + count(StressInterpreter.thread().keptReferences(old));
  }
}
