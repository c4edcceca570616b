package io.gilvm.bench;

import java.util.Queue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.jctools.queues.atomic.MpscUnboundedAtomicArrayQueue;
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
 * The leak report's record of every object counted ({@code --leaks}: {@code
 * io.gilvm.mem.LeakTracker}): {@code producers} interpreter threads each record {@link
 * #PER_PRODUCER} new objects, the first time each is counted, into one queue that nobody reads
 * until the program ends; then the report's thread drains it. One operation is one such batch.
 * Compares the {@code ConcurrentLinkedQueue} the tracker used (a node per object) with the JCTools
 * MPSC queue that replaced it (chunks of {@link #CHUNK} slots). Run with {@code -prof gc} for the
 * bytes allocated per batch: the queue's cost in memory, which a long traced program keeps until
 * exit.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar LeakRecordBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class LeakRecordBenchmark {

  /** Objects each producer records per operation. */
  public static final int PER_PRODUCER = 50_000;

  /** The MPSC queue's chunk size, as the tracker's. */
  public static final int CHUNK = 1024;

  @Param({"ConcurrentLinkedQueue", "MpscUnboundedAtomicArrayQueue"})
  public String queue;

  @Param({"3"})
  public int producers;

  private volatile Queue<Object> q;
  private CyclicBarrier start;
  private CyclicBarrier done;
  private ProducerThreads threads;

  private Queue<Object> fresh() {
    return queue.equals("ConcurrentLinkedQueue")
        ? new ConcurrentLinkedQueue<>()
        : new MpscUnboundedAtomicArrayQueue<>(CHUNK);
  }

  private void startOnce() {
    start = new CyclicBarrier(producers + 1);
    done = new CyclicBarrier(producers + 1);
    threads = new ProducerThreads(producers, this::produce);
  }

  private void produce() {
    try {
      while (true) {
        start.await();
        Queue<Object> target = q;
        for (int i = 0; i < PER_PRODUCER; i++) {
          target.offer(new Object());
        }
        done.await();
      }
    } catch (InterruptedException | BrokenBarrierException e) {
      // the trial is over
    }
  }

  @Benchmark
  public long recordThenDrain() throws Exception {
    if (start == null) {
      startOnce();
    }
    q = fresh();
    start.await();
    done.await();
    long n = 0;
    for (Object o; (o = q.poll()) != null; ) {
      n++;
    }
    if (n != (long) producers * PER_PRODUCER) {
      throw new AssertionError("recorded " + n);
    }
    return n;
  }

  @TearDown(Level.Trial)
  public void stop() throws InterruptedException {
    threads.stop();
  }
}
