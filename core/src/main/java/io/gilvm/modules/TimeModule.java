package io.gilvm.modules;

import io.gilvm.object.ArgParser;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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
    m.function(
        "time",
        (t, a, kw) -> {
          ArgParser.arity("time", a, kw, 0, 0);
          Instant now = Instant.now();
          return PyFloat.of(now.getEpochSecond() + now.getNano() * 1e-9);
        });
    m.function(
        "time_ns",
        (t, a, kw) -> {
          ArgParser.arity("time_ns", a, kw, 0, 0);
          Instant now = Instant.now();
          return PyInt.of(now.getEpochSecond() * 1_000_000_000L + now.getNano());
        });
    for (String name : new String[] {"perf_counter", "monotonic"}) {
      m.function(
          name,
          (t, a, kw) -> {
            ArgParser.arity(name, a, kw, 0, 0);
            return PyFloat.of(System.nanoTime() * 1e-9);
          });
      m.function(
          name + "_ns",
          (t, a, kw) -> {
            ArgParser.arity(name + "_ns", a, kw, 0, 0);
            return PyInt.of(System.nanoTime());
          });
    }
    m.function(
        "process_time",
        (t, a, kw) -> {
          ArgParser.arity("process_time", a, kw, 0, 0);
          return PyFloat.of(processCpuNanos() * 1e-9);
        });
    m.function(
        "process_time_ns",
        (t, a, kw) -> {
          ArgParser.arity("process_time_ns", a, kw, 0, 0);
          return PyInt.of(processCpuNanos());
        });
    m.function(
        "thread_time",
        (t, a, kw) -> {
          ArgParser.arity("thread_time", a, kw, 0, 0);
          return PyFloat.of(threadCpuNanos() * 1e-9);
        });
    m.function(
        "thread_time_ns",
        (t, a, kw) -> {
          ArgParser.arity("thread_time_ns", a, kw, 0, 0);
          return PyInt.of(threadCpuNanos());
        });
    installCalendar(m);
    m.function(
        "sleep",
        (t, a, kw) -> {
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
    ts.blocking(
        () -> {
          if (nanos == 0) {
            Thread.yield();
            return null;
          }
          // NOTE: parkNanos, not Thread.sleep: before JDK 21, Thread.sleep(millis, nanos) rounds up
          // to whole milliseconds, which made sleep(0.0001) last 1 ms instead of CPython's ~0.1 ms.
          // A park may end early (spuriously, or by a hair); park again until the deadline passed.
          for (long left = deadline - System.nanoTime();
              left > 0;
              left = deadline - System.nanoTime()) {
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
  /**
   * The platform's process CPU clock, looked up at first use: the management beans it comes from
   * cost a tenth of a worker process's start, and most programs that import time never ask.
   */
  private static final class CpuClock {
    static final MethodHandle PROCESS_CPU_TIME = findProcessCpuTime();
  }

  private static MethodHandle findProcessCpuTime() {
    try {
      OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
      Class<?> ext = Class.forName("com.sun.management.OperatingSystemMXBean");
      if (!ext.isInstance(os)) {
        return null;
      }
      MethodHandle h =
          MethodHandles.publicLookup()
              .findVirtual(ext, "getProcessCpuTime", MethodType.methodType(long.class));
      long probe = (long) h.invoke(os);
      return probe < 0 ? null : h.bindTo(os);
    } catch (Throwable e) {
      return null;
    }
  }

  static long processCpuNanos() {
    MethodHandle clock = CpuClock.PROCESS_CPU_TIME;
    if (clock != null) {
      try {
        return (long) clock.invokeExact();
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

  // ---------------------------------------------------------------- calendar time

  static final PyType STRUCT_TIME = StructSeq.type("struct_time");
  private static final String[] TM_FIELDS = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
  };

  private static final String[] DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  };
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  };

  static {
    STRUCT_TIME.setConstructor(
        (ts, type, a, kw) -> {
          ArgParser.arity("struct_time", a, kw, 1, 1);
          PyObject[] items = io.gilvm.object.Ops.toArray(a[0]);
          if (items.length != 9) {
            throw PyException.typeError(
                "time.struct_time() takes a 9-sequence (" + items.length + "-sequence given)");
          }
          return new StructSeq(STRUCT_TIME, "time.struct_time", TM_FIELDS, items);
        });
  }

  static StructSeq structTime(ZonedDateTime z) {
    boolean dst = z.getZone().getRules().isDaylightSavings(z.toInstant());
    return new StructSeq(
        STRUCT_TIME,
        "time.struct_time",
        TM_FIELDS,
        PyInt.of(z.getYear()),
        PyInt.of(z.getMonthValue()),
        PyInt.of(z.getDayOfMonth()),
        PyInt.of(z.getHour()),
        PyInt.of(z.getMinute()),
        PyInt.of(z.getSecond()),
        PyInt.of(z.getDayOfWeek().getValue() - 1),
        PyInt.of(z.getDayOfYear()),
        PyInt.of(dst ? 1 : 0));
  }

  private static Instant secondsArg(PyObject[] a, String fname) {
    if (a.length == 0 || a[0] == PyNone.NONE) {
      return Instant.now();
    }
    double d = ArgParser.asDouble(a[0]);
    if (Double.isNaN(d)) {
      throw PyException.valueError("Invalid value NaN (not a number)");
    }
    long secs = (long) Math.floor(d);
    return Instant.ofEpochSecond(secs);
  }

  /** The nine fields of a struct_time or 9-tuple, checked as CPython checks them. */
  static int[] fields(PyObject tuple, String fname) {
    PyObject[] items;
    if (tuple instanceof StructSeq ss) {
      items = ss.values().items();
    } else if (tuple instanceof PyTuple t) {
      items = t.items();
    } else {
      throw PyException.typeError("Tuple or struct_time argument required");
    }
    if (items.length != 9) {
      throw PyException.typeError(fname + "(): illegal time tuple argument");
    }
    int[] f = new int[9];
    for (int k = 0; k < 9; k++) {
      if (!(items[k] instanceof PyInt)) {
        throw PyException.typeError(
            "'" + items[k].type().name() + "' object cannot be interpreted as an integer");
      }
      f[k] = (int) ((PyInt) items[k]).asLong();
    }
    return f;
  }

  private static PyObject struct(ThreadState t, PyObject[] a, String[] kw, String fname, ZoneId z) {
    ArgParser.arity(fname, a, kw, 0, 1);
    return structTime(ZonedDateTime.ofInstant(secondsArg(a, fname), z));
  }

  private static void installCalendar(PyModule m) {
    m.put("struct_time", STRUCT_TIME);
    m.function("gmtime", (t, a, kw) -> struct(t, a, kw, "gmtime", ZoneOffset.UTC));
    m.function("localtime", (t, a, kw) -> struct(t, a, kw, "localtime", ZoneId.systemDefault()));
    m.function(
        "mktime",
        (t, a, kw) -> {
          ArgParser.arity("mktime", a, kw, 1, 1);
          int[] f = fields(a[0], "mktime");
          LocalDateTime ldt =
              LocalDateTime.of(f[0], 1, 1, 0, 0)
                  .plusMonths(f[1] - 1)
                  .plusDays(f[2] - 1)
                  .plusHours(f[3])
                  .plusMinutes(f[4])
                  .plusSeconds(f[5]);
          return PyFloat.of(ldt.atZone(ZoneId.systemDefault()).toEpochSecond());
        });
    m.function(
        "strftime",
        (t, a, kw) -> {
          ArgParser.arity("strftime", a, kw, 1, 2);
          String fmt = ArgParser.asStr(a[0], "strftime");
          int[] f;
          if (a.length == 1) {
            f = nowFields(t, ZonedDateTime.now(ZoneId.systemDefault()));
          } else {
            f = fields(a[1], "strftime");
            checkRanges(f);
          }
          return new PyStr(strftime(fmt, f, ZoneId.systemDefault()));
        });
    m.function(
        "strptime",
        (t, a, kw) -> {
          // The parsing is datetime's (written in Python), as CPython's time.strptime uses
          // _strptime.
          PyModule dt = t.interp.importModule(t, "datetime");
          PyObject f = dt.dict().getStr("_time_strptime");
          return f.call(t, a, kw);
        });
    m.function(
        "asctime",
        (t, a, kw) -> {
          ArgParser.arity("asctime", a, kw, 0, 1);
          int[] f = a.length == 0 ? nowFields(t, ZonedDateTime.now()) : fields(a[0], "asctime");
          return new PyStr(strftime("%a %b %e %H:%M:%S %Y", f, ZoneId.systemDefault()));
        });
    m.function(
        "ctime",
        (t, a, kw) -> {
          ArgParser.arity("ctime", a, kw, 0, 1);
          int[] f =
              nowFields(t, ZonedDateTime.ofInstant(secondsArg(a, "ctime"), ZoneId.systemDefault()));
          return new PyStr(strftime("%a %b %e %H:%M:%S %Y", f, ZoneId.systemDefault()));
        });
    ZoneId zone = ZoneId.systemDefault();
    ZonedDateTime jan = ZonedDateTime.of(LocalDateTime.now().getYear(), 1, 1, 0, 0, 0, 0, zone);
    ZonedDateTime jul = jan.withMonth(7);
    int janOff = jan.getOffset().getTotalSeconds();
    int julOff = jul.getOffset().getTotalSeconds();
    int std = Math.min(janOff, julOff);
    int dstOff = Math.max(janOff, julOff);
    m.put("timezone", PyInt.of(-std));
    m.put("altzone", PyInt.of(-dstOff));
    m.put("daylight", PyInt.of(janOff != julOff ? 1 : 0));
    String stdName = zoneName(janOff <= julOff ? jan : jul);
    String dstName = zoneName(janOff <= julOff ? jul : jan);
    m.put("tzname", PyTuple.of(new PyStr(stdName), new PyStr(dstName)));
  }

  /** The fields of {@code z}, through a struct_time that is dropped again. */
  private static int[] nowFields(ThreadState ts, ZonedDateTime z) {
    StructSeq st = structTime(z);
    try {
      return fields(st, "strftime");
    } finally {
      io.gilvm.mem.Refs.discard(ts, st);
    }
  }

  /** The zones whose abbreviation is "UTC" (as a formatter names them, without loading names). */
  private static final java.util.Set<String> UTC_IDS =
      java.util.Set.of(
          "UTC",
          "Etc/UTC",
          "Etc/Universal",
          "Universal",
          "Zulu",
          "Etc/Zulu",
          "UCT",
          "Etc/UCT",
          "Z");

  private static String zoneName(ZonedDateTime z) {
    if (UTC_IDS.contains(z.getZone().getId())) {
      // A container's usual zone: the formatter's first use loads the zone name tables, a tenth
      // of a worker process's start.
      return "UTC";
    }
    String n = java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.ROOT).format(z);
    if (n.equals("Z") || n.equals("GMT") && z.getZone().getId().equals("UTC")) {
      return "UTC";
    }
    return n;
  }

  private static void checkRanges(int[] f) {
    if (f[1] < 0 || f[1] > 12) {
      throw PyException.valueError("month out of range");
    }
    if (f[2] < 0 || f[2] > 31) {
      throw PyException.valueError("day of month out of range");
    }
    if (f[3] < 0 || f[3] > 23) {
      throw PyException.valueError("hour out of range");
    }
    if (f[4] < 0 || f[4] > 59) {
      throw PyException.valueError("minute out of range");
    }
    if (f[5] < 0 || f[5] > 61) {
      throw PyException.valueError("seconds out of range");
    }
    if (f[7] < 0 || f[7] > 366) {
      throw PyException.valueError("day of year out of range");
    }
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  /**
   * C's strftime in the C locale for the nine fields of a struct_time: the directives glibc knows;
   * an unknown one is copied as it stands, as glibc does.
   */
  static String strftime(String fmt, int[] f, ZoneId zone) {
    StringBuilder sb = new StringBuilder();
    int n = fmt.length();
    int year = f[0];
    int mon = Math.max(1, Math.min(12, f[1]));
    int mday = f[2] == 0 ? 1 : f[2];
    int wday = ((f[6] % 7) + 7) % 7;
    int yday = f[7] == 0 ? 1 : f[7];
    for (int i = 0; i < n; i++) {
      char c = fmt.charAt(i);
      if (c != '%' || i + 1 >= n) {
        sb.append(c);
        continue;
      }
      char d = fmt.charAt(++i);
      switch (d) {
        case 'a' -> sb.append(DAYS[wday], 0, 3);
        case 'A' -> sb.append(DAYS[wday]);
        case 'b', 'h' -> sb.append(MONTHS[mon - 1], 0, 3);
        case 'B' -> sb.append(MONTHS[mon - 1]);
        case 'c' -> sb.append(strftime("%a %b %e %H:%M:%S %Y", f, zone));
        case 'C' -> sb.append(two(Math.floorDiv(year, 100)));
        case 'd' -> sb.append(two(mday));
        case 'D' -> sb.append(strftime("%m/%d/%y", f, zone));
        case 'e' -> sb.append(mday < 10 ? " " + mday : Integer.toString(mday));
        case 'F' -> sb.append(strftime("%Y-%m-%d", f, zone));
        case 'H' -> sb.append(two(f[3]));
        case 'I' -> sb.append(two(f[3] % 12 == 0 ? 12 : f[3] % 12));
        case 'j' -> sb.append(String.format("%03d", yday));
        case 'k' -> sb.append(f[3] < 10 ? " " + f[3] : Integer.toString(f[3]));
        case 'l' -> {
          int h = f[3] % 12 == 0 ? 12 : f[3] % 12;
          sb.append(h < 10 ? " " + h : Integer.toString(h));
        }
        case 'm' -> sb.append(two(mon));
        case 'M' -> sb.append(two(f[4]));
        case 'n' -> sb.append('\n');
        case 'p' -> sb.append(f[3] < 12 ? "AM" : "PM");
        case 'r' -> sb.append(strftime("%I:%M:%S %p", f, zone));
        case 'R' -> sb.append(strftime("%H:%M", f, zone));
        case 'S' -> sb.append(two(f[5]));
        case 't' -> sb.append('\t');
        case 'T' -> sb.append(strftime("%H:%M:%S", f, zone));
        case 'u' -> sb.append(wday + 1);
        case 'w' -> sb.append((wday + 1) % 7);
        case 'U' -> sb.append(two((yday - 1 + 7 - (wday + 1) % 7) / 7));
        case 'W' -> sb.append(two((yday - 1 + 7 - wday) / 7));
        case 'G', 'g', 'V' -> {
          java.time.LocalDate ld = java.time.LocalDate.of(year, mon, mday);
          int wy = ld.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
          int wk = ld.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
          sb.append(
              d == 'G' ? Integer.toString(wy) : d == 'g' ? two(Math.floorMod(wy, 100)) : two(wk));
        }
        case 'x' -> sb.append(strftime("%m/%d/%y", f, zone));
        case 'X' -> sb.append(strftime("%H:%M:%S", f, zone));
        case 'y' -> sb.append(two(Math.floorMod(year, 100)));
        case 'Y' -> sb.append(year);
        case 'z' -> {
          int off = zone.getRules().getOffset(Instant.now()).getTotalSeconds();
          sb.append(off < 0 ? '-' : '+');
          off = Math.abs(off);
          sb.append(two(off / 3600)).append(two(off / 60 % 60));
        }
        case 'Z' -> sb.append(zoneName(ZonedDateTime.now(zone)));
        case '%' -> sb.append('%');
        default -> sb.append('%').append(d);
      }
    }
    return sb.toString();
  }
}
