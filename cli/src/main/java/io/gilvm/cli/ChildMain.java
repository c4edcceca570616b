package io.gilvm.cli;

import io.gilvm.state.Interpreter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a child gilvm (a {@code multiprocessing} worker) starts with: {@code ChildMain
 * [--option=value | --flag]... -m MODULE [ARG...]}, exactly as {@link ProgramOptions#childCommand}
 * writes it. It runs the module as {@code gilvm run} would, without the command-line library:
 * building picocli's model of every command by reflection was about a third of a worker's start-up
 * on the main thread.
 */
final class ChildMain {
  private ChildMain() {}

  public static void main(String[] args) {
    Main.ownsStdout = true;
    int status;
    try {
      status = run(args);
    } catch (Main.UsageError e) {
      System.err.println("gilvm: " + e.getMessage());
      status = Main.USAGE;
    }
    System.exit(status);
  }

  /** Parses the child's command line and runs its module; the exit status. */
  static int run(String[] args) {
    ProgramOptions options = new ProgramOptions();
    int i = 0;
    for (; i < args.length && !args[i].equals("-m"); i++) {
      String a = args[i];
      switch (a) {
        case "--check-memory" -> options.checkMemory = true;
        case "--allow-network" -> options.allowNetwork = true;
        default -> option(options, a);
      }
    }
    if (i + 1 >= args.length) {
      throw new Main.UsageError("child: expected -m MODULE after the options");
    }
    String module = args[i + 1];
    List<String> argv = new ArrayList<>();
    argv.add("-m");
    argv.addAll(Arrays.asList(args).subList(i + 2, args.length));
    Interpreter interp = options.build(argv);
    return interp.runModule(module);
  }

  private static void option(ProgramOptions options, String arg) {
    int eq = arg.indexOf('=');
    String name = eq < 0 ? arg : arg.substring(0, eq);
    String value = eq < 0 ? null : arg.substring(eq + 1);
    if (value == null) {
      throw new Main.UsageError("child: unknown option " + arg);
    }
    switch (name) {
      case "--gil" -> options.gil = value;
      case "--memory" -> options.memory = value;
      case "--switch-interval" -> options.switchInterval = value;
      case "--check-interval" -> {
        try {
          options.checkInterval = Integer.valueOf(value);
        } catch (NumberFormatException e) {
          throw new Main.UsageError("child: --check-interval expects a number, not " + value);
        }
      }
      case "--checkpoints" -> options.checkpoints = value;
      case "--object-locks" -> options.objectLocks = value;
      default -> throw new Main.UsageError("child: unknown option " + arg);
    }
  }
}
