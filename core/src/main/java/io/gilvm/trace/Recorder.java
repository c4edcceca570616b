package io.gilvm.trace;

import io.gilvm.spi.LockEvents;
import io.gilvm.spi.ThreadHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import org.jctools.queues.atomic.SpscAtomicArrayQueue;

/**
 * Records lock events ({@code --stats}, {@code --trace}, {@code --timeline}). Each thread keeps its
 * own totals (time running, waiting, blocked; acquisitions) and, when a {@link Sink} is given,
 * streams its events to it: a thread fills a chunk of {@link #CHUNK} events and hands it to one
 * writer thread through its own single-producer single-consumer queue (JCTools), and the writer
 * passes each chunk to the sinks (a trace file, a timeline's spool) and gives it back. So a traced
 * run of any length keeps at most {@link #RETAINED_PER_THREAD} events a thread in memory, and none
 * is lost: when the writer falls behind, a thread whose queue is full waits for it.
 *
 * <p>Concurrency: a {@link Track} is written only by its thread ({@link LockEvents#event} is always
 * called by the thread the event is about); its chunks go to the writer through {@code full} and
 * come back through {@code free}, two SPSC queues whose offer/poll order each chunk's contents (the
 * producer writes a chunk, then offers it; the writer polls it, then reads). Each thread's queue is
 * drained in order, so a sink sees one thread's events in the order they happened; different
 * threads' chunks interleave. The totals are read once the thread has finished (the interpreter
 * waits for its threads before anyone reads). The recorder finds the calling thread's track in its
 * own per-thread slot (a {@link ThreadLocal}, checked against the handle, since an embedding Java
 * thread may serve one interpreter thread and later another). {@link #finish} ends the recording:
 * the writer drains what is queued, and the part-filled chunk of a thread still running is read up
 * to its count, which each event publishes with a release store.
 */
public final class Recorder implements LockEvents {
  /** Events a thread hands to the writer at a time. */
  static final int CHUNK = 1024;

  /** Chunks a thread may have waiting for the writer; with all of them waiting it waits. */
  static final int QUEUED_CHUNKS = 32;

  /**
   * The most events of one thread in memory at once: the chunks queued, the one being filled and
   * the one the writer is passing to the sinks.
   */
  public static final int RETAINED_PER_THREAD = (QUEUED_CHUNKS + 2) * CHUNK;

  private static final Kind[] KINDS = Kind.values();

  /**
   * Where the writer thread hands events: called by that one thread only, with one thread's events
   * in the order they happened. Must not throw: a sink that fails keeps its error and reports it
   * when its owner ends it.
   */
  public interface Sink {
    /** Events {@code 0..n-1} of {@code track}: times ({@link System#nanoTime()}) and kinds. */
    void events(Track track, long[] times, byte[] kinds, int n);
  }

  private final long origin = System.nanoTime();
  private final ConcurrentLinkedQueue<Track> tracks = new ConcurrentLinkedQueue<>();
  private final Sink[] sinks;
  private final Thread writer;
  private volatile boolean finished;

  /** The calling thread's track: the recorder's own per-thread state. */
  private final ThreadLocal<Track> current = new ThreadLocal<>();

  /** A recorder that keeps each thread's totals only ({@code --stats}, the embedding's stats). */
  public Recorder() {
    this(List.of());
  }

  /** A recorder that also streams every event to {@code sinks}, on a writer thread of its own. */
  public Recorder(List<Sink> sinks) {
    this.sinks = sinks.toArray(new Sink[0]);
    if (this.sinks.length == 0) {
      writer = null;
    } else {
      writer = new Thread(this::write, "gilvm-recorder");
      writer.setDaemon(true);
      writer.start();
    }
  }

  @Override
  public void event(ThreadHandle thread, Kind kind) {
    record(thread, System.nanoTime(), kind);
  }

  /** {@link #event} at a given time; called by {@code thread} only. */
  void record(ThreadHandle thread, long now, Kind kind) {
    Track t = track(thread, now);
    t.add(now, kind);
    if (kind == Kind.RELEASED_EXIT) {
      // The thread is done with this interpreter: its events go, its slot goes, its track stays.
      t.flush();
      current.remove();
    }
  }

  /** {@code thread}'s track, made on its first event; called by that thread only. */
  private Track track(ThreadHandle thread, long now) {
    Track t = current.get();
    if (t == null || t.handle != thread) {
      t = new Track(this, thread, now);
      current.set(t);
      tracks.add(t);
    }
    return t;
  }

