package io.gilvm.bench;

import io.gilvm.state.Interpreter;

/** Configurations named as the benchmarks take them: {@code lock[+memory][+no-object-locks]}. */
final class Configs {
  private Configs() {}

  /**
   * A builder for the configuration {@code spec}, e.g. {@code finegrained+plain+no-object-locks}.
   */
  static Interpreter.Builder builder(String spec) {
    String[] parts = spec.split("\\+");
    Interpreter.Builder b = Interpreter.builder().gil(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].equals("no-object-locks")) {
        b.objectLocks(false);
      } else {
        b.memory(parts[i]);
      }
    }
    return b;
  }
}
