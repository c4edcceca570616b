package io.gilvm.object;

/**
 * {@code str}: an immutable Java String. Python counts and indexes a str by code point; a Java
 * String holds a character outside the Basic Multilingual Plane (an emoji) as two UTF-16 units.
 * Whether a string has any is found once, on first need, and cached: strings without (all ASCII and
 * most other text) index their UTF-16 units directly, as fast as before; the others translate code
 * point indexes.
 */
public class PyStr extends PyObject {
  /** The text the string was made with. */
  private final String text;

  /**
   * The text grown by {@link #appendInPlace}, or null: only while the string has a single owner, so
   * no other thread can see it change.
   */
  private StringBuilder grown;

  /** {@link #grown} as a String, made when first asked for after the last append. */
  private String grownText;

  /** 0 not known yet; 1 every character is one UTF-16 unit; 2 some are surrogate pairs. */
  private byte astral;

  public PyStr(String value) {
    this.text = value;
  }

  public static final PyStr EMPTY = new PyStr("").immortalize();

  public String value() {
    StringBuilder g = grown;
    if (g == null) {
      return text;
    }
    String t = grownText;
    if (t == null) {
      t = g.toString();
      grownText = t;
    }
    return t;
  }

  /**
   * CPython's in-place concatenation ({@code s += t} with {@code s} referenced only by the variable
   * it is stored back into): appends to this string instead of copying it, so a loop of such
   * statements is linear, not quadratic. The eval loop calls it only when the reference count
   * proves the string has no other owner.
   */
  public void appendInPlace(String tail) {
    StringBuilder g = grown;
    if (g == null) {
      g = new StringBuilder(Math.max(16, 2 * (text.length() + tail.length()))).append(text);
      grown = g;
    }
    g.append(tail);
    grownText = null;
    astral = 0;
  }

  /** Whether the text holds surrogate pairs, so that code point and UTF-16 indexes differ. */
  private boolean hasAstral() {
    byte a = astral;
    if (a == 0) {
      String v = value();
      a = 1;
      for (int i = 0; i < v.length(); i++) {
        if (Character.isSurrogate(v.charAt(i))) {
          a = 2;
          break;
        }
      }
      astral = a;
    }
    return a == 2;
  }

  @Override
  public PyType type() {
    return PyType.STR;
  }

  @Override
  public String str() {
    return value();
  }

  @Override
  public String repr() {
    return repr(value());
  }

