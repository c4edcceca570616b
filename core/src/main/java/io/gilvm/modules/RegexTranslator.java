package io.gilvm.modules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates a Python regular expression into {@code java.util.regex} syntax, checking it as
 * CPython's parser does and failing with CPython's messages and positions. Every capturing group
 * becomes a plain numbered Java group (Java's numbering, by opening parenthesis, is Python's), so
 * Python's group names are kept here, not in the Java pattern. What Python and Java spell or mean
 * differently is rewritten: {@code (?P<n>…)}, {@code (?P=n)}, {@code \Z}, {@code \d \w \s} with
 * Python's Unicode classes, octal and {@code \N{…}} escapes, a literal {@code {} or {@code [}
 * inside a set, {@code {,n}}, verbose mode (done here, since Java's differs inside sets) and
 * comments. The caller compiles with {@code UNIX_LINES}, so {@code . ^ $} see only {@code \n} as
 * a line end, as Python's do.
 */
final class RegexTranslator {
  static final int TEMPLATE = 1;
  static final int IGNORECASE = 2;
  static final int LOCALE = 4;
  static final int MULTILINE = 8;
  static final int DOTALL = 16;
  static final int UNICODE = 32;
  static final int VERBOSE = 64;
  static final int DEBUG = 128;
  static final int ASCII = 256;

  /** A pattern Python would reject: CPython's message and the position it names (or -1). */
  static final class Error extends RuntimeException {
    final String msg;
    final int pos;

    Error(String msg, int pos) {
      super(msg, null, false, false);
      this.msg = msg;
      this.pos = pos;
    }
  }

  /** A feature of Python's syntax that java.util.regex cannot express. */
  static final class Unsupported extends RuntimeException {
    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  private final String src;
  private final boolean bytes;
  private int i;
  private final StringBuilder out = new StringBuilder();

  /** The flags in force: the caller's, then the global inline ones. */
  int flags;

  private boolean verbose;
  private final List<Boolean> verboseStack = new ArrayList<>();
  private boolean multiline;
  private final List<Boolean> multilineStack = new ArrayList<>();

  /** Open groups: the capturing group's number, or 0 for a group that captures nothing. */
  private final List<int[]> open = new ArrayList<>();

  int groups;
  final Map<String, Integer> names = new HashMap<>();

  /** Each capturing group's parent group (0: none), by number. */
  final List<Integer> parents = new ArrayList<>();

  /** Groups whose closing parenthesis has been read. */
  private final java.util.BitSet closed = new java.util.BitSet();

  /** What the last item can take: nothing, a quantifier, or a further lazy/possessive mark. */
  private static final int NOTHING = 0;

  private static final int ATOM = 1;
  private static final int REPEAT = 2;
  private int last = NOTHING;

  private RegexTranslator(String src, int flags, boolean bytes) {
    this.src = src;
    this.flags = flags;
    this.bytes = bytes;
    this.verbose = (flags & VERBOSE) != 0;
    parents.add(0);
  }

  /** The Java pattern for {@code src}; {@code t.flags} then holds the inline flags too. */
  static RegexTranslator translate(String src, int flags, boolean bytes) {
    RegexTranslator t = new RegexTranslator(src, flags, bytes);
    t.leadingFlags();
    t.multiline = (t.flags & MULTILINE) != 0;
    t.run();
    return t;
  }

  String javaPattern() {
    return out.toString();
  }

  boolean ascii() {
    return bytes || (flags & ASCII) != 0;
  }

  /** CPython reads global flags only at the very start; later ones are an error there. */
  private void leadingFlags() {
    while (src.startsWith("(?", i) && i + 2 < src.length()) {
      int j = i + 2;
      int add = 0;
      while (j < src.length() && "aiLmsux".indexOf(src.charAt(j)) >= 0) {
        add |= flagBit(src.charAt(j));
        j++;
      }
      if (j == i + 2 || j >= src.length() || src.charAt(j) != ')') {
        return;
      }
      checkFlagCombination(add | flags, i + 2);
      flags |= add;
      if ((add & VERBOSE) != 0) {
        verbose = true;
      }
      i = j + 1;
    }
  }

  private int flagBit(char c) {
    return switch (c) {
      case 'a' -> ASCII;
      case 'i' -> IGNORECASE;
      case 'L' -> LOCALE;
      case 'm' -> MULTILINE;
      case 's' -> DOTALL;
      case 'u' -> UNICODE;
      case 'x' -> VERBOSE;
      default -> 0;
    };
  }

  private void checkFlagCombination(int f, int pos) {
    if (!bytes && (f & LOCALE) != 0) {
      throw new Error("bad inline flags: cannot use 'L' flag with a str pattern", pos);
    }
    if (bytes && (f & UNICODE) != 0) {
      throw new Error("bad inline flags: cannot use 'u' flag with a bytes pattern", pos);
    }
    if ((f & ASCII) != 0 && (f & UNICODE) != 0) {
      throw new Error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", pos);
    }
  }

  private void run() {
    int n = src.length();
    while (i < n) {
      char c = src.charAt(i);
      if (verbose) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b) {
          i++;
          continue;
        }
        if (c == '#') {
          while (i < n && src.charAt(i) != '\n') {
            i++;
          }
          continue;
        }
      }
      switch (c) {
        case '\\' -> escape();
        case '[' -> charSet();
        case '(' -> openGroup();
        case ')' -> closeGroup();
        case '*', '+', '?' -> quantifier(c);
        case '{' -> brace();
        case '|' -> {
          out.append('|');
          i++;
          last = NOTHING;
        }
        case '^' -> {
          // Not Java's ^: the matcher's anchoring bounds must not move it (see ReModule.Scan).
          out.append(multiline ? "(?<![^\\n])" : START);
          i++;
          last = NOTHING;
        }
        case '$' -> {
          out.append('$');
          i++;
          last = NOTHING;
        }
        case '.' -> {
          out.append('.');
          i++;
          last = ATOM;
        }
        case ']', '}' -> {
          out.append('\\').append(c);
          i++;
          last = ATOM;
        }
        default -> {
          int cp = src.codePointAt(i);
          appendLiteral(cp);
          i += Character.charCount(cp);
          last = ATOM;
        }
      }
    }
    if (!open.isEmpty()) {
      throw new Error("missing ), unterminated subpattern", open.get(open.size() - 1)[1]);
    }
  }

  /** The very start of the text, whatever the matcher's region. */
  private static final String START = "(?<![\\s\\S])";

  private void appendLiteral(int cp) {
    if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == ' ' || cp == '_')) {
      out.append((char) cp);
    } else {
      out.append("\\x{").append(Integer.toHexString(cp)).append('}');
    }
  }

  private void quantifier(char c) {
    int at = i;
    if (last == NOTHING) {
      throw new Error("nothing to repeat", at);
    }
    if (last == REPEAT) {
      throw new Error("multiple repeat", at);
    }
    out.append(c);
    i++;
    afterRepeat();
  }

  /** After a quantifier: an optional {@code ?} (lazy) or {@code +} (possessive). */
  private void afterRepeat() {
    if (i < src.length() && (src.charAt(i) == '?' || src.charAt(i) == '+')) {
      out.append(src.charAt(i));
      i++;
    }
    last = REPEAT;
  }

  /** {@code {m,n}} as a repeat when it is one; otherwise a literal brace, as Python reads it. */
  private void brace() {
    int at = i;
    int j = i + 1;
    int n = src.length();
    int lo0 = j;
    while (j < n && Character.isDigit(src.charAt(j)) && src.charAt(j) < 128) {
      j++;
    }
    String lo = src.substring(lo0, j);
    String hi = lo;
    boolean comma = false;
    if (j < n && src.charAt(j) == ',') {
      comma = true;
      j++;
      int hi0 = j;
      while (j < n && Character.isDigit(src.charAt(j)) && src.charAt(j) < 128) {
        j++;
      }
      hi = src.substring(hi0, j);
    }
    if (j >= n || src.charAt(j) != '}' || (lo.isEmpty() && !comma)) {
      out.append("\\{");
      i++;
      last = ATOM;
      return;
    }
    if (last == NOTHING) {
      throw new Error("nothing to repeat", at);
    }
    if (last == REPEAT) {
      throw new Error("multiple repeat", at);
    }
    long min = lo.isEmpty() ? 0 : parseCount(lo, at);
    long max = hi.isEmpty() ? -1 : parseCount(hi, at);
    if (max >= 0 && max < min) {
      throw new Error("min repeat greater than max repeat", lo0);
    }
    out.append('{').append(min);
    if (comma) {
      out.append(',');
      if (max >= 0) {
        out.append(max);
      }
    }
    out.append('}');
    i = j + 1;
    afterRepeat();
  }

  private static long parseCount(String digits, int at) {
    if (digits.length() > 9 || Long.parseLong(digits) >= Integer.MAX_VALUE) {
      throw new Error("the repetition number is too large", at);
    }
    return Long.parseLong(digits);
  }

  private void openGroup() {
    int at = i;
    int n = src.length();
    if (i + 1 < n && src.charAt(i + 1) == '?') {
      int j = i + 2;
      if (j >= n) {
        throw new Error("unexpected end of pattern", j);
      }
      char c = src.charAt(j);
      switch (c) {
        case 'P' -> {
          if (j + 1 < n && src.charAt(j + 1) == '<') {
            int nameStart = j + 2;
            int close = src.indexOf('>', nameStart);
            if (close < 0) {
              throw new Error("missing >, unterminated name", nameStart);
            }
            String name = src.substring(nameStart, close);
            checkName(name, nameStart);
            int num = groups + 1;
            Integer prev = names.get(name);
            if (prev != null) {
              throw new Error(
                  "redefinition of group name "
                      + PyStrRepr.of(name)
                      + " as group "
                      + num
                      + "; was group "
                      + prev,
                  nameStart);
            }
            names.put(name, num);
            startCapture(at);
            i = close + 1;
            return;
          }
          if (j + 1 < n && src.charAt(j + 1) == '=') {
            int nameStart = j + 2;
            int close = src.indexOf(')', nameStart);
            if (close < 0) {
              throw new Error("missing ), unterminated name", nameStart);
            }
            String name = src.substring(nameStart, close);
            checkName(name, nameStart);
            Integer num = names.get(name);
            if (num == null) {
              throw new Error("unknown group name " + PyStrRepr.of(name), nameStart);
            }
            if (!closed.get(num)) {
              throw new Error("cannot refer to an open group", at);
            }
            out.append("(?:\\").append(num).append(')');
            i = close + 1;
            last = ATOM;
            return;
          }
          int end = Math.min(n, j + 2);
          throw new Error("unknown extension ?" + src.substring(j, end), at + 1);
        }
        case ':', '=', '!', '>' -> {
          out.append("(?").append(c);
          pushGroup(0, at);
          i = j + 1;
          return;
        }
        case '<' -> {
          if (j + 1 < n && (src.charAt(j + 1) == '=' || src.charAt(j + 1) == '!')) {
            out.append("(?<").append(src.charAt(j + 1));
            pushGroup(0, at);
            i = j + 2;
            return;
          }
          int end = Math.min(n, j + 2);
          throw new Error("unknown extension ?" + src.substring(j, end), at + 1);
        }
        case '#' -> {
          int close = src.indexOf(')', j);
          if (close < 0) {
            throw new Error("missing ), unterminated comment", at);
          }
          i = close + 1;
          return;
        }
        case '(' ->
            throw new Unsupported(
                "conditional groups (?(group)yes|no) are not supported by gilvm's re");
        default -> {
          if ("aiLmsux-".indexOf(c) >= 0) {
            scopedFlags(at, j);
            return;
          }
          throw new Error("unknown extension ?" + c, at + 1);
        }
      }
    }
    startCapture(at);
    i++;
  }

  private void startCapture(int at) {
    groups++;
    int parent = 0;
    for (int k = open.size() - 1; k >= 0; k--) {
      if (open.get(k)[0] > 0) {
        parent = open.get(k)[0];
        break;
      }
    }
    parents.add(parent);
    out.append('(');
    pushGroup(groups, at);
  }

  private void pushGroup(int number, int at) {
    open.add(new int[] {number, at});
    verboseStack.add(verbose);
    multilineStack.add(multiline);
    last = NOTHING;
  }

  /** {@code (?flags:...)}, {@code (?flags-flags:...)} or a misplaced global {@code (?flags)}. */
  private void scopedFlags(int at, int j) {
    int n = src.length();
    int add = 0;
    int remove = 0;
    while (j < n && "aiLmsux".indexOf(src.charAt(j)) >= 0) {
      add |= flagBit(src.charAt(j));
      j++;
    }
    if (j < n && src.charAt(j) == ')') {
      throw new Error("global flags not at the start of the expression", at);
    }
    if (j < n && src.charAt(j) == '-') {
      j++;
      int r0 = j;
      while (j < n && "imsx".indexOf(src.charAt(j)) >= 0) {
        remove |= flagBit(src.charAt(j));
        j++;
      }
      if (j == r0) {
        throw new Error(j < n ? "missing flag" : "missing flag", j);
      }
    }
    if (j >= n) {
      throw new Error("missing -, : or )", j);
    }
    if (src.charAt(j) != ':') {
      throw new Error(Character.isLetter(src.charAt(j)) ? "unknown flag" : "missing -, : or )", j);
    }
    checkFlagCombination(add, at + 2);
    StringBuilder on = new StringBuilder();
    StringBuilder off = new StringBuilder();
    if ((add & IGNORECASE) != 0) {
      on.append(ascii() || (add & ASCII) != 0 ? "i" : "iu");
    }
    if ((add & MULTILINE) != 0) {
      on.append('m');
    }
    if ((add & DOTALL) != 0) {
      on.append('s');
    }
    if ((remove & IGNORECASE) != 0) {
      off.append("iu");
    }
    if ((remove & MULTILINE) != 0) {
      off.append('m');
    }
    if ((remove & DOTALL) != 0) {
      off.append('s');
    }
    out.append("(?").append(on);
    if (off.length() > 0) {
      out.append('-').append(off);
    }
    out.append(':');
    pushGroup(0, at);
    if ((add & VERBOSE) != 0) {
      verbose = true;
    }
    if ((remove & VERBOSE) != 0) {
      verbose = false;
    }
    if ((add & MULTILINE) != 0) {
      multiline = true;
    }
    if ((remove & MULTILINE) != 0) {
      multiline = false;
    }
    i = j + 1;
  }

  private void closeGroup() {
    if (open.isEmpty()) {
      throw new Error("unbalanced parenthesis", i);
    }
    int[] g = open.remove(open.size() - 1);
    verbose = verboseStack.remove(verboseStack.size() - 1);
    multiline = multilineStack.remove(multilineStack.size() - 1);
    if (g[0] > 0) {
      closed.set(g[0]);
    }
    out.append(')');
    i++;
    last = ATOM;
  }

  private static void checkName(String name, int at) {
    if (name.isEmpty()) {
      throw new Error("missing group name", at);
    }
    boolean ok = Character.isUnicodeIdentifierStart(name.charAt(0)) || name.charAt(0) == '_';
    for (int k = 1; ok && k < name.length(); k++) {
      ok =
          Character.isUnicodeIdentifierPart(name.charAt(k))
              && !Character.isIdentifierIgnorable(name.charAt(k));
    }
    if (!ok) {
      throw new Error("bad character in group name " + PyStrRepr.of(name), at);
    }
  }

  // ---------------------------------------------------------------- escapes

  // Python's str classes on Java's fast predicates: \s is str.isspace (Unicode White_Space and
  // the four separators \x1c-\x1f), \w is str.isalnum or '_' (Java's ASCII \w, letters and
  // numbers), \d is a decimal digit. Long lists of ranges would make Java's matcher slow.
  private static final String UNI_SPACE = "\\p{IsWhite_Space}\\x1c-\\x1f";
  private static final String UNI_WORD = "\\w\\p{L}\\p{N}";

  /** The body of a set (without brackets) for class escape {@code c}, or null. */
  private String classBody(char c) {
    boolean a = ascii();
    return switch (c) {
      case 'd' -> a ? "0-9" : "\\p{Nd}";
      case 'w' -> a ? "a-zA-Z0-9_" : UNI_WORD;
      case 's' -> a ? " \\t\\n\\r\\f\\x0b" : UNI_SPACE;
      default -> null;
    };
  }

  private void escape() {
    int at = i;
    int n = src.length();
    if (i + 1 >= n) {
      throw new Error("bad escape (end of pattern)", at);
    }
    char c = src.charAt(i + 1);
    i += 2;
    switch (c) {
      case 'd', 'w', 's' -> {
        if (c == 'd' && !ascii()) {
          out.append("\\p{Nd}");
        } else {
          out.append('[').append(classBody(c)).append(']');
        }
        last = ATOM;
      }
      case 'D', 'W', 'S' -> {
        if (c == 'D' && !ascii()) {
          out.append("\\P{Nd}");
        } else {
          out.append("[^").append(classBody(Character.toLowerCase(c))).append(']');
        }
        last = ATOM;
      }
      case 'A' -> {
        out.append(START);
        last = NOTHING;
      }
      case 'Z' -> {
        out.append("\\z");
        last = NOTHING;
      }
      case 'b' -> {
        // A boundary between Python's word characters and the rest (Java's \b has its own).
        String w = "[" + classBody('w') + "]";
        out.append("(?:(?<=")
            .append(w)
            .append(")(?!")
            .append(w)
            .append(")|(?<!")
            .append(w)
            .append(")(?=")
            .append(w)
            .append("))");
        last = NOTHING;
      }
      case 'B' -> {
        // Python's \B never matches in an empty string.
        String w = "[" + classBody('w') + "]";
        out.append("(?:(?<=")
            .append(w)
            .append(")(?=")
            .append(w)
            .append(")|(?<!")
            .append(w)
            .append(")(?!")
            .append(w)
            .append(")(?:(?=[\\s\\S])|(?<=[\\s\\S])))");
        last = NOTHING;
      }
      default -> {
        if (c >= '1' && c <= '9') {
          backReference(at);
          return;
        }
        int cp = literalEscape(c, at, false);
        appendLiteral(cp);
        last = ATOM;
      }
    }
  }

  /** {@code \1}..{@code \99}, or an octal escape when three octal digits follow. */
  private void backReference(int at) {
    int n = src.length();
    int j = at + 1;
    int k = j;
    while (k < n && k < j + 3 && src.charAt(k) >= '0' && src.charAt(k) <= '9') {
      k++;
    }
    if (k - j == 3
        && isOctal(src.charAt(j))
        && isOctal(src.charAt(j + 1))
        && isOctal(src.charAt(j + 2))) {
      int v = Integer.parseInt(src.substring(j, j + 3), 8);
      if (v > 0377) {
        throw new Error(
            "octal escape value \\" + src.substring(j, j + 3) + " outside of range 0-0o377", at);
      }
      appendLiteral(v);
      i = j + 3;
      last = ATOM;
      return;
    }
    int end = Math.min(k, j + 2);
    int num = Integer.parseInt(src.substring(j, end));
    if (num > groups || !closed.get(num)) {
      if (num <= groups) {
        throw new Error("cannot refer to an open group", at);
      }
      throw new Error("invalid group reference " + num, at + 1);
    }
    out.append("(?:\\").append(num).append(')');
    i = end;
    last = ATOM;
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }

  /**
   * The code point of a literal escape whose letter {@code c} was just read (i is past it): {@code
   * \n \t \x41 \u0041 \N{NAME} \0 \\ \.} and the like; ASCII letters that are not escapes are
   * errors, as in Python.
   */
  private int literalEscape(char c, int at, boolean inSet) {
    int n = src.length();
    switch (c) {
      case 'a':
        return 7;
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'v':
        return 0x0b;
      case 'x':
        return hexEscape(2, at, "x");
      case 'u':
        if (!bytes) {
          return hexEscape(4, at, "u");
        }
        break;
      case 'U':
        if (!bytes) {
          int v = hexEscape(8, at, "U");
          if (v > 0x10ffff) {
            throw new Error("bad escape \\" + src.substring(at + 1, at + 10), at);
          }
          return v;
        }
        break;
      case 'N':
        if (!bytes) {
          if (i >= n || src.charAt(i) != '{') {
            throw new Error("missing {", i);
          }
          int close = src.indexOf('}', i);
          if (close < 0) {
            throw new Error("missing }, unterminated name", i + 1);
          }
          String name = src.substring(i + 1, close);
          int cp;
          try {
            cp = Character.codePointOf(name);
          } catch (IllegalArgumentException e) {
            throw new Error("undefined character name " + PyStrRepr.of(name), at);
          }
          i = close + 1;
          return cp;
        }
        break;
      case '0':
        {
          int j = i;
          while (j < n && j < i + 2 && isOctal(src.charAt(j))) {
            j++;
          }
          int v = Integer.parseInt("0" + src.substring(i, j), 8);
          i = j;
          return v;
        }
      default:
        break;
    }
    if (inSet && c >= '1' && c <= '7') {
      int j = i;
      while (j < n && j < i + 2 && isOctal(src.charAt(j))) {
        j++;
      }
      int v = Integer.parseInt(c + src.substring(i, j), 8);
      if (v > 0377) {
        throw new Error(
            "octal escape value \\" + c + src.substring(i, j) + " outside of range 0-0o377", at);
      }
      i = j;
      return v;
    }
    if (c < 128 && Character.isLetterOrDigit(c)) {
      throw new Error("bad escape \\" + c, at);
    }
    int cp = src.codePointAt(i - 1);
    i += Character.charCount(cp) - 1;
    return cp;
  }

  private int hexEscape(int digits, int at, String letter) {
    int n = src.length();
    int j = i;
    while (j < n
        && j < i + digits
        && Character.digit(src.charAt(j), 16) >= 0
        && src.charAt(j) < 128) {
      j++;
    }
    if (j - i < digits) {
      throw new Error("incomplete escape \\" + letter + src.substring(i, j), at);
    }
    int v = (int) Long.parseLong(src.substring(i, j), 16);
    i = j;
    return v;
  }

  // ---------------------------------------------------------------- sets

  private void charSet() {
    int at = i;
    int n = src.length();
    i++;
    out.append('[');
    if (i < n && src.charAt(i) == '^') {
      out.append('^');
      i++;
    }
    boolean first = true;
    int prev = -1;
    while (true) {
      if (i >= n) {
        throw new Error("unterminated character set", at);
      }
      char c = src.charAt(i);
      if (c == ']' && !first) {
        i++;
        break;
      }
      first = false;
      int itemStart = i;
      int cp;
      if (c == '\\') {
        if (i + 1 >= n) {
          throw new Error("unterminated character set", at);
        }
        char e = src.charAt(i + 1);
        String body = null;
        boolean negated = false;
        if (e == 'd' || e == 'w' || e == 's') {
          body = classBody(e);
        } else if (e == 'D' || e == 'W' || e == 'S') {
          body = classBody(Character.toLowerCase(e));
          negated = true;
        }
        if (body != null) {
          out.append(negated ? "[^" + body + "]" : body);
          i += 2;
          prev = -1;
          continue;
        }
        if (e == 'b') {
          i += 2;
          cp = 8;
        } else {
          i += 2;
          cp = literalEscape(e, itemStart, true);
        }
      } else {
        cp = src.codePointAt(i);
        i += Character.charCount(cp);
      }
      if (cp == '-' && c == '-' && prev >= 0 && i < n && src.charAt(i) != ']') {
        // A range: prev-hi.
        int hiStart = i;
        int hi;
        char h = src.charAt(i);
        if (h == '\\') {
          if (i + 1 >= n) {
            throw new Error("unterminated character set", at);
          }
          char e = src.charAt(i + 1);
          if ("dwsDWS".indexOf(e) >= 0) {
            throw new Error("bad character range " + src.substring(prevStart, i + 2), prevStart);
          }
          i += 2;
          hi = e == 'b' ? 8 : literalEscape(e, hiStart, true);
        } else {
          hi = src.codePointAt(i);
          i += Character.charCount(hi);
        }
        if (hi < prev) {
          throw new Error("bad character range " + src.substring(prevStart, i), prevStart);
        }
        out.append('-');
        appendSetLiteral(hi);
        prev = -1;
        continue;
      }
      appendSetLiteral(cp);
      prev = cp;
      prevStart = itemStart;
    }
    out.append(']');
    last = ATOM;
  }

  private int prevStart;

  private void appendSetLiteral(int cp) {
    if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == ' ' || cp == '_')) {
      out.append((char) cp);
    } else {
      out.append("\\x{").append(Integer.toHexString(cp)).append('}');
    }
  }

  /** Python's repr of a str, for messages. */
  static final class PyStrRepr {
    static String of(String s) {
      return io.gilvm.object.PyStr.repr(s);
    }
  }
}
