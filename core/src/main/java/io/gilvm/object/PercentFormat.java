package io.gilvm.object;

import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/**
 * {@code str % args}: printf-style formatting, as CPython's PyUnicode_Format; and {@code bytes %
 * args} (and bytearray), whose format and result are bytes, handled here as the Latin-1 characters
 * of those bytes.
 */
final class PercentFormat {
  private PercentFormat() {}

  static String format(String fmt, PyObject args) {
    return format(fmt, args, false);
  }

  /** {@code bytes % args}. */
  static byte[] formatBytes(byte[] fmt, PyObject args) {
    String r = format(new String(fmt, java.nio.charset.StandardCharsets.ISO_8859_1), args, true);
    return r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** The bytes %s and %b insert: a bytes-like object's, or what __bytes__ returns. */
  private static String bytesOf(PyObject value) {
    byte[] b = Buffers.bytes(value);
    if (b == null && value instanceof PyInstance inst) {
      PyObject r = inst.callDunder("__bytes__");
      if (r != null) {
        try {
          if (!(r instanceof PyBytes rb)) {
            throw PyException.typeError(
                "__bytes__ returned non-bytes (type " + r.type().name() + ")");
          }
          b = rb.value();
        } finally {
          Refs.discard(ThreadState.current(), r);
        }
      }
    }
    if (b == null) {
      throw PyException.typeError(
          "%b requires a bytes-like object, or an object that "
              + "implements __bytes__, not '"
              + value.type().name()
              + "'");
    }
    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** A width or precision given as {@code *}: the next argument, which must be an int. */
  private static int starArg(PyObject[] values, int argi) {
    if (argi >= values.length) {
      throw PyException.typeError("not enough arguments for format string");
    }
    PyObject v = values[argi];
    if (!(v instanceof PyInt)) {
      throw PyException.typeError("* wants int");
    }
    PyInt i = (PyInt) v;
    if (i.isBig() || i.longValue() > Integer.MAX_VALUE || i.longValue() < -Integer.MAX_VALUE) {
      throw PyException.overflowError("Python int too large to convert to C int");
    }
    return (int) i.longValue();
  }

  private static String format(String fmt, PyObject args, boolean bytes) {
    PyObject[] values;
    PyDict mapping = null;
    if (args instanceof PyTuple t) {
      values = t.items();
    } else {
      values = new PyObject[] {args};
      if (args instanceof PyDict d) {
        mapping = d;
      }
    }
    StringBuilder out = new StringBuilder();
    int argi = 0;
    int n = fmt.length();
    for (int i = 0; i < n; i++) {
      char c = fmt.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (++i >= n) {
        throw PyException.valueError("incomplete format");
      }
      PyObject value = null;
      if (fmt.charAt(i) == '(') {
        if (mapping == null) {
          throw PyException.typeError("format requires a mapping");
        }
        int close = fmt.indexOf(')', i);
        if (close < 0) {
          throw PyException.valueError("incomplete format key");
        }
        String key = fmt.substring(i + 1, close);
        value =
            mapping.getItem(
                bytes
                    ? new PyBytes(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                    : new PyStr(key));
        i = close + 1;
      }
      StringBuilder flags = new StringBuilder();
      while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
        flags.append(fmt.charAt(i++));
      }
      int width = -1;
      if (i < n && fmt.charAt(i) == '*') {
        width = starArg(values, argi++);
        if (width < 0) {
          // A negative width from the arguments left-aligns, as the '-' flag.
          flags.append('-');
          width = -width;
        }
        i++;
      } else {
        int start = i;
        while (i < n && Character.isDigit(fmt.charAt(i))) {
          i++;
        }
        if (i > start) {
          width = Integer.parseInt(fmt.substring(start, i));
        }
      }
      int precision = -1;
      if (i < n && fmt.charAt(i) == '.') {
        i++;
        if (i < n && fmt.charAt(i) == '*') {
          precision = Math.max(0, starArg(values, argi++));
          i++;
        } else {
          int start = i;
          while (i < n && Character.isDigit(fmt.charAt(i))) {
            i++;
          }
          precision = i > start ? Integer.parseInt(fmt.substring(start, i)) : 0;
        }
      }
      if (i >= n) {
        throw PyException.valueError("incomplete format");
      }
      char conv = fmt.charAt(i);
      if (conv == '%') {
        out.append('%');
        continue;
      }
      if (value == null) {
        if (argi >= values.length) {
          throw PyException.typeError("not enough arguments for format string");
        }
        value = values[argi++];
      }
      String f = flags.toString();
      String sign = f.indexOf('+') >= 0 ? "+" : (f.indexOf(' ') >= 0 ? " " : "");
      String alt = f.indexOf('#') >= 0 ? "#" : "";
      String w = width >= 0 ? Integer.toString(width) : "";
      String p = precision >= 0 ? "." + precision : "";
      String align = f.indexOf('-') >= 0 ? "<" : "";
      String zero = align.isEmpty() && f.indexOf('0') >= 0 ? "0" : "";
      switch (conv) {
        case 'b':
        case 's':
        case 'r':
        case 'a':
          {
            if (conv == 'b' && !bytes) {
              throw unsupported(conv, i);
            }
            String s =
                bytes && conv != 'r' && conv != 'a'
                    ? bytesOf(value)
                    : conv == 's'
                        ? value.str()
                        : conv == 'r' && !bytes ? value.repr() : Ops.ascii(value);
            out.append(Format.formatStr(s, (align.isEmpty() ? ">" : "<") + w + p));
            break;
          }
        case 'd':
        case 'i':
        case 'u':
          {
            PyInt iv = toInt(value, conv);
            out.append(Format.formatInt(iv, align + sign + zero + w + "d"));
            break;
          }
        case 'x':
        case 'X':
        case 'o':
          {
            PyInt iv = toInt(value, conv);
            out.append(Format.formatInt(iv, align + sign + alt + zero + w + conv));
            break;
          }
        case 'c':
          {
            String s = bytes ? byteChar(value) : strChar(value);
            out.append(Format.formatStr(s, (align.isEmpty() ? ">" : "<") + w));
            break;
          }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
          {
            if (!(value instanceof PyFloat) && !(value instanceof PyInt)) {
              throw PyException.typeError("must be real number, not " + value.type().name());
            }
            double dv = ArgParser.asDouble(value);
            out.append(
                Format.formatFloat(
                    dv, align + sign + alt + zero + w + (precision >= 0 ? p : ".6") + conv));
            break;
          }
        default:
          throw unsupported(conv, i);
      }
    }
    if (argi < values.length && mapping == null) {
      throw PyException.typeError(
          "not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
    }
    return out.toString();
  }

  private static PyException unsupported(char conv, int i) {
    return PyException.valueError(
        "unsupported format character '"
            + conv
            + "' (0x"
            + Integer.toHexString(conv)
            + ") at index "
            + i);
  }

  /**
   * The character %c inserts in str formatting: a str of one character, or an int (or an object
   * with {@code __index__}) in range(0x110000).
   */
  private static String strChar(PyObject value) {
    if (value instanceof PyStr ps) {
      String v = ps.value();
      if (v.isEmpty() || v.codePointCount(0, v.length()) != 1) {
        throw PyException.typeError("%c requires int or char");
      }
      return v;
    }
    PyInt n = value instanceof PyInt i ? i : Ops.asIndex(value);
    if (n == null) {
      throw PyException.typeError("%c requires int or char");
    }
    if (n.isBig() || n.longValue() < 0 || n.longValue() > 0x10ffff) {
      throw PyException.overflowError("%c arg not in range(0x110000)");
    }
    return new String(Character.toChars((int) n.longValue()));
  }

  /** The byte %c inserts in bytes formatting: an int in range(256) or a single byte. */
  private static String byteChar(PyObject value) {
    if (value instanceof PyInt n) {
      if (n.isBig() || n.longValue() < 0 || n.longValue() > 255) {
        throw PyException.overflowError("%c arg not in range(256)");
      }
      return String.valueOf((char) n.longValue());
    }
    if (value instanceof PyBytes || value instanceof PyByteArray) {
      byte[] b = Buffers.bytes(value);
      if (b.length == 1) {
        return String.valueOf((char) (b[0] & 0xff));
      }
    }
    throw PyException.typeError("%c requires an integer in range(256) or a single byte");
  }

  private static PyInt toInt(PyObject v, char conv) {
    if (v instanceof PyInt i) {
      return i;
    }
    boolean radix = conv == 'x' || conv == 'X' || conv == 'o';
    if (v instanceof PyFloat f && !radix) {
      return f.toInt();
    }
    // %x, %X and %o take only integers; %d, %i and %u truncate a float.
    throw PyException.typeError(
        "%"
            + conv
            + " format: "
            + (radix ? "an integer" : "a real number")
            + " is required, not "
            + v.type().name());
  }
}