  /**
   * Sets how many instructions {@code thread} executed, for {@code --stats}; called by that thread
   * when it leaves, before its last event.
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

  /**
   * Ends the recording once the program has: every event recorded so far reaches the sinks before
   * this returns; later ones are counted as {@link Track#dropped dropped} (so may be some of a
   * thread still running as this is called). Called by the thread that reads the recording; does
   * nothing without sinks.
   */
  public void finish() {
    if (writer == null || finished) {
      return;
    }
    finished = true;
    LockSupport.unpark(writer);
    boolean interrupted = false;
    while (writer.isAlive()) {
      try {
        writer.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The writer thread: passes the threads' chunks to the sinks until {@link #finish}. */
  private void write() {
    while (!finished) {
      if (!drain()) {
        LockSupport.parkNanos(200_000);
      }
    }
    for (Track t : tracks) {
      while (drain(t)) {
        // Everything queued before finish.
      }
      // NOTE: the chunk is read after the queue is drained, and given to the sinks only if it is
      // still the one being filled afterwards: a chunk offered meanwhile was drained instead.
      // Its count is read with acquire, so the events below it are whole.
      Chunk c = t.filling;
      int n = (int) N.getAcquire(c);
      if (drain(t) || t.filling != c) {
        continue;
      }
      pass(t, c, n);
    }
  }

  /** One pass over every thread's queue; true if any chunk was written. */
  private boolean drain() {
    boolean any = false;
    for (Track t : tracks) {
      while (drain(t)) {
        any = true;
      }
    }
    return any;
  }

  /** Writes {@code t}'s next queued chunk, if there is one. */
  private boolean drain(Track t) {
    Chunk c = t.full.poll();
    if (c == null) {
      return false;
    }
    pass(t, c, c.n);
    c.n = 0;
    t.free.offer(c);
    return true;
  }

  private void pass(Track t, Chunk c, int n) {
    if (n > 0) {
      for (Sink s : sinks) {
        s.events(t, c.times, c.kinds, n);
      }
      t.delivered += n;
    }
  }

  /** A run of one thread's events, filled by that thread and written by the writer. */
  static final class Chunk {
    final long[] times = new long[CHUNK];
    final byte[] kinds = new byte[CHUNK];

    /** Events filled; written by the filling thread with a release store. */
    int n;
  }

  private static final VarHandle N;

  static {
    try {
      N = MethodHandles.lookup().findVarHandle(Chunk.class, "n", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** One thread's totals, and the queues its events go to the writer through. */
  public static final class Track {
    private final Recorder recorder;
    private final ThreadHandle handle;
    private final long threadId;
    private final String name;

    /** Instructions the thread executed; set by the runtime when the thread leaves. */
    volatile long instructions;

    /** Time in each state and locks taken, counted as the events come. */
    private final long[] totals = new long[State.values().length];

    private State state = State.WAITING;
    private long since;
    private long took;
    private long dropped;

    /** Chunks on their way to the writer, and back. Null when the recorder has no sinks. */
    final SpscAtomicArrayQueue<Chunk> full;

    final SpscAtomicArrayQueue<Chunk> free;

    /** The chunk this thread fills; replaced (by this thread) when it is handed over. */
    volatile Chunk filling;

    /** Events this thread recorded; written by it only (opaque), read by anyone. */
    private long added;

    /** Events the sinks were given; written by the writer only. */
    private volatile long delivered;

    Track(Recorder recorder, ThreadHandle handle, long start) {
      this.recorder = recorder;
      this.handle = handle;
      this.threadId = handle.id();
      this.name = handle.name();
      this.since = start;
      if (recorder.writer == null) {
        full = null;
        free = null;
      } else {
        full = new SpscAtomicArrayQueue<>(QUEUED_CHUNKS);
        free = new SpscAtomicArrayQueue<>(QUEUED_CHUNKS + 2);
        filling = new Chunk();
      }
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
      ADDED.setOpaque(this, added + 1);
      if (full == null) {
        return;
      }
      if (recorder.finished) {
        dropped++;
        return;
      }
      Chunk c = filling;
      int n = c.n;
      c.times[n] = time;
      c.kinds[n] = (byte) kind.ordinal();
      N.setRelease(c, n + 1);
      if (n + 1 == CHUNK) {
        flush();
      }
    }

    /**
     * Hands the part-filled chunk to the writer and starts another; waits while the queue is full.
     * Once the recording has finished nobody drains it, so the chunk's events count as dropped and
     * the chunk is left to the writer's last look (not reused).
     */
    void flush() {
      if (full == null) {
        return;
      }
      Chunk c = filling;
      if (c.n == 0) {
        return;
      }
      while (!full.offer(c)) {
        if (recorder.finished) {
          dropped += c.n;
          filling = new Chunk();
          return;
        }
        LockSupport.unpark(recorder.writer);
        Thread.yield();
      }
      Chunk next = free.poll();
      filling = next != null ? next : new Chunk();
    }

    public long threadId() {
      return threadId;
    }

    public String name() {
      return name;
    }

    /** When the recording started: {@link Recorder#origin()}. */
    public long origin() {
      return recorder.origin;
    }

    /** Events recorded, whether or not they have reached the sinks yet. */
    public long recorded() {
      return (long) ADDED.getOpaque(this);
    }

    /**
     * Events recorded and not yet given to the sinks: what the recorder holds of this thread now.
     */
    public long retained() {
      return Math.max(0, recorded() - delivered);
    }

    /** Events recorded after {@link Recorder#finish}, which no sink was given. */
    public long dropped() {
      return dropped;
    }

    public long instructions() {
      return instructions;
    }

    /** Nanoseconds spent in {@code s}. */
    public long nanosIn(State s) {
      return totals[s.ordinal()];
    }

    /** How many times the thread took the lock (or got back to running after a wait). */
    public long acquisitions() {
      return took;
    }

    private static final VarHandle ADDED;

    static {
      try {
        ADDED = MethodHandles.lookup().findVarHandle(Track.class, "added", long.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }
  }

  /** The kind an event's byte (as a {@link Sink} gets it) stands for. */
  public static Kind kind(byte b) {
    return KINDS[b];
  }

  /**
   * The state a thread is in after {@code kind}. After a blocking call a thread under a lock still
   * waits to take it back (WANTS follows at once), so the zero-length running stretch that
   * BLOCKING_END starts then disappears.
   */
  public static State next(State state, Kind kind) {
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
