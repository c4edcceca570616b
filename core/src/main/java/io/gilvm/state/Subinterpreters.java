package io.gilvm.state;

import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The interpreters of one program (PEP 684 and 734, {@code concurrent.interpreters}): the main one,
 * id 0, and the subinterpreters made from it, each a separate {@link Interpreter} in this JVM with
 * its own modules, its own instance of the lock strategy and of the memory strategy, and its own
 * leak report. Nothing but immortal objects is shared: what crosses is copied as bytes.
 *
 * <p>Running in a subinterpreter is what CPython's thread-state swap does: the calling thread
 * releases its own interpreter's lock as for any blocking call, takes on a thread state of the
 * other interpreter (so {@link ThreadState#current()} answers that one), takes that interpreter's
 * lock, runs, and swaps back. Two threads running in two subinterpreters under {@code newgil}
 * therefore hold two different locks, and run in parallel.
 */
public final class Subinterpreters {
  /** One interpreter of the family. */
  private static final class Entry {
    final Interpreter interp;
    final String whence;

    /** Threads running in it now (guarded by the entry). */
    int running;

    /** Set once it is being closed (guarded by the entry). */
    boolean closed;

    /** Its {@code __main__} namespace, made by the first run (guarded by the entry). */
    PyDict main;

    Entry(Interpreter interp, String whence) {
      this.interp = interp;
      this.whence = whence;
    }
  }

  private final AtomicLong nextId = new AtomicLong(1);
  private final Map<Long, Entry> live = new ConcurrentSkipListMap<>();

  private Subinterpreters(Interpreter main) {
    live.put(0L, new Entry(main, "runtime init"));
  }

  /** The family {@code interp} belongs to, made (with it as the main interpreter) if none. */
  private static Subinterpreters family(Interpreter interp) {
    Subinterpreters f = interp.family;
    if (f == null) {
      synchronized (interp) {
        f = interp.family;
        if (f == null) {
          f = new Subinterpreters(interp);
          interp.family = f;
        }
      }
    }
    return f;
  }

  /** The error {@code concurrent.interpreters} turns into InterpreterNotFoundError. */
  public static final class NotFound extends RuntimeException {
    NotFound(long id) {
      super("unrecognized interpreter ID " + id, null, false, false);
    }
  }

  /** The error {@code concurrent.interpreters} turns into InterpreterError. */
  public static final class Busy extends RuntimeException {
    Busy(String message) {
      super(message, null, false, false);
    }
  }

  private Entry entry(long id) {
    Entry e = live.get(id);
    if (e == null) {
      throw new NotFound(id);
    }
    return e;
  }

  /** Makes a subinterpreter of the caller's family; returns its id. */
  public static long create(ThreadState ts) {
    Subinterpreters f = family(ts.interp);
    Interpreter sub = ts.interp.newSubinterpreter();
    long id = f.nextId.getAndIncrement();
    sub.family = f;
    sub.subinterpreterId = id;
    f.live.put(id, new Entry(sub, "_interpreters module"));
    return id;
  }

  /** The caller's interpreter id. */
  public static long currentId(ThreadState ts) {
    return ts.interp.subinterpreterId;
  }

  /** The ids of the family's interpreters, in order. */
  public static List<Long> ids(ThreadState ts) {
    return new ArrayList<>(family(ts.interp).live.keySet());
  }

  /** Where the interpreter came from ({@code Interpreter.whence}). */
  public static String whence(ThreadState ts, long id) {
    return family(ts.interp).entry(id).whence;
  }

  /** Whether code runs in the interpreter's {@code __main__} now; the main one always does. */
  public static boolean isRunning(ThreadState ts, long id) {
    if (id == 0) {
      return true;
    }
    Entry e = family(ts.interp).entry(id);
    synchronized (e) {
      return e.running > 0;
    }
  }

  /** The interpreter with id {@code id}, for tests and tools that look at its lock and counts. */
  public static Interpreter interpreter(ThreadState ts, long id) {
    return family(ts.interp).entry(id).interp;
  }

  /**
   * Runs {@code body} in interpreter {@code id} on the calling thread, with that interpreter's
   * {@code __main__} namespace; the caller's lock is released meanwhile. {@code body} must not let
   * a Python object of the other interpreter escape: it returns Java values, and catches the Python
   * exceptions it wants to report.
   */
  public static <T> T run(
      ThreadState caller, long id, java.util.function.BiFunction<ThreadState, PyDict, T> body) {
    Entry e = family(caller.interp).entry(id);
    if (e.interp == caller.interp) {
      throw new Busy("interpreter already running");
    }
    synchronized (e) {
      if (e.closed) {
        throw new NotFound(id);
      }
      if (e.running > 0) {
        throw new Busy("interpreter already running");
      }
      e.running++;
    }
    try {
      caller.interp.stdout().flush();
      return caller.blocking(() -> enter(e.interp, sub -> body.apply(sub, mainOf(e, sub))));
    } finally {
      synchronized (e) {
        e.running--;
      }
    }
  }

  private static PyDict mainOf(Entry e, ThreadState sub) {
    synchronized (e) {
      if (e.main == null) {
        e.main = sub.interp.newMainModule(sub).dict();
      }
      return e.main;
    }
  }

  /** Swaps the calling thread into {@code target}, runs {@code body}, and swaps it back. */
  private static <T> T enter(Interpreter target, Function<ThreadState, T> body) {
    Thread me = Thread.currentThread();
    ThreadState sub = target.foreignThreadState(me);
    ThreadState saved = ThreadState.swap(sub);
    try {
      sub.attach();
      try {
        return body.apply(sub);
      } finally {
        try {
          // This thread state ends with the call: the frames its exceptions kept let go, as at a
          // thread's end (else the subinterpreter's leak report counts their variables).
          sub.releaseTracebackFrames();
        } catch (PyException x) {
          // Raised by a finalizer: CPython reports those as unraisable; nothing waits for it.
        } finally {
          try {
            target.stdout().flush();
          } finally {
            sub.detach();
          }
        }
      }
    } finally {
      ThreadState.swap(saved);
    }
  }

  /**
   * Closes interpreter {@code id} ({@code Interpreter.close()}): runs its end as a program's
   * (threading's shutdown, its non-daemon threads, atexit), prints its own leak report when the
   * report is on, and forgets it. The main interpreter cannot be closed this way.
   */
  public static void close(ThreadState caller, long id) {
    Subinterpreters f = family(caller.interp);
    if (id == 0) {
      throw new Busy("cannot destroy the main interpreter");
    }
    Entry e = f.entry(id);
    List<String> report =
        run(
            caller,
            id,
            (sub, main) -> {
              try {
                return sub.interp.finishSubinterpreter(sub);
              } catch (PyException x) {
                sub.interp.handleUncaught(sub, x);
                return List.of();
              }
            });
    synchronized (e) {
      e.closed = true;
    }
    f.live.remove(id);
    if (!report.isEmpty()) {
      java.io.PrintStream err = e.interp.err();
      caller.interp.stdout().flush();
      synchronized (err) {
        for (String line : report) {
          err.println(
              line.startsWith("gilvm: ")
                  ? "gilvm: interpreter " + id + ": " + line.substring("gilvm: ".length())
                  : line);
        }
        err.flush();
      }
    }
  }

  /**
   * At the main interpreter's end (before its own leak report): closes the subinterpreters the
   * program left open, as CPython finalizes them at exit. Those still running code in another
   * thread are left alone.
   */
  static void closeAll(ThreadState ts) {
    Subinterpreters f = ts.interp.family;
    if (f == null || ts.interp.subinterpreterId != 0) {
      return;
    }
    for (Long id : new ArrayList<>(f.live.keySet())) {
      if (id == 0) {
        continue;
      }
      try {
        close(ts, id);
      } catch (NotFound | Busy e) {
        // Closed meanwhile, or still running in another thread.
      }
    }
  }
}
