package io.gilvm.modules;

import io.gilvm.state.Interpreter;
import io.gilvm.testing.SerialLock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a program on a test interpreter (the test-only {@code serial} lock) and captures it. */
final class PyRun {
  private PyRun() {}

  /**
   * What a run printed and how it exited, and how many blocking regions (released interpreter lock)
   * its threads entered.
   */
  record Result(int status, String out, String err, long blockingRegions) {}

  static Result run(String source) {
    return run(source, "t.py");
  }

  static Result run(String source, String filename) {
    return run(source, filename, false);
  }

  static Result run(String source, String filename, boolean allowNetwork) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    Interpreter interp =
        Interpreter.builder()
            .gil("serial")
            .memory("testplain")
            .argv(List.of(filename))
            .out(o)
            .err(e)
            .allowNetwork(allowNetwork)
            .build();
    int status = interp.runSource(source, filename);
    o.flush();
    e.flush();
    long regions = ((SerialLock.Lock) interp.lock()).blockingRegions();
    return new Result(
        status,
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8),
        regions);
  }

  /** The program's standard output; fails with its stderr if it did not exit with status 0. */
  static String out(String source) {
    Result r = run(source);
    if (r.status() != 0) {
      throw new AssertionError(
          "exit status " + r.status() + "\nstdout:\n" + r.out() + "stderr:\n" + r.err());
    }
    return r.out();
  }
}
