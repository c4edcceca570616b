package io.gilvm.modules;

import io.gilvm.runtime.ArgParser;
import io.gilvm.runtime.Interpreter;
import io.gilvm.runtime.PyException;
import io.gilvm.runtime.PyFloat;
import io.gilvm.runtime.PyInt;
import io.gilvm.runtime.PyModule;
import io.gilvm.runtime.PyNone;
import io.gilvm.runtime.PyObject;
import io.gilvm.runtime.ThreadState;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code time}: wall-clock, monotonic and CPU clocks, and {@code sleep}, which releases the
 * interpreter lock for its whole duration as CPython's does.
 */
final class TimeModule {
  private TimeModule() {}

  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("time");
    m.function("time", (t, a, kw) -> {
      ArgParser.arity("time", a, kw, 0, 0);
      Instant now = Instant.now();
      return PyFloat.of(now.getEpochSecond() + now.getNano() * 1e-9);
    });
    m.function("time_ns", (t, a, kw) -> {
      ArgParser.arity("time_ns", a, kw, 0, 0);
      Instant now = Instant.now();
      return PyInt.of(now.getEpochSecond() * 1_000_000_000L + now.getNano());
    });
    for (String name : new String[] {"perf_counter", "monotonic"}) {
      m.function(name, (t, a, kw) -> {
        ArgParser.arity(name, a, kw, 0, 0);
        return PyFloat.of(System.nanoTime() * 1e-9);
      });
      m.function(name + "_ns", (t, a, kw) -> {
        ArgParser.arity(name + "_ns", a, kw, 0, 0);
        return PyInt.of(System.nanoTime());
      });
    }
    m.function("process_time", (t, a, kw) -> {
      ArgParser.arity("process_time", a, kw, 0, 0);
      return PyFloat.of(processCpuNanos() * 1e-9);
    });
    m.function("process_time_ns", (t, a, kw) -> {
      ArgParser.arity("process_time_ns", a, kw, 0, 0);
      return PyInt.of(processCpuNanos());
    });
    m.function("thread_time", (t, a, kw) -> {
      ArgParser.arity("thread_time", a, kw, 0, 0);
      return PyFloat.of(threadCpuNanos() * 1e-9);
    });
    m.function("thread_time_ns", (t, a, kw) -> {
      ArgParser.arity("thread_time_ns", a, kw, 0, 0);
      return PyInt.of(threadCpuNanos());
    });
    m.function("sleep", (t, a, kw) -> {
      ArgParser.arity("sleep", a, kw, 1, 1);
      sleep(t, sleepNanos(a[0]));
      return PyNone.NONE;
    });
    return m;
  }

  /** The length of {@code time.sleep(secs)} in nanoseconds, with CPython's errors. */
  static long sleepNanos(PyObject secs) {
    if (secs instanceof PyFloat f) {
      double d = f.value();
      if (Double.isNaN(d)) {
        throw PyException.valueError("Invalid value NaN (not a number)");
      }
      if (d < 0) {
        throw PyException.valueError("sleep length must be non-negative");
      }
      double nanos = Math.ceil(d * 1e9);
      if (nanos >= 0x1p63) {
        throw PyException.overflowError("timestamp out of range for platform time_t");
      }
      return (long) nanos;
    }
    if (!(secs instanceof PyInt i)) {
      throw PyException.typeError(
          "'" + secs.type().name() + "' object cannot be interpreted as an integer");
    }
    if (i.bigValue().signum() < 0) {
      throw PyException.valueError("sleep length must be non-negative");
    }
    BigInteger nanos = i.bigValue().multiply(NANOS_PER_SECOND);
    if (nanos.bitLength() > 63) {
      throw PyException.overflowError("timestamp out of range for platform time_t");
    }
    return nanos.longValue();
  }

  /**
   * Sleeps with the interpreter lock released. Even {@code sleep(0)} goes through the blocking
   * region, so it lets waiting threads run, as CPython's does.
   */
  static void sleep(ThreadState ts, long nanos) {
    // The deadline is fixed before the call: a signal whose handler returns resumes the sleep
    // for what is left of it (PEP 475).
    long deadline = System.nanoTime() + nanos;
    ts.blocking(() -> {
      if (nanos == 0) {
        Thread.yield();
        return null;
      }
      // NOTE: parkNanos, not Thread.sleep: before JDK 21, Thread.sleep(millis, nanos) rounds up
      // to whole milliseconds, which made sleep(0.0001) last 1 ms instead of CPython's ~0.1 ms.
      // A park may end early (spuriously, or by a hair); park again until the deadline passed.
      for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
        LockSupport.parkNanos(left);
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
      }
      return null;
    });
  }

  // ---------------------------------------------------------------- CPU clocks

  /**
   * The process's CPU time from the JDK's extended OperatingSystemMXBean, found reflectively
   * because core does not require the jdk.management module; null when that bean is absent.
   */
  private static final MethodHandle PROCESS_CPU_TIME = findProcessCpuTime();

  private static MethodHandle findProcessCpuTime() {
    try {
      OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
      Class<?> ext = Class.forName("com.sun.management.OperatingSystemMXBean");
      if (!ext.isInstance(os)) {
        return null;
      }
      MethodHandle h = MethodHandles.publicLookup()
          .findVirtual(ext, "getProcessCpuTime", MethodType.methodType(long.class));
      long probe = (long) h.invoke(os);
      return probe < 0 ? null : h.bindTo(os);
    } catch (Throwable e) {
      return null;
    }
  }

  static long processCpuNanos() {
    if (PROCESS_CPU_TIME != null) {
      try {
        return (long) PROCESS_CPU_TIME.invokeExact();
      } catch (Throwable e) {
        throw new IllegalStateException("process CPU time is unreadable", e);
      }
    }
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static long threadCpuNanos() {
    long n = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    return n < 0 ? 0 : n;
  }
}
