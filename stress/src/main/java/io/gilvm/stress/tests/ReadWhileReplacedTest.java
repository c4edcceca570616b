package io.gilvm.stress.tests;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.gilvm.object.PyCode;
import io.gilvm.stress.Hazard;
import io.gilvm.stress.StressInterpreter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

/**
 * One thread reads a global into another ({@code x = o}) while a second replaces it ({@code o =
 * None}), which frees the old value when the module's dict held its last reference. Without a
 * global lock the read takes no lock: it reads the dict between a stamp and its validation and
 * takes its reference with {@code tryIncref}, which must refuse a value already freed. Either the
 * read came first and {@code x} keeps the old list (count 1), or the store did and the old list is
 * freed (count 0), or, under biased counts, queued for its owner to free; a freed list with a
 * count, or a live one without and not queued, is a lie. With no lock at all, the read may take its
 * reference to a list being freed, as in C.
 *
 * <p>Run alone: {@code stress/run --only finegrained+biased --tests ReadWhileReplacedTest}.
 */
@JCStressTest
@Outcome(
    id = "\\w+, count=1",
    expect = ACCEPTABLE,
    desc = "The read came first: x holds the old list, which is alive with that one reference.")
@Outcome(
    id = "\\w+, count=0 freed",
    expect = ACCEPTABLE,
    desc = "The store came first: the old list was freed, and the read found None.")
@Outcome(
    id = "\\w+, count=[01] queued",
    expect = ACCEPTABLE,
    desc =
        "As above, the store's decref coming from a thread that does not own the old list: it"
            + " waits, queued, for the owner to merge the counts (and free the list if none is left).")
@Outcome(id = "unsafe, .*", expect = ACCEPTABLE_INTERESTING, desc = Outcomes.UNSAFE)
@Outcome(
    id = "unguarded, .*",
    expect = ACCEPTABLE_INTERESTING,
    desc =
        "With neither a global lock nor object locks, the read took its reference to the old"
            + " list while the store freed it: a use after free, as in C.")
@Outcome(
    expect = FORBIDDEN,
    desc =
        "The old list was freed while x held it, or kept alive with no owner, although counts"
            + " are exact and a global lock or object locks guard the dict; or a statement raised.")
@State
public class ReadWhileReplacedTest extends ReplacedGlobal {
  private static final PyCode READ = StressInterpreter.compile("x = o\n");
  private static final String PROMISE =
      StressInterpreter.promise(Hazard.READ_WHILE_REPLACED).token();

  public ReadWhileReplacedTest() {
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
    return count(0);
  }
}
