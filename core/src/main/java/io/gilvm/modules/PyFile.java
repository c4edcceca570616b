package io.gilvm.modules;

import io.gilvm.mem.Refs;
import io.gilvm.object.ArgParser;
import io.gilvm.object.Ops;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyType;
import io.gilvm.state.ThreadState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A file opened by {@code open()}: text ({@code TextIOWrapper}) or binary ({@code BufferedReader},
 * {@code BufferedWriter}, {@code BufferedRandom}, or unbuffered {@code FileIO}). One object does
 * what CPython's three layers do: an 8 KiB buffer of raw bytes over a {@link RandomAccessFile},
 * and, in text mode, decoding with universal newlines on the way out.
 *
 * <p>Lock release follows CPython: every system call (the reads that fill the buffer, the writes
 * that empty it, open, seek, truncate, close) runs with the interpreter lock released, and a call
 * served from the buffer makes no system call and keeps the lock, as a buffered read or write does
 * in CPython. An unbuffered file ({@code buffering=0}) releases at every call.
 *
 * <p>Concurrency: the buffers and position belong to a Java lock held for a whole call, as
 * CPython's buffered objects hold theirs; a thread that finds it taken waits for it with the
 * interpreter lock released, so the holder can finish. Text encodings are those whose line ends are
 * single ASCII bytes and whose characters can be counted byte by byte: UTF-8, ASCII and Latin-1.
 */
final class PyFile extends PyObject {
  static final PyType IO_BASE = PyType.builtin("_IOBase", PyType.OBJECT);
  static final PyType TEXT = PyType.builtinInModule("_io", "TextIOWrapper", IO_BASE);
  static final PyType READER = PyType.builtinInModule("_io", "BufferedReader", IO_BASE);
  static final PyType WRITER = PyType.builtinInModule("_io", "BufferedWriter", IO_BASE);
  static final PyType RANDOM = PyType.builtinInModule("_io", "BufferedRandom", IO_BASE);
  static final PyType RAW = PyType.builtinInModule("_io", "FileIO", IO_BASE);

  static final int DEFAULT_BUFFER_SIZE = 8192;

  private final PyType type;
  private final PyObject name;
  private final String mode;
  final boolean text;
  final boolean readable;
  final boolean writable;
  private final boolean append;

  /** Unbuffered binary I/O: every read and write is a system call. */
  private final boolean raw;

  private final boolean lineBuffering;
  private final Charset charset;
  private final String encoding;
  private final String errors;

  /** Which line ends end a line on reading: any of \n, \r, \r\n (universal), or one of them. */
  private final boolean universal;

  private final String lineEnd;

  /** Universal newlines turned into '\n' on reading (newline=None). */
  private final boolean translate;

  /** What '\n' becomes on writing; null to write it as it is. */
  private final String writeNewline;

  private final ReentrantLock lock = new ReentrantLock();
  private RandomAccessFile file;
  private volatile boolean closed;
  private volatile int fd;

  /** Where {@link #file} is: after the read buffer's bytes, or before the write buffer's. */
  private long rawPos;

  private byte[] rbuf;
  private int rpos;
  private int rlen;
  private final byte[] wbuf;
  private int wlen;

