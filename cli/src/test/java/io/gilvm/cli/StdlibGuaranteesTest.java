package io.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gilvm.runtime.Interpreter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standard library's thread-safety guarantees under every lock strategy (GoldenTest runs
 * smaller versions under newgil and finegrained, with checked memory): 100,000 items through a queue.Queue with none
 * lost or duplicated, a ThreadPoolExecutor with 8 workers returning every result exactly once,
 * and lru_cache's statistics consistent across 8 threads. Each program prints what it checked;
 * its expected lines are CPython 3.11's output.
 */
class StdlibGuaranteesTest {
  private static final Path DIR = Path.of("src", "test", "resources", "stdlib-guarantees");

  static Stream<Arguments> cases() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (String program :
        List.of("queue_100k.py", "pool_exactly_once.py", "lru_cache_stats.py")) {
      for (String gil : List.of("newgil", "legacy", "finegrained")) {
        b.add(Arguments.of(program, gil));
      }
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0} under {1}")
  @MethodSource("cases")
  void holdsUnderEveryLock(String program, String gil) throws IOException {
    Path file = DIR.resolve(program);
    String source = Files.readString(file, StandardCharsets.UTF_8);
    GoldenTest.Expectations exp = GoldenTest.parse(source);
    Assertions.assertFalse(exp.stdout().isEmpty(), program + " has no # expect lines");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int[] status = new int[1];
    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(180),
        () -> {
          Interpreter interp =
              Interpreter.builder()
                  .argv(List.of(program))
                  .gil(gil)
                  .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                  .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                  .build();
          status[0] = interp.runSource(source, program);
        });
    String context = "\n--- stderr ---\n" + err.toString(StandardCharsets.UTF_8);
    assertEquals(0, status[0], program + " under " + gil + ": exit status" + context);
    List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
    assertEquals(exp.stdout(), lines, program + " under " + gil + context);
  }
}
