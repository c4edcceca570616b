package io.gilvm.cli;

import io.gilvm.lang.SourceDecoder;

import io.gilvm.runtime.Interpreter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gilvm run [options] (prog.py | -c code) [args...]}: runs a program as python3 would. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Run a Python program. Options go before the program; what follows it is the program's"
            + " own arguments (sys.argv[1:]). Exits with the program's status: 1 after an uncaught"
            + " exception or a syntax error, the sys.exit() code otherwise.")
final class RunCommand implements Callable<Integer> {

  @Mixin ProgramOptions options = new ProgramOptions();

  @Option(names = "-c", paramLabel = "CODE", description = "Run this code instead of a file (sys.argv[0] is '-c').")
  String code;

  @Parameters(paramLabel = "FILE ARGS", description = "The program file, then its arguments.")
  List<String> positional = new ArrayList<>();

  @Override
  public Integer call() {
    String source;
    String filename;
    List<String> argv = new ArrayList<>();
    if (code != null) {
      source = code;
      filename = "<string>";
      argv.add("-c");
      argv.addAll(positional);
    } else {
      if (positional.isEmpty()) {
        throw new Main.UsageError("run: give a program file or -c CODE (see 'gilvm run --help')");
      }
      filename = positional.get(0);
      try {
        if (filename.equals("-")) {
          // As python3 -: the program comes from standard input, sys.argv[0] is '-'.
          source = ProgramOptions.readStdin();
          filename = "<stdin>";
        } else {
          source = ProgramOptions.readSource(filename);
        }
      } catch (SourceDecoder.EncodingError e) {
        // CPython reports it as a SyntaxError of the whole file: one line, exit 1.
        System.err.println("SyntaxError: " + e.getMessage());
        return 1;
      }
      argv.addAll(positional);
    }
    Interpreter interp = options.build(argv);
    int status = interp.runSource(source, filename);
    if (options.records()) {
      options.observe(interp);
      if (options.writeFailed && status == 0) {
        return 1;
      }
    }
    return status;
  }
}
