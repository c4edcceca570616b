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
import java.util.StringJoiner;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

/**
 * Two interpreter threads append to one empty list, one {@code xs.append(1)}, the other {@code
 * xs.append(2)}: the first append grows the list's array, so the two race on both the growth and
 * the length. A global lock or object locks keep the list whole.
 *
 * <p>The same race on another kind of list extends this test with that list and its hazard ({@link
 * ListSubclassAppendTest}); the outcomes are inherited with the actors.
 *
 * <p>Run alone: {@code stress/run --only newgil+plain+every --tests ListAppendTest}.
 */
@JCStressTest
@Outcome(
    id = "\\w+, \\[1, 2\\]",
    expect = ACCEPTABLE,
    desc = "Both appends landed: the list holds 1 and 2.")
@Outcome(
    id = "(unguarded|unsafe), \\[[12]\\]",
    expect = ACCEPTABLE_INTERESTING,
    desc =
        "One append lost: both actors read the list's length (or its array) before either stored"
            + " its item, so the later store overwrote the earlier.")
@Outcome(id = "unsafe, .*", expect = ACCEPTABLE_INTERESTING, desc = Outcomes.UNSAFE)
@Outcome(id = "unguarded, .*", expect = ACCEPTABLE_INTERESTING, desc = Outcomes.UNGUARDED)
@Outcome(
    expect = FORBIDDEN,
    desc =
        "An append was lost or the list was corrupted although a global lock or object locks guard"
            + " it.")
@State
public class ListAppendTest {
  private static final PyCode APPEND_1 = StressInterpreter.compile("xs.append(1)\n");
  private static final PyCode APPEND_2 = StressInterpreter.compile("xs.append(2)\n");
  private static final String PROMISE = StressInterpreter.promise(Hazard.LIST_APPEND).token();

  private final String promise;
  private final PyList xs;
  private final PyDict globals;
  private String failed1;
  private String failed2;

  public ListAppendTest() {
    this(new PyList(), PROMISE);
  }

  /** The race on {@code xs}, with what this fork promises about it ({@link Hazard}'s token). */
  protected ListAppendTest(PyList xs, String promise) {
    this.xs = xs;
    this.promise = promise;
    this.globals = StressInterpreter.globals("xs", xs);
  }

  @Actor
  public void actor1() {
    failed1 = StressInterpreter.run(APPEND_1, globals);
  }

  @Actor
  public void actor2() {
    failed2 = StressInterpreter.run(APPEND_2, globals);
  }

  @Arbiter
  public void arbiter(LL_Result r) {
    r.r1 = promise;
    r.r2 = Outcomes.observe(failed1, failed2, this::contents);
  }

  /** The items in order, ints by value, an empty slot as NULL; both orders of 1 and 2 as one. */
  private String contents() {
    PyObject[] items = xs.toArray();
    StringJoiner j = new StringJoiner(", ", "[", "]");
    for (PyObject o : items) {
      j.add(o == null ? "NULL" : StressInterpreter.show(o));
    }
    String s = j.toString();
    return s.equals("[2, 1]") ? "[1, 2]" : s;
  }
}
