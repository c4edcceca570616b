package io.gilvm.object;

import io.gilvm.state.ThreadState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code format(value, spec)}: Python's format-specification mini-language for int, float and str
 * ({@code [[fill]align][sign][#][0][width][grouping][.precision][type]}), and {@code __format__}
 * for instances.
 */
public final class Format {
  private Format() {}

  /** A parsed format spec. */
  private static final class Spec {
    char fill = ' ';
    char align; // 0 when unspecified
    char sign = '-';
    boolean alt;
    int width = -1;
    char grouping; // 0, ',' or '_'
    int precision = -1;
    char type; // 0 when unspecified
  }

  private static PyException invalid(String msg) {
    return PyException.valueError(msg);
  }

  private static Spec parse(String s) {
    Spec sp = new Spec();
    int i = 0;
    int n = s.length();
    if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
      sp.fill = s.charAt(0);
      sp.align = s.charAt(1);
      i = 2;
    } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
      sp.align = s.charAt(0);
      i = 1;
    }
    if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
      sp.sign = s.charAt(i++);
    }
    if (i < n && s.charAt(i) == 'z') {
      i++;
    }
    if (i < n && s.charAt(i) == '#') {
      sp.alt = true;
      i++;
    }
    if (i < n && s.charAt(i) == '0') {
      if (sp.align == 0) {
        sp.fill = '0';
        sp.align = '=';
      }
      i++;
    }
    int start = i;
    while (i < n && Character.isDigit(s.charAt(i))) {
      i++;
    }
    if (i > start) {
      sp.width = Integer.parseInt(s.substring(start, i));
    }
    if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
      sp.grouping = s.charAt(i++);
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      start = i;
      while (i < n && Character.isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        throw invalid("Format specifier missing precision");
      }
      sp.precision = Integer.parseInt(s.substring(start, i));
    }
    if (i < n) {
      sp.type = s.charAt(i++);
    }
    if (i < n) {
      throw invalid("Invalid format specifier '" + s + "' for object of type");
    }
    return sp;
  }

  /** {@code format(v, spec)}. */
  public static String format(PyObject v, String spec) {
    if (v instanceof PyInstance || v instanceof Derived.Instance) {
      PyObject f =
          v instanceof PyInstance
              ? v.type().lookup("__format__")
              : Derived.override(v.type(), "__format__");
      if (f != null) {
        PyObject r =
            Ops.callMethod(
                ThreadState.current(), f, v, v.type(), new PyObject[] {new PyStr(spec)}, null);
        if (!(r instanceof PyStr s)) {
          throw PyException.typeError("__format__ must return a str, not " + r.type().name());
        }
        return s.value();
      }
    }
    return formatBuiltin(v, spec);
  }

  /** {@code format(v, spec)} by the builtin type's rules, ignoring a class's own __format__. */
  static String formatBuiltin(PyObject v, String spec) {
    if (spec.isEmpty()) {
      return v.str();
    }
    if (v instanceof PyBool && !spec.isEmpty()) {
      return formatInt(PyInt.of(((PyInt) v).longValue()), spec);
    }
    if (v instanceof PyInt i) {
      return formatInt(i, spec);
    }
    if (v instanceof PyFloat f) {
      return formatFloat(f.value(), spec);
    }
    if (v instanceof PyStr s) {
      return formatStr(s.value(), spec);
    }
    throw PyException.typeError(
        "unsupported format string passed to " + v.type().name() + ".__format__");
  }

  static String formatStr(String s, String specText) {
    Spec sp = parse(specText);
    if (sp.type != 0 && sp.type != 's') {
      throw invalid("Unknown format code '" + sp.type + "' for object of type 'str'");
    }
    if (sp.sign != '-') {
      throw invalid("Sign not allowed in string format specifier");
    }
    if (sp.align == '=') {
      throw invalid("'=' alignment not allowed in string format specifier");
    }
    if (sp.alt) {
      throw invalid("Alternate form (#) not allowed in string format specifier");
    }
    if (sp.grouping != 0) {
      throw invalid("Cannot specify '" + sp.grouping + "' with 's'.");
    }
    if (sp.precision >= 0 && s.length() > sp.precision) {
      s = s.substring(0, sp.precision);
    }
    return pad(s, "", sp, '<');
  }

  private static String pad(String body, String prefix, Spec sp, char defaultAlign) {
    int len = body.length() + prefix.length();
    char align = sp.align == 0 ? defaultAlign : sp.align;
    if (sp.width <= len) {
      return prefix + body;
    }
    int padding = sp.width - len;
    String fill = String.valueOf(sp.fill);
    switch (align) {
      case '<':
        return prefix + body + fill.repeat(padding);
      case '>':
        return fill.repeat(padding) + prefix + body;
      case '^':
        return fill.repeat(padding / 2) + prefix + body + fill.repeat(padding - padding / 2);
      default: // '='
        return prefix + fill.repeat(padding) + body;
    }
  }

  private static String group(String digits, char sep, int every) {
    if (sep == 0) {
      return digits;
    }
    StringBuilder sb = new StringBuilder();
    int n = digits.length();
    for (int i = 0; i < n; i++) {
      if (i > 0 && (n - i) % every == 0) {
        sb.append(sep);
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }

  private static String signPrefix(boolean negative, char sign) {
    if (negative) {
      return "-";
    }
    return sign == '+' ? "+" : sign == ' ' ? " " : "";
  }

  static String formatInt(PyInt v, String specText) {
    Spec sp = parse(specText);
    char type = sp.type == 0 ? 'd' : sp.type;
    if ("eEfFgG%".indexOf(type) >= 0) {
      return formatFloat(v.asDouble(), specText);
    }
    if (sp.precision >= 0) {
      throw invalid("Precision not allowed in integer format specifier");
    }
    BigInteger b = v.bigValue();
    boolean neg = b.signum() < 0;
    BigInteger abs = b.abs();
    String digits;
    String prefix = "";
    switch (type) {
      case 'd':
      case 'n':
        {
          digits = group(IntText.decimal(abs), sp.grouping, 3);
          break;
        }
      case 'x':
      case 'X':
        digits = group(abs.toString(16), sp.grouping == '_' ? '_' : 0, 4);
        if (type == 'X') {
          digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        prefix = sp.alt ? (type == 'x' ? "0x" : "0X") : "";
        break;
      case 'o':
        digits = group(abs.toString(8), sp.grouping == '_' ? '_' : 0, 4);
        prefix = sp.alt ? "0o" : "";
        break;
      case 'b':
        digits = group(abs.toString(2), sp.grouping == '_' ? '_' : 0, 4);
        prefix = sp.alt ? "0b" : "";
        break;
      case 'c':
        {
          long cp = v.asLong();
          if (cp < 0 || cp > 0x10FFFF) {
            throw PyException.overflowError("%c arg not in range(0x110000)");
          }
          return pad(new String(Character.toChars((int) cp)), "", sp, '<');
        }
      default:
        throw invalid("Unknown format code '" + type + "' for object of type 'int'");
    }
    String full = signPrefix(neg, sp.sign) + prefix;
    if (sp.align == '=' && sp.fill == '0' && sp.grouping != 0 && (type == 'd' || type == 'n')) {
      // Zero padding also gets grouping separators, as CPython does.
      int want = sp.width - full.length();
      String raw = abs.toString();
      while (group(raw, sp.grouping, 3).length() < want) {
        raw = "0" + raw;
      }
      digits = group(raw, sp.grouping, 3);
    }
    return pad(digits, full, sp, '>');
  }

  static String formatFloat(double d, String specText) {
    Spec sp = parse(specText);
    char type = sp.type;
    if (type != 0 && "eEfFgGn%".indexOf(type) < 0) {
      throw invalid("Unknown format code '" + type + "' for object of type 'float'");
    }
    boolean neg = d < 0 || (d == 0 && Double.doubleToRawLongBits(d) < 0);
    double a = Math.abs(d);
    String body;
    boolean upper = type == 'E' || type == 'F' || type == 'G';
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      body = Double.isNaN(d) ? "nan" : "inf";
      if (upper) {
        body = body.toUpperCase(java.util.Locale.ROOT);
      }
      if (type == '%') {
        body += "%";
      }
      neg = !Double.isNaN(d) && d < 0;
      return pad(body, signPrefix(neg, sp.sign), sp, '>');
    }
    int p = sp.precision;
    switch (type) {
      case 'f':
      case 'F':
        body = fixed(a, p < 0 ? 6 : p, sp.alt);
        break;
      case '%':
        body = fixed(a * 100, p < 0 ? 6 : p, sp.alt) + "%";
        break;
      case 'e':
      case 'E':
        body = sci(a, p < 0 ? 6 : p, sp.alt, upper);
        break;
      case 'g':
      case 'G':
      case 'n':
        body = general(a, p < 0 ? 6 : (p == 0 ? 1 : p), sp.alt, upper, false);
        break;
      default:
        if (p < 0) {
          body = PyFloat.repr(a);
        } else {
          body = general(a, p == 0 ? 1 : p, sp.alt, false, true);
        }
        break;
    }
    if (sp.grouping != 0) {
      int dot = body.indexOf('.');
      int e = body.indexOf('e');
      int end =
          dot >= 0 ? dot : (e >= 0 ? e : (body.endsWith("%") ? body.length() - 1 : body.length()));
      String intPart = body.substring(0, end);
      String rest = body.substring(end);
      if (sp.align == '=' && sp.fill == '0') {
        int want = sp.width - signPrefix(neg, sp.sign).length() - rest.length();
        while (group(intPart, sp.grouping, 3).length() < want) {
          intPart = "0" + intPart;
        }
      }
      body = group(intPart, sp.grouping, 3) + rest;
    }
    return pad(body, signPrefix(neg, sp.sign), sp, '>');
  }

  private static String fixed(double a, int p, boolean alt) {
    String s = new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
    if (p == 0 && alt) {
      s += ".";
    }
    return s;
  }

  /** Rounds to {@code digits} significant digits: the digit string and the decimal exponent. */
  private static Object[] round(double a, int digits) {
    if (a == 0) {
      return new Object[] {"0".repeat(digits), 0};
    }
    BigDecimal r = new BigDecimal(a).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    String u = r.unscaledValue().toString();
    int exp = u.length() - 1 - r.scale();
    if (u.length() < digits) {
      u = u + "0".repeat(digits - u.length());
    } else if (u.length() > digits) {
      u = u.substring(0, digits);
    }
    return new Object[] {u, exp};
  }

  private static String expText(int exp, boolean upper) {
    String e = (upper ? "E" : "e") + (exp < 0 ? "-" : "+");
    int ae = Math.abs(exp);
    return e + (ae < 10 ? "0" : "") + ae;
  }

  private static String sci(double a, int p, boolean alt, boolean upper) {
    Object[] r = round(a, p + 1);
    String u = (String) r[0];
    int exp = (Integer) r[1];
    String m = u.substring(0, 1) + (p > 0 ? "." + u.substring(1) : (alt ? "." : ""));
    return m + expText(exp, upper);
  }

  private static String general(double a, int p, boolean alt, boolean upper, boolean noneType) {
    Object[] r = round(a, p);
    String u = (String) r[0];
    int exp = (Integer) r[1];
    String out;
    // With no type, CPython switches to exponent notation one digit sooner (its ".0" rule).
    if (exp >= -4 && exp < (noneType ? p - 1 : p)) {
      int decimals = p - 1 - exp;
      out =
          new BigDecimal(a).setScale(Math.max(decimals, 0), RoundingMode.HALF_EVEN).toPlainString();
      if (!alt) {
        out = stripZeros(out);
      }
      if (noneType && out.indexOf('.') < 0) {
        out += ".0";
      }
    } else {
      String digits = alt ? u : stripTrailing(u);
      String m =
          digits.substring(0, 1)
              + (digits.length() > 1 ? "." + digits.substring(1) : (alt ? "." : ""));
      out = m + expText(exp, upper);
    }
    return out;
  }

  private static String stripTrailing(String digits) {
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    return digits.substring(0, end);
  }

  private static String stripZeros(String s) {
    if (s.indexOf('.') < 0) {
      return s;
    }
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(0, end);
  }
}
