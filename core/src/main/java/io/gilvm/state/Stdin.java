package io.gilvm.state;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The text behind {@code sys.stdin} and {@code input()}: UTF-8, lines ending at {@code \n} with
 * line ends kept as they are ({@code \r\n} stays), as CPython's {@code sys.stdin} reads a pipe or a
 * file.
 *
 * <p>A daemon thread reads the stream and hands text over, so that a thread waiting for input waits
 * with the interpreter lock released, in a wait that a signal interrupts (reads from a JVM's
 * standard input cannot be interrupted). The thread starts on the first read.
 */
public final class Stdin {
  private static final String EOF = new String("<eof>");

  private final InputStream in;
  private BlockingQueue<Object> chunks;
  private final StringBuilder pending = new StringBuilder();
  private boolean eof;

  Stdin(InputStream in) {
    this.in = in;
  }

  private synchronized BlockingQueue<Object> chunks() {
    if (chunks == null) {
      BlockingQueue<Object> q = new LinkedBlockingQueue<>();
      Thread reader = new Thread(() -> pump(q), "gilvm-stdin");
      reader.setDaemon(true);
      reader.start();
      chunks = q;
    }
    return chunks;
  }

  private void pump(BlockingQueue<Object> q) {
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      char[] buf = new char[8192];
      for (int n; (n = r.read(buf)) >= 0; ) {
        if (n > 0) {
          q.add(new String(buf, 0, n));
        }
      }
      q.add(EOF);
    } catch (IOException e) {
      q.add(e);
    }
  }

  /** Takes in the next chunk of text (waiting for it); false at end of input. */
  private boolean fill(ThreadState ts) {
    if (eof) {
      return false;
    }
    BlockingQueue<Object> q = chunks();
    Object c = q.poll();
    if (c == null) {
      c = ts.blocking(q::take);
    }
    if (c == EOF || c instanceof IOException) {
      eof = true;
      if (c instanceof IOException e) {
        throw io.gilvm.modules.OsErrors.forFailedWrite(e);
      }
      return false;
    }
    pending.append((String) c);
    return true;
  }

  /**
   * {@code readline(limit)}: the next line with its '\n', or less at the end; "" at end of input.
   */
  public synchronized String readline(ThreadState ts, long limit) {
    while (true) {
      int nl = pending.indexOf("\n");
      if (nl >= 0 && (limit < 0 || nl < limit)) {
        return take(nl + 1);
      }
      if (limit >= 0 && pending.length() >= limit) {
        return take((int) limit);
      }
      if (!fill(ts)) {
        return take(pending.length());
      }
    }
  }

  /** {@code read(n)}: up to n characters (all the rest when n is negative); "" at end of input. */
  public synchronized String read(ThreadState ts, long n) {
    while ((n < 0 || pending.length() < n) && fill(ts)) {
      // Reading on.
    }
    return take(n < 0 ? pending.length() : (int) Math.min(n, pending.length()));
  }

  private String take(int n) {
    // Counts are in code points; a surrogate pair is not split.
    if (n > 0 && n < pending.length() && Character.isHighSurrogate(pending.charAt(n - 1))) {
      n++;
    }
    String s = pending.substring(0, n);
    pending.delete(0, n);
    return s;
  }
}
