package io.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gilvm.state.Interpreter;
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
 * smaller versions under newgil and finegrained, with checked memory): 100,000 items through a
 * queue.Queue with none lost or duplicated, a ThreadPoolExecutor with 8 workers returning every
 * result exactly once, and lru_cache's statistics consistent across 8 threads. Each program prints
 * what it checked; its expected lines are CPython 3.11's output.
 */
class StdlibGuaranteesTest {
  private static final Path DIR = Path.of("src", "test", "resources", "stdlib-guarantees");

  /** The golden queue program, given 25,000 items for each of its 4 producers. */
  private static final String QUEUE_100K = "queue_producers_consumers.py";

  private static final Path QUEUE_DIR =
      Path.of("..", "core", "src", "test", "resources", "golden", "stdlib");

  static Stream<Arguments> cases() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (String program : List.of(QUEUE_100K, "lru_cache_stats.py")) {
      for (String gil : List.of("newgil", "legacy", "finegrained")) {
        if (gil.equals("finegrained") && program.equals(QUEUE_100K)) {
          continue; // its own test: queueUnderFinegrainedBiasedCounts
        }
        b.add(Arguments.of(program, gil, null));
      }
      b.add(Arguments.of(program, "finegrained", "atomic"));
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0} under {1} (memory {2})")
  @MethodSource("cases")
  void holdsUnderEveryLock(String program, String gil, String memory) throws IOException {
    run(program, gil, memory, false);
  }

  /**
   * Under finegrained with its default biased counts, 1 to 3 of the 100,000 items came out
   * duplicated (and as many lost) in about half the runs until 2026-12-07: a function returning a
   * value it did not own (queue.get's frame) handed it on uncounted, a decrement that took the
   * shared count below zero and queued the item for its owner (the producer), whose merge freed it
   * before the consumer counted it; the freed int came back as the producer's next number. Values
   * are now handed on counted unless unshared ({@code RefCounts.releaseUnique}).
   */
  @org.junit.jupiter.api.Test
  void queueUnderFinegrainedBiasedCounts() throws IOException {
    run(QUEUE_100K, "finegrained", "biased", false);
  }

  /**
   * The 8-worker pool program hung until 2026-12-07 (about one run in ten under finegrained with
   * checked memory): a worker used a _WorkItem the main thread had freed (the same uncounted
   * hand-off, out of the pool's SimpleQueue), stopped on the fatal error, and the main thread
   * waited forever for the future that worker would have finished. Each run here would now end with
   * the fatal error's status 134 instead of hanging.
   */
  @ParameterizedTest(name = "pool_exactly_once.py under {0} (memory {1}, checked {2})")
  @org.junit.jupiter.params.provider.CsvSource({
    "newgil,,false",
    "legacy,,false",
    "finegrained,,false",
    "finegrained,,true",
    "finegrained,atomic,true"
  })
  void poolUnderEveryLock(String gil, String memory, boolean checked) throws IOException {
    run("pool_exactly_once.py", gil, memory, checked);
  }

  /**
   * Runs the program {@code gilvm.repeat} times (a system property, default 1: raise it to measure
   * how often a race shows) and fails if any run did, naming how many.
   */
  private static void run(String program, String gil, String memory, boolean checked)
      throws IOException {
    int repeat = Integer.getInteger("gilvm.repeat", 1);
    AssertionError first = null;
    int failed = 0;
    for (int i = 0; i < repeat; i++) {
      try {
        runOnce(program, gil, memory, checked);
      } catch (AssertionError e) {
        failed++;
        if (first == null) {
          first = e;
        }
      }
    }
    if (repeat > 1) {
      System.out.printf(
          "%s under %s (memory %s, checked %s): %d of %d runs failed%n",
          program, gil, memory, checked, failed, repeat);
    }
    if (first != null) {
      throw new AssertionError(
          failed + " of " + repeat + " runs failed; the first: " + first.getMessage(), first);
    }
  }

  private static void runOnce(String program, String gil, String memory, boolean checked)
      throws IOException {
    boolean queue = program.equals(QUEUE_100K);
    Path file = (queue ? QUEUE_DIR : DIR).resolve(program);
    String source = Files.readString(file, StandardCharsets.UTF_8);
    GoldenTest.Expectations exp = GoldenTest.parse(source);
    Assertions.assertFalse(exp.stdout().isEmpty(), program + " has no # expect lines");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int[] status = new int[1];
    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(180),
        () -> {
          Interpreter.Builder builder = Interpreter.builder();
          if (memory != null) {
            builder.memory(memory);
          }
          Interpreter interp =
              builder
                  .argv(queue ? List.of(program, "25000") : List.of(program))
                  .gil(gil)
                  .checkMemory(checked)
                  .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                  .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                  .build();
          status[0] = interp.runSource(source, program);
        },
        program + " under " + gil + " did not end");
    String context = "\n--- stderr ---\n" + err.toString(StandardCharsets.UTF_8);
    assertEquals(0, status[0], program + " under " + gil + ": exit status" + context);
    List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
    assertEquals(exp.stdout(), lines, program + " under " + gil + context);
  }
}
