package io.gilvm.spi;

/** Where the eval loop calls {@link InterpreterLock#checkpoint}. */
public enum Checkpoints {
  /**
   * Before every instruction except those that follow LOAD_FAST, LOAD_CONST, STORE_FAST or NOP:
   * CPython 2.x and 3.2–3.9, where a switch can fall inside {@code n += 1}.
   */
  EVERY,
  /**
   * On backward jumps, calls and function entry only: CPython 3.10+, where a plain {@code n += 1}
   * can no longer be split by a switch.
   */
  BACKEDGES;

  /** The lower-case name used on the command line. */
  public String optionName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Parses {@code every} or {@code backedges}; throws IllegalArgumentException otherwise. */
  public static Checkpoints parse(String s) {
    for (Checkpoints c : values()) {
      if (c.optionName().equals(s)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown checkpoint placement '" + s + "'; expected every or backedges");
  }
}
