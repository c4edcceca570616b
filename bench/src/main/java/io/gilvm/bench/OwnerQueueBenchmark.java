package io.gilvm.bench;

import io.gilvm.spi.Deallocator;
import io.gilvm.spi.ObjectHeader;
import io.gilvm.spi.RefCounts;
import io.gilvm.spi.Strategies;
import io.gilvm.spi.ThreadHandle;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code biased} counting's hand-off of objects to their owner (PEP 703's queue of objects to
 * merge), end to end through the real {@link RefCounts} path: {@code producers} threads each drop
 * the last shared reference to {@link #PER_PRODUCER} new objects that the owner (the benchmark
 * thread) still counts locally, so that each decref marks its object QUEUED and offers it to the
 * owner's queue; meanwhile the owner merges its queue at its checkpoints (a loop here) and frees
 * them all. One operation is one such batch, from the start signal to the last object freed: many
 * producers, one consumer, as a pool of worker threads dropping what the main thread made.
 *
 * <p>Divide the time by {@code producers × PER_PRODUCER} for the cost of one hand-off. Three
 * producers on 2 cores are more threads than cores, as in a contended pool.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar OwnerQueueBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class OwnerQueueBenchmark {

  /** Objects each producer hands to the owner per operation. */
  public static final int PER_PRODUCER = 50_000;

  @Param({"1", "3"})
  public int producers;

  /** An object header and nothing else. */
  static final class Obj extends ObjectHeader {}

  private RefCounts refs;
  private ThreadHandle owner;
  private long ownerId;
  private CyclicBarrier start;
  private ProducerThreads threads;

  /** Objects the owner freed, every one of them: the counts were exact. */
  private long freed;

  private final Deallocator free = o -> freed++;

  /** Attaches the owner (the benchmark thread) and starts the producers, waiting for a signal. */
  private void startOnce() {
    refs = Strategies.discover().memory("biased").create();
    owner = new ThreadHandle(1, "owner");
    refs.attach(owner);
    ownerId = Thread.currentThread().getId();
    start = new CyclicBarrier(producers + 1);
    threads = new ProducerThreads(producers, this::produce);
  }

  private void produce() {
    try {
      while (true) {
        start.await();
        for (int i = 0; i < PER_PRODUCER; i++) {
          Obj o = new Obj();
          // As if the owner had made it and shared it: one reference, which the owner's local
          // count holds; this thread drops the reference it was given without counting it.
          o.setOwnerThreadPlain(ownerId);
          o.setRefcntPlain(1);
          if (refs.decref(o)) {
            throw new AssertionError("a non-owner freed an object its owner still counted");
          }
        }
      }
    } catch (InterruptedException | BrokenBarrierException e) {
      // the trial is over
    }
  }

  @Benchmark
  public long handOff() throws Exception {
    if (refs == null) {
      startOnce();
    }
    long target = freed + (long) producers * PER_PRODUCER;
    start.await();
    while (freed < target) {
      refs.checkpoint(owner, free);
      Thread.onSpinWait();
    }
    return freed;
  }

  @TearDown(Level.Trial)
  public void stop() throws InterruptedException {
    threads.stop();
    refs.detach(owner, free);
  }
}
