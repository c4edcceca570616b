package io.gilvm.bench;

import io.gilvm.object.PyList;
import io.gilvm.object.PyObject;
import io.gilvm.spi.RefCounts;
import io.gilvm.spi.Strategies;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An incref and a decref per operation, per memory strategy: on an object only this thread touches,
 * and with two threads on one shared object (where non-atomic counts also lose updates, which this
 * benchmark does not check — the stress tests do).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar RefcountBenchmark}.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RefcountBenchmark {

  @Param({"plain", "atomic", "biased"})
  public String memory;

  private RefCounts refs;
  private PyObject shared;

  @Setup
  public void setUp() {
    refs = Strategies.discover().memory(memory).create();
    shared = new PyList();
    // One reference held throughout, so a count that is exact never reaches zero here.
    refs.incref(shared);
  }

  @Benchmark
  @Group("uncontended")
  @GroupThreads(1)
  public boolean uncontended() {
    refs.incref(shared);
    return refs.decref(shared);
  }

  @Benchmark
  @Group("contended")
  @GroupThreads(2)
  public boolean contended() {
    refs.incref(shared);
    return refs.decref(shared);
  }
}
