package io.gilvm.object;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text codecs {@code str.encode} and {@code bytes.decode} use: UTF-8, UTF-16 and UTF-32 (with
 * and without a byte order mark, either byte order), ASCII, Latin-1 and cp1252, with the error
 * handlers {@code strict}, {@code ignore}, {@code replace}, {@code backslashreplace}, {@code
 * surrogateescape}, {@code surrogatepass} and, for encoding, {@code xmlcharrefreplace} and {@code
 * namereplace}; CPython's error messages.
 *
 * <p>A Python string is a Java string here: a character outside the BMP is a surrogate pair, and a
 * lone surrogate (what surrogateescape decodes to) is a lone Java surrogate. Positions in error
 * messages count code points, as Python's indices do.
 */
public final class Codecs {
  private Codecs() {}

  private static final int UTF8 = 0;
  private static final int ASCII = 1;
  private static final int LATIN1 = 2;
  private static final int CP1252 = 3;
  private static final int UTF16 = 4;
  private static final int UTF32 = 5;

  /** A codec: its kind, byte order (for UTF-16/32), whether it has a byte order mark. */
  private record Codec(int kind, boolean bigEndian, boolean bom, String name) {
    int unit() {
      return kind == UTF16 ? 2 : 4;
    }
  }

  /** cp1252's characters for bytes 0x80-0x9f; 0 where the byte is undefined. */
  private static final char[] CP1252_HIGH = {
    '\u20ac', 0, '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030',
    '\u0160', '\u2039', '\u0152', 0, '\u017d', 0, 0, '\u2018', '\u2019', '\u201c', '\u201d',
    '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', 0, '\u017e',
    '\u0178'
  };

  /** The codec an encoding name stands for, or null when gilvm has none by that name. */
  private static Codec lookup(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    switch (n) {
      case "utf-8":
      case "utf8":
      case "u8":
      case "utf":
      case "cp65001":
        return new Codec(UTF8, false, false, "utf-8");
      case "ascii":
      case "us-ascii":
      case "646":
        return new Codec(ASCII, false, false, "ascii");
      case "latin-1":
      case "latin1":
      case "latin":
      case "l1":
      case "iso-8859-1":
      case "iso8859-1":
      case "8859":
      case "cp819":
        return new Codec(LATIN1, false, false, "latin-1");
      case "cp1252":
      case "windows-1252":
      case "1252":
        return new Codec(CP1252, false, false, "charmap");
      case "utf-16":
      case "utf16":
      case "u16":
        return new Codec(UTF16, false, true, "utf-16");
      case "utf-16-le":
      case "utf-16le":
        return new Codec(UTF16, false, false, "utf-16-le");
      case "utf-16-be":
      case "utf-16be":
        return new Codec(UTF16, true, false, "utf-16-be");
      case "utf-32":
      case "utf32":
      case "u32":
        return new Codec(UTF32, false, true, "utf-32");
      case "utf-32-le":
      case "utf-32le":
        return new Codec(UTF32, false, false, "utf-32-le");
      case "utf-32-be":
      case "utf-32be":
        return new Codec(UTF32, true, false, "utf-32-be");
      default:
        return null;
    }
  }

