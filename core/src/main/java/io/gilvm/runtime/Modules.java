package io.gilvm.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The built-in modules, by name. Each entry makes a fresh module for one interpreter on first
 * import.
 */
public final class Modules {
  private Modules() {}

  private static final Map<String, BiFunction<ThreadState, Interpreter, PyModule>> FACTORIES =
      new ConcurrentHashMap<>();

  /** Registers a built-in module. Called once per module at startup. */
  public static void register(String name, BiFunction<ThreadState, Interpreter, PyModule> factory) {
    FACTORIES.put(name, factory);
  }

  /** The names of every built-in module. */
  public static java.util.Set<String> names() {
    TypeSetup.ensure();
    return new java.util.TreeSet<>(FACTORIES.keySet());
  }

  static PyModule create(ThreadState ts, Interpreter interp, String name) {
    if (name.equals("builtins")) {
      return new PyModule("builtins", interp.builtins);
    }
    BiFunction<ThreadState, Interpreter, PyModule> f = FACTORIES.get(name);
    return f == null ? null : f.apply(ts, interp);
  }
}
