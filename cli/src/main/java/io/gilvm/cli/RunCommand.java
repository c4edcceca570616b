package io.gilvm.cli;

import io.gilvm.lang.SourceDecoder;
import io.gilvm.state.Interpreter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

  @Option(
      names = "-c",
      paramLabel = "CODE",
      description = "Run this code instead of a file (sys.argv[0] is '-c').")
  String code;

  @Option(
      names = "-m",
      paramLabel = "MODULE",
      description =
          "Run a module found on sys.path as __main__, as python3 -m does (a package runs its __main__ submodule; sys.path[0] is the current directory).")
  String module;

  @Parameters(paramLabel = "FILE ARGS", description = "The program file, then its arguments.")
  List<String> positional = new ArrayList<>();

  @Override
  public Integer call() {
    List<String> argv = new ArrayList<>();
    if (code != null && module != null) {
      throw new Main.UsageError("run: give either -c CODE or -m MODULE, not both");
    }
    if (code != null || module != null) {
      // python3 -m shows '-m' in sys.argv[0] until the module's file is found.
      argv.add(code != null ? "-c" : "-m");
      argv.addAll(positional);
      Interpreter interp = options.build(argv);
      int status = code != null ? interp.runSource(code, "<string>") : interp.runModule(module);
      return finish(interp, status);
    }
    if (positional.isEmpty()) {
      throw new Main.UsageError(
          "run: give a program file, -c CODE or -m MODULE (see 'gilvm run --help')");
    }
    String filename = positional.get(0);
    String source;
    try {
      // As python3 -: the program comes from standard input, sys.argv[0] is '-'.
      source =
          filename.equals("-") ? ProgramOptions.readStdin() : ProgramOptions.readSource(filename);
    } catch (SourceDecoder.EncodingError e) {
      // CPython reports it as a SyntaxError of the whole file: one line, exit 1.
      System.err.println("SyntaxError: " + e.getMessage());
      return 1;
    }
    argv.addAll(positional);
    Interpreter interp = options.build(argv);
    if (filename.equals("-")) {
      return finish(interp, interp.runSource(source, "<stdin>"));
    }
    return finish(interp, interp.runFile(source, Path.of(filename)));
  }

  private Integer finish(Interpreter interp, int status) {
    if (options.records()) {
      options.observe(interp);
      if (options.writeFailed && status == 0) {
        return 1;
      }
    }
    return status;
  }
}
