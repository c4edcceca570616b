package io.gilvm.modules;

import io.gilvm.mem.Refs;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import io.gilvm.state.ThreadState;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NoConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OSError family as CPython raises it on Linux: an errno, its {@code strerror} text, the
 * subclass CPython picks for that errno, and the file name when there is one. Also the bridge from
 * Java's I/O failures, which carry the same {@code strerror} texts, and {@link #run}, which does
 * Java I/O with the interpreter lock released.
 */
public final class OsErrors {
  private OsErrors() {}

  static final int ENOENT = 2;
  static final int EBADF = 9;
  static final int EAGAIN = 11;
  static final int EEXIST = 17;
  static final int EINVAL = 22;
  static final int EPIPE = 32;
  static final int ENOPROTOOPT = 92;
  static final int EOPNOTSUPP = 95;
  static final int EAFNOSUPPORT = 97;
  static final int EISCONN = 106;
  static final int ENOTCONN = 107;
  static final int EALREADY = 114;
  static final int EINPROGRESS = 115;

  /** Linux's strerror texts for the errnos that I/O here can produce. */
  private static final Map<Integer, String> STRERROR = new LinkedHashMap<>();

  static {
    Object[] table = {
      1,
      "Operation not permitted",
      2,
      "No such file or directory",
      4,
      "Interrupted system call",
      5,
      "Input/output error",
      9,
      "Bad file descriptor",
      11,
      "Resource temporarily unavailable",
      12,
      "Cannot allocate memory",
      13,
      "Permission denied",
      16,
      "Device or resource busy",
      17,
      "File exists",
      20,
      "Not a directory",
      21,
      "Is a directory",
      22,
      "Invalid argument",
      23,
      "Too many open files in system",
      24,
      "Too many open files",
      25,
      "Inappropriate ioctl for device",
      27,
      "File too large",
      28,
      "No space left on device",
      30,
      "Read-only file system",
      32,
      "Broken pipe",
      36,
      "File name too long",
      39,
      "Directory not empty",
      40,
      "Too many levels of symbolic links",
      88,
      "Socket operation on non-socket",
      92,
      "Protocol not available",
      93,
      "Protocol not supported",
      95,
      "Operation not supported",
      97,
      "Address family not supported by protocol",
      98,
      "Address already in use",
      99,
      "Cannot assign requested address",
      100,
      "Network is down",
      101,
      "Network is unreachable",
      103,
      "Software caused connection abort",
      104,
      "Connection reset by peer",
      106,
      "Transport endpoint is already connected",
      107,
      "Transport endpoint is not connected",
      110,
      "Connection timed out",
      111,
      "Connection refused",
      113,
      "No route to host",
      114,
      "Operation already in progress",
      115,
      "Operation now in progress",
    };
    for (int i = 0; i < table.length; i += 2) {
      STRERROR.put((Integer) table[i], (String) table[i + 1]);
    }
  }

  /** {@code socket.gaierror}, raised when a host name does not resolve. */
  static final PyType GAIERROR = PyType.userClass("gaierror", ExceptionTypes.OS_ERROR, "socket");

  /**
   * {@code io.UnsupportedOperation}: reading a file opened for writing and the like. CPython's also
   * derives from ValueError; gilvm's types have one base, so it is an OSError only.
   */
  static final PyType UNSUPPORTED_OPERATION =
      PyType.userClass("UnsupportedOperation", ExceptionTypes.OS_ERROR, "io");

  static String strerror(int errno) {
    String s = STRERROR.get(errno);
    return s != null ? s : "Unknown error " + errno;
  }

