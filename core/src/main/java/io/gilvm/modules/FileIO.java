package io.gilvm.modules;

import io.gilvm.object.ArgParser;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyBuiltinFunction;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.io.File;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

/**
 * The builtin {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)},
 * with CPython's checks of its arguments, and the small {@code io} module that names the same
 * function and the types it returns. Opening runs with the interpreter lock released, as CPython's
 * open(2) does. It takes a path, or a descriptor os.open made ({@link RawDescriptor}); {@code
 * opener} is not supported.
 */
public final class FileIO {
  private FileIO() {}

  /** The builtin {@code open}. */
  public static final PyObject OPEN = new PyBuiltinFunction("open", "io", FileIO::open);

  static PyModule createIo(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("_io");
    m.put("open", OPEN);
    m.put("UnsupportedOperation", OsErrors.UNSUPPORTED_OPERATION);
    m.put("DEFAULT_BUFFER_SIZE", PyInt.of(PyFile.DEFAULT_BUFFER_SIZE));
    m.put("TextIOWrapper", PyFile.TEXT);
    m.put("BufferedReader", PyFile.READER);
    m.put("BufferedWriter", PyFile.WRITER);
    m.put("BufferedRandom", PyFile.RANDOM);
    m.put("FileIO", PyFile.RAW);
    m.put("IOBase", PyFile.IO_BASE);
    return m;
  }

  private static final String[] NAMES = {
    "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"
  };

