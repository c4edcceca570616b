package io.gilvm.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gilvm} command. User errors (a missing file, an unknown option or strategy) print one
 * line on stderr and exit 2; a Python program's own errors print as CPython prints them and exit 1;
 * anything else is an internal error and says so.
 */
@Command(
    name = "gilvm",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "A Python 3.11 runtime on the JVM whose interpreter lock and memory management are"
            + " swappable: run one program under CPython 2's GIL, CPython 3's GIL or no GIL at all"
            + " and see what changes.",
    subcommands = {RunCommand.class, DisCommand.class, StrategiesCommand.class, LabCommand.class})
public final class Main implements Runnable {

  /** Exit status for a command-line mistake, as python3 and most CLIs use. */
  static final int USAGE = 2;

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /**
   * Set when this JVM is the gilvm process itself (not a test running the command line in process):
   * programs then write to the process's standard output directly, so that a closed pipe or a full
   * disk is an OSError as in CPython.
   */
  static volatile boolean ownsStdout;

  public static void main(String[] args) {
    ownsStdout = true;
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit status. */
  public static int execute(String[] args) {
    CommandLine cl = commandLine();
    return cl.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    // What follows the program file belongs to the program, as with python3.
    cl.getSubcommands().get("run").setStopAtPositional(true);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          String name = ex.getCommandLine().getCommandName();
          String hint = name.equals("gilvm") ? "gilvm --help" : "gilvm " + name + " --help";
          err.println("gilvm: " + firstLine(ex.getMessage()) + " (see '" + hint + "')");
          err.flush();
          return USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (ex instanceof UsageError u) {
            err.println("gilvm: " + u.getMessage());
            err.flush();
            return USAGE;
          }
          err.println("gilvm: internal error (a bug in gilvm, not in your program):");
          ex.printStackTrace(err);
          err.flush();
          return 70;
        });
    return cl;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "invalid arguments";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }

  /** A mistake on the command line: reported as one line, exit status 2. */
  static final class UsageError extends RuntimeException {
    UsageError(String message) {
      super(message, null, false, false);
    }
  }

  /** The version, from the jar's manifest when packaged. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {
        "gilvm " + (v == null ? "(development build)" : v) + " on Java " + Runtime.version()
      };
    }
  }
}
