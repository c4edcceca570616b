package io.gilvm.cli;

import io.gilvm.bytecode.Disassembler;
import io.gilvm.compiler.Compiler;
import io.gilvm.lang.PySyntaxError;
import io.gilvm.object.PyCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gilvm dis (prog.py | -c code)}: the bytecode, laid out as CPython 3.9's dis prints it. */
@Command(
    name = "dis",
    mixinStandardHelpOptions = true,
    description =
        "Disassemble a program: the CPython-3.9-style bytecode gilvm runs, and so the"
            + " instruction boundaries where an interpreter lock can switch threads.")
final class DisCommand implements Callable<Integer> {

  @Option(
      names = "-c",
      paramLabel = "CODE",
      description = "Disassemble this code instead of a file.")
  String code;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The program file.")
  String file;

  @Override
  public Integer call() {
    String source;
    String filename;
    if (code != null) {
      if (file != null) {
        throw new Main.UsageError("dis: give either a file or -c CODE, not both");
      }
      source = code;
      filename = "<string>";
    } else if (file != null) {
      try {
        source = ProgramOptions.readSource(file);
      } catch (io.gilvm.lang.SourceDecoder.EncodingError e) {
        System.err.println("SyntaxError: " + e.getMessage());
        return 1;
      }
      filename = file;
    } else {
      throw new Main.UsageError("dis: give a program file or -c CODE (see 'gilvm dis --help')");
    }
    PyCode compiled;
    try {
      compiled = Compiler.compile(source, filename);
    } catch (PySyntaxError e) {
      System.err.print(e.format());
      return 1;
    }
    System.out.print(Disassembler.dis(compiled));
    System.out.flush();
    return 0;
  }
}
