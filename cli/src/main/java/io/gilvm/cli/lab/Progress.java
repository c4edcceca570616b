package io.gilvm.cli.lab;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The lab's progress on stderr: on a terminal a bar redrawn in place, elsewhere (a log, a pipe) a
 * line per run.
 */
final class Progress {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private final boolean terminal;
  private int total;
  private int done;
  private long started;
  private int lastLength;

  Progress(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  void start(int total) {
    this.total = total;
    this.started = System.nanoTime();
  }

  /** A warning line, before the runs begin. */
  void warn(String message) {
    err.println("gilvm lab: warning: " + message);
    err.flush();
  }

  /** A run begins. */
  void step(String what) {
    done++;
    long secs = (System.nanoTime() - started) / 1_000_000_000L;
    if (terminal) {
      int filled = total == 0 ? WIDTH : WIDTH * (done - 1) / total;
      String line =
          String.format(
              Locale.ROOT,
              "[%s%s] %d/%d %d:%02d %s",
              "#".repeat(filled),
              "-".repeat(WIDTH - filled),
              done,
              total,
              secs / 60,
              secs % 60,
              what);
      if (line.length() > 100) {
        line = line.substring(0, 99) + "…";
      }
      err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
      lastLength = line.length();
    } else {
      err.printf(Locale.ROOT, "gilvm lab: [%d/%d] %s%n", done, total, what);
    }
    err.flush();
  }

  void finish() {
    if (terminal && lastLength > 0) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      err.flush();
    }
  }
}