  /** The OSError subclass CPython raises for {@code errno}. */
  public static PyType typeFor(int errno) {
    switch (errno) {
      case 11:
      case 114:
      case 115:
        return ExceptionTypes.BLOCKING_IO_ERROR;
      case 32:
        return ExceptionTypes.BROKEN_PIPE_ERROR;
      case 103:
        return ExceptionTypes.CONNECTION_ABORTED_ERROR;
      case 111:
        return ExceptionTypes.CONNECTION_REFUSED_ERROR;
      case 104:
        return ExceptionTypes.CONNECTION_RESET_ERROR;
      case 17:
        return ExceptionTypes.FILE_EXISTS_ERROR;
      case 2:
        return ExceptionTypes.FILE_NOT_FOUND_ERROR;
      case 21:
        return ExceptionTypes.IS_A_DIRECTORY_ERROR;
      case 20:
        return ExceptionTypes.NOT_A_DIRECTORY_ERROR;
      case 4:
        return ExceptionTypes.INTERRUPTED_ERROR;
      case 1:
      case 13:
        return ExceptionTypes.PERMISSION_ERROR;
      case 110:
        return ExceptionTypes.TIMEOUT_ERROR;
      case 10:
        return ExceptionTypes.CHILD_PROCESS_ERROR;
      case 3:
        return ExceptionTypes.PROCESS_LOOKUP_ERROR;
      default:
        return ExceptionTypes.OS_ERROR;
    }
  }

  /** {@code [Errno N] text}, of the subclass CPython picks. */
  static PyException error(int errno) {
    return new PyException(
        PyBaseException.create(typeFor(errno), PyInt.of(errno), new PyStr(strerror(errno))));
  }

  /** {@code [Errno N] text: 'filename'}. */
  static PyException error(int errno, String filename) {
    if (filename == null) {
      return error(errno);
    }
    return new PyException(new WithFilename(typeFor(errno), errno, strerror(errno), filename));
  }

  /** {@code socket.timeout} (TimeoutError since 3.10) with CPython's text. */
  static PyException timedOut() {
    return PyException.of(ExceptionTypes.TIMEOUT_ERROR, "timed out");
  }

  /** {@code socket.gaierror}: {@code [Errno -2] Name or service not known} and the like. */
  static PyException gaierror(int code) {
    String text =
        switch (code) {
          case -2 -> "Name or service not known";
          case -3 -> "Temporary failure in name resolution";
          case -9 -> "Address family for hostname not supported";
          default -> "Unknown error";
        };
    return new PyException(PyBaseException.create(GAIERROR, PyInt.of(code), new PyStr(text)));
  }

  static PyException unsupported(String message) {
    return PyException.of(UNSUPPORTED_OPERATION, message);
  }

  /**
   * An OSError that names a file: its args stay {@code (errno, strerror)} as CPython's do, and the
   * name is shown after the text and kept in {@code filename}.
   */
  static final class WithFilename extends PyBaseException {
    private final int errno;
    private final String strerror;
    private final PyObject filename;
    private final PyObject filename2;

    WithFilename(PyType type, int errno, String strerror, String filename) {
      this(type, errno, strerror, filename, null);
    }

    WithFilename(PyType type, int errno, String strerror, String filename, String filename2) {
      super(type);
      this.errno = errno;
      this.strerror = strerror;
      setArgs(PyTuple.of(PyInt.of(errno), new PyStr(strerror)));
      this.filename = new PyStr(filename);
      Refs.incref(this.filename);
      this.filename2 = filename2 == null ? PyNone.NONE : new PyStr(filename2);
      Refs.incref(this.filename2);
    }

    /** The same error naming a second file, as {@code os.rename} reports: {@code 'a' -> 'b'}. */
    WithFilename withFilename2(String second) {
      return new WithFilename(type(), errno, strerror, ((PyStr) filename).value(), second);
    }

    @Override
    public PyObject lookupAttr(String name) {
      if (name.equals("filename")) {
        return filename;
      }
      if (name.equals("filename2")) {
        return filename2;
      }
      return super.lookupAttr(name);
    }

    @Override
    public void release() {
      super.release();
      Refs.decref(filename);
      Refs.decref(filename2);
    }
  }

  // ---------------------------------------------------------------- Java's failures