  /** Files with writes not yet on disk, flushed when the JVM exits as CPython flushes at exit. */
  private static final Set<PyFile> WRITERS = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(PyFile::flushAllAtExit, "gilvm-file-flush"));
  }

  /** How {@code open()} asked for the file to be read and written. */
  record Options(
      PyObject name,
      String mode,
      boolean text,
      boolean readable,
      boolean writable,
      boolean append,
      boolean raw,
      int bufferSize,
      boolean lineBuffering,
      Charset charset,
      String encoding,
      String errors,
      String newline) {}

  /** The descriptor os.open made that this file wraps ({@code open(fd)}), or null. */
  private final RawDescriptor adopted;

  /** Whether closing this file closes the descriptor it wraps (open's {@code closefd}). */
  private final boolean closeFd;

  PyFile(Options o, RandomAccessFile file, long position) {
    this(o, file, position, null, -1, true);
  }

  /** A file over descriptor {@code fd}, which os.open made; the file owns the number now. */
  PyFile(Options o, RawDescriptor d, int fd, boolean closeFd, long position) {
    this(o, d.file, position, d, fd, closeFd);
  }

  private PyFile(
      Options o,
      RandomAccessFile file,
      long position,
      RawDescriptor adopted,
      int fd,
      boolean closeFd) {
    this.adopted = adopted;
    this.closeFd = closeFd;
    this.name = o.name();
    // The file keeps its name for as long as it lives.
    Refs.incref(name);
    this.mode = o.mode();
    this.text = o.text();
    this.readable = o.readable();
    this.writable = o.writable();
    this.append = o.append();
    this.raw = o.raw();
    this.lineBuffering = o.lineBuffering();
    this.charset = o.charset();
    this.encoding = o.encoding();
    this.errors = o.errors();
    String nl = o.newline();
    this.universal = !text || nl == null || nl.isEmpty();
    this.lineEnd = !text ? "\n" : universal ? null : nl;
    this.translate = text && nl == null;
    this.writeNewline = text && nl != null && (nl.equals("\r") || nl.equals("\r\n")) ? nl : null;
    this.type =
        text ? TEXT : raw ? RAW : readable && writable ? RANDOM : readable ? READER : WRITER;
    this.file = file;
    this.rawPos = position;
    int size = Math.max(1, o.bufferSize());
    this.rbuf = new byte[raw ? 1 : size];
    this.wbuf = raw ? null : new byte[size];
    if (adopted != null) {
      Descriptors.replace(fd, this);
      this.fd = fd;
    } else {
      this.fd = Descriptors.allocate(this);
    }
    if (writable) {
      WRITERS.add(this);
    }
  }

  @Override
  public PyType type() {
    return type;
  }

  /** The descriptor number {@code fileno()} shows; -1 once closed. */
  int fileno() {
    return fd;
  }

  // ---------------------------------------------------------------- a child process's end

  /**
   * Writes a child process's output to this file's descriptor where the descriptor stands (at the
   * end in append mode), as a child given this file as its stdout writes in CPython: what this file
   * object still buffers is not written first, and its later writes follow the child's. Called by
   * the thread copying the child's output; false once the file is closed.
   */
  boolean writeFromChild(byte[] data, int len) throws IOException {
    lock.lock();
    try {
      if (closed) {
        return false;
      }
      if (append) {
        file.seek(file.length());
      }
      file.write(data, 0, len);
      if (rlen == rpos) {
        rawPos = file.getFilePointer();
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Reads for a child process given this file as its stdin, from where the descriptor stands, as
   * the child would read it; -1 at the end or once the file is closed. Called by the thread feeding
   * the child.
   */
  int readForChild(byte[] buf) throws IOException {
    lock.lock();
    try {
      if (closed) {
        return -1;
      }
      int n = file.read(buf, 0, buf.length);
      if (rlen == rpos) {
        rawPos = file.getFilePointer();
      }
      return n;
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- the file's lock

  /** Takes the file's lock (waiting with the interpreter lock released) and checks it is open. */
  private void enter(ThreadState ts) {
    if (!lock.tryLock()) {
      ts.blocking(
          () -> {
            lock.lockInterruptibly();
            return null;
          });
    }
    if (closed) {
      lock.unlock();
      throw closedError();
    }
  }

  private static PyException closedError() {
    return PyException.valueError("I/O operation on closed file.");
  }

  private void checkOpen() {
    if (closed) {
      throw closedError();
    }
  }

  /** UnsupportedOperation in the words of the CPython layer this file stands for. */
  private void requireReadable() {
    if (!readable) {
      throw OsErrors.unsupported(
          raw ? "File not open for reading" : text ? "not readable" : "read");
    }
  }

  private void requireWritable(String op) {
    if (!writable) {
      throw OsErrors.unsupported(
          raw ? "File not open for writing" : text && op.equals("write") ? "not writable" : op);
    }
  }

  // ---------------------------------------------------------------- system calls

  /** Runs one system call on the file with the interpreter lock released. */
  private <T> T sys(ThreadState ts, OsErrors.IoCall<T> call) {
    return OsErrors.run(ts, call);
  }

  /**
   * Makes at least {@code want} unread bytes available if the file has them, reading more (one
   * system call per read); false when fewer remain before the end of the file.
   */
  private boolean ensure(ThreadState ts, int want) {
    while (rlen - rpos < want) {
      if (rpos > 0) {
        System.arraycopy(rbuf, rpos, rbuf, 0, rlen - rpos);
        rlen -= rpos;
        rpos = 0;
      }
      if (rlen + want > rbuf.length) {
        rbuf = Arrays.copyOf(rbuf, Math.max(rbuf.length * 2, rlen + want));
      }
      byte[] buf = rbuf;
      int at = rlen;
      int space = raw ? want - rlen : buf.length - rlen;
      RandomAccessFile f = file;
      int n = sys(ts, () -> f.read(buf, at, space));
      if (n <= 0) {
        return false;
      }
      rlen += n;
      rawPos += n;
    }
    return true;
  }

  /** Before reading: writes still buffered go to the file first. */
  private void toReading(ThreadState ts) {
    requireReadable();
    flushWrites(ts);
  }

  /**
   * Before writing: binary read-ahead is given back, so the write lands where the reader stopped. A
   * text file writes where its read-ahead ended, as CPython's TextIOWrapper does (it keeps its
   * decoded chunk, and the buffer below is positioned after it).
   */
  private void toWriting(ThreadState ts) {
    if (rlen - rpos > 0 && !text) {
      long logical = rawPos - (rlen - rpos);
      RandomAccessFile f = file;
      sys(
          ts,
          () -> {
            f.seek(logical);
            return null;
          });
      rawPos = logical;
    }
    rpos = 0;
    rlen = 0;
  }

  /** The file now stands at {@code pos}: what the read buffer held no longer follows it. */
  private void repositioned(long pos) {
    rawPos = pos;
    rpos = 0;
    rlen = 0;
  }

  private void flushWrites(ThreadState ts) {
    if (wlen == 0) {
      return;
    }
    byte[] data = wbuf;
    int n = wlen;
    wlen = 0;
    rawPos = writeRaw(ts, data, 0, n);
  }

  /** Writes bytes at the position (at the end in append mode); returns the position after. */
  private long writeRaw(ThreadState ts, byte[] data, int off, int len) {
    RandomAccessFile f = file;
    boolean atEnd = append;
    return sys(
        ts,
        () -> {
          if (atEnd) {
            f.seek(f.length());
          }
          f.write(data, off, len);
          return f.getFilePointer();
        });
  }

  private void writeBytes(ThreadState ts, byte[] b) {
    toWriting(ts);
    if (raw) {
      rawPos = writeRaw(ts, b, 0, b.length);
      return;
    }
    if (wlen + b.length > wbuf.length) {
      flushWrites(ts);
    }
    if (b.length >= wbuf.length) {
      rawPos = writeRaw(ts, b, 0, b.length);
    } else {
      System.arraycopy(b, 0, wbuf, wlen, b.length);
      wlen += b.length;
    }
  }

  // ---------------------------------------------------------------- reading

  private boolean endsLine(int b) {
    if (universal) {
      return b == '\n' || (text && b == '\r');
    }
    return b == lineEnd.charAt(0);
  }

  /** How many bytes the character starting with {@code b} takes (1 in binary mode). */
  private int unitLength(int b) {
    if (!text || charset != StandardCharsets.UTF_8 || b < 0xc0) {
      return 1;
    }
    return b < 0xe0 ? 2 : b < 0xf0 ? 3 : b < 0xf8 ? 4 : 1;
  }

  /**
   * Reads up to {@code limit} characters (bytes in binary mode; no limit when negative), stopping
   * after a line end when {@code line}; returns the bytes with newlines translated.
   */
  private byte[] scan(ThreadState ts, long limit, boolean line) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long units = 0;
    while ((limit < 0 || units < limit) && ensure(ts, 1)) {
      if (limit < 0 && (line || !translate)) {
        // Fast path: copy up to the next byte that could end a line (or everything).
        int i = rpos;
        while (i < rlen && !(line && endsLine(rbuf[i] & 0xff))) {
          i++;
        }
        out.write(rbuf, rpos, i - rpos);
        rpos = i;
        if (i == rlen) {
          continue;
        }
      }
      int b = rbuf[rpos] & 0xff;
      // A '\r' that may start a line end; untranslated, read(n) counts it as a character.
      if (b == '\r' && text && (translate || (line && (universal || "\r\n".equals(lineEnd))))) {
        boolean crlf = ensure(ts, 2) && rbuf[rpos + 1] == '\n';
        if (universal) {
          rpos += crlf ? 2 : 1;
          if (translate) {
            out.write('\n');
          } else {
            out.write('\r');
            if (crlf) {
              out.write('\n');
            }
          }
          units++;
          if (line) {
            break;
          }
          continue;
        }
        if (crlf && line) {
          rpos += 2;
          out.write('\r');
          out.write('\n');
          break;
        }
      }
      int len = unitLength(b);
      if (len > 1 && !ensure(ts, len)) {
        len = rlen - rpos;
      }
      out.write(rbuf, rpos, len);
      rpos += len;
      units++;
      if (line && len == 1 && !"\r\n".equals(lineEnd) && endsLine(b)) {
        break;
      }
    }
    return out.toByteArray();
  }

  /** Everything up to the end of the file: the buffer, then the rest in one blocking region. */
  private byte[] readAll(ThreadState ts) {
    byte[] head = Arrays.copyOfRange(rbuf, rpos, rlen);
    rpos = 0;
    rlen = 0;
    RandomAccessFile f = file;
    byte[] rest =
        sys(
            ts,
            () -> {
              long left = Math.max(0, f.length() - f.getFilePointer());
              ByteArrayOutputStream out =
                  new ByteArrayOutputStream((int) Math.min(left + 1, 1 << 30));
              byte[] chunk =
                  new byte[(int) Math.min(Math.max(left + 1, DEFAULT_BUFFER_SIZE), 1 << 24)];
              for (int n; (n = f.read(chunk)) > 0; ) {
                out.write(chunk, 0, n);
              }
              return out.toByteArray();
            });
    rawPos += rest.length;
    byte[] all = new byte[head.length + rest.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(rest, 0, all, head.length, rest.length);
    return translate ? translateNewlines(all) : all;
  }

  private static byte[] translateNewlines(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\r') {
        out.write('\n');
        if (i + 1 < b.length && b[i + 1] == '\n') {
          i++;
        }
      } else {
        out.write(b[i]);
      }
    }
    return out.toByteArray();
  }

  /** {@code read(n)} of a binary file: n bytes unless the file ends first. */
  private byte[] readBytes(ThreadState ts, int n) {
    if (raw) {
      RandomAccessFile f = file;
      byte[] got =
          sys(
              ts,
              () -> {
                byte[] b = new byte[n];
                int r = n == 0 ? 0 : f.read(b);
                return r <= 0 ? new byte[0] : Arrays.copyOf(b, r);
              });
      rawPos += got.length;
      return got;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(n, 1 << 20));
    int need = n;
    while (need > 0) {
      int have = rlen - rpos;
      if (have > 0) {
        int take = Math.min(have, need);
        out.write(rbuf, rpos, take);
        rpos += take;
        need -= take;
      } else if (!ensure(ts, 1)) {
        break;
      }
    }
    return out.toByteArray();
  }

  private PyObject decode(byte[] b) {
    if (!text) {
      return new PyBytes(b);
    }
    CharsetDecoder d =
        charset.newDecoder().onMalformedInput(action()).onUnmappableCharacter(action());
    if (action() == CodingErrorAction.REPLACE) {
      d.replaceWith("\ufffd");
    }
    ByteBuffer in = ByteBuffer.wrap(b);
    CharBuffer out =
        CharBuffer.allocate((int) Math.ceil(b.length * (double) d.maxCharsPerByte()) + 1);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      throw decodeError(b, in.position(), r.length());
    }
    d.flush(out);
    return new PyStr(out.flip().toString());
  }

  private PyException decodeError(byte[] b, int at, int length) {
    int bad = b[at] & 0xff;
    String reason;
    if (charset == StandardCharsets.US_ASCII) {
      reason = "ordinal not in range(128)";
    } else if (bad >= 0x80 && bad < 0xc2 || bad >= 0xf5) {
      reason = "invalid start byte";
    } else if (at + length >= b.length) {
      reason = "unexpected end of data";
    } else {
      reason = "invalid continuation byte";
    }
    return io.gilvm.object.PyBaseException.unicodeDecodeError(codecName(), b, at, at + 1, reason);
  }

  private byte[] encode(String s) {
    CharsetEncoder e =
        charset.newEncoder().onMalformedInput(action()).onUnmappableCharacter(action());
    if (action() == CodingErrorAction.REPLACE) {
      e.replaceWith(new byte[] {'?'});
    }
    CharBuffer in = CharBuffer.wrap(s);
    ByteBuffer out =
        ByteBuffer.allocate((int) Math.ceil(s.length() * (double) e.maxBytesPerChar()) + 4);
    CoderResult r = e.encode(in, out, true);
    if (r.isError()) {
      int at = in.position();
      int cp = s.codePointAt(at);
      String reason =
          charset == StandardCharsets.UTF_8
              ? "surrogates not allowed"
              : "ordinal not in range(" + (charset == StandardCharsets.US_ASCII ? 128 : 256) + ")";
      int p = s.codePointCount(0, at);
      throw io.gilvm.object.PyBaseException.unicodeEncodeError(codecName(), s, p, p + 1, reason);
    }
    e.flush(out);
    return Arrays.copyOf(out.array(), out.position());
  }

  /** A character as CPython's codec errors show it: x, u or U and 2, 4 or 8 hex digits. */
  private static String escape(int cp) {
    return cp < 0x100
        ? String.format("\\x%02x", cp)
        : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
  }

  private CodingErrorAction action() {
    return errors.equals("replace")
        ? CodingErrorAction.REPLACE
        : errors.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPORT;
  }

  private String codecName() {
    return charset == StandardCharsets.UTF_8
        ? "utf-8"
        : charset == StandardCharsets.US_ASCII ? "ascii" : "latin-1";
  }

  PyObject read(ThreadState ts, long n) {
    enter(ts);
    try {
      toReading(ts);
      if (n < 0) {
        return decode(readAll(ts));
      }
      if (!text) {
        return decode(readBytes(ts, (int) Math.min(n, Integer.MAX_VALUE - 8)));
      }
      return decode(scan(ts, n, false));
    } finally {
      lock.unlock();
    }
  }

  PyObject readline(ThreadState ts, long limit) {
    enter(ts);
    try {
      toReading(ts);
      return decode(scan(ts, limit, true));
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- writing

  int write(ThreadState ts, PyObject data) {
    if (text && !(data instanceof PyStr)) {
      checkOpen();
      throw PyException.typeError("write() argument must be str, not " + data.type().name());
    }
    if (!text && !(data instanceof PyBytes)) {
      checkOpen();
      throw PyException.typeError(
          "a bytes-like object is required, not '" + data.type().name() + "'");
    }
    enter(ts);
    try {
      requireWritable("write");
      if (!text) {
        byte[] b = ((PyBytes) data).value();
        writeBytes(ts, b);
        return b.length;
      }
      String s = ((PyStr) data).value();
      writeBytes(ts, encode(writeNewline == null ? s : s.replace("\n", writeNewline)));
      if (lineBuffering && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)) {
        flushWrites(ts);
      }
      return s.codePointCount(0, s.length());
    } finally {
      lock.unlock();
    }
  }

  void flush(ThreadState ts) {
    enter(ts);
    try {
      flushWrites(ts);
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- position

  private long position() {
    return rawPos - (rlen - rpos) + wlen;
  }

  long tell(ThreadState ts) {
    enter(ts);
    try {
      if (append && wlen > 0) {
        flushWrites(ts);
      }
      return position();
    } finally {
      lock.unlock();
    }
  }

  long seek(ThreadState ts, long offset, long whence) {
    enter(ts);
    try {
      if (whence < 0 || whence > 2) {
        throw PyException.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
      }
      if (text && whence == 1 && offset != 0) {
        throw OsErrors.unsupported("can't do nonzero cur-relative seeks");
      }
      if (text && whence == 2 && offset != 0) {
        throw OsErrors.unsupported("can't do nonzero end-relative seeks");
      }
      if (text && whence == 0 && offset < 0) {
        throw PyException.valueError("negative seek position " + offset);
      }
      flushWrites(ts);
      long base = whence == 1 ? position() : 0;
      RandomAccessFile f = file;
      long target =
          sys(
              ts,
              () -> {
                long t = (whence == 2 ? f.length() : base) + offset;
                if (t < 0) {
                  throw new OsErrors.Errno(OsErrors.EINVAL);
                }
                f.seek(t);
                return t;
              });
      repositioned(target);
      return target;
    } finally {
      lock.unlock();
    }
  }

  long truncate(ThreadState ts, PyObject size) {
    enter(ts);
    try {
      requireWritable("truncate");
      flushWrites(ts);
      long at = position();
      long length = size == null || size == PyNone.NONE ? at : ArgParser.asLong(size, "size");
      if (length < 0) {
        throw OsErrors.error(OsErrors.EINVAL);
      }
      RandomAccessFile f = file;
      sys(
          ts,
          () -> {
            f.setLength(length);
            // RandomAccessFile moves a position past the new end; ftruncate(2) does not.
            f.seek(at);
            return null;
          });
      repositioned(at);
      return length;
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- closing

  void close(ThreadState ts) {
    if (!lock.tryLock()) {
      ts.blocking(
          () -> {
            lock.lockInterruptibly();
            return null;
          });
    }
    try {
      if (closed) {
        return;
      }
      try {
        flushWrites(ts);
      } finally {
        RandomAccessFile f = file;
        boolean closing = closeFd;
        markClosed();
        if (closing) {
          sys(
              ts,
              () -> {
                f.close();
                return null;
              });
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private void markClosed() {
    closed = true;
    WRITERS.remove(this);
    if (adopted != null && !closeFd) {
      Descriptors.replace(fd, adopted);
    } else {
      Descriptors.free(fd);
    }
    fd = -1;
  }

  /** A file that nothing refers to any more is flushed and closed, as CPython's is when freed. */
  @Override
  public void release() {
    // Only a premature free (racy counting without a global lock) can find the file in use;
    // waiting for its user could then deadlock, so the file is left to that user.
    if (lock.tryLock()) {
      try {
        if (!closed) {
          flushAndCloseQuietly();
        }
      } finally {
        lock.unlock();
      }
    }
    Refs.decref(name);
  }

  private void flushAndCloseQuietly() {
    RandomAccessFile f = file;
    try {
      if (wlen > 0) {
        if (append) {
          f.seek(f.length());
        }
        f.write(wbuf, 0, wlen);
        wlen = 0;
      }
    } catch (IOException e) {
      // Nobody is left to report a failed final write to, as in CPython's dealloc.
    } finally {
      boolean closing = closeFd;
      markClosed();
      try {
        if (closing) {
          f.close();
        }
      } catch (IOException e) {
        // As above: the file is gone from the program either way.
      }
    }
  }

  private static void flushAllAtExit() {
    for (PyFile f : WRITERS) {
      try {
        if (f.lock.tryLock(100, TimeUnit.MILLISECONDS)) {
          try {
            if (!f.closed) {
              f.flushAndCloseQuietly();
            }
          } finally {
            f.lock.unlock();
          }
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  // ---------------------------------------------------------------- Python's view

  @Override
  public PyObject iter() {
    checkOpen();
    return this;
  }

  @Override
  public PyObject next() {
    PyObject line = readline(ThreadState.current(), -1);
    return line.len() == 0 ? null : line;
  }

  @Override
  public PyObject lookupAttr(String attr) {
    switch (attr) {
      case "name":
        return name;
      case "mode":
        return new PyStr(mode);
      case "closed":
        return PyBool.of(closed);
      case "closefd":
        return raw ? PyBool.of(closeFd) : null;
      default:
        break;
    }
    if (text) {
      switch (attr) {
        case "encoding":
          return new PyStr(encoding);
        case "errors":
          return new PyStr(errors);
        case "line_buffering":
          return PyBool.of(lineBuffering);
        default:
          break;
      }
    }
    return super.lookupAttr(attr);
  }

  @Override
  public String repr() {
    if (raw) {
      return closed
          ? "<_io.FileIO [closed]>"
          : "<_io.FileIO name="
              + name.repr()
              + " mode='"
              + mode
              + "' closefd="
              + (closeFd ? "True" : "False")
              + ">";
    }
    String head = "<_io." + type.name() + " name=" + name.repr();
    return text ? head + " mode='" + mode + "' encoding='" + encoding + "'>" : head + ">";
  }

  private static PyFile self(PyObject o) {
    return (PyFile) o;
  }

  private static long sizeArg(PyObject[] a, String fname) {
    if (a.length == 0 || a[0] == PyNone.NONE) {
      return -1;
    }
    if (!(a[0] instanceof PyInt i)) {
      throw PyException.typeError(
          "argument should be integer or None, not '" + a[0].type().name() + "'");
    }
    return i.asLong();
  }

  static {
    PyType t = IO_BASE;
    t.method(
        "read",
        (ts, s, a, kw) -> {
          ArgParser.arity("read", a, kw, 0, 1);
          return self(s).read(ts, sizeArg(a, "read"));
        });
    t.method(
        "readline",
        (ts, s, a, kw) -> {
          ArgParser.arity("readline", a, kw, 0, 1);
          return self(s).readline(ts, sizeArg(a, "readline"));
        });
    t.method(
        "readlines",
        (ts, s, a, kw) -> {
          ArgParser.arity("readlines", a, kw, 0, 1);
          long hint = sizeArg(a, "readlines");
          PyList lines = new PyList();
          long total = 0;
          while (true) {
            PyObject line = self(s).readline(ts, -1);
            if (line.len() == 0) {
              break;
            }
            lines.append(line);
            total += line.len();
            if (hint > 0 && total >= hint) {
              break;
            }
          }
          return lines;
        });
    t.method(
        "write",
        (ts, s, a, kw) -> {
          ArgParser.arity("write", a, kw, 1, 1);
          return PyInt.of(self(s).write(ts, a[0]));
        });
    t.method(
        "writelines",
        (ts, s, a, kw) -> {
          ArgParser.arity("writelines", a, kw, 1, 1);
          self(s).checkOpen();
          for (PyObject line : Ops.toArray(a[0])) {
            self(s).write(ts, line);
          }
          return PyNone.NONE;
        });
    t.method(
        "flush",
        (ts, s, a, kw) -> {
          ArgParser.arity("flush", a, kw, 0, 0);
          self(s).flush(ts);
          return PyNone.NONE;
        });
    t.method(
        "close",
        (ts, s, a, kw) -> {
          ArgParser.arity("close", a, kw, 0, 0);
          self(s).close(ts);
          return PyNone.NONE;
        });
    t.method(
        "seek",
        (ts, s, a, kw) -> {
          ArgParser.arity("seek", a, kw, 1, 2);
          long whence = a.length > 1 ? ArgParser.asLong(a[1], "whence") : 0;
          return PyInt.of(self(s).seek(ts, ArgParser.asLong(a[0], "offset"), whence));
        });
    t.method(
        "tell",
        (ts, s, a, kw) -> {
          ArgParser.arity("tell", a, kw, 0, 0);
          return PyInt.of(self(s).tell(ts));
        });
    t.method(
        "truncate",
        (ts, s, a, kw) -> {
          ArgParser.arity("truncate", a, kw, 0, 1);
          return PyInt.of(self(s).truncate(ts, a.length == 0 ? null : a[0]));
        });
    t.method(
        "fileno",
        (ts, s, a, kw) -> {
          ArgParser.arity("fileno", a, kw, 0, 0);
          if (self(s).closed) {
            throw PyException.valueError("I/O operation on closed file");
          }
          return PyInt.of(self(s).fd);
        });
    t.method(
        "readable",
        (ts, s, a, kw) -> {
          ArgParser.arity("readable", a, kw, 0, 0);
          self(s).checkOpen();
          return PyBool.of(self(s).readable);
        });
    t.method(
        "writable",
        (ts, s, a, kw) -> {
          ArgParser.arity("writable", a, kw, 0, 0);
          self(s).checkOpen();
          return PyBool.of(self(s).writable);
        });
    t.method(
        "seekable",
        (ts, s, a, kw) -> {
          ArgParser.arity("seekable", a, kw, 0, 0);
          self(s).checkOpen();
          return PyBool.TRUE;
        });
    t.method(
        "isatty",
        (ts, s, a, kw) -> {
          ArgParser.arity("isatty", a, kw, 0, 0);
          self(s).checkOpen();
          return PyBool.FALSE;
        });
    t.method(
        "__enter__",
        (ts, s, a, kw) -> {
          self(s).checkOpen();
          return s;
        });
    t.method(
        "__exit__",
        (ts, s, a, kw) -> {
          self(s).close(ts);
          return PyNone.NONE;
        });
    t.method(
        "__iter__",
        (ts, s, a, kw) -> {
          ArgParser.arity("__iter__", a, kw, 0, 0);
          return self(s).iter();
        });
    t.method(
        "__next__",
        (ts, s, a, kw) -> {
          ArgParser.arity("__next__", a, kw, 0, 0);
          PyObject line = self(s).next();
          if (line == null) {
            throw PyException.stopIteration(null);
          }
          return line;
        });
  }
}
