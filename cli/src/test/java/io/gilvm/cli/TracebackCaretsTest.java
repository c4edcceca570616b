package io.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.state.Interpreter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Tracebacks as CPython 3.11 prints them, carets included (PEP 657): each program in {@code
 * tracebacks/} ends in an uncaught exception, and its whole stderr under gilvm must be what {@code
 * python3} prints for it.
 */
class TracebackCaretsTest {

  @Test
  void tracebacksAreCPythons() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "tracebacks"))) {
      files =
          s.filter(p -> p.toString().endsWith(".py")).map(Path::toAbsolutePath).sorted().toList();
    }
    assertTrue(files.size() > 50, "programs found: " + files.size());
    List<String> differ = new ArrayList<>();
    int carets = 0;
    for (Path f : files) {
      String expected = cpythonStderr(f);
      carets += expected.contains("^") ? 1 : 0;
      String actual = gilvmStderr(f);
      if (!expected.equals(actual)) {
        differ.add(f.getFileName() + "\n--- python3\n" + expected + "--- gilvm\n" + actual);
      }
    }
    assertTrue(carets > 30, "programs whose traceback has carets: " + carets);
    assertEquals("", String.join("\n", differ));
  }

  private static String cpythonStderr(Path file) throws IOException, InterruptedException {
    Process p;
    try {
      p =
          new ProcessBuilder(System.getProperty("gilvm.python", "python3"), file.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      Assumptions.abort("skipped: no python3 on the path to compare with");
      return null;
    }
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 did not finish " + file);
    assertEquals(1, p.exitValue(), file + " must end in an uncaught exception:\n" + err);
    return err;
  }

  private static String gilvmStderr(Path file) throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Interpreter interp =
        Interpreter.builder()
            .gil("newgil")
            .argv(List.of(file.toString()))
            .in(new ByteArrayInputStream(new byte[0]))
            .out(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
            .err(new PrintStream(err, true, StandardCharsets.UTF_8))
            .build();
    interp.runFile(Files.readString(file, StandardCharsets.UTF_8), file);
    return err.toString(StandardCharsets.UTF_8);
  }
}
