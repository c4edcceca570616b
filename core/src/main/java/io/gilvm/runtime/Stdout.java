package io.gilvm.runtime;

import java.io.PrintStream;

/**
 * The stream behind {@code sys.stdout} and {@code print}: block-buffered, line-buffered when the
 * output is a terminal, as CPython's is. Writes from several threads never interleave within one
 * call.
 */
public final class Stdout {
  private final PrintStream out;
  private final StringBuilder buf = new StringBuilder();
  private final boolean interactive;

  Stdout(PrintStream out) {
    this.out = out;
    this.interactive = out == System.out && System.console() != null;
  }

  public synchronized void write(String s) {
    buf.append(s);
    if (buf.length() >= 8192 || (interactive && s.indexOf('\n') >= 0)) {
      flush();
    }
  }

  public synchronized void flush() {
    if (buf.length() > 0) {
      out.print(buf);
      buf.setLength(0);
    }
    out.flush();
  }

  void flushIfInteractive() {
    if (interactive) {
      flush();
    }
  }
}
