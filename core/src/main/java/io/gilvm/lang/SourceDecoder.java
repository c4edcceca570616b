package io.gilvm.lang;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a source file's bytes into text as CPython's tokenizer does (PEP 263): UTF-8 unless an
 * encoding declaration ({@code # -*- coding: latin-1 -*-}) in the first or second line names
 * another encoding; a UTF-8 byte order mark is dropped. A file that is not valid UTF-8 and declares
 * nothing, and a declaration naming an unknown encoding, are SyntaxErrors with CPython's messages.
 */
public final class SourceDecoder {
  private SourceDecoder() {}

  /** A file that cannot be decoded: CPython prints {@code SyntaxError: } and the message. */
  public static final class EncodingError extends Exception {
    public EncodingError(String message) {
      super(message, null, false, false);
    }
  }

  private static final Pattern DECLARATION =
      Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

  /** The text of {@code bytes}, the source of {@code filename} (for messages). */
  public static String decode(byte[] bytes, String filename) throws EncodingError {
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      start = 3;
    }
    String declared = declaredEncoding(bytes, start);
    if (declared == null) {
      return utf8(bytes, start, filename);
    }
    Charset cs = charset(declared);
    if (cs == null) {
      throw new EncodingError("encoding problem: " + declared);
    }
    if (cs == StandardCharsets.UTF_8) {
      return utf8(bytes, start, filename);
    }
    try {
      return strict(cs).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      throw new EncodingError(
          "encoding problem: " + declared + " (the file has bytes that are not " + declared + ")");
    }
  }

  private static CharsetDecoder strict(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String utf8(byte[] bytes, int start, String filename) throws EncodingError {
    CharsetDecoder d = strict(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = d.decode(in, out, true);
    if (!result.isError()) {
      result = d.flush(out);
    }
    if (result.isError() || in.hasRemaining() && !result.isUnderflow()) {
      int at = in.position();
      int line = 1;
      for (int i = start; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new EncodingError(
          String.format(
              "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared;"
                  + " see https://peps.python.org/pep-0263/ for details",
              bytes[at] & 0xff, filename, line));
    }
    out.flip();
    return out.toString();
  }

  /** The encoding the first two lines declare (the second only after a comment line), or null. */
  static String declaredEncoding(byte[] bytes, int start) {
    int end1 = lineEnd(bytes, start);
    String first = new String(bytes, start, end1 - start, StandardCharsets.ISO_8859_1);
    Matcher m = DECLARATION.matcher(first);
    if (m.find()) {
      return m.group(1);
    }
    String trimmed = first.strip();
    if (!(trimmed.isEmpty() || trimmed.startsWith("#")) || end1 >= bytes.length) {
      return null;
    }
    int start2 = end1 + 1;
    int end2 = lineEnd(bytes, start2);
    m = DECLARATION.matcher(new String(bytes, start2, end2 - start2, StandardCharsets.ISO_8859_1));
    return m.find() ? m.group(1) : null;
  }

  private static int lineEnd(byte[] bytes, int from) {
    int i = from;
    while (i < bytes.length && bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  /** The Java charset for a Python codec name, or null when there is none. */
  static Charset charset(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
    // CPython's tokenizer reads "utf-8-*" and "latin-1-*" names as those encodings.
    if (n.equals("utf8") || n.equals("utf-8") || n.startsWith("utf-8-")) {
      return StandardCharsets.UTF_8;
    }
    if (n.equals("latin-1")
        || n.equals("latin1")
        || n.equals("l1")
        || n.startsWith("latin-1-")
        || n.equals("iso-8859-1")
        || n.equals("iso8859-1")
        || n.startsWith("iso-8859-1-")
        || n.startsWith("iso-latin-1")) {
      return StandardCharsets.ISO_8859_1;
    }
    if (n.equals("ascii") || n.equals("us-ascii") || n.equals("646")) {
      return StandardCharsets.US_ASCII;
    }
    if (n.matches("cp125[0-8]")) {
      n = "windows-" + n.substring(2);
    }
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
