package io.gilvm.object;

import io.gilvm.state.ThreadState;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The constructor and methods of {@code bytes}; the codecs {@code str.encode} and {@code
 * bytes.decode} use are in {@link Codecs}.
 */
final class BytesMethods {
  private BytesMethods() {}

  private static final byte[] EMPTY = new byte[0];

  private static byte[] value(PyObject self) {
    return ((PyBytes) self).value();
  }

  /** The bytes as a String of the same length, one char per byte (for number parsing). */
  static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /** A bytes argument, or CPython's TypeError for another type. */
  private static byte[] bytesArg(PyObject o) {
    byte[] b = Buffers.bytes(o);
    if (b != null) {
      return b;
    }
    throw PyException.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
  }

  /** {@code bytes(o)} for o that is bytes or an iterable of ints (int.from_bytes, join). */
  static byte[] bytesOf(PyObject o) {
    byte[] b = Buffers.bytes(o);
    if (b != null) {
      return b;
    }
    if (o instanceof PyStr) {
      throw PyException.typeError("cannot convert 'str' object to bytes");
    }
    return fromIterable(o);
  }

  private static byte[] fromIterable(PyObject o) {
    PyObject it;
    try {
      it = o.iter();
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.TYPE_ERROR)) {
        throw PyException.typeError("cannot convert '" + o.type().name() + "' object to bytes");
      }
      throw e;
    }
    byte[] out = new byte[16];
    int n = 0;
    for (PyObject x; (x = it.next()) != null; ) {
      PyInt i = NumberMethods.index(x);
      if (i.isBig() || i.longValue() < 0 || i.longValue() > 255) {
        throw PyException.valueError("bytes must be in range(0, 256)");
      }
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = (byte) i.longValue();
    }
    return Arrays.copyOf(out, n);
  }

  // ---------------------------------------------------------------- codecs

  /** {@code s.encode(encoding, errors)}: see {@link Codecs}. */
  static byte[] encode(String s, String encoding, String errors) {
    return Codecs.encode(s, encoding, errors);
  }

  /** {@code b.decode(encoding, errors)}: see {@link Codecs}. */
  static String decode(byte[] b, String encoding, String errors) {
    return Codecs.decode(b, encoding, errors);
  }

  // ---------------------------------------------------------------- construction

  private static PyObject construct(
      ThreadState ts, PyType type, PyObject[] args, String[] kwnames) {
    PyObject[] p =
        NumberMethods.parseArgs(
            "bytes", args, kwnames, new String[] {"source", "encoding", "errors"}, 0, 3);
    PyObject src = p[0];
    if (src instanceof PyStr && p[1] == null) {
      throw PyException.typeError("string argument without an encoding");
    }
    if (p[1] != null || p[2] != null) {
      if (!(src instanceof PyStr s)) {
        throw PyException.typeError(
            (p[1] != null ? "encoding" : "errors") + " without a string argument");
      }
      String enc = p[1] == null ? "utf-8" : argStr(p[1], "encoding");
      String errors = p[2] == null ? "strict" : argStr(p[2], "errors");
      return new PyBytes(encode(s.value(), enc, errors));
    }
    if (src == null) {
      return new PyBytes(EMPTY);
    }
    if (src instanceof PyBytes) {
      return src;
    }
    if (src instanceof PyByteArray || src instanceof PyMemoryView || src instanceof PyArray) {
      return new PyBytes(Buffers.bytes(src));
    }
    if (src instanceof PyStr) {
      throw PyException.typeError("string argument without an encoding");
    }
    if (src instanceof PyInstance inst) {
      PyObject r = inst.callDunder("__bytes__");
      if (r != null) {
        if (!(r instanceof PyBytes)) {
          throw PyException.typeError(
              "__bytes__ returned non-bytes (type " + r.type().name() + ")");
        }
        return r;
      }
    }
    if (src instanceof PyInt i) {
      if (i.isBig()) {
        throw PyException.overflowError("cannot fit 'int' into an index-sized integer");
      }
      if (i.longValue() < 0) {
        throw PyException.valueError("negative count");
      }
      if (i.longValue() > Integer.MAX_VALUE - 16) {
        throw PyException.memoryError();
      }
      return new PyBytes(new byte[(int) i.longValue()]);
    }
    return new PyBytes(fromIterable(src));
  }

  private static String argStr(PyObject o, String arg) {
    if (o instanceof PyStr s) {
      return s.value();
    }
    throw PyException.typeError(
        "bytes() argument '" + arg + "' must be str, not " + o.type().name());
  }

  // ---------------------------------------------------------------- methods

  static void install() {
    PyType t = PyType.BYTES;
    t.setConstructor(BytesMethods::construct);
    NumberMethods.compareDunders(t);
    NumberMethods.objectDunders(t, true);
    NumberMethods.sequenceDunders(t, false);
    t.method(
        "__add__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__add__", a, kw, 1);
          if (!(a[0] instanceof PyBytes)) {
            throw PyException.typeError("can't concat " + a[0].type().name() + " to bytes");
          }
          return Derived.binaryOp(self, Ops.ADD, a[0]);
        });
    for (String name : new String[] {"__mul__", "__rmul__"}) {
      t.method(
          name,
          (ts, self, a, kw) -> {
            NumberMethods.expectArgs(name, a, kw, 1);
            // The repeat count goes through __index__, as the sq_repeat slot does.
            PyInt n = NumberMethods.index(a[0]);
            return Derived.binaryOp(self, Ops.MUL, n);
          });
    }
    t.method(
        "decode",
        (ts, self, a, kw) -> {
          PyObject[] p =
              NumberMethods.parseArgs("decode", a, kw, new String[] {"encoding", "errors"}, 0, 2);
          String enc = p[0] == null ? "utf-8" : decodeArg(p[0], "encoding");
          String errors = p[1] == null ? "strict" : decodeArg(p[1], "errors");
          return new PyStr(decode(value(self), enc, errors));
        });
    t.method(
        "hex",
        (ts, self, a, kw) -> {
          PyObject[] p =
              NumberMethods.parseArgs("hex", a, kw, new String[] {"sep", "bytes_per_sep"}, 0, 2);
          return new PyStr(hex(value(self), p[0], p[1]));
        });
    NumberMethods.classMethod(
        t,
        "fromhex",
        (ts, a, kw) -> {
          ArgParser.arity("fromhex", Arrays.copyOfRange(a, 1, a.length), kw, 1, 1);
          return new PyBytes(fromHex(ArgParser.asStr(a[1], "fromhex")));
        });
    t.method("join", BytesMethods::join);
    t.method("startswith", (ts, self, a, kw) -> affix(self, a, kw, "startswith", false));
    t.method("endswith", (ts, self, a, kw) -> affix(self, a, kw, "endswith", true));
    t.method("find", (ts, self, a, kw) -> PyInt.of(find(self, a, kw, "find", false)));
    t.method("rfind", (ts, self, a, kw) -> PyInt.of(find(self, a, kw, "rfind", true)));
    t.method(
        "index",
        (ts, self, a, kw) -> {
          int r = find(self, a, kw, "index", false);
          if (r < 0) {
            throw PyException.valueError("subsection not found");
          }
          return PyInt.of(r);
        });
    t.method(
        "rindex",
        (ts, self, a, kw) -> {
          int r = find(self, a, kw, "rindex", true);
          if (r < 0) {
            throw PyException.valueError("subsection not found");
          }
          return PyInt.of(r);
        });
    t.method("count", BytesMethods::count);
    t.method("split", (ts, self, a, kw) -> split(ts, self, a, kw, false));
    t.method("rsplit", (ts, self, a, kw) -> split(ts, self, a, kw, true));
    t.method("strip", (ts, self, a, kw) -> strip(self, a, kw, "strip", true, true));
    t.method("lstrip", (ts, self, a, kw) -> strip(self, a, kw, "lstrip", true, false));
    t.method("rstrip", (ts, self, a, kw) -> strip(self, a, kw, "rstrip", false, true));
    t.method(
        "replace",
        (ts, self, a, kw) -> {
          ArgParser.arity("replace", a, kw, 2, 3);
          byte[] old = bytesArg(a[0]);
          byte[] rep = bytesArg(a[1]);
          long count = a.length == 3 ? NumberMethods.ssize(a[2]) : -1;
          return new PyBytes(replace(value(self), old, rep, count < 0 ? Long.MAX_VALUE : count));
        });
    t.method(
        "upper",
        (ts, self, a, kw) -> {
          ArgParser.arity("bytes.upper", a, kw, 0, 0);
          byte[] b = value(self).clone();
          for (int i = 0; i < b.length; i++) {
            if (b[i] >= 'a' && b[i] <= 'z') {
              b[i] -= 32;
            }
          }
          return new PyBytes(b);
        });
    t.method(
        "lower",
        (ts, self, a, kw) -> {
          ArgParser.arity("bytes.lower", a, kw, 0, 0);
          byte[] b = value(self).clone();
          for (int i = 0; i < b.length; i++) {
            if (b[i] >= 'A' && b[i] <= 'Z') {
              b[i] += 32;
            }
          }
          return new PyBytes(b);
        });
    predicate(t, "isdigit", c -> c >= '0' && c <= '9');
    predicate(t, "isalpha", c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
    predicate(
        t, "isalnum", c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
    predicate(t, "isspace", BytesMethods::isSpace);
    t.method(
        "isupper",
        (ts, self, a, kw) -> {
          ArgParser.arity("bytes.isupper", a, kw, 0, 0);
          return PyBool.of(caseOnly(value(self), true));
        });
    t.method(
        "islower",
        (ts, self, a, kw) -> {
          ArgParser.arity("bytes.islower", a, kw, 0, 0);
          return PyBool.of(caseOnly(value(self), false));
        });
    installMore(t);
  }

  /** The layout, case, translation and formatting methods, and the remaining dunders. */
  private static void installMore(PyType t) {
    t.method(
        "istitle",
        (ts, self, a, kw) -> {
          ArgParser.arity("bytes.istitle", a, kw, 0, 0);
          return PyBool.of(isTitle(value(self)));
        });
    t.method(
        "isascii",
        (ts, self, a, kw) -> {
          ArgParser.arity("bytes.isascii", a, kw, 0, 0);
          for (byte x : value(self)) {
            if (x < 0) {
              return PyBool.FALSE;
            }
          }
          return PyBool.TRUE;
        });
    t.method(
        "title",
        (ts, self, a, kw) -> {
          ArgParser.arity("bytes.title", a, kw, 0, 0);
          byte[] b = value(self).clone();
          boolean previousCased = false;
          for (int i = 0; i < b.length; i++) {
            b[i] = previousCased ? lower(b[i]) : upper(b[i]);
            previousCased = isUpper(b[i]) || isLower(b[i]);
          }
          return new PyBytes(b);
        });
    t.method(
        "capitalize",
        (ts, self, a, kw) -> {
          ArgParser.arity("bytes.capitalize", a, kw, 0, 0);
          byte[] b = value(self).clone();
          for (int i = 0; i < b.length; i++) {
            b[i] = i == 0 ? upper(b[i]) : lower(b[i]);
          }
          return new PyBytes(b);
        });
    t.method(
        "swapcase",
        (ts, self, a, kw) -> {
          ArgParser.arity("bytes.swapcase", a, kw, 0, 0);
          byte[] b = value(self).clone();
          for (int i = 0; i < b.length; i++) {
            b[i] = isUpper(b[i]) ? lower(b[i]) : upper(b[i]);
          }
          return new PyBytes(b);
        });
    for (String name : new String[] {"center", "ljust", "rjust"}) {
      t.method(name, (ts, self, a, kw) -> pad(self, a, kw, name));
    }
    t.method(
        "zfill",
        (ts, self, a, kw) -> {
          ArgParser.arity("bytes.zfill", a, kw, 1, 1);
          long width = NumberMethods.ssize(a[0]);
          byte[] b = value(self);
          if (width <= b.length) {
            return self;
          }
          return new PyBytes(fromLatin1(StrMethods.zfill(latin1(b), width)));
        });
    t.method(
        "expandtabs",
        (ts, self, a, kw) -> {
          PyObject[] p =
              NumberMethods.parseArgs("expandtabs", a, kw, new String[] {"tabsize"}, 0, 1);
          long size = p[0] == null ? 8 : NumberMethods.cInt(p[0]);
          return new PyBytes(fromLatin1(StrMethods.expandtabs(latin1(value(self)), size)));
        });
    t.method("partition", (ts, self, a, kw) -> partition(self, a, kw, false));
    t.method("rpartition", (ts, self, a, kw) -> partition(self, a, kw, true));
    t.method("splitlines", BytesMethods::splitlines);
    t.method("removeprefix", (ts, self, a, kw) -> removeAffix(self, a, kw, false));
    t.method("removesuffix", (ts, self, a, kw) -> removeAffix(self, a, kw, true));
    t.method("translate", BytesMethods::translate);
    NumberMethods.staticMethod(t, "maketrans", BytesMethods::maketrans);
    t.method(
        "__mod__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__mod__", a, kw, 1);
          return new PyBytes(PercentFormat.formatBytes(value(self), a[0]));
        });
    t.method(
        "__rmod__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__rmod__", a, kw, 1);
          if (!(a[0] instanceof PyBytes fmt)) {
            return PySingleton.NOT_IMPLEMENTED;
          }
          return new PyBytes(PercentFormat.formatBytes(fmt.value(), self));
        });
    t.method(
        "__bytes__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__bytes__", a, kw, 0);
          return self.getClass() == PyBytes.class ? self : new PyBytes(value(self));
        });
    t.method(
        "__getnewargs__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__getnewargs__", a, kw, 0);
          return PyTuple.of(new PyBytes(value(self)));
        });
  }

  private static byte[] fromLatin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static boolean isUpper(byte x) {
    return x >= 'A' && x <= 'Z';
  }

  private static boolean isLower(byte x) {
    return x >= 'a' && x <= 'z';
  }

  private static byte upper(byte x) {
    return isLower(x) ? (byte) (x - 32) : x;
  }

  private static byte lower(byte x) {
    return isUpper(x) ? (byte) (x + 32) : x;
  }

  /** str.istitle over the ASCII letters: upper only after uncased, lower only after cased. */
  private static boolean isTitle(byte[] b) {
    boolean cased = false;
    boolean previousCased = false;
    for (byte x : b) {
      if (isUpper(x)) {
        if (previousCased) {
          return false;
        }
        previousCased = true;
        cased = true;
      } else if (isLower(x)) {
        if (!previousCased) {
          return false;
        }
        previousCased = true;
        cased = true;
      } else {
        previousCased = false;
      }
    }
    return cased;
  }

  /** center, ljust and rjust: StrMethods' layout over the bytes as Latin-1 characters. */
  private static PyObject pad(PyObject self, PyObject[] a, String[] kw, String fname) {
    ArgParser.arity(fname, a, kw, 1, 2);
    long width = NumberMethods.ssize(a[0]);
    String fill = " ";
    if (a.length == 2) {
      byte[] f =
          a[1] instanceof PyBytes || a[1] instanceof PyByteArray ? Buffers.bytes(a[1]) : null;
      if (f == null || f.length != 1) {
        throw PyException.typeError(
            fname + "() argument 2 must be a byte string of length 1, not " + a[1].type().name());
      }
      fill = latin1(f);
    }
    byte[] b = value(self);
    if (width <= b.length) {
      return self;
    }
    return new PyBytes(fromLatin1(StrMethods.pad(latin1(b), b.length, width, fill, fname)));
  }

  private static PyObject partition(PyObject self, PyObject[] a, String[] kw, boolean right) {
    ArgParser.arity(right ? "bytes.rpartition" : "bytes.partition", a, kw, 1, 1);
    byte[] sep = bytesArg(a[0]);
    if (sep.length == 0) {
      throw PyException.valueError("empty separator");
    }
    byte[] b = value(self);
    int i = right ? lastIndexOf(b, sep, 0, b.length) : indexOf(b, sep, 0, b.length);
    if (i < 0) {
      return right
          ? PyTuple.of(new PyBytes(EMPTY), new PyBytes(EMPTY), self)
          : PyTuple.of(self, new PyBytes(EMPTY), new PyBytes(EMPTY));
    }
    return PyTuple.of(
        new PyBytes(Arrays.copyOfRange(b, 0, i)),
        a[0],
        new PyBytes(Arrays.copyOfRange(b, i + sep.length, b.length)));
  }

  /** Lines end at LF, CR or CR LF: bytes know no other line breaks. */
  private static PyObject splitlines(ThreadState ts, PyObject self, PyObject[] a, String[] kw) {
    PyObject[] p = NumberMethods.parseArgs("splitlines", a, kw, new String[] {"keepends"}, 0, 1);
    boolean keep = p[0] != null && NumberMethods.index(p[0]).isTrue();
    byte[] b = value(self);
    int n = b.length;
    PyList out = new PyList();
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && b[j] != '\n' && b[j] != '\r') {
        j++;
      }
      int eol = j;
      if (j < n) {
        j += b[j] == '\r' && j + 1 < n && b[j + 1] == '\n' ? 2 : 1;
        if (keep) {
          eol = j;
        }
      }
      out.append(new PyBytes(Arrays.copyOfRange(b, i, eol)));
      i = j;
    }
    return out;
  }

  private static PyObject removeAffix(PyObject self, PyObject[] a, String[] kw, boolean suffix) {
    ArgParser.arity(suffix ? "bytes.removesuffix" : "bytes.removeprefix", a, kw, 1, 1);
    byte[] x = bytesArg(a[0]);
    byte[] b = value(self);
    if (x.length == 0 || x.length > b.length) {
      return self;
    }
    int at = suffix ? b.length - x.length : 0;
    if (!regionMatches(b, at, x)) {
      return self;
    }
    return new PyBytes(
        suffix ? Arrays.copyOfRange(b, 0, at) : Arrays.copyOfRange(b, x.length, b.length));
  }

  private static PyObject translate(ThreadState ts, PyObject self, PyObject[] a, String[] kw) {
    if (NumberMethods.positionalCount(a, kw) == 0) {
      throw PyException.typeError("translate() takes at least 1 positional argument (0 given)");
    }
    PyObject[] p =
        NumberMethods.parseArgs("translate", a, kw, new String[] {"table", "delete"}, 1, 2);
    byte[] table = null;
    if (p[0] != PyNone.NONE) {
      table = bytesArg(p[0]);
      if (table.length != 256) {
        throw PyException.valueError("translation table must be 256 characters long");
      }
    }
    boolean[] gone = new boolean[256];
    if (p[1] != null) {
      for (byte x : bytesArg(p[1])) {
        gone[x & 0xff] = true;
      }
    }
    byte[] b = value(self);
    byte[] out = new byte[b.length];
    int n = 0;
    for (byte x : b) {
      if (!gone[x & 0xff]) {
        out[n++] = table == null ? x : table[x & 0xff];
      }
    }
    return new PyBytes(Arrays.copyOf(out, n));
  }

  /** {@code bytes.maketrans(frm, to)}: the identity table with each byte of frm mapped. */
  static PyObject maketrans(ThreadState ts, PyObject[] a, String[] kw) {
    ArgParser.arity("maketrans", a, kw, 2, 2);
    byte[] from = bytesArg(a[0]);
    byte[] to = bytesArg(a[1]);
    if (from.length != to.length) {
      throw PyException.valueError("maketrans arguments must have same length");
    }
    byte[] table = new byte[256];
    for (int i = 0; i < 256; i++) {
      table[i] = (byte) i;
    }
    for (int i = 0; i < from.length; i++) {
      table[from[i] & 0xff] = to[i];
    }
    return new PyBytes(table);
  }

  private static String decodeArg(PyObject o, String arg) {
    if (o instanceof PyStr s) {
      return s.value();
    }
    throw PyException.typeError(
        "decode() argument '" + arg + "' must be str, not " + o.type().name());
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
  }

  private static void predicate(PyType t, String name, java.util.function.IntPredicate test) {
    String fname = "bytes." + name;
    t.method(
        name,
        (ts, self, a, kw) -> {
          ArgParser.arity(fname, a, kw, 0, 0);
          byte[] b = value(self);
          if (b.length == 0) {
            return PyBool.FALSE;
          }
          for (byte x : b) {
            if (!test.test(x & 0xff)) {
              return PyBool.FALSE;
            }
          }
          return PyBool.TRUE;
        });
  }

  private static boolean caseOnly(byte[] b, boolean upper) {
    boolean cased = false;
    for (byte x : b) {
      boolean isUpper = x >= 'A' && x <= 'Z';
      boolean isLower = x >= 'a' && x <= 'z';
      if (upper ? isLower : isUpper) {
        return false;
      }
      cased |= upper ? isUpper : isLower;
    }
    return cased;
  }

  static String hex(byte[] b, PyObject sepArg, PyObject perSepArg) {
    String digits = "0123456789abcdef";
    String sep = null;
    if (sepArg != null) {
      if (sepArg instanceof PyStr s) {
        sep = s.value();
      } else if (sepArg instanceof PyBytes bs) {
        sep = latin1(bs.value());
      } else {
        throw PyException.typeError("object of type '" + sepArg.type().name() + "' has no len()");
      }
      if (sep.length() != 1) {
        throw PyException.valueError("sep must be length 1.");
      }
    }
    long perSep = perSepArg == null ? 1 : NumberMethods.ssize(perSepArg);
    StringBuilder sb = new StringBuilder(b.length * 3);
    int n = b.length;
    long group = Math.abs(perSep);
    for (int i = 0; i < n; i++) {
      if (sep != null && i > 0 && group > 0) {
        // A positive count groups from the right, a negative one from the left.
        long pos = perSep > 0 ? n - i : i;
        if (pos % group == 0) {
          sb.append(sep);
        }
      }
      sb.append(digits.charAt((b[i] >> 4) & 0xf)).append(digits.charAt(b[i] & 0xf));
    }
    return sb.toString();
  }

  static byte[] fromHex(String s) {
    byte[] out = new byte[s.length() / 2 + 1];
    int n = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
        i++;
        continue;
      }
      int hi = Character.digit(c, 16);
      if (hi < 0 || c > 127) {
        throw PyException.valueError(
            "non-hexadecimal number found in fromhex() arg at position " + i);
      }
      int lo =
          i + 1 < s.length() && s.charAt(i + 1) < 128 ? Character.digit(s.charAt(i + 1), 16) : -1;
      if (lo < 0) {
        throw PyException.valueError(
            "non-hexadecimal number found in fromhex() arg at position " + (i + 1));
      }
      out[n++] = (byte) (hi * 16 + lo);
      i += 2;
    }
    return Arrays.copyOf(out, n);
  }

  private static PyObject join(ThreadState ts, PyObject self, PyObject[] a, String[] kw) {
    ArgParser.arity("bytes.join", a, kw, 1, 1);
    PyObject[] items = Ops.toArray(a[0]);
    byte[] sep = value(self);
    long total = (long) sep.length * Math.max(0, items.length - 1);
    byte[][] parts = new byte[items.length][];
    for (int i = 0; i < items.length; i++) {
      parts[i] = Buffers.bytes(items[i]);
      if (parts[i] == null) {
        throw PyException.typeError(
            "sequence item "
                + i
                + ": expected a bytes-like object, "
                + items[i].type().name()
                + " found");
      }
      total += parts[i].length;
    }
    if (total > Integer.MAX_VALUE - 16) {
      throw PyException.memoryError();
    }
    byte[] out = new byte[(int) total];
    int k = 0;
    for (int i = 0; i < items.length; i++) {
      if (i > 0) {
        System.arraycopy(sep, 0, out, k, sep.length);
        k += sep.length;
      }
      byte[] b = parts[i];
      System.arraycopy(b, 0, out, k, b.length);
      k += b.length;
    }
    return new PyBytes(out);
  }

  private static int indexOf(byte[] h, byte[] needle, int from, int to) {
    outer:
    for (int i = from; i + needle.length <= to; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (h[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int lastIndexOf(byte[] h, byte[] needle, int from, int to) {
    outer:
    for (int i = to - needle.length; i >= from; i--) {
      for (int j = 0; j < needle.length; j++) {
        if (h[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The needle of find/count/index: bytes, or an int naming one byte. */
  private static byte[] needle(PyObject o) {
    if (o instanceof PyBytes b) {
      return b.value();
    }
    if (o instanceof PyInt i) {
      if (i.isBig() || i.longValue() < 0 || i.longValue() > 255) {
        throw PyException.valueError("byte must be in range(0, 256)");
      }
      return new byte[] {(byte) i.longValue()};
    }
    throw PyException.typeError(
        "argument should be integer or bytes-like object, not '" + o.type().name() + "'");
  }

  /** {needle, start, end} for find/index/count, bounds adjusted as CPython does. */
  private static Object[] searchArgs(PyObject self, PyObject[] a, String[] kw, String fname) {
    ArgParser.arity(fname, a, kw, 1, 3);
    byte[] sub = needle(a[0]);
    int len = value(self).length;
    long start = NumberMethods.sliceBound(a.length > 1 ? a[1] : null, 0, true);
    long end = NumberMethods.sliceBound(a.length > 2 ? a[2] : null, len, true);
    if (start < 0) {
      start = Math.max(0, start + len);
    }
    return new Object[] {sub, start, NumberMethods.adjustBound(end, len)};
  }

  private static int find(PyObject self, PyObject[] a, String[] kw, String fname, boolean reverse) {
    Object[] p = searchArgs(self, a, kw, fname);
    byte[] sub = (byte[]) p[0];
    long start = (Long) p[1];
    int end = (Integer) p[2];
    if (end - start < sub.length) {
      return -1;
    }
    byte[] b = value(self);
    return reverse ? lastIndexOf(b, sub, (int) start, end) : indexOf(b, sub, (int) start, end);
  }

  private static PyObject count(ThreadState ts, PyObject self, PyObject[] a, String[] kw) {
    Object[] p = searchArgs(self, a, kw, "count");
    byte[] sub = (byte[]) p[0];
    long start = (Long) p[1];
    int end = (Integer) p[2];
    if (end - start < sub.length) {
      return PyInt.of(0);
    }
    if (sub.length == 0) {
      return PyInt.of(end - start + 1);
    }
    byte[] b = value(self);
    int n = 0;
    for (int i = (int) start, j; (j = indexOf(b, sub, i, end)) >= 0; i = j + sub.length) {
      n++;
    }
    return PyInt.of(n);
  }

  private static PyObject affix(
      PyObject self, PyObject[] a, String[] kw, String fname, boolean suffix) {
    ArgParser.arity(fname, a, kw, 1, 3);
    byte[] b = value(self);
    long start = NumberMethods.sliceBound(a.length > 1 ? a[1] : null, 0, true);
    long end = NumberMethods.sliceBound(a.length > 2 ? a[2] : null, b.length, true);
    if (start < 0) {
      start = Math.max(0, start + b.length);
    }
    int e = NumberMethods.adjustBound(end, b.length);
    PyObject[] candidates = a[0] instanceof PyTuple t ? t.items() : new PyObject[] {a[0]};
    for (PyObject c : candidates) {
      if (!(c instanceof PyBytes p)) {
        throw PyException.typeError(
            a[0] instanceof PyTuple
                ? "a bytes-like object is required, not '" + c.type().name() + "'"
                : fname + " first arg must be bytes or a tuple of bytes, not " + c.type().name());
      }
      byte[] x = p.value();
      long at = suffix ? (long) e - x.length : start;
      if ((long) e - x.length >= start && regionMatches(b, (int) at, x)) {
        return PyBool.TRUE;
      }
    }
    return PyBool.FALSE;
  }

  private static boolean regionMatches(byte[] b, int at, byte[] x) {
    for (int j = 0; j < x.length; j++) {
      if (b[at + j] != x[j]) {
        return false;
      }
    }
    return true;
  }

  private static PyObject split(
      ThreadState ts, PyObject self, PyObject[] a, String[] kw, boolean right) {
    PyObject[] p =
        NumberMethods.parseArgs(
            right ? "rsplit" : "split", a, kw, new String[] {"sep", "maxsplit"}, 0, 2);
    long maxsplit = p[1] == null ? -1 : NumberMethods.ssize(p[1]);
    long left = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
    byte[] b = value(self);
    java.util.ArrayList<byte[]> parts = new java.util.ArrayList<>();
    if (p[0] == null || p[0] == PyNone.NONE) {
      if (!right) {
        int i = 0;
        for (; left > 0; left--) {
          while (i < b.length && isSpace(b[i])) {
            i++;
          }
          if (i == b.length) {
            break;
          }
          int j = i;
          while (j < b.length && !isSpace(b[j])) {
            j++;
          }
          parts.add(Arrays.copyOfRange(b, i, j));
          i = j;
        }
        while (i < b.length && isSpace(b[i])) {
          i++;
        }
        if (i < b.length) {
          parts.add(Arrays.copyOfRange(b, i, b.length));
        }
      } else {
        int j = b.length;
        for (; left > 0; left--) {
          while (j > 0 && isSpace(b[j - 1])) {
            j--;
          }
          if (j == 0) {
            break;
          }
          int i = j;
          while (i > 0 && !isSpace(b[i - 1])) {
            i--;
          }
          parts.add(0, Arrays.copyOfRange(b, i, j));
          j = i;
        }
        while (j > 0 && isSpace(b[j - 1])) {
          j--;
        }
        if (j > 0) {
          parts.add(0, Arrays.copyOfRange(b, 0, j));
        }
      }
    } else {
      byte[] sep = bytesArg(p[0]);
      if (sep.length == 0) {
        throw PyException.valueError("empty separator");
      }
      if (!right) {
        int i = 0;
        for (int j; left > 0 && (j = indexOf(b, sep, i, b.length)) >= 0; left--) {
          parts.add(Arrays.copyOfRange(b, i, j));
          i = j + sep.length;
        }
        parts.add(Arrays.copyOfRange(b, i, b.length));
      } else {
        int end = b.length;
        for (int j; left > 0 && (j = lastIndexOf(b, sep, 0, end)) >= 0; left--) {
          parts.add(0, Arrays.copyOfRange(b, j + sep.length, end));
          end = j;
        }
        parts.add(0, Arrays.copyOfRange(b, 0, end));
      }
    }
    PyList out = new PyList();
    for (byte[] part : parts) {
      out.append(new PyBytes(part));
    }
    return out;
  }

  private static PyObject strip(
      PyObject self, PyObject[] a, String[] kw, String fname, boolean left, boolean right) {
    ArgParser.arity(fname, a, kw, 0, 1);
    byte[] b = value(self);
    byte[] chars = a.length == 1 && a[0] != PyNone.NONE ? bytesArg(a[0]) : null;
    int lo = 0;
    int hi = b.length;
    if (left) {
      while (lo < hi && stripped(b[lo], chars)) {
        lo++;
      }
    }
    if (right) {
      while (hi > lo && stripped(b[hi - 1], chars)) {
        hi--;
      }
    }
    return lo == 0 && hi == b.length ? self : new PyBytes(Arrays.copyOfRange(b, lo, hi));
  }

  private static boolean stripped(byte x, byte[] chars) {
    if (chars == null) {
      return isSpace(x);
    }
    for (byte c : chars) {
      if (c == x) {
        return true;
      }
    }
    return false;
  }

  private static byte[] replace(byte[] b, byte[] old, byte[] rep, long count) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length);
    if (old.length == 0) {
      long done = 0;
      for (int i = 0; i <= b.length; i++) {
        if (done < count) {
          out.write(rep, 0, rep.length);
          done++;
        }
        if (i < b.length) {
          out.write(b[i]);
        }
      }
      return out.toByteArray();
    }
    int i = 0;
    for (int j; count > 0 && (j = indexOf(b, old, i, b.length)) >= 0; count--) {
      out.write(b, i, j - i);
      out.write(rep, 0, rep.length);
      i = j + old.length;
    }
    out.write(b, i, b.length - i);
    return out.toByteArray();
  }
}
