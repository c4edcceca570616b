package io.gilvm.cli;

import io.gilvm.state.Interpreter;
import io.gilvm.trace.Recorder;
import io.gilvm.trace.Recorder.Span;
import io.gilvm.trace.Recorder.State;
import io.gilvm.trace.Recorder.Track;
import io.gilvm.spi.LockEvents.Kind;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code --stats}, {@code --trace} and {@code --timeline} make of the recorded lock events
 * once the program has ended: a table on stderr, Chrome trace-event JSON (Perfetto,
 * chrome://tracing), and an SVG picture of who held the lock when.
 */
public final class Observations {
  private Observations() {}

  /** Per thread: instructions, time running, waiting for the lock, blocked; and the lock's counters. */
  static void printStats(Interpreter interp, PrintStream err) {
    Recorder rec = interp.recorder();
    List<Track> tracks = rec.tracks();
    long dropped = 0;
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "gilvm: stats (lock %s, memory %s)%n",
        interp.lockStrategy().name(), interp.memoryStrategy().name()));
    sb.append(String.format(Locale.ROOT, "  %-24s %14s %10s %10s %10s %13s%n",
        "thread", "instructions", "running", "waiting", "blocking", "acquisitions"));
    for (Track t : tracks) {
      dropped += t.dropped();
      sb.append(String.format(Locale.ROOT, "  %-24s %,14d %8.3f s %8.3f s %8.3f s %,13d%n",
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
        sb.append(sep).append(String.format(Locale.ROOT, "%,d", e.getValue())).append(' ').append(e.getKey());
        sep = ", ";
      }
      sb.append(System.lineSeparator());
    }
    if (dropped > 0) {
      sb.append(String.format(Locale.ROOT,
          "  (%,d events beyond %,d in a thread were counted above but not kept for --trace and --timeline)%n",
          dropped, Recorder.MAX_EVENTS));
    }
    err.print(sb);
    err.flush();
  }

  /** Chrome trace-event JSON: one track per thread, a slice per span, marks for drop requests. */
  static void writeTrace(Interpreter interp, Path file) {
    Recorder rec = interp.recorder();
    long origin = rec.origin();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"displayTimeUnit\":\"ms\",\"otherData\":{\"lock\":");
      w.write(json(interp.lockStrategy().name()));
      w.write(",\"memory\":");
      w.write(json(interp.memoryStrategy().name()));
      w.write("},\"traceEvents\":[\n");
      boolean first = true;
      for (Track t : rec.tracks()) {
        first = comma(w, first);
        w.write("{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":" + t.threadId()
            + ",\"args\":{\"name\":" + json(t.name()) + "}}");
        for (Span s : t.spans()) {
          first = comma(w, first);
          w.write("{\"name\":\"" + label(s.state()) + "\",\"cat\":\"lock\",\"ph\":\"X\",\"pid\":1,\"tid\":"
              + t.threadId() + ",\"ts\":" + micros(s.from() - origin) + ",\"dur\":" + micros(s.nanos()) + "}");
        }
        for (int i = 0; i < t.size(); i++) {
          Kind k = t.kind(i);
          if (k == Kind.DROP_REQUEST || k == Kind.FORCED_SWITCH || k == Kind.CONTENDED) {
            first = comma(w, first);
            w.write("{\"name\":\"" + k.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + "\",\"cat\":\"lock\",\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":" + t.threadId()
                + ",\"ts\":" + micros(t.time(i) - origin) + "}");
          }
        }
      }
      w.write("\n]}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean comma(Writer w, boolean first) throws IOException {
    if (!first) {
      w.write(",\n");
    }
    return false;
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
   * An SVG timeline like Beazley's GIL pictures: a row per thread, time left to right, green
   * while running, red while waiting for the lock, grey in a blocking call, a tick for each drop
   * request. Each pixel column shows what the thread did most in that slice of time, so a run of
   * any length draws the same number of rectangles at most.
   */
  public static void writeTimeline(Interpreter interp, Path file) {
    Recorder rec = interp.recorder();
    List<Track> tracks = rec.tracks();
    long start = Long.MAX_VALUE;
    long end = Long.MIN_VALUE;
    for (Track t : tracks) {
      if (t.size() > 0) {
        start = Math.min(start, t.time(0));
        end = Math.max(end, t.time(t.size() - 1));
      }
    }
    if (start >= end) {
      end = start + 1;
    }
    double perPixel = (double) (end - start) / WIDTH;
    int height = 60 + tracks.size() * ROW + 50;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
        LEFT + WIDTH + 20, height));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    long dropped = tracks.stream().mapToLong(Track::dropped).sum();
    svg.append(String.format(Locale.ROOT,
        "<text x=\"10\" y=\"20\" font-size=\"14\">gilvm: lock %s, memory %s, %.3f s%s</text>%n",
        esc(interp.lockStrategy().name()), esc(interp.memoryStrategy().name()), (end - start) / 1e9,
        dropped == 0 ? "" : String.format(Locale.ROOT,
            " (a row ends early where its thread had more than %,d events)", Recorder.MAX_EVENTS)));
    int y = 40;
    for (Track t : tracks) {
      svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + 17, esc(t.name())));
      long[][] busy = new long[WIDTH][State.values().length];
      for (Span s : t.spans()) {
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
      State run = null;
      int runFrom = 0;
      for (int x = 0; x <= WIDTH; x++) {
        State s = x == WIDTH ? null : dominant(busy[x]);
        if (s != run) {
          if (run != null && run != State.GONE) {
            svg.append(String.format(Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"20\" fill=\"%s\"/>%n",
                LEFT + runFrom, y, x - runFrom, colour(run)));
          }
          run = s;
          runFrom = x;
        }
      }
      for (int i = 0; i < t.size(); i++) {
        if (t.kind(i) == Kind.DROP_REQUEST) {
          int x = (int) Math.min(WIDTH - 1, (t.time(i) - start) / perPixel);
          svg.append(String.format(Locale.ROOT,
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\" stroke-width=\"1\"/>%n",
              LEFT + x, y - 3, LEFT + x, y));
        }
      }
      y += ROW;
    }
    // Time axis.
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
        LEFT, y, LEFT + WIDTH, y));
    for (int k = 0; k <= 10; k++) {
      int x = LEFT + k * WIDTH / 10;
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/><text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
          x, y, x, y + 5, x, y + 18, seconds(k * (end - start) / 10)));
    }
    y += 36;
    int lx = LEFT;
    for (State s : new State[] {State.RUNNING, State.WAITING, State.BLOCKED}) {
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
          lx, y - 11, colour(s), lx + 20, y, label(s)));
      lx += 190;
    }
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/><text x=\"%d\" y=\"%d\">drop request</text>%n",
        lx + 7, y - 12, lx + 7, y + 2, lx + 20, y));
    svg.append("</svg>\n");
    try {
      String text = svg.toString();
      if (file.toString().endsWith(".html")) {
        text = "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>gilvm timeline</title></head><body>\n"
            + text + "</body></html>\n";
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