  /** Python's repr of a string: quotes chosen as CPython chooses them, escapes for the rest. */
  public static String repr(String s) {
    char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
    StringBuilder sb = new StringBuilder(s.length() + 2);
    sb.append(quote);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        // A character outside the BMP: shown as itself when printable, else \U00xxxxxx.
        int cp = s.codePointAt(i);
        i++;
        if (isPrintable(cp)) {
          sb.appendCodePoint(cp);
        } else {
          sb.append(String.format("\\U%08x", cp));
        }
        continue;
      }
      if (c == quote || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\x%02x", (int) c));
      } else if (c >= 0x80 && !isPrintable(c)) {
        if (c <= 0xff) {
          sb.append(String.format("\\x%02x", (int) c));
        } else {
          sb.append(String.format("\\u%04x", (int) c));
        }
      } else {
        sb.append(c);
      }
    }
    sb.append(quote);
    return sb.toString();
  }

  private static boolean isPrintable(int c) {
    int t = Character.getType(c);
    return !(t == Character.CONTROL
        || t == Character.FORMAT
        || t == Character.UNASSIGNED
        || t == Character.LINE_SEPARATOR
        || t == Character.PARAGRAPH_SEPARATOR
        || t == Character.SURROGATE
        || t == Character.PRIVATE_USE
        || (t == Character.SPACE_SEPARATOR && c != ' '));
  }

  @Override
  public boolean isTrue() {
    return !value().isEmpty();
  }

  @Override
  public long hash() {
    return hashOf(value());
  }

  /** The hash of a str with this text; {@link PyDict} uses it for lookups by Java String. */
  public static long hashOf(String s) {
    long h = s.hashCode();
    return h == -1 ? -2 : h;
  }

  @Override
  public boolean eq(PyObject other) {
    return other instanceof PyStr s ? value().equals(s.value()) : false;
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (!(other instanceof PyStr s)) {
      return null;
    }
    return PyBool.of(Ops.compareResult(value().compareTo(s.value()), op));
  }

  @Override
  public int len() {
    String v = value();
    return hasAstral() ? v.codePointCount(0, v.length()) : v.length();
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    if (op == Ops.ADD) {
      if (other instanceof PyStr s) {
        return new PyStr(value().concat(s.value()));
      }
      return null;
    }
    if (op == Ops.MUL && other instanceof PyInt n) {
      return repeat(n);
    }
    if (op == Ops.MOD) {
      return new PyStr(PercentFormat.format(value(), other));
    }
    return null;
  }

  @Override
  public PyObject reflectedBinaryOp(int op, PyObject other) {
    if (op == Ops.MUL && other instanceof PyInt n) {
      return repeat(n);
    }
    return null;
  }

  private PyStr repeat(PyInt n) {
    if (n.isBig() && n.bigValue().signum() > 0) {
      throw PyException.overflowError("cannot fit 'int' into an index-sized integer");
    }
    long k = n.isBig() ? 0 : n.longValue();
    if (k <= 0 || value().isEmpty()) {
      return EMPTY;
    }
    if (k * value().length() > Integer.MAX_VALUE - 16) {
      throw PyException.memoryError();
    }
    return new PyStr(value().repeat((int) k));
  }

  @Override
  public boolean contains(PyObject item) {
    if (!(item instanceof PyStr s)) {
      throw PyException.typeError(
          "'in <string>' requires string as left operand, not " + item.type().name());
    }
    return value().contains(s.value());
  }

  @Override
  public PyObject getItem(PyObject key) {
    if (hasAstral()) {
      return getItemByCodePoint(key);
    }
    if (key instanceof PyInt i) {
      int n = value().length();
      long k = i.indexValue();
      if (k < 0) {
        k += n;
      }
      if (k < 0 || k >= n) {
        throw PyException.indexError("string index out of range");
      }
      return charAt((int) k);
    }
    if (key instanceof PySlice sl) {
      int[] r = sl.indices(value().length());
      int start = r[0];
      int stop = r[1];
      int step = r[2];
      if (step == 1) {
        return start >= stop ? EMPTY : new PyStr(value().substring(start, stop));
      }
      StringBuilder sb = new StringBuilder();
      for (int k = 0, j = start; k < r[3]; k++, j += step) {
        sb.append(value().charAt(j));
      }
      return new PyStr(sb.toString());
    }
    PyInt ix = Ops.asIndex(key);
    if (ix != null) {
      return getItem(ix);
    }
    throw PyException.typeError("string indices must be integers, not '" + key.type().name() + "'");
  }

  /** {@link #getItem} for text with characters outside the BMP: by code point. */
  private PyObject getItemByCodePoint(PyObject key) {
    String v = value();
    if (key instanceof PyInt i) {
      int n = v.codePointCount(0, v.length());
      long k = i.indexValue();
      if (k < 0) {
        k += n;
      }
      if (k < 0 || k >= n) {
        throw PyException.indexError("string index out of range");
      }
      return ofCodePoint(v.codePointAt(v.offsetByCodePoints(0, (int) k)));
    }
    if (key instanceof PySlice sl) {
      int[] cps = v.codePoints().toArray();
      int[] r = sl.indices(cps.length);
      StringBuilder sb = new StringBuilder();
      for (int k = 0, j = r[0]; k < r[3]; k++, j += r[2]) {
        sb.appendCodePoint(cps[j]);
      }
      return sb.length() == 0 ? EMPTY : new PyStr(sb.toString());
    }
    PyInt ix = Ops.asIndex(key);
    if (ix != null) {
      return getItemByCodePoint(ix);
    }
    throw PyException.typeError("string indices must be integers, not '" + key.type().name() + "'");
  }

  /** A one-character string for code point {@code cp}. */
  public static PyStr ofCodePoint(int cp) {
    return cp < 256 ? CHARS[cp] : new PyStr(new String(Character.toChars(cp)));
  }

  private static final PyStr[] CHARS = new PyStr[256];

  static {
    for (int c = 0; c < CHARS.length; c++) {
      CHARS[c] = new PyStr(String.valueOf((char) c)).immortalize();
    }
  }

  /** The one-character string at {@code i}; Latin-1 characters are cached, as in CPython. */
  public PyStr charAt(int i) {
    char c = value().charAt(i);
    return c < 256 ? CHARS[c] : new PyStr(String.valueOf(c));
  }

  /** A one-character string. */
  public static PyStr ofChar(char c) {
    return c < 256 ? CHARS[c] : new PyStr(String.valueOf(c));
  }

  @Override
  public PyObject iter() {
    return new PyIterators.StrIterator(this);
  }
}
