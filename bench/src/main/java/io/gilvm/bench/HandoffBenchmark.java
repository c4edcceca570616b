package io.gilvm.bench;

import io.gilvm.compiler.Compiler;
import io.gilvm.eval.Eval;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyBuiltinFunction;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyNone;
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
 * How long the lock takes to go from a Python thread running bytecode to a thread that wants it.
 * One operation is a round trip: the measuring thread releases the lock (Py_BEGIN_ALLOW_THREADS),
 * waits until a spinning Python thread has taken it and run, then asks for it back
 * (Py_END_ALLOW_THREADS) and waits until it has it. Under {@code newgil} the second half is the
 * switch interval the waiter sleeps before it sets the drop request, plus the hand-off: the spinner
 * seeing the request at its next checkpoint, dropping the lock, and the waiter waking up and
 * running; at the minimum interval (1 µs) what is left is the two hand-offs. Under {@code legacy}
 * there is no drop request: the waiter gets the lock only when it wins the race at one of the
 * spinner's releases every 100 ticks.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar HandoffBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xss64m")
public class HandoffBenchmark {

  /** The strategies with a global lock; finegrained has no lock to hand off. */
  @Param({"newgil", "legacy"})
  public String gil;

  /** CPython's default switch interval, and the smallest one gilvm accepts. */
  @Param({"5ms", "1us"})
  public String interval;

  static final String SPINNER =
      """
      n = 0
      while not stop:
          ran()
          n += 1
      """;

  private Interpreter interp;
  private ThreadState ts;
  private PyDict spinnerGlobals;
  private Thread spinner;

  /** Set by the spinner's {@code ran()} each time round its loop. */
  private volatile boolean spinnerRan;

  @Setup(Level.Trial)
  public void setUp() {
    long nanos = interval.equals("5ms") ? 5_000_000L : 1_000L;
    interp = Interpreter.builder().gil(gil).switchIntervalNanos(nanos).build();
    ts = interp.attachCurrentThread("waiter");
    PyCode code = Compiler.compile(SPINNER, "spinner.py");
    spinnerGlobals = new PyDict();
    spinnerGlobals.putStr("__name__", new PyStr("spinner"));
    spinnerGlobals.putStr("stop", PyBool.FALSE);
    spinnerGlobals.putStr(
        "ran",
        new PyBuiltinFunction(
            "ran",
            "bench",
            (t, a, k) -> {
              spinnerRan = true;
              return PyNone.NONE;
            }));
    spinner = interp.startThread("spinner", true, t -> Eval.runModule(t, code, spinnerGlobals));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws InterruptedException {
    spinnerGlobals.putStr("stop", PyBool.TRUE);
    ts.beginBlocking();
    spinner.join();
    ts.endBlocking();
    interp.detachCurrentThread(ts);
  }

  @Benchmark
  public void handoff() {
    spinnerRan = false;
    ts.beginBlocking();
    while (!spinnerRan) {
      Thread.onSpinWait();
    }
    ts.endBlocking();
  }
}
