package io.gilvm.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.embed.PythonInterpreter;
import io.gilvm.embed.PythonInterpreter.LockStats;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Java threads calling into one embedded interpreter at once, under the real strategies: each call
 * attaches its thread as an interpreter thread and takes the lock as a Python thread does (the
 * recorder counts each thread's acquisitions under its Java name), shared state guarded by a Python
 * lock stays exact, and nothing leaks or is used after being freed (checked memory).
 */
class EmbeddingThreadsTest {
  static final int THREADS = 4;
  static final int CALLS = 25;
  static final int N = 2_000;

  static final String PROGRAM =
      """
      import threading
      guard = threading.Lock()
      calls = 0
      seen = {}

      def work(n, who):
          global calls
          total = 0
          for i in range(n):
              total += i
          with guard:
              calls += 1
              seen[who] = seen.get(who, 0) + 1
          return [who, total]
      """;

  @ParameterizedTest
  @CsvSource({"newgil,plain", "legacy,plain", "finegrained,biased", "finegrained,atomic"})
  void javaThreadsCallAPythonFunctionConcurrently(String lock, String memory) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PythonInterpreter py =
        PythonInterpreter.builder()
            .lock(lock)
            .memory(memory)
            .checkMemory(true)
            .leakReport(true)
            .recordLockEvents(true)
            .err(new PrintStream(err, true, StandardCharsets.UTF_8))
            .build();
    assertEquals(lock, py.lockName());
    assertEquals(memory, py.memoryName());
    py.exec(PROGRAM);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      String name = "caller-" + t;
      Thread th =
          new Thread(
              () -> {
                try {
                  for (int c = 0; c < CALLS; c++) {
                    Object r = py.call("work", N, name);
                    assertEquals(List.of(name, (long) N * (N - 1) / 2), r);
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
              },
              name);
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertTrue(failures.isEmpty(), () -> failures.peek().toString());
    assertEquals((long) THREADS * CALLS, py.get("calls"));
    Map<?, ?> seen = (Map<?, ?>) py.get("seen");
    for (int t = 0; t < THREADS; t++) {
      assertEquals((long) CALLS, seen.get("caller-" + t));
    }
    py.close();
    assertEquals(
        List.of("gilvm: no objects leaked"), py.leakReport(), err.toString(StandardCharsets.UTF_8));

    Map<String, LockStats> stats =
        py.lockStats().stream().collect(Collectors.toMap(LockStats::thread, Function.identity()));
    for (int t = 0; t < THREADS; t++) {
      LockStats s = stats.get("caller-" + t);
      assertTrue(s != null, "no lock events from caller-" + t + ": " + stats.keySet());
      // Every call attaches: at least one acquisition per call, more when the lock switched.
      assertTrue(s.acquisitions() >= CALLS, s.toString());
      assertTrue(s.runningNanos() > 0, s.toString());
    }
  }
}
