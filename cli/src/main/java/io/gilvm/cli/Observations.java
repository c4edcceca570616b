package io.gilvm.cli;

import io.gilvm.spi.LockEvents.Kind;
import io.gilvm.state.Interpreter;
import io.gilvm.trace.Recorder;
import io.gilvm.trace.Recorder.Span;
import io.gilvm.trace.Recorder.State;
import io.gilvm.trace.Recorder.Track;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code --stats}, {@code --trace} and {@code --timeline} make of the recorded lock events: a
 * table on stderr once the program has ended, Chrome trace-event JSON (Perfetto, chrome://tracing)
 * written as the events stream in, and an SVG picture of who held the lock when, drawn at the end
 * from the events spooled to disk.
 */
public final class Observations {
  private Observations() {}

  /**
   * Per thread: instructions, time running, waiting for the lock, blocked; and the lock's counters.
   */
  static void printStats(Interpreter interp, PrintStream err) {
    Recorder rec = interp.recorder();
    List<Track> tracks = rec.tracks();
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "gilvm: stats (lock %s, memory %s)%n",
            interp.lockStrategy().name(),
            interp.memoryStrategy().name()));
    sb.append(
        String.format(
            Locale.ROOT,
            "  %-24s %14s %10s %10s %10s %13s%n",
            "thread",
            "instructions",
            "running",
            "waiting",
            "blocking",
            "acquisitions"));
    for (Track t : tracks) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-24s %,14d %8.3f s %8.3f s %8.3f s %,13d%n",
              t.name().length() > 24 ? t.name().substring(0, 23) + "…" : t.name(),
              t.instructions(),
              t.nanosIn(State.RUNNING) / 1e9,
              t.nanosIn(State.WAITING) / 1e9,
              t.nanosIn(State.BLOCKED) / 1e9,
              t.acquisitions()));
    }
    Map<String, Long> counters = interp.lock().statistics();
    if (!counters.isEmpty()) {
      sb.append("  lock:");
      String sep = " ";
      for (Map.Entry<String, Long> e : counters.entrySet()) {
        sb.append(sep)
            .append(String.format(Locale.ROOT, "%,d", e.getValue()))
            .append(' ')
            .append(e.getKey());
        sep = ", ";
      }
      sb.append(System.lineSeparator());
    }
    err.print(sb);
    err.flush();
  }

  /**
   * Chrome trace-event JSON, written as the program runs: a track per thread, a slice per span
   * (running, waiting for the lock, in a blocking call), marks for drop requests, forced switches
   * and contended takes. The recorder's writer thread feeds it; {@link #end} closes the file.
   */
  public static final class TraceFile implements Recorder.Sink {
    private final Path file;
    private final Writer w;
    private final Map<Track, Cursor> cursors = new HashMap<>();
    private long origin;
    private boolean first = true;
    private IOException failure;

    /** Opens {@code file}; IOException if it cannot be. */
    public TraceFile(Path file) throws IOException {
      this.file = file;
      this.w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      w.write("{\"traceEvents\":[\n");
    }

    @Override
    public void events(Track t, long[] times, byte[] kinds, int n) {
      if (failure != null) {
        return;
      }
      try {
        Cursor c = cursors.get(t);
        if (c == null) {
          if (cursors.isEmpty()) {
            origin = t.origin();
          }
          c = new Cursor(times[0]);
          cursors.put(t, c);
          item(
              "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":"
                  + t.threadId()
                  + ",\"args\":{\"name\":"
                  + json(t.name())
                  + "}}");
        }
        for (int i = 0; i < n; i++) {
          Kind k = Recorder.kind(kinds[i]);
          Span s = c.next(times[i], k);
          if (s != null) {
            item(
                "{\"name\":\""
                    + label(s.state())
                    + "\",\"cat\":\"lock\",\"ph\":\"X\",\"pid\":1,\"tid\":"
                    + t.threadId()
                    + ",\"ts\":"
                    + micros(s.from() - origin)
                    + ",\"dur\":"
                    + micros(s.nanos())
                    + "}");
          }
          if (k == Kind.DROP_REQUEST || k == Kind.FORCED_SWITCH || k == Kind.CONTENDED) {
            item(
                "{\"name\":\""
                    + k.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + "\",\"cat\":\"lock\",\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":"
                    + t.threadId()
                    + ",\"ts\":"
                    + micros(times[i] - origin)
                    + "}");
          }
        }
      } catch (IOException e) {
        failure = e;
      }
    }

    private void item(String json) throws IOException {
      if (!first) {
        w.write(",\n");
      }
      first = false;
      w.write(json);
    }

    /**
     * Ends the file with the run's lock and memory strategy; after {@link Recorder#finish}.
     * UncheckedIOException if any write failed.
     */
    public void end(Interpreter interp) {
      try {
        if (failure == null) {
          w.write("\n],\"displayTimeUnit\":\"ms\",\"otherData\":{\"lock\":");
          w.write(json(interp.lockStrategy().name()));
          w.write(",\"memory\":");
          w.write(json(interp.memoryStrategy().name()));
          w.write("}}\n");
        }
        w.close();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        }
      }
      if (failure != null) {
        throw new UncheckedIOException(file.toString(), failure);
      }
    }
  }

  /**
   * Where one thread is while its events stream past: what it is doing and since when. Gives the
   * span an event ends, if any.
   */
  private static final class Cursor {
    private State state = State.WAITING;
    private long since;

    Cursor(long start) {
      this.since = start;
    }

    /** The span that {@code kind} at {@code time} closes, or null. */
    Span next(long time, Kind kind) {
      State to = Recorder.next(state, kind);
      if (to == state) {
        return null;
      }
      Span done = time > since && state != State.GONE ? new Span(state, since, time) : null;
      state = to;
      since = time;
      return done;
    }
  }

  private static String label(State s) {
    return switch (s) {
      case RUNNING -> "running";
      case WAITING -> "waiting for the lock";
      case BLOCKED -> "blocking call";
      case GONE -> "gone";
    };
  }

  private static String micros(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1000.0);
  }

  /** {@code s} as a JSON string literal. */
  public static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static final int WIDTH = 1000;
  private static final int ROW = 28;
  private static final int LEFT = 170;

  /**
   * An SVG timeline like Beazley's GIL pictures: a row per thread, time left to right, green while
   * running, red while waiting for the lock, grey in a blocking call, a tick for each drop request.
   * Each pixel column shows what the thread did most in that slice of time, so a run of any length
   * draws the same number of rectangles at most. The events stream to a spool file as the program
   * runs (the picture's time axis is known only at the end); {@link #end} draws from it and deletes
   * it.
   */
  public static final class TimelineFile implements Recorder.Sink {
    private final Path file;
    private final Path spool;
    private final DataOutputStream out;

    /** The threads seen, in the order their first events came; a thread's row is its index. */
    private final Map<Track, Integer> rows = new LinkedHashMap<>();

    private long start = Long.MAX_VALUE;
    private long end = Long.MIN_VALUE;
    private IOException failure;

    /** Draws into {@code file} at the end; IOException if the spool cannot be made. */
    public TimelineFile(Path file) throws IOException {
      this.file = file;
      this.spool = Files.createTempFile("gilvm-timeline", ".events");
      this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool)));
    }

    @Override
    public void events(Track t, long[] times, byte[] kinds, int n) {
      if (failure != null) {
        return;
      }
      Integer row = rows.computeIfAbsent(t, k -> rows.size());
      start = Math.min(start, times[0]);
      end = Math.max(end, times[n - 1]);
      try {
        out.writeInt(row);
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
          out.writeLong(times[i]);
        }
        out.write(kinds, 0, n);
      } catch (IOException e) {
        failure = e;
      }
    }

    /** Draws the picture; after {@link Recorder#finish}. UncheckedIOException if a write failed. */
    public void end(Interpreter interp) {
      try {
        out.close();
        if (failure != null) {
          throw failure;
        }
        draw(interp);
      } catch (IOException e) {
        throw new UncheckedIOException(file.toString(), e);
      } finally {
        try {
          Files.deleteIfExists(spool);
        } catch (IOException e) {
          // A temporary file left behind is not worth failing the run for.
        }
      }
    }

    private void draw(Interpreter interp) throws IOException {
      List<Track> tracks = new ArrayList<>(rows.keySet());
      if (start >= end) {
        start = Math.min(start, end);
        end = start + 1;
      }
      double perPixel = (double) (end - start) / WIDTH;
      long[][][] busy = new long[tracks.size()][WIDTH][State.values().length];
      BitSet[] ticks = new BitSet[tracks.size()];
      Cursor[] cursors = new Cursor[tracks.size()];
      for (int r = 0; r < tracks.size(); r++) {
        ticks[r] = new BitSet(WIDTH);
      }
      try (DataInputStream in =
          new DataInputStream(new BufferedInputStream(Files.newInputStream(spool)))) {
        long[] times = new long[0];
        byte[] kinds = new byte[0];
        while (true) {
          int row;
          try {
            row = in.readInt();
          } catch (EOFException e) {
            break;
          }
          int n = in.readInt();
          if (times.length < n) {
            times = new long[n];
            kinds = new byte[n];
          }
          for (int i = 0; i < n; i++) {
            times[i] = in.readLong();
          }
          in.readFully(kinds, 0, n);
          if (cursors[row] == null) {
            cursors[row] = new Cursor(times[0]);
          }
          for (int i = 0; i < n; i++) {
            Kind k = Recorder.kind(kinds[i]);
            Span s = cursors[row].next(times[i], k);
            if (s != null) {
              paint(busy[row], s, start, perPixel);
            }
            if (k == Kind.DROP_REQUEST) {
              ticks[row].set((int) Math.min(WIDTH - 1, (times[i] - start) / perPixel));
            }
          }
        }
      }
      int height = 60 + tracks.size() * ROW + 50;
      StringBuilder svg = new StringBuilder();
      svg.append(
          String.format(
              Locale.ROOT,
              "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
              LEFT + WIDTH + 20,
              height));
      svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"10\" y=\"20\" font-size=\"14\">gilvm: lock %s, memory %s, %.3f s</text>%n",
              esc(interp.lockStrategy().name()),
              esc(interp.memoryStrategy().name()),
              (end - start) / 1e9));
      int y = 40;
      for (int r = 0; r < tracks.size(); r++) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"10\" y=\"%d\">%s</text>%n",
                y + 17,
                esc(tracks.get(r).name())));
        State run = null;
        int runFrom = 0;
        for (int x = 0; x <= WIDTH; x++) {
          State s = x == WIDTH ? null : dominant(busy[r][x]);
          if (s != run) {
            if (run != null && run != State.GONE) {
              svg.append(
                  String.format(
                      Locale.ROOT,
                      "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"20\" fill=\"%s\"/>%n",
                      LEFT + runFrom,
                      y,
                      x - runFrom,
                      colour(run)));
            }
            run = s;
            runFrom = x;
          }
        }
        for (int x = ticks[r].nextSetBit(0); x >= 0; x = ticks[r].nextSetBit(x + 1)) {
          svg.append(
              String.format(
                  Locale.ROOT,
                  "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\" stroke-width=\"1\"/>%n",
                  LEFT + x,
                  y - 3,
                  LEFT + x,
                  y));
        }
        y += ROW;
      }
      axisAndKey(svg, y, end - start);
      String text = svg.toString();
      if (file.toString().endsWith(".html")) {
        text =
            "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>gilvm timeline</title></head><body>\n"
                + text
                + "</body></html>\n";
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
  }

  /** Adds span {@code s} to the pixel columns it covers: nanoseconds per column and state. */
  private static void paint(long[][] busy, Span s, long start, double perPixel) {
    int a = (int) Math.min(WIDTH - 1, (s.from() - start) / perPixel);
    int b = (int) Math.min(WIDTH - 1, (s.to() - start) / perPixel);
    for (int x = a; x <= b; x++) {
      long lo = Math.max(s.from(), start + (long) (x * perPixel));
      long hi = Math.min(s.to(), start + (long) ((x + 1) * perPixel));
      if (hi > lo) {
        busy[x][s.state().ordinal()] += hi - lo;
      }
    }
  }

  /** The time axis under the rows at {@code y}, and the colour key under it. */
  private static void axisAndKey(StringBuilder svg, int y, long nanos) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
            LEFT,
            y,
            LEFT + WIDTH,
            y));
    for (int k = 0; k <= 10; k++) {
      int x = LEFT + k * WIDTH / 10;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/><text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
              x,
              y,
              x,
              y + 5,
              x,
              y + 18,
              seconds(k * nanos / 10)));
    }
    y += 36;
    int lx = LEFT;
    for (State s : new State[] {State.RUNNING, State.WAITING, State.BLOCKED}) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
              lx,
              y - 11,
              colour(s),
              lx + 20,
              y,
              label(s)));
      lx += 190;
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/><text x=\"%d\" y=\"%d\">drop request</text>%n",
            lx + 7,
            y - 12,
            lx + 7,
            y + 2,
            lx + 20,
            y));
    svg.append("</svg>\n");
  }

  private static State dominant(long[] busy) {
    State best = null;
    long most = 0;
    for (State s : State.values()) {
      if (busy[s.ordinal()] > most) {
        most = busy[s.ordinal()];
        best = s;
      }
    }
    return best;
  }

  private static String colour(State s) {
    return switch (s) {
      case RUNNING -> "#2e9d4a";
      case WAITING -> "#d9402b";
      case BLOCKED -> "#a8a8a8";
      case GONE -> "white";
    };
  }

  private static String seconds(long nanos) {
    if (nanos < 1_000_000) {
      return String.format(Locale.ROOT, "%.0f µs", nanos / 1e3);
    }
    if (nanos < 1_000_000_000) {
      return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
