package io.gilvm.state;

import io.gilvm.object.PyException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The stream behind {@code sys.stdout} and {@code print}: block-buffered, line-buffered when the
 * output is a terminal, as CPython's is. Writes from several threads never interleave within one
 * call.
 *
 * <p>When the interpreter writes to the process's own standard output ({@link
 * Interpreter.Builder#stdoutStream}), a failed write is an OSError as in CPython: raised by the
 * {@code print} that filled the buffer (BrokenPipeError when the reader went away, {@code [Errno
 * 28]} on a full disk), or, when it is the final flush at exit that fails, reported as CPython's
 * "Exception ignored" with exit status 120. Buffered text that could not be written is dropped.
 */
public final class Stdout {
  private final PrintStream out;
  private final OutputStream raw;
  private final StringBuilder buf = new StringBuilder();
  private final boolean interactive;

  /** A failure no Python code saw (a flush before a traceback), reported at exit. */
  private PyException unreported;

  Stdout(PrintStream out, OutputStream raw) {
    this.out = out;
    this.raw = raw;
    this.interactive = (raw != null || out == System.out) && System.console() != null;
  }

  public synchronized void write(String s) {
    buf.append(s);
    if (buf.length() >= 8192 || (interactive && s.indexOf('\n') >= 0)) {
      flushOrRaise();
    }
  }

  /** {@code sys.stdout.flush()}: writes what is buffered; a failure is raised (OSError). */
  public synchronized void flushOrRaise() {
    PyException e = drain();
    if (e != null) {
      throw e;
    }
  }

  /**
   * The interpreter's own flush (before a traceback, at exit): a failure waits for {@link
   * #takeFailure}.
   */
  public synchronized void flush() {
    PyException e = drain();
    if (e != null && unreported == null) {
      unreported = e;
    }
  }

  /** The failure of a flush that nothing reported yet, once; null if none. */
  synchronized PyException takeFailure() {
    PyException e = unreported;
    unreported = null;
    return e;
  }

  private PyException drain() {
    String s = null;
    if (buf.length() > 0) {
      s = buf.toString();
      buf.setLength(0);
    }
    if (raw == null) {
      if (s != null) {
        out.print(s);
      }
      out.flush();
      return null;
    }
    if (s == null) {
      return null;
    }
    try {
      raw.write(s.getBytes(StandardCharsets.UTF_8));
      return null;
    } catch (IOException e) {
      return io.gilvm.modules.OsErrors.forFailedWrite(e);
    }
  }

  void flushIfInteractive() {
    if (interactive) {
      flush();
    }
  }
}
