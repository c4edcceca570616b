package io.gilvm.bench;

import io.gilvm.compiler.Compiler;
import io.gilvm.eval.Eval;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One thread running typical single-threaded Python through the real eval loop, under each lock
 * strategy: what the interpreter costs before any lock contention.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar EvalLoopBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xss64m")
public class EvalLoopBenchmark {

  /**
   * A lock strategy, optionally with {@code +MEMORY} and {@code +no-object-locks}. The last is the
   * lock-free minimum: no global lock, no per-object locks, plain counts (unsafe with threads,
   * exact with one), which the global locks' single-thread cost is measured against.
   */
  @Param({"newgil", "legacy", "finegrained", "finegrained+plain+no-object-locks"})
  public String gil;

  /** countdown(100000), fib(20), 20000 method calls, dict and list work, string building. */
  @Param({"countdown", "fib", "methods", "dicts", "strings"})
  public String workload;

  static final String PROGRAM =
      """
      def countdown(n):
          while n > 0:
              n -= 1

      def fib(n):
          return n if n < 2 else fib(n - 1) + fib(n - 2)

      class Counter:
          def __init__(self):
              self.value = 0

          def bump(self, k):
              self.value += k
              return self.value

      def methods(n):
          c = Counter()
          for i in range(n):
              c.bump(i)
          return c.value

      def dicts(n):
          d = {}
          for i in range(n):
              d[i % 100] = d.get(i % 100, 0) + i
          xs = [v for v in d.values() if v % 2]
          xs.sort()
          return len(xs)

      def strings(n):
          parts = []
          for i in range(n):
              parts.append(f"{i}:{i * 2}")
          return len(",".join(parts))
      """;

  private Interpreter interp;
  private ThreadState ts;
  private PyObject function;
  private PyObject[] args;

  @Setup(Level.Trial)
  public void setUp() {
    interp = Configs.builder(gil).build();
    // Scope.Thread: JMH calls setup on the thread that runs the benchmark, which attaches here.
    ts = interp.attachCurrentThread("bench");
    PyCode code = Compiler.compile(PROGRAM, "bench.py");
    PyDict globals = new PyDict();
    globals.putStr("__name__", new PyStr("bench"));
    Eval.runModule(ts, code, globals);
    function = globals.getStr(workload);
    long n = workload.equals("countdown") ? 100_000 : workload.equals("fib") ? 20 : 20_000;
    args = new PyObject[] {PyInt.of(n)};
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    interp.detachCurrentThread(ts);
  }

  @Benchmark
  public PyObject run() {
    return function.call(ts, args, null);
  }
}
