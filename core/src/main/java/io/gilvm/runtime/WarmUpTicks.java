package io.gilvm.runtime;

import io.gilvm.spi.EvalBreaker;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Sets the {@link EvalBreaker#TICK} bit of every interpreter's eval breaker every {@link
 * #PERIOD_NANOS} during the first seconds after an interpreter is built, so that the checkpoint's
 * out-of-line path ({@link Insns#attention}) is taken now and then while the JIT profiles the
 * code that inlines the checkpoint.
 *
 * <p>Why: HotSpot's optimising compiler turns a branch its profile never saw taken into an
 * uncommon trap. A single-threaded start never takes the checkpoint's slow path, so the eval loop
 * and every compiled part would be compiled with such a trap, and the first drop request of a
 * second thread would throw them all back to the bytecode interpreter ("made not entrant") for
 * up to a second while they are recompiled: CPU-bound threads under {@code newgil} ran 2 to 3
 * times slower than the same work done one after the other. With the path seen taken, it is
 * compiled from the start, as a call. Branch profiles are the JVM's, shared by every interpreter
 * and kept once made, so the ticks are needed only while it warms up. A tick does nothing else:
 * the lock finds no request, and no signal is pending; it is not a checkpoint, and it changes
 * neither where one is nor what happens at one.
 *
 * <p>Concurrency: one daemon thread, started by the first {@link #register} and ending once the
 * last deadline passed; {@code breakers} and {@code deadline} are guarded by the class's monitor.
 * {@code -Dgilvm.warmup.ticks.ms=0} turns the ticks off.
 */
final class WarmUpTicks {
  private WarmUpTicks() {}

  /** How often a tick comes: a few times within a hot method's profiling (milliseconds). */
  static final long PERIOD_NANOS = 200_000L;

  /** How long after an interpreter is built its breaker gets ticks. */
  static final long DURATION_NANOS =
      Long.getLong("gilvm.warmup.ticks.ms", 3000L) * 1_000_000L;

  private static final List<WeakReference<EvalBreaker>> breakers = new ArrayList<>();
  private static long deadline;
  private static Thread ticker;

  /** From now on for {@link #DURATION_NANOS}, {@code breaker} gets ticks. Any thread. */
  static synchronized void register(EvalBreaker breaker) {
    if (DURATION_NANOS <= 0) {
      return;
    }
    breakers.add(new WeakReference<>(breaker));
    deadline = System.nanoTime() + DURATION_NANOS;
    if (ticker == null) {
      ticker = new Thread(WarmUpTicks::run, "gilvm-warm-up-ticks");
      ticker.setDaemon(true);
      ticker.start();
    }
  }

  private static void run() {
    List<EvalBreaker> live = new ArrayList<>();
    while (true) {
      LockSupport.parkNanos(PERIOD_NANOS);
      live.clear();
      synchronized (WarmUpTicks.class) {
        if (System.nanoTime() - deadline > 0) {
          breakers.clear();
          ticker = null;
          return;
        }
        breakers.removeIf(r -> r.get() == null);
        for (WeakReference<EvalBreaker> r : breakers) {
          EvalBreaker b = r.get();
          if (b != null) {
            live.add(b);
          }
        }
      }
      for (EvalBreaker b : live) {
        b.set(EvalBreaker.TICK);
      }
    }
  }
}
