package io.gilvm.stress;

/**
 * What a configuration promises about one hazard. Each jcstress test reports it beside what it saw,
 * as the first half of its result ({@code "safe, n=1"}), so that one set of static outcomes grades
 * every configuration: a lost update is FORBIDDEN after {@code safe} and ACCEPTABLE_INTERESTING
 * after the others, which differ in what else may be seen.
 */
public enum Promise {
  /** No update is lost: a global lock, a user lock, exact counts or object locks guard it. */
  SAFE("safe"),
  /**
   * Updates may be lost by interleaving whole operations (both threads read before either writes);
   * the objects themselves stay intact, so nothing else may be seen.
   */
  RACY("racy"),
  /**
   * Two threads change one container's structure with neither a global lock nor object locks:
   * besides lost updates, the container may be left inconsistent (a slot counted but empty, a key
   * stored twice) or a lookup may raise. Never a Java exception: that would be a bug in gilvm.
   */
  UNGUARDED("unguarded"),
  /**
   * Reference counts are not exact (a memory strategy that needs a global lock, without one), so a
   * shared object may be freed while still in use: anything at all may be seen, as in C.
   */
  UNSAFE("unsafe");

  private final String token;

  Promise(String token) {
    this.token = token;
  }

  /** The word that starts a test's result. */
  public String token() {
    return token;
  }
}
