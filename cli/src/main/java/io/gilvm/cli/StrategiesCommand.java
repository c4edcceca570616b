package io.gilvm.cli;

import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.MemoryStrategy;
import io.gilvm.spi.Strategies;
import io.gilvm.state.Interpreter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code gilvm strategies}: the lock and memory strategies found on the class path. */
@Command(
    name = "strategies",
    mixinStandardHelpOptions = true,
    description =
        "List the lock and memory strategies found on the class path (a strategy jar added to it shows up here).")
final class StrategiesCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    Strategies s = Strategies.discover();
    int width = 12;
    for (LockStrategy l : s.locks()) {
      width = Math.max(width, l.name().length() + 2);
    }
    for (LockStrategy l : s.locks()) {
      String def =
          l.name().equals(Interpreter.DEFAULT_LOCK) && !l.description().contains("(default)")
              ? " (default)"
              : "";
      System.out.printf("%-" + width + "s %s%s%n", l.name(), l.description(), def);
    }
    StringBuilder mem = new StringBuilder("memory:");
    String sep = " ";
    for (MemoryStrategy m : s.memories()) {
      mem.append(sep).append(m.name());
      if (m.needsGlobalLock()) {
        mem.append(" (needs a global lock)");
      }
      sep = ", ";
    }
    System.out.println(mem);
    for (String p : s.problems()) {
      System.err.println("gilvm: warning: " + p);
    }
    System.out.flush();
    return 0;
  }
}
