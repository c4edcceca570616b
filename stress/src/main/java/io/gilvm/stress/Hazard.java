package io.gilvm.stress;

/**
 * The columns of the proof matrix: one jcstress test each, in {@code io.gilvm.stress.tests}, and
 * the rule that says what a configuration promises about it. The promises are the project's claims:
 * reference counts are exact under any global lock or with a memory strategy that does not need
 * one; where they are exact, anything under a user lock is safe and containers are intact under a
 * global lock or object locks; where they are not (plain counts without a global lock), nothing is
 * promised, since any shared object may be freed while in use; and nothing promises that a
 * read-modify-write statement is atomic.
 */
public enum Hazard {
  REFCOUNT_CALLS("refcounts: incref/decref", "RefcountIncrefDecrefTest", Guard.COUNTS, false),
  REFCOUNT_STACK("refcounts: loads and pops", "RefcountStackTest", Guard.COUNTS, false),
  GLOBAL_ADD("`n += 1`", "GlobalAddTest", Guard.NOTHING, false),
  LOCKED_ADD("`with lock: n += 1`", "LockedAddTest", Guard.USER_LOCK, false),
  ATTRIBUTE_ADD("`self.value += 1`", "AttributeAddTest", Guard.NOTHING, false),
  DICT_GET_ADD("`d[k] = d.get(k, 0) + 1`", "DictGetAddTest", Guard.NOTHING, true),
  LIST_APPEND("list: two appends", "ListAppendTest", Guard.CONTAINERS, true),
  DICT_STORE("dict: two stores", "DictStoreTest", Guard.CONTAINERS, true),
  READ_WHILE_REPLACED("read while replaced", "ReadWhileReplacedTest", Guard.CONTAINERS, true),
  LIST_SUBCLASS_APPEND(
      "list subclass: two appends", "ListSubclassAppendTest", Guard.CONTAINERS, true),
  // Both race on the module's dict (LOAD_GLOBAL against STORE_GLOBAL, two STORE_GLOBALs): what
  // guards them is what guards any dict, a global lock or object locks.
  RETURN_WHILE_REPLACED(
      "returned while replaced", "ReturnWhileReplacedTest", Guard.CONTAINERS, true),
  GLOBAL_STORE("`global g`: two stores", "GlobalStoreTest", Guard.CONTAINERS, true);

  /** What guards a hazard, if anything does. */
  private enum Guard {
    COUNTS,
    USER_LOCK,
    CONTAINERS,
    NOTHING
  }

  private final String title;
  private final String testName;
  private final Guard guard;

  /**
   * Whether, with no lock guarding the container, the hazard breaks the container or what it holds
   * (a new key or slot written twice, a value freed while read), not only an update.
   */
  private final boolean reshapesContainer;

  Hazard(String title, String testName, Guard guard, boolean reshapesContainer) {
    this.title = title;
    this.testName = testName;
    this.guard = guard;
    this.reshapesContainer = reshapesContainer;
  }

  /** The column heading (Markdown). */
  public String title() {
    return title;
  }

  /** The jcstress test's class name. */
  public String testClass() {
    return "io.gilvm.stress.tests." + testName;
  }

  /** The hazard whose test is the class {@code name}, or null. */
  public static Hazard ofTest(String name) {
    for (Hazard h : values()) {
      if (h.testClass().equals(name)) {
        return h;
      }
    }
    return null;
  }

  /** What a configuration with guarantees {@code g} promises about this hazard. */
  Promise promise(Guarantees g) {
    if (!g.exactCounts()) {
      // Counts that threads can corrupt free shared objects while they are in use (the lock or
      // the container itself, loaded outside any user lock): nothing is promised, as in C.
      return Promise.UNSAFE;
    }
    boolean containersGuarded = g.globalLock() || g.objectLocks();
    if (guard == Guard.USER_LOCK
        || guard == Guard.COUNTS
        || guard == Guard.CONTAINERS && containersGuarded) {
      return Promise.SAFE;
    }
    return reshapesContainer && !containersGuarded ? Promise.UNGUARDED : Promise.RACY;
  }
}
