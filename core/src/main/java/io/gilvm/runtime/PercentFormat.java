package io.gilvm.runtime;

/** {@code str % args}: printf-style formatting, as CPython's PyUnicode_Format. */
final class PercentFormat {
  private PercentFormat() {}

  static String format(String fmt, PyObject args) {
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
        value = mapping.getItem(new PyStr(fmt.substring(i + 1, close)));
        i = close + 1;
      }
      StringBuilder flags = new StringBuilder();
      while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
        flags.append(fmt.charAt(i++));
      }
      int width = -1;
      if (i < n && fmt.charAt(i) == '*') {
        width = (int) ArgParser.asLong(values[argi++], "width");
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
        int start = i;
        while (i < n && Character.isDigit(fmt.charAt(i))) {
          i++;
        }
        precision = i > start ? Integer.parseInt(fmt.substring(start, i)) : 0;
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
        case 's':
        case 'r':
        case 'a':
          {
            String s = conv == 's' ? value.str() : conv == 'r' ? value.repr() : Ops.ascii(value);
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
            String s = value instanceof PyStr ps ? ps.value() : String.valueOf((char) ArgParser.asLong(value, "c"));
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
            out.append(Format.formatFloat(dv, align + sign + alt + zero + w + (precision >= 0 ? p : ".6") + conv));
            break;
          }
        default:
          throw PyException.valueError(
              "unsupported format character '" + conv + "' (0x" + Integer.toHexString(conv) + ") at index " + i);
      }
    }
    if (argi < values.length && mapping == null) {
      throw PyException.typeError("not all arguments converted during string formatting");
    }
    return out.toString();
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
    throw PyException.typeError("%" + conv + " format: "
        + (radix ? "an integer" : "a real number") + " is required, not " + v.type().name());
  }
}
