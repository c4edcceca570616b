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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The containers of {@code collections} per operation, warm: {@code deque} append then popleft,
 * {@code defaultdict(int)} counting ({@code counts[w] += 1}) and {@code Counter(words)}, each over
 * {@value #N} items in a Python function, so a score is the time of one item's work including the
 * loop around it. {@link #PYTHON} is the same program for {@code python3}'s {@code timeit}, to put
 * CPython's figure next to each score.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar CollectionsBenchmark}; CPython: {@code
 * python3 bench/collections_timeit.py} (which gilvm runs too).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xss64m")
public class CollectionsBenchmark {
  /** Items per call: deque pairs, words counted. */
  static final int N = 10_000;

  @Param({"newgil"})
  public String gil;

  /** deque append+popleft, defaultdict(int) counting, Counter of a word list. */
  @Param({"deque", "defaultdict", "counter"})
  public String workload;

  /** The workloads, word for word those of bench/collections_timeit.py. */
  static final String PROGRAM =
      """
      from collections import deque, defaultdict, Counter

      WORDS = [("w%d" % ((i * 7919) % 1000)) for i in range(10000)]

      def deque_ops(n):
          d = deque(range(100))
          for i in range(n):
              d.append(i)
              d.popleft()
          return len(d)

      def defaultdict_count(words):
          counts = defaultdict(int)
          for w in words:
              counts[w] += 1
          return len(counts)

      def counter_count(words):
          return len(Counter(words))
      """;

  private Interpreter interp;
  private ThreadState ts;
  private PyObject function;
  private PyObject[] args;

  @Setup(Level.Trial)
  public void setUp() {
    interp = Configs.builder(gil).build();
    ts = interp.attachCurrentThread("bench");
    PyCode code = Compiler.compile(PROGRAM, "collections_bench.py");
    PyDict globals = new PyDict();
    globals.putStr("__name__", new PyStr("collections_bench"));
    Eval.runModule(ts, code, globals);
    switch (workload) {
      case "deque" -> {
        function = globals.getStr("deque_ops");
        args = new PyObject[] {PyInt.of(N)};
      }
      case "defaultdict" -> {
        function = globals.getStr("defaultdict_count");
        args = new PyObject[] {globals.getStr("WORDS")};
      }
      case "counter" -> {
        function = globals.getStr("counter_count");
        args = new PyObject[] {globals.getStr("WORDS")};
      }
      default -> throw new IllegalArgumentException("unknown workload " + workload);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    interp.detachCurrentThread(ts);
  }

  /** One item's work: an append and a popleft; a count of one word. */
  @Benchmark
  @OperationsPerInvocation(N)
  public PyObject run() {
    return function.call(ts, args, null);
  }
}
