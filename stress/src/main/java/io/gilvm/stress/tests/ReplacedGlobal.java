package io.gilvm.stress.tests;

import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyList;
import io.gilvm.stress.Hazard;
import io.gilvm.stress.StressInterpreter;
import org.openjdk.jcstress.infra.results.LL_Result;

/**
 * The race of {@link ReadWhileReplacedTest} and {@link ReturnWhileReplacedTest}: one actor takes
 * the global {@code o}, a list only the module's dict refers to, into {@code x} (each test says
 * how), while the other replaces it ({@code o = None}), which frees the list. Each test names its
 * outcomes and what its arbiter reports; the actors and the reading of the old list's count are the
 * same. (jcstress looks for actors among a test's own methods, so each test names these with
 * one-line overrides.)
 */
abstract class ReplacedGlobal {
  private static final PyCode REPLACE = StressInterpreter.compile("o = None\n");

  private final PyCode read;
  private final String promise;
  final PyList old = new PyList();
  final PyDict globals = StressInterpreter.globals("o", old);
  private String failed1;
  private String failed2;

  /** {@code read} takes {@code o} into {@code x}; {@code promise} is {@link Hazard}'s token. */
  ReplacedGlobal(PyCode read, String promise) {
    this.read = read;
    this.promise = promise;
  }

  public void reader() {
    failed1 = StressInterpreter.run(read, globals);
  }

  public void writer() {
    failed2 = StressInterpreter.run(REPLACE, globals);
  }

  public void arbiter(LL_Result r) {
    r.r1 = promise;
    r.r2 = Outcomes.observe(failed1, failed2, this::observed);
  }

  /** What the arbiter reports once both statements ran. */
  abstract String observed();

  /**
   * The old list's count less {@code kept} references the arbiter holds, and whether it was freed
   * or waits, queued, for its owner.
   */
  String count(long kept) {
    return "count="
        + (StressInterpreter.interpreter().refCounts().count(old) - kept)
        + (old.isDead() ? " freed" : "")
        // The shared word's low bits say QUEUED (1) only under biased counts.
        + ((old.sharedRefcntVolatile() & 3) == 1 ? " queued" : "");
  }
}
