package io.gilvm.stress.tests;

import io.gilvm.stress.StressInterpreter;
import java.util.function.Supplier;

/**
 * What the tests share: the sentences for outcomes that several tests can see, and the arbiter's
 * way of turning what the actors and the final state show into the second half of a result.
 */
final class Outcomes {
  private Outcomes() {}

  static final String UNSAFE =
      "Reference counts are not exact in this configuration (a memory strategy that needs a global"
          + " lock, without one), so a shared object was freed while still in use and anything may"
          + " follow, as in C.";

  static final String UNGUARDED =
      "Two threads changed the container's structure at once with neither a global lock nor object"
          + " locks, and left it inconsistent: a slot counted but empty, an entry stored twice, or a"
          + " lookup that raised.";

  /**
   * The observation a result shows: the first actor's failure if one failed, else what {@code
   * state} reads from the objects (or how reading them failed).
   */
  static String observe(String failed1, String failed2, Supplier<String> state) {
    if (failed1 != null) {
      return failed1;
    }
    if (failed2 != null) {
      return failed2;
    }
    try {
      return state.get();
    } catch (RuntimeException e) {
      return "reading " + StressInterpreter.failure(e);
    }
  }
}