  /** A failure that already knows its errno, thrown inside a blocking region. */
  static final class Errno extends IOException {
    final int errno;

    Errno(int errno) {
      super(strerror(errno), null);
      this.errno = errno;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /** The errno a Java failure stands for, or 0 when it names none. */
  static int errnoOf(Throwable e) {
    if (e instanceof Errno n) {
      return n.errno;
    }
    if (e instanceof ClosedChannelException) {
      return EBADF;
    }
    if (e instanceof NotYetConnectedException) {
      return ENOTCONN;
    }
    if (e instanceof AlreadyConnectedException) {
      return EISCONN;
    }
    if (e instanceof ConnectionPendingException) {
      return EALREADY;
    }
    if (e instanceof NotYetBoundException
        || e instanceof AlreadyBoundException
        || e instanceof NoConnectionPendingException) {
      return EINVAL;
    }
    if (e instanceof UnsupportedAddressTypeException) {
      return EAFNOSUPPORT;
    }
    if (e instanceof NoSuchFileException) {
      return ENOENT;
    }
    if (e instanceof FileAlreadyExistsException) {
      return EEXIST;
    }
    if (e instanceof AccessDeniedException) {
      return 13;
    }
    if (e instanceof NotDirectoryException) {
      return 20;
    }
    if (e instanceof DirectoryNotEmptyException) {
      return 39;
    }
    String m = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (m == null) {
      return 0;
    }
    // Java reports the C library's strerror text, alone or as "path (text)".
    int best = 0;
    int bestLength = 0;
    for (Map.Entry<Integer, String> t : STRERROR.entrySet()) {
      String text = t.getValue();
      if (m.contains(text) && text.length() > bestLength) {
        best = t.getKey();
        bestLength = text.length();
      }
    }
    if (best == 0 && m.contains("Connection reset")) {
      best = 104;
    }
    return best;
  }

  /** The Python exception for a Java I/O failure, naming {@code filename} when not null. */
  static PyException translate(Throwable e, String filename) {
    if (e instanceof SocketTimeoutException) {
      return timedOut();
    }
    if (e instanceof UnresolvedAddressException || e instanceof UnknownHostException) {
      return gaierror(-2);
    }
    int errno = errnoOf(e);
    if (errno != 0) {
      return error(errno, filename);
    }
    String m = e.getMessage();
    return PyException.osError(m == null ? e.getClass().getSimpleName() : m);
  }

  /** The OSError for a failed write to standard output ({@code [Errno 32] Broken pipe}, ...). */
  public static PyException forFailedWrite(java.io.IOException e) {
    return translate(e, null);
  }

  /** Java I/O to run with the interpreter lock released. */
  @FunctionalInterface
  interface IoCall<T> {
    T run() throws IOException, InterruptedException;
  }

  /** Carries a Java failure out of the blocking region, to become a Python exception after it. */
  private static final class Failure extends RuntimeException {
    Failure(Throwable cause) {
      super(null, cause, false, false);
    }
  }

  /**
   * Runs {@code call} with the interpreter lock released ({@link ThreadState#blocking}), as
   * CPython's {@code Py_BEGIN_ALLOW_THREADS} around a system call. Nothing inside may touch Python
   * objects: a failure is carried out and turned into a Python exception only once the lock is held
   * again.
   */
  static <T> T run(ThreadState ts, String filename, IoCall<T> call) {
    try {
      return ts.blocking(
          () -> {
            try {
              return call.run();
            } catch (IOException
                | NotYetConnectedException
                | AlreadyConnectedException
                | ConnectionPendingException
                | NoConnectionPendingException
                | NotYetBoundException
                | AlreadyBoundException
                | UnresolvedAddressException
                | UnsupportedAddressTypeException e) {
              throw new Failure(e);
            }
          });
    } catch (Failure f) {
      throw translate(f.getCause(), filename);
    }
  }

  static <T> T run(ThreadState ts, IoCall<T> call) {
    return run(ts, null, call);
  }
}