  private static Codec codec(String name) {
    Codec c = lookup(name);
    if (c == null) {
      throw PyException.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + name);
    }
    return c;
  }

  /** Whether gilvm has a codec by this name. */
  /** Whether gilvm has a codec by this name (str.encode and bytes.decode accept it). */
  public static boolean known(String name) {
    return lookup(name) != null;
  }

  private static PyException unknownHandler(String errors) {
    return PyException.of(
        ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
  }

  private static void checkHandler(String errors, boolean encoding) {
    switch (errors) {
      case "strict":
      case "ignore":
      case "replace":
      case "backslashreplace":
      case "surrogateescape":
      case "surrogatepass":
        return;
      case "xmlcharrefreplace":
      case "namereplace":
        if (encoding) {
          return;
        }
        break;
      default:
        break;
    }
    throw unknownHandler(errors);
  }

  // ---------------------------------------------------------------- encoding

  /** {@code s.encode(encoding, errors)}. */
  static byte[] encode(String s, String encoding, String errors) {
    Codec c = codec(encoding);
    if (c.kind == UTF8 && !hasSurrogate(s)) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * 2 + 4);
    if (c.bom) {
      writeUnit(out, c, 0xfeff);
    }
    int n = s.length();
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      if (encodable(c, cp)) {
        writeChar(out, c, cp);
        i += Character.charCount(cp);
        continue;
      }
      int end = i;
      while (end < n && !encodable(c, s.codePointAt(end))) {
        end += Character.charCount(s.codePointAt(end));
      }
      handleEncodeError(out, c, s, i, end, errors);
      i = end;
    }
    return out.toByteArray();
  }

  private static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        boolean pair =
            Character.isHighSurrogate(s.charAt(i))
                && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
        if (!pair) {
          return true;
        }
        i++;
      }
    }
    return false;
  }

  private static boolean isSurrogate(int cp) {
    return cp >= 0xd800 && cp <= 0xdfff;
  }

  private static boolean encodable(Codec c, int cp) {
    switch (c.kind) {
      case ASCII:
        return cp < 0x80;
      case LATIN1:
        return cp < 0x100;
      case CP1252:
        return cp1252Byte(cp) >= 0;
      default:
        return !isSurrogate(cp);
    }
  }

  private static int cp1252Byte(int cp) {
    if (cp < 0x80 || cp >= 0xa0 && cp < 0x100) {
      return cp;
    }
    for (int k = 0; k < CP1252_HIGH.length; k++) {
      if (CP1252_HIGH[k] != 0 && CP1252_HIGH[k] == cp) {
        return 0x80 + k;
      }
    }
    return -1;
  }

  /** Writes code point {@code cp}, which the codec can encode (or a surrogate it passes). */
  private static void writeChar(ByteArrayOutputStream out, Codec c, int cp) {
    switch (c.kind) {
      case ASCII:
      case LATIN1:
        out.write(cp);
        break;
      case CP1252:
        out.write(cp1252Byte(cp));
        break;
      case UTF8:
        if (cp < 0x80) {
          out.write(cp);
        } else if (cp < 0x800) {
          out.write(0xc0 | cp >> 6);
          out.write(0x80 | cp & 0x3f);
        } else if (cp < 0x10000) {
          out.write(0xe0 | cp >> 12);
          out.write(0x80 | cp >> 6 & 0x3f);
          out.write(0x80 | cp & 0x3f);
        } else {
          out.write(0xf0 | cp >> 18);
          out.write(0x80 | cp >> 12 & 0x3f);
          out.write(0x80 | cp >> 6 & 0x3f);
          out.write(0x80 | cp & 0x3f);
        }
        break;
      case UTF16:
        if (cp >= 0x10000) {
          writeUnit(out, c, Character.highSurrogate(cp));
          writeUnit(out, c, Character.lowSurrogate(cp));
        } else {
          writeUnit(out, c, cp);
        }
        break;
      default:
        writeUnit(out, c, cp);
        break;
    }
  }

  /** One UTF-16 or UTF-32 code unit in the codec's byte order. */
  private static void writeUnit(ByteArrayOutputStream out, Codec c, int u) {
    int k = c.unit();
    for (int b = 0; b < k; b++) {
      int shift = c.bigEndian ? 8 * (k - 1 - b) : 8 * b;
      out.write(u >>> shift & 0xff);
    }
  }

  private static void handleEncodeError(
      ByteArrayOutputStream out, Codec c, String s, int start, int end, String errors) {
    checkHandler(errors, true);
    switch (errors) {
      case "ignore":
        return;
      case "surrogateescape":
        for (int k = start; k < end; ) {
          int cp = s.codePointAt(k);
          if (cp < 0xdc80 || cp > 0xdcff) {
            throw encodeError(c, s, start, end);
          }
          k += Character.charCount(cp);
        }
        for (int k = start; k < end; k++) {
          out.write(s.charAt(k) - 0xdc00);
        }
        return;
      case "surrogatepass":
        if (c.kind != UTF8 && c.kind != UTF16 && c.kind != UTF32) {
          throw encodeError(c, s, start, end);
        }
        for (int k = start; k < end; k++) {
          writeUnitOrUtf8(out, c, s.charAt(k));
        }
        return;
      case "strict":
        throw encodeError(c, s, start, end);
      default:
        break;
    }
    StringBuilder rep = new StringBuilder();
    for (int k = start; k < end; ) {
      int cp = s.codePointAt(k);
      switch (errors) {
        case "replace":
          rep.append('?');
          break;
        case "backslashreplace":
          rep.append(escape(cp));
          break;
        case "xmlcharrefreplace":
          rep.append("&#").append(cp).append(';');
          break;
        default:
          {
            String name = isSurrogate(cp) ? null : Character.getName(cp);
            rep.append(name == null ? escape(cp) : "\\N{" + name + "}");
            break;
          }
      }
      k += Character.charCount(cp);
    }
    for (int k = 0; k < rep.length(); k++) {
      writeChar(out, c, rep.charAt(k));
    }
  }

  private static void writeUnitOrUtf8(ByteArrayOutputStream out, Codec c, int surrogate) {
    if (c.kind == UTF8) {
      writeChar(out, c, surrogate);
    } else {
      writeUnit(out, c, surrogate);
    }
  }

  private static String escape(int cp) {
    return cp < 0x100
        ? String.format("\\x%02x", cp)
        : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
  }

  private static String encodeReason(Codec c) {
    switch (c.kind) {
      case ASCII:
        return "ordinal not in range(128)";
      case LATIN1:
        return "ordinal not in range(256)";
      case CP1252:
        return "character maps to <undefined>";
      default:
        return "surrogates not allowed";
    }
  }

  private static PyException encodeError(Codec c, String s, int start, int end) {
    int p = s.codePointCount(0, start);
    return PyBaseException.unicodeEncodeError(
        c.name, s, p, p + s.codePointCount(start, end), encodeReason(c));
  }

  // ---------------------------------------------------------------- decoding

  /** {@code b.decode(encoding, errors)}. */
  static String decode(byte[] b, String encoding, String errors) {
    Codec c = codec(encoding);
    switch (c.kind) {
      case LATIN1:
        return new String(b, StandardCharsets.ISO_8859_1);
      case UTF16:
      case UTF32:
        return decodeWide(b, c, errors);
      default:
        break;
    }
    StringBuilder sb = new StringBuilder(b.length);
    int n = b.length;
    for (int i = 0; i < n; ) {
      int x = b[i] & 0xff;
      if (x < 0x80) {
        sb.append((char) x);
        i++;
        continue;
      }
      if (c.kind == ASCII) {
        decodeError(sb, c, b, i, i + 1, "ordinal not in range(128)", errors);
        i++;
        continue;
      }
      if (c.kind == CP1252) {
        char ch = x < 0xa0 ? CP1252_HIGH[x - 0x80] : (char) x;
        if (ch == 0) {
          decodeError(sb, c, b, i, i + 1, "character maps to <undefined>", errors);
        } else {
          sb.append(ch);
        }
        i++;
        continue;
      }
      i = decodeUtf8Sequence(sb, c, b, i, errors);
    }
    return sb.toString();
  }

  /** Decodes the UTF-8 sequence that starts with a non-ASCII byte at {@code i}; returns its end. */
  private static int decodeUtf8Sequence(StringBuilder sb, Codec c, byte[] b, int i, String errors) {
    int n = b.length;
    int x = b[i] & 0xff;
    if (errors.equals("surrogatepass")
        && x == 0xed
        && i + 2 < n
        && (b[i + 1] & 0xe0) == 0xa0
        && (b[i + 2] & 0xc0) == 0x80) {
      sb.append((char) (0xd000 | (b[i + 1] & 0x3f) << 6 | b[i + 2] & 0x3f));
      return i + 3;
    }
    int need =
        x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : -1;
    if (need < 0) {
      decodeError(sb, c, b, i, i + 1, "invalid start byte", errors);
      return i + 1;
    }
    int k = 1;
    boolean valid = true;
    for (; k <= need; k++) {
      if (i + k >= n) {
        break;
      }
      int d = b[i + k] & 0xff;
      int lo = 0x80;
      int hi = 0xbf;
      if (k == 1) {
        lo = x == 0xe0 ? 0xa0 : x == 0xf0 ? 0x90 : 0x80;
        hi = x == 0xed ? 0x9f : x == 0xf4 ? 0x8f : 0xbf;
      }
      if (d < lo || d > hi) {
        valid = false;
        break;
      }
    }
    if (valid && k > need) {
      int cp = need == 1 ? x & 0x1f : need == 2 ? x & 0x0f : x & 0x07;
      for (int j = 1; j <= need; j++) {
        cp = cp << 6 | b[i + j] & 0x3f;
      }
      sb.appendCodePoint(cp);
      return i + need + 1;
    }
    decodeError(
        sb, c, b, i, i + k, valid ? "unexpected end of data" : "invalid continuation byte", errors);
    return i + k;
  }

  /** UTF-16 and UTF-32, reading (and dropping) a byte order mark when the codec has none fixed. */
  private static String decodeWide(byte[] b, Codec c, String errors) {
    int n = b.length;
    int unit = c.unit();
    int i = 0;
    boolean big = c.bigEndian;
    String name = c.name;
    if (c.bom) {
      if (unit == 2 && n >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
          || unit == 4
              && n >= 4
              && b[0] == 0
              && b[1] == 0
              && (b[2] & 0xff) == 0xfe
              && (b[3] & 0xff) == 0xff) {
        big = true;
        i = unit;
      } else if (unit == 2 && n >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe
          || unit == 4
              && n >= 4
              && (b[0] & 0xff) == 0xff
              && (b[1] & 0xff) == 0xfe
              && b[2] == 0
              && b[3] == 0) {
        i = unit;
      }
      name = c.name + (big ? "-be" : "-le");
    }
    Codec named = new Codec(c.kind, big, false, name);
    StringBuilder sb = new StringBuilder(n / unit + 1);
    while (i < n) {
      if (i + unit > n) {
        decodeError(sb, named, b, i, n, unit == 2 ? "truncated data" : "truncated data", errors);
        break;
      }
      int u = readUnit(b, i, unit, big);
      if (unit == 4) {
        if (u < 0 || u > 0x10ffff) {
          decodeError(sb, named, b, i, i + 4, "code point not in range(0x110000)", errors);
        } else if (isSurrogate(u) && !errors.equals("surrogatepass")) {
          decodeError(
              sb,
              named,
              b,
              i,
              i + 4,
              "code point in surrogate code point range(0xd800, 0xe000)",
              errors);
        } else {
          sb.appendCodePoint(u);
        }
        i += 4;
        continue;
      }
      if (!isSurrogate(u)) {
        sb.append((char) u);
        i += 2;
        continue;
      }
      boolean pass = errors.equals("surrogatepass");
      if (u >= 0xdc00) {
        if (pass) {
          sb.append((char) u);
        } else {
          decodeError(sb, named, b, i, i + 2, "illegal encoding", errors);
        }
        i += 2;
        continue;
      }
      if (i + 4 > n) {
        if (pass && i + 2 == n) {
          sb.append((char) u);
        } else {
          decodeError(sb, named, b, i, n, "unexpected end of data", errors);
        }
        break;
      }
      int low = readUnit(b, i + 2, 2, big);
      if (low >= 0xdc00 && low <= 0xdfff) {
        sb.append((char) u).append((char) low);
        i += 4;
      } else if (pass) {
        sb.append((char) u);
        i += 2;
      } else {
        decodeError(sb, named, b, i, i + 2, "illegal UTF-16 surrogate", errors);
        i += 2;
      }
    }
    return sb.toString();
  }

  private static int readUnit(byte[] b, int i, int unit, boolean big) {
    int u = 0;
    for (int k = 0; k < unit; k++) {
      int byteAt = big ? i + k : i + unit - 1 - k;
      u = u << 8 | b[byteAt] & 0xff;
    }
    return u;
  }

  /** Applies the error handler to undecodable bytes {@code [start, end)}. */
  private static void decodeError(
      StringBuilder sb, Codec c, byte[] b, int start, int end, String reason, String errors) {
    checkHandler(errors, false);
    switch (errors) {
      case "ignore":
        return;
      case "replace":
        sb.append('\ufffd');
        return;
      case "backslashreplace":
        for (int k = start; k < end; k++) {
          sb.append(String.format("\\x%02x", b[k] & 0xff));
        }
        return;
      case "surrogateescape":
        {
          boolean high = true;
          for (int k = start; k < end; k++) {
            high &= (b[k] & 0xff) >= 0x80;
          }
          if (high) {
            for (int k = start; k < end; k++) {
              sb.append((char) (0xdc00 + (b[k] & 0xff)));
            }
            return;
          }
          break;
        }
      default:
        break;
    }
    throw PyBaseException.unicodeDecodeError(c.name, b, start, end, reason);
  }
}
