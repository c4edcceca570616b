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
 * The eval loop with the event recorder off (the default: one predictable branch per instruction),
 * on ({@code --stats}: an instruction counter, and totals updated whenever the lock changes hands)
 * and streamed ({@code --trace}, {@code --timeline}: each event also goes through the thread's
 * queue to the writer thread, here to a sink that only counts), under newgil, one thread and a
 * countdown loop that calls a function (so that calls, the other checkpoint site, are in it).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar TracingBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xss64m")
public class TracingBenchmark {

  @Param({"off", "on", "streamed"})
  public String recorder;

  static final String PROGRAM =
      """
      def step(n):
          return n - 1

      def countdown(n):
          while n > 0:
              n = step(n)
      """;

  private Interpreter interp;

  /** Events the streamed recorder's sink was given; written by the writer thread only. */
  private long streamed;

  private ThreadState ts;
  private PyObject function;
  private final PyObject[] args = {PyInt.of(100_000)};

  @Setup(Level.Trial)
  public void setUp() {
    Interpreter.Builder b = Interpreter.builder().gil("newgil").record(!recorder.equals("off"));
    if (recorder.equals("streamed")) {
      b.record((track, times, kinds, n) -> streamed += n);
    }
    interp = b.build();
    ts = interp.attachCurrentThread("bench");
    PyCode code = Compiler.compile(PROGRAM, "bench.py");
    PyDict globals = new PyDict();
    globals.putStr("__name__", new PyStr("bench"));
    Eval.runModule(ts, code, globals);
    function = globals.getStr("countdown");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    interp.detachCurrentThread(ts);
    if (interp.recorder() != null) {
      interp.recorder().finish();
    }
  }

  @Benchmark
  public PyObject run() {
    return function.call(ts, args, null);
  }
}
