package io.gilvm.cli;

import io.gilvm.cli.lab.Lab;
import java.io.Console;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gilvm lab}: the GIL literature's experiments under every strategy found. */
@Command(
    name = "lab",
    mixinStandardHelpOptions = true,
    description = {
      "Run the GIL literature's experiments under every lock strategy on the class path (and the"
          + " memory strategies that matter), each configuration in a fresh JVM, and print a table of"
          + " claim, measurement and verdict. Also writes a report folder: index.html (the table, bar"
          + " charts, a timeline per experiment and configuration), results.json, and each run's log.",
      "Exit status: 0 when every run ended, whatever the verdicts; 1 when a run failed or timed out."
    })
final class LabCommand implements Callable<Integer> {

  @Option(
      names = "--quick",
      description =
          "Smaller runs and 3 rounds instead of 5: under 2 minutes on 2 cores (the full lab: under 15).")
  boolean quick;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "NAME",
      description = "Run only these experiments (see --list), e.g. --only convoy,cpu.")
  List<String> only = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "The report folder. Default: ${DEFAULT-VALUE}.")
  Path out = Path.of("lab-report");

  @Option(names = "--list", description = "List the experiments and their claims, and exit.")
  boolean list;

  @Option(
      names = "--python",
      paramLabel = "CMD",
      description =
          "The CPython whose row anchors each experiment that"
              + " runs unchanged under it (default: python3, when it is on the path); 'none' for no CPython row.")
  String python;

  @Override
  public Integer call() {
    if (list) {
      Lab.descriptions().forEach(System.out::println);
      return 0;
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new Main.UsageError(
          "can't write the report to '" + out + "': no such directory " + parent);
    }
    Lab.Result result;
    try {
      result =
          Lab.run(
              only, quick, out, terminal(), python != null ? python : "python3", python != null);
    } catch (Lab.UnknownExperiment | Lab.NoPython e) {
      throw new Main.UsageError(e.getMessage());
    }
    System.out.println("gilvm lab: " + result.machine());
    System.out.println();
    System.out.print(result.table());
    System.out.println();
    System.out.println(result.summary() + ". Report: " + out.resolve("index.html"));
    System.out.flush();
    return result.failed() ? 1 : 0;
  }

  /** Whether stderr is a terminal, where the progress bar can redraw itself. */
  private static boolean terminal() {
    Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      // JDK 22+ has a console even when redirected, and says whether it is a terminal.
      Method m = Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(c);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
