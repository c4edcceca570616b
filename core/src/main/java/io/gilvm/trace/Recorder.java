package io.gilvm.trace;

import io.gilvm.spi.LockEvents;
import io.gilvm.spi.ThreadHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Records lock events ({@code --stats}, {@code --trace}, {@code --timeline}): each thread appends
 * to its own buffer, so the event path takes no lock and shares no cache line with another
 * thread.
 *
 * <p>Concurrency: a {@link Track} is written only by its thread ({@link LockEvents#event} is
 * always called by the thread the event is about) and read once that thread has finished: the
 * interpreter waits for its threads before anyone reads, which orders the reads after the writes.
 * The recorder finds the calling thread's track in its own per-thread slot (a {@link
 * ThreadLocal}, checked against the handle, since an embedding Java thread may serve one
 * interpreter thread and later another); the SPI's {@link ThreadHandle} carries nothing of it.
 * A buffer holds at most {@link #MAX_EVENTS} events; later ones are counted as dropped, so memory
 * stays bounded however long the program runs.
 */
public final class Recorder implements LockEvents {
  /** Events kept per thread (about 38 MB each when full). */
  public static final int MAX_EVENTS = 1 << 22;

  private static final Kind[] KINDS = Kind.values();

  private final long origin = System.nanoTime();
  private final ConcurrentLinkedQueue<Track> tracks = new ConcurrentLinkedQueue<>();

  /** The calling thread's track: the recorder's own per-thread state. */
  private final ThreadLocal<Track> current = new ThreadLocal<>();

  @Override
  public void event(ThreadHandle thread, Kind kind) {
    long now = System.nanoTime();
    track(thread, now).add(now, kind);
    if (kind == Kind.RELEASED_EXIT) {
      // The thread is done with this interpreter: its slot goes, the track stays in tracks.
      current.remove();
    }
  }

  /** {@code thread}'s track, made on its first event; called by that thread only. */
  private Track track(ThreadHandle thread, long now) {
    Track t = current.get();
    if (t == null || t.handle != thread) {
      t = new Track(thread, now);
      current.set(t);
      tracks.add(t);
    }
    return t;
  }

  /**
   * Sets how many instructions {@code thread} executed, for {@code --stats}; called by that
   * thread when it leaves, before its last event.
   */
  public void instructions(ThreadHandle thread, long n) {
    track(thread, System.nanoTime()).instructions = n;
  }

  /** When recording started ({@link System#nanoTime()}); event times count from here. */
  public long origin() {
    return origin;
  }

  /** The threads' tracks, in the order the threads first reported an event. */
  public List<Track> tracks() {
    return new ArrayList<>(tracks);
  }

  /** One thread's events, in the order they happened. */
  public static final class Track {
    private final ThreadHandle handle;
    private final long threadId;
    private final String name;
    private final long start;
    private long[] times = new long[64];
    private byte[] kinds = new byte[64];
    private int n;
    private long dropped;
    /** Instructions the thread executed; set by the runtime when the thread leaves. */
    volatile long instructions;
    /** Time in each state and locks taken, kept up to date even when events are dropped. */
    private final long[] totals = new long[State.values().length];
    private State state = State.WAITING;
    private long since;
    private long took;

    Track(ThreadHandle handle, long start) {
      this.handle = handle;
      this.threadId = handle.id();
      this.name = handle.name();
      this.start = start;
      this.since = start;
    }

    void add(long time, Kind kind) {
      State next = next(state, kind);
      if (next != state) {
        totals[state.ordinal()] += time - since;
        state = next;
        since = time;
      }
      if (kind == Kind.TOOK) {
        took++;
      }
      if (n == times.length) {
        if (n == MAX_EVENTS) {
          dropped++;
          return;
        }
        int cap = Math.min(MAX_EVENTS, n * 2);
        times = Arrays.copyOf(times, cap);
        kinds = Arrays.copyOf(kinds, cap);
      }
      times[n] = time;
      kinds[n++] = (byte) kind.ordinal();
    }

    public long threadId() {
      return threadId;
    }

    public String name() {
      return name;
    }

    /** How many events were recorded. */
    public int size() {
      return n;
    }

    /** Events not recorded because the buffer was full. */
    public long dropped() {
      return dropped;
    }

    public long instructions() {
      return instructions;
    }

    /** Nanoseconds spent in {@code s}, every event counted (dropped ones too). */
    public long nanosIn(State s) {
      return totals[s.ordinal()];
    }

    /** How many times the thread took the lock (or got back to running after a wait). */
    public long acquisitions() {
      return took;
    }

    /** The time ({@link System#nanoTime()}) of event {@code i}. */
    public long time(int i) {
      return times[i];
    }

    public Kind kind(int i) {
      return KINDS[kinds[i]];
    }

    /**
     * The thread's life cut into what it was doing: running bytecode, waiting for the lock (or a
     * critical section), or in a blocking call, from its first event to its last.
     */
    public List<Span> spans() {
      List<Span> out = new ArrayList<>();
      State state = State.WAITING;
      long since = n > 0 ? times[0] : start;
      for (int i = 0; i < n; i++) {
        State next = next(state, KINDS[kinds[i]]);
        if (next != state) {
          if (times[i] > since && state != State.GONE) {
            out.add(new Span(state, since, times[i]));
          }
          state = next;
          since = times[i];
        }
      }
      return out;
    }
  }

  /**
   * The state a thread is in after {@code kind}. After a blocking call a thread under a lock
   * still waits to take it back (WANTS follows at once), so the zero-length running stretch that
   * BLOCKING_END starts then disappears.
   */
  static State next(State state, Kind kind) {
    return switch (kind) {
      case WANTS, CONTENDED, RELEASED_INTERVAL, FORCED_SWITCH -> State.WAITING;
      case TOOK, BLOCKING_END -> State.RUNNING;
      case BLOCKING_BEGIN -> State.BLOCKED;
      case RELEASED_EXIT -> State.GONE;
      case DROP_REQUEST -> state;
    };
  }

  /** What a thread is doing. */
  public enum State {
    RUNNING,
    WAITING,
    BLOCKED,
    GONE
  }

  /** A stretch of time ({@link System#nanoTime()} values) a thread spent in one state. */
  public record Span(State state, long from, long to) {
    public long nanos() {
      return to - from;
    }
  }
}