  private static PyObject open(ThreadState ts, PyObject[] a, String[] kw) {
    PyObject[] p = ArgParser.parse("open", a, kw, NAMES, 1, 8);
    PyObject file = p[0];
    String path;
    int fd = -1;
    if (file instanceof PyInt fdNumber) {
      path = null;
      long n = ArgParser.asLong(fdNumber, "file");
      if (n < 0) {
        throw PyException.valueError("negative file descriptor");
      }
      fd = (int) Math.min(n, Integer.MAX_VALUE);
    } else if (file instanceof PyStr s) {
      path = s.value();
    } else if (file instanceof PyBytes b) {
      path = new String(b.value(), StandardCharsets.UTF_8);
    } else {
      throw PyException.typeError(
          "expected str, bytes or os.PathLike object, not " + file.type().name());
    }
    String mode = p[1] == null ? "r" : strArg(p[1], "mode", false);
    long buffering = p[2] == null ? -1 : ArgParser.asLong(p[2], "buffering");
    String encoding = p[3] == null ? null : strArg(p[3], "encoding", true);
    String errors = p[4] == null ? null : strArg(p[4], "errors", true);
    String newline = p[5] == null ? null : strArg(p[5], "newline", true);
    boolean closeFd = p[6] == null || p[6].isTrue();
    if (!closeFd && path != null) {
      throw PyException.valueError("Cannot use closefd=False with file name");
    }
    if (p[7] != null && p[7] != PyNone.NONE) {
      throw PyException.of(
          ExceptionTypes.NOT_IMPLEMENTED_ERROR, "gilvm's open() does not support an opener");
    }

    boolean creating = false;
    boolean reading = false;
    boolean writing = false;
    boolean appending = false;
    boolean updating = false;
    boolean text = false;
    boolean binary = false;
    for (int i = 0; i < mode.length(); i++) {
      char c = mode.charAt(i);
      switch (c) {
        case 'x' -> creating = true;
        case 'r' -> reading = true;
        case 'w' -> writing = true;
        case 'a' -> appending = true;
        case '+' -> updating = true;
        case 't' -> text = true;
        case 'b' -> binary = true;
        default -> throw invalidMode(mode);
      }
      if (mode.indexOf(c, i + 1) >= 0) {
        throw invalidMode(mode);
      }
    }
    if (text && binary) {
      throw PyException.valueError("can't have text and binary mode at once");
    }
    int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
    if (kinds > 1) {
      throw PyException.valueError("must have exactly one of create/read/write/append mode");
    }
    if (binary && encoding != null) {
      throw PyException.valueError("binary mode doesn't take an encoding argument");
    }
    if (binary && errors != null) {
      throw PyException.valueError("binary mode doesn't take an errors argument");
    }
    if (binary && newline != null) {
      throw PyException.valueError("binary mode doesn't take a newline argument");
    }
    if (kinds == 0) {
      throw PyException.valueError(
          "Must have exactly one of create/read/write/append mode and at most one plus");
    }
    if (path != null && path.indexOf('\0') >= 0) {
      throw PyException.valueError("embedded null byte");
    }
    boolean isText = !binary;
    if (isText && buffering == 0) {
      throw PyException.valueError("can't have unbuffered text I/O");
    }
    if (newline != null
        && !newline.isEmpty()
        && !newline.equals("\n")
        && !newline.equals("\r")
        && !newline.equals("\r\n")) {
      throw PyException.valueError("illegal newline value: " + newline);
    }
    Charset charset = null;
    String shownEncoding = null;
    if (isText && encoding != null && wide(encoding)) {
      // UTF-16, UTF-32 and cp1252: a text layer written in Python over the binary file.
      if (errors != null
          && !errors.equals("strict")
          && !errors.equals("replace")
          && !errors.equals("ignore")) {
        throw PyException.of(
            ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
      }
      String binaryMode =
          (creating ? "x" : reading ? "r" : writing ? "w" : "a") + "b" + (updating ? "+" : "");
      PyObject raw = open(ts, new PyObject[] {file, new PyStr(binaryMode)}, null);
      PyModule wrapper = ts.interp.importModule(ts, "_gilvm_textfile");
      return wrapper
          .dict()
          .getStr("TextFile")
          .call(
              ts,
              new PyObject[] {
                raw,
                file,
                new PyStr(mode),
                new PyStr(encoding),
                errors == null ? PyNone.NONE : new PyStr(errors),
                newline == null ? PyNone.NONE : new PyStr(newline),
                PyBool.of(buffering == 1)
              },
              null);
    }
    if (isText) {
      charset = charset(encoding);
      shownEncoding = encoding == null ? "UTF-8" : encoding;
      if (errors != null
          && !errors.equals("strict")
          && !errors.equals("replace")
          && !errors.equals("ignore")) {
        throw PyException.of(
            ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
      }
    }
    String kind = creating ? "x" : reading ? "r" : writing ? "w" : "a";
    String shownMode = isText ? mode : kind + "b" + (updating ? "+" : "");
    PyFile.Options o =
        new PyFile.Options(
            file,
            shownMode,
            isText,
            reading || updating,
            !reading || updating,
            appending,
            buffering == 0,
            buffering > 1 ? (int) Math.min(buffering, 1 << 24) : PyFile.DEFAULT_BUFFER_SIZE,
            isText && buffering == 1,
            charset,
            shownEncoding,
            errors == null ? "strict" : errors,
            newline);
    if (path == null) {
      return openDescriptor(ts, fd, o, closeFd);
    }
    return openFile(ts, path, o, creating, writing);
  }

  /** {@code open(fd)}: a file object over a descriptor os.open made. */
  private static PyFile openDescriptor(ThreadState ts, int fd, PyFile.Options o, boolean closeFd) {
    Object owner = Descriptors.lookup(fd);
    if (owner instanceof RawDescriptor d) {
      long position =
          OsErrors.run(ts, () -> o.append() ? d.file.length() : d.file.getFilePointer());
      return new PyFile(o, d, fd, closeFd, position);
    }
    if (owner == null && fd > 2) {
      throw OsErrors.error(9);
    }
    throw PyException.of(
        ExceptionTypes.NOT_IMPLEMENTED_ERROR,
        "gilvm's open() takes a path or a "
            + "descriptor from os.open, not descriptor "
            + fd
            + (fd <= 2 ? " (a standard stream)" : " (already a file object's or socket's)"));
  }

  /** Opens (or creates or truncates) the file with the interpreter lock released. */
  private static PyFile openFile(
      ThreadState ts, String path, PyFile.Options o, boolean creating, boolean truncating) {
    record Opened(RandomAccessFile file, long position) {}
    Opened opened =
        OsErrors.run(
            ts,
            path,
            () -> {
              File f = PosixModule.resolve(path).toFile();
              if (creating) {
                Files.createFile(f.toPath());
              }
              RandomAccessFile raf = new RandomAccessFile(f, o.writable() ? "rw" : "r");
              try {
                if (truncating) {
                  raf.setLength(0);
                }
                long at = 0;
                if (o.append()) {
                  at = raf.length();
                  raf.seek(at);
                }
                return new Opened(raf, at);
              } catch (java.io.IOException e) {
                raf.close();
                throw e;
              }
            });
    return new PyFile(o, opened.file(), opened.position());
  }

  private static PyException invalidMode(String mode) {
    return PyException.valueError("invalid mode: '" + mode + "'");
  }

  private static String strArg(PyObject o, String what, boolean noneAllowed) {
    if (o instanceof PyStr s) {
      return s.value();
    }
    if (noneAllowed && o == PyNone.NONE) {
      return null;
    }
    throw PyException.typeError(
        "open() argument '"
            + what
            + "' must be str"
            + (noneAllowed ? " or None" : "")
            + ", not "
            + (o == PyNone.NONE ? "None" : o.type().name()));
  }

  /**
   * Whether {@code encoding} is one of the codecs the file layer does not decode itself (its line
   * ends are not single ASCII bytes, or it is not Latin-1-like): UTF-16, UTF-32, cp1252.
   */
  private static boolean wide(String encoding) {
    String n = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
    return io.gilvm.object.Codecs.known(encoding)
        && !n.equals("utf-8")
        && !n.equals("utf8")
        && !n.equals("u8")
        && !n.equals("utf")
        && !n.equals("cp65001")
        && !n.equals("ascii")
        && !n.equals("us-ascii")
        && !n.equals("646")
        && !n.startsWith("latin")
        && !n.equals("l1")
        && !n.equals("iso-8859-1")
        && !n.equals("iso8859-1")
        && !n.equals("8859")
        && !n.equals("cp819");
  }

  /** The codec for {@code encoding}: UTF-8 (the default), ASCII or Latin-1. */
  private static Charset charset(String encoding) {
    if (encoding == null) {
      return StandardCharsets.UTF_8;
    }
    String n = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
    switch (n) {
      case "utf-8":
      case "utf8":
      case "u8":
        return StandardCharsets.UTF_8;
      case "ascii":
      case "us-ascii":
      case "646":
        return StandardCharsets.US_ASCII;
      case "latin-1":
      case "latin1":
      case "iso-8859-1":
      case "iso8859-1":
      case "l1":
        return StandardCharsets.ISO_8859_1;
      default:
        break;
    }
    boolean known;
    try {
      known = Charset.isSupported(encoding);
    } catch (IllegalArgumentException e) {
      known = false;
    }
    if (!known) {
      throw PyException.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
    }
    throw PyException.of(
        ExceptionTypes.LOOKUP_ERROR,
        "gilvm's open() supports the utf-8, ascii, latin-1, utf-16, utf-32 and cp1252 encodings, "
            + "not '"
            + encoding
            + "'");
  }
}
