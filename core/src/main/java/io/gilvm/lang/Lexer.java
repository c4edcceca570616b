package io.gilvm.lang;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns source text into tokens the way CPython 3.11's tokenizer does: INDENT and DEDENT from an
 * indentation stack, NEWLINE only where a logical line ends, no NEWLINE inside brackets, and the
 * same error messages and positions. String bodies are decoded on demand by {@link #literal},
 * because CPython reports escape and f-string errors from the parser, at the token that follows.
 */
final class Lexer {
  private static final int TAB_SIZE = 8;
  private static final int MAX_INDENT = 100;
  private static final int MAX_PAREN = 200;
  private static final int EOF_CHAR = -1;

  /** A piece of an f-string: literal text or a replacement field. */
  sealed interface FPart {}

  /** Literal text of an f-string, escapes already decoded. */
  record FText(String value) implements FPart {}

  /**
   * A replacement field {@code {expr=!c:spec}}: the expression as the parser returned it, the
   * {@code expr=} text when self-documenting (else null), the conversion character or -1, and the
   * format spec parts (null when there is no ':').
   */
  record FField(Node.Expr expr, String debugText, int conversion, List<FPart> spec)
      implements FPart {}

  /** Parses the expression of a replacement field found at {@code start..end} of the source. */
  interface FieldParser {
    Node.Expr parse(int start, int end, int line, int col);
  }

  private final String src;
  private final String filename;
  private final int[] lineStarts;
  private final int limit;
  private final boolean fragment;
  private int pos;
  private int line;
  private int lineStart;
  private final List<Token> tokens;
  private int[] indents = new int[8];
  private int[] altIndents = new int[8];
  private int depth;
  private Token[] parens = new Token[8];
  private int level;
  private Token unclosed;
  private PySyntaxError error;
  private boolean errorIsLate;
  private int numberStart;

  private Lexer(
      String src, String filename, int[] lineStarts, int from, int to, int line, boolean frag) {
    this.src = src;
    this.filename = filename;
    this.lineStarts = lineStarts;
    this.pos = from;
    this.limit = to;
    this.line = line;
    this.lineStart = lineStarts[line - 1];
    this.fragment = frag;
    this.tokens = new ArrayList<>(Math.max(8, (to - from) / 3));
  }

  /** A lexer for a whole file; line endings are normalized to {@code \n} as CPython does. */
  static Lexer forFile(String source, String filename) {
    String s = source;
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    if (s.indexOf('\r') >= 0) {
      s = s.replace("\r\n", "\n").replace('\r', '\n');
    }
    return new Lexer(s, filename, computeLineStarts(s), 0, s.length(), 1, false);
  }

  /**
   * A lexer for the expression of an f-string field at {@code start..end} of this lexer's source;
   * it behaves as if inside brackets, so newlines are not tokens.
   */
  Lexer fragment(int start, int end) {
    return new Lexer(src, filename, lineStarts, start, end, lineOf(start), true);
  }

  private static int[] computeLineStarts(String s) {
    int[] starts = new int[16];
    int n = 1;
    for (int i = 0, len = s.length(); i < len; i++) {
      if (s.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /** The 1-based line holding source offset {@code offset}. */
  int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  int colOf(int offset) {
    return offset - lineStarts[lineOf(offset) - 1];
  }

  /** The text of line {@code n} without its newline, or null past the end. */
  String lineText(int n) {
    if (n < 1 || n > lineStarts.length) {
      return null;
    }
    int from = lineStarts[n - 1];
    int to = n < lineStarts.length ? lineStarts[n] - 1 : src.length();
    return src.substring(from, Math.max(from, to));
  }

  /** The error the lexer stopped on, or null; the token list then ends with LEXERROR. */
  PySyntaxError error() {
    return error;
  }

  /** Whether {@link #error()} is reported only if the parser gets that far. */
  boolean errorIsLate() {
    return errorIsLate;
  }

  /** The innermost bracket still open at the end of input, or null. */
  Token unclosed() {
    return unclosed;
  }

  PySyntaxError syntaxError(String kind, String message, int atLine, int atCol) {
    return new PySyntaxError(kind, message, filename, atLine, atCol, lineText(atLine));
  }

  private PySyntaxError error(String message, int atLine, int atCol) {
    return syntaxError("SyntaxError", message, atLine, atCol);
  }

  /** An error whose caret is on the character before the read position, as CPython's is. */
  private PySyntaxError errorBeforeCursor(String message) {
    return error(message, line, Math.max(0, pos - lineStart - 1));
  }

  // ---------------------------------------------------------------- token stream

  /** All tokens, ending with EOF, or with LEXERROR when {@link #error()} is set. */
  List<Token> tokenize() {
    try {
      if (fragment) {
        scanFragment();
      } else {
        scanFile();
      }
    } catch (PySyntaxError e) {
      error = e;
      tokens.add(
          new Token(TokenKind.LEXERROR, "", null, e.line(), e.col(), e.line(), e.col(), pos, pos));
    }
    return tokens;
  }

  private void scanFile() {
    int nul = src.indexOf('\0');
    if (nul >= 0) {
      int at = lineOf(nul);
      throw error("source code cannot contain null bytes", at, nul - lineStarts[at - 1]);
    }
    boolean atLineStart = true;
    while (true) {
      if (atLineStart) {
        atLineStart = false;
        if (!indentation()) {
          if (pos >= limit) {
            break;
          }
          atLineStart = true;
          continue;
        }
      }
      skipBlanks();
      if (pos >= limit) {
        break;
      }
      int commentStart = -1;
      if (src.charAt(pos) == '#') {
        commentStart = pos;
        while (pos < limit && src.charAt(pos) != '\n') {
          pos++;
        }
        if (pos >= limit) {
          if (level == 0
              && !tokens.isEmpty()
              && tokens.get(tokens.size() - 1).kind() != TokenKind.NEWLINE) {
            add(TokenKind.NEWLINE, "", null, commentStart, pos);
          }
          break;
        }
      }
      char c = src.charAt(pos);
      if (c == '\n') {
        if (level == 0) {
          int at = commentStart >= 0 ? commentStart : pos;
          add(TokenKind.NEWLINE, "", null, at, pos + 1);
          atLineStart = true;
        }
        newLine(pos + 1);
        continue;
      }
      if (c == '\\') {
        continuation();
        continue;
      }
      token();
    }
    endOfFile();
  }

  private void scanFragment() {
    while (true) {
      skipBlanks();
      if (pos >= limit) {
        break;
      }
      char c = src.charAt(pos);
      if (c == '\n') {
        newLine(pos + 1);
        continue;
      }
      token();
    }
    int col = pos - lineStart;
    tokens.add(new Token(TokenKind.EOF, "", null, line, col, line, col, pos, pos));
  }

  private void newLine(int next) {
    pos = next;
    line++;
    lineStart = next;
  }

  private void skipBlanks() {
    while (pos < limit) {
      char c = src.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\f') {
        break;
      }
      pos++;
    }
  }

  private void continuation() {
    pos++;
    if (pos >= limit) {
      throw endOfFileAfterContinuation(line, pos - lineStart);
    }
    if (src.charAt(pos) != '\n') {
      throw late(
          error("unexpected character after line continuation character", line, pos - lineStart));
    }
    newLine(pos + 1);
    if (pos >= limit && !fragment) {
      throw endOfFileAfterContinuation(line - 1, lineText(line - 1).length());
    }
  }

  private PySyntaxError endOfFileAfterContinuation(int atLine, int atCol) {
    if (level > 0) {
      Token open = parens[level - 1];
      return error("'" + open.text() + "' was never closed", open.line(), open.col());
    }
    return late(error("unexpected EOF while parsing", atLine, atCol));
  }

  /**
   * Marks an error that CPython's tokenizer reports only when the parser reaches it, so that a
   * syntax error earlier in the file is reported first; other tokenizer errors win over any parser
   * error.
   */
  private PySyntaxError late(PySyntaxError e) {
    errorIsLate = true;
    return e;
  }

  /**
   * Measures the indentation of a new line and emits INDENT or DEDENTs; returns false, having
   * consumed it, when the line is blank or only a comment.
   */
  private boolean indentation() {
    int col = 0;
    int alt = 0;
    int continuedCol = 0;
    while (pos < limit) {
      char c = src.charAt(pos);
      if (c == ' ') {
        col++;
        alt++;
      } else if (c == '\t') {
        col = (col / TAB_SIZE + 1) * TAB_SIZE;
        alt++;
      } else if (c == '\f') {
        col = 0;
        alt = 0;
      } else if (c == '\\') {
        // Indentation continued onto the next line keeps the column of the first backslash.
        continuedCol = continuedCol != 0 ? continuedCol : col;
        continuation();
        continue;
      } else {
        break;
      }
      pos++;
    }
    if (continuedCol != 0) {
      col = continuedCol;
      alt = continuedCol;
    }
    if (pos >= limit) {
      return false;
    }
    char c = src.charAt(pos);
    if (c == '#' || c == '\n') {
      while (pos < limit && src.charAt(pos) != '\n') {
        pos++;
      }
      if (pos < limit) {
        newLine(pos + 1);
      }
      return false;
    }
    int here = pos - lineStart;
    if (col == indents[depth]) {
      if (alt != altIndents[depth]) {
        throw tabError();
      }
    } else if (col > indents[depth]) {
      if (depth + 1 >= MAX_INDENT) {
        throw late(syntaxError("IndentationError", "too many levels of indentation", line, here));
      }
      if (alt <= altIndents[depth]) {
        throw tabError();
      }
      depth++;
      if (depth == indents.length) {
        indents = Arrays.copyOf(indents, depth * 2);
        altIndents = Arrays.copyOf(altIndents, depth * 2);
      }
      indents[depth] = col;
      altIndents[depth] = alt;
      tokens.add(new Token(TokenKind.INDENT, "", null, line, here, line, here, pos, pos));
    } else {
      int target = depth;
      while (target > 0 && col < indents[target]) {
        target--;
      }
      if (col != indents[target]) {
        throw late(
            syntaxError(
                "IndentationError",
                "unindent does not match any outer indentation level",
                line,
                lineText(line).length()));
      }
      if (alt != altIndents[target]) {
        throw tabError();
      }
      for (; depth > target; depth--) {
        tokens.add(new Token(TokenKind.DEDENT, "", null, line, here, line, here, pos, pos));
      }
    }
    return true;
  }

  private PySyntaxError tabError() {
    return late(
        syntaxError("TabError", "inconsistent use of tabs and spaces in indentation", line, 0));
  }

  private void endOfFile() {
    boolean endsWithNewline = limit > 0 && src.charAt(limit - 1) == '\n';
    int eofLine = endsWithNewline ? line - 1 : line;
    int eofCol = endsWithNewline ? lineText(eofLine).length() : pos - lineStart;
    if (eofLine < 1) {
      eofLine = 1;
      eofCol = 0;
    }
    if (level > 0) {
      unclosed = parens[level - 1];
      tokens.add(new Token(TokenKind.EOF, "", null, eofLine, eofCol, eofLine, eofCol, pos, pos));
      return;
    }
    if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() != TokenKind.NEWLINE) {
      tokens.add(
          new Token(TokenKind.NEWLINE, "", null, eofLine, eofCol, eofLine, eofCol, pos, pos));
    }
    for (; depth > 0; depth--) {
      tokens.add(new Token(TokenKind.DEDENT, "", null, eofLine, eofCol, eofLine, eofCol, pos, pos));
    }
    tokens.add(new Token(TokenKind.EOF, "", null, eofLine, eofCol, eofLine, eofCol, pos, pos));
  }

  private void add(TokenKind kind, String text, Object value, int start, int end) {
    int col = start - lineStart;
    tokens.add(new Token(kind, text, value, line, col, line, end - lineStart, start, end));
  }

  // ---------------------------------------------------------------- single tokens

  private void token() {
    int start = pos;
    char c = src.charAt(pos);
    if (isAsciiLetter(c) || c == '_' || c >= 128) {
      nameOrString(start);
    } else if (isDigit(c) || (c == '.' && pos + 1 < limit && isDigit(src.charAt(pos + 1)))) {
      number(start);
    } else if (c == '\'' || c == '"') {
      string(start);
    } else {
      operator(start, c);
    }
  }

  private void nameOrString(int start) {
    boolean ascii = true;
    while (pos < limit) {
      char c = src.charAt(pos);
      if (isAsciiLetter(c) || isDigit(c) || c == '_') {
        pos++;
      } else if (c >= 128) {
        ascii = false;
        pos++;
      } else {
        break;
      }
    }
    String word = src.substring(start, pos);
    if (pos < limit
        && (src.charAt(pos) == '\'' || src.charAt(pos) == '"')
        && isStringPrefix(word)) {
      string(start);
      return;
    }
    if (!ascii) {
      word = verifiedIdentifier(start, word);
    }
    add(TokenKind.keywordOrName(word), word, null, start, pos);
  }

  private static boolean isStringPrefix(String w) {
    return switch (w.toLowerCase()) {
      case "r", "u", "b", "br", "rb", "f", "fr", "rf" -> true;
      default -> false;
    };
  }

  /** Checks a non-ASCII identifier and returns its NFKC form, as Python compares names. */
  private String verifiedIdentifier(int start, String word) {
    String normalized = Normalizer.normalize(word, Normalizer.Form.NFKC);
    if (isIdentifier(normalized)) {
      return normalized;
    }
    int i = 0;
    while (i < word.length()) {
      int cp = word.codePointAt(i);
      boolean ok = i == 0 ? isIdentifierStart(cp) : isIdentifierPart(cp);
      if (!ok) {
        int col = start + i - lineStart;
        if (isPrintable(cp)) {
          throw error(
              String.format(
                  "invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp),
              line,
              col);
        }
        throw error(String.format("invalid non-printable character U+%04X", cp), line, col);
      }
      i += Character.charCount(cp);
    }
    return normalized;
  }

  private static boolean isIdentifier(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (i == 0 ? !isIdentifierStart(cp) : !isIdentifierPart(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean isIdentifierStart(int cp) {
    return cp == '_' || Character.isUnicodeIdentifierStart(cp);
  }

  private static boolean isIdentifierPart(int cp) {
    return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
  }

  /** Python's str.isprintable for one code point. */
  private static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR ->
          false;
      default -> true;
    };
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHexDigit(int c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isPotentialIdentifierChar(int c) {
    return isAsciiLetter(c) || isDigit(c) || c == '_' || c >= 128;
  }

  private void operator(int start, char c) {
    TokenKind kind = operatorAt(start);
    if (kind == null) {
      pos++;
      if (c < 128 && !isPrintable(c)) {
        throw error(
            String.format("invalid non-printable character U+%04X", (int) c),
            line,
            start - lineStart);
      }
      add(TokenKind.ERRORTOKEN, String.valueOf(c), null, start, pos);
      return;
    }
    pos += kind.spelling.length();
    switch (kind) {
      case LPAR, LSQB, LBRACE -> {
        if (level >= MAX_PAREN) {
          throw error("too many nested parentheses", line, start - lineStart);
        }
        add(kind, kind.spelling, null, start, pos);
        if (level == parens.length) {
          parens = Arrays.copyOf(parens, level * 2);
        }
        parens[level++] = tokens.get(tokens.size() - 1);
        return;
      }
      case RPAR, RSQB, RBRACE -> closeBracket(kind, start);
      default -> {}
    }
    add(kind, kind.spelling, null, start, pos);
  }

  private void closeBracket(TokenKind kind, int start) {
    if (level == 0) {
      throw error("unmatched '" + kind.spelling + "'", line, start - lineStart);
    }
    Token open = parens[--level];
    TokenKind expected =
        switch (open.kind()) {
          case LPAR -> TokenKind.RPAR;
          case LSQB -> TokenKind.RSQB;
          default -> TokenKind.RBRACE;
        };
    if (kind != expected) {
      String msg =
          "closing parenthesis '"
              + kind.spelling
              + "' does not match opening parenthesis '"
              + open.text()
              + "'";
      if (open.line() != line) {
        msg += " on line " + open.line();
      }
      throw error(msg, line, start - lineStart);
    }
  }

  /** The longest operator spelled at {@code at}, or null. */
  private TokenKind operatorAt(int at) {
    char c = src.charAt(at);
    char c2 = at + 1 < limit ? src.charAt(at + 1) : '\0';
    char c3 = at + 2 < limit ? src.charAt(at + 2) : '\0';
    return switch (c) {
      case '(' -> TokenKind.LPAR;
      case ')' -> TokenKind.RPAR;
      case '[' -> TokenKind.LSQB;
      case ']' -> TokenKind.RSQB;
      case '{' -> TokenKind.LBRACE;
      case '}' -> TokenKind.RBRACE;
      case ',' -> TokenKind.COMMA;
      case ';' -> TokenKind.SEMI;
      case '~' -> TokenKind.TILDE;
      case ':' -> c2 == '=' ? TokenKind.COLONEQUAL : TokenKind.COLON;
      case '+' -> c2 == '=' ? TokenKind.PLUSEQUAL : TokenKind.PLUS;
      case '-' -> c2 == '=' ? TokenKind.MINEQUAL : c2 == '>' ? TokenKind.RARROW : TokenKind.MINUS;
      case '%' -> c2 == '=' ? TokenKind.PERCENTEQUAL : TokenKind.PERCENT;
      case '&' -> c2 == '=' ? TokenKind.AMPEREQUAL : TokenKind.AMPER;
      case '|' -> c2 == '=' ? TokenKind.VBAREQUAL : TokenKind.VBAR;
      case '^' -> c2 == '=' ? TokenKind.CIRCUMFLEXEQUAL : TokenKind.CIRCUMFLEX;
      case '@' -> c2 == '=' ? TokenKind.ATEQUAL : TokenKind.AT;
      case '=' -> c2 == '=' ? TokenKind.EQEQUAL : TokenKind.EQUAL;
      case '!' -> c2 == '=' ? TokenKind.NOTEQUAL : null;
      case '.' -> c2 == '.' && c3 == '.' ? TokenKind.ELLIPSIS : TokenKind.DOT;
      case '*' ->
          c2 == '*'
              ? (c3 == '=' ? TokenKind.DOUBLESTAREQUAL : TokenKind.DOUBLESTAR)
              : c2 == '=' ? TokenKind.STAREQUAL : TokenKind.STAR;
      case '/' ->
          c2 == '/'
              ? (c3 == '=' ? TokenKind.DOUBLESLASHEQUAL : TokenKind.DOUBLESLASH)
              : c2 == '=' ? TokenKind.SLASHEQUAL : TokenKind.SLASH;
      case '<' ->
          c2 == '<'
              ? (c3 == '=' ? TokenKind.LEFTSHIFTEQUAL : TokenKind.LEFTSHIFT)
              : c2 == '=' ? TokenKind.LESSEQUAL : TokenKind.LESS;
      case '>' ->
          c2 == '>'
              ? (c3 == '=' ? TokenKind.RIGHTSHIFTEQUAL : TokenKind.RIGHTSHIFT)
              : c2 == '=' ? TokenKind.GREATEREQUAL : TokenKind.GREATER;
      default -> null;
    };
  }

  // ---------------------------------------------------------------- numbers

  /** Reads the next character, or EOF_CHAR at the end without moving. */
  private int nextc() {
    return pos < limit ? src.charAt(pos++) : EOF_CHAR;
  }

  private void backup(int c) {
    if (c != EOF_CHAR) {
      pos--;
    }
  }

  /**
   * Scans a number following CPython's tokenizer step by step, so that malformed literals fail with
   * its message and caret.
   */
  private void number(int start) {
    numberStart = start;
    int c = nextc();
    int radix = 10;
    if (c == '0') {
      c = nextc();
      if (c == 'x' || c == 'X') {
        radix = 16;
        c = radixDigits(16, "hexadecimal");
      } else if (c == 'o' || c == 'O') {
        radix = 8;
        c = radixDigits(8, "octal");
      } else if (c == 'b' || c == 'B') {
        radix = 2;
        c = radixDigits(2, "binary");
      } else {
        boolean nonzero = false;
        while (true) {
          if (c == '_') {
            c = nextc();
            if (!isDigit(c)) {
              backup(c);
              throw errorBeforeCursor("invalid decimal literal");
            }
          }
          if (c != '0') {
            break;
          }
          c = nextc();
        }
        if (isDigit(c)) {
          nonzero = true;
          c = decimalTail();
        }
        if (c == '.') {
          c = fraction(nextc());
        } else if (c == 'e' || c == 'E') {
          c = exponent(c);
        } else if (c == 'j' || c == 'J') {
          c = imaginary();
        } else if (nonzero) {
          backup(c);
          throw error(
              "leading zeros in decimal integer literals are not permitted; "
                  + "use an 0o prefix for octal integers",
              line,
              start - lineStart);
        } else {
          verifyEndOfNumber(c, "decimal");
        }
      }
    } else if (c == '.') {
      c = fraction(nextc());
    } else {
      c = decimalTail();
      if (c == '.') {
        c = fraction(nextc());
      } else if (c == 'e' || c == 'E') {
        c = exponent(c);
      } else if (c == 'j' || c == 'J') {
        c = imaginary();
      } else {
        verifyEndOfNumber(c, "decimal");
      }
    }
    backup(c);
    String text = src.substring(start, pos);
    boolean isFloat =
        radix == 10 && (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0);
    char last = text.charAt(text.length() - 1);
    if (!isFloat && radix == 10 && last != 'j' && last != 'J') {
      String tooLong = IntDigitsLimit.checkParse(text.length() - countUnderscores(text), 10);
      if (tooLong != null) {
        throw error(
            tooLong
                + " - Consider hexadecimal for huge integer literals to avoid decimal"
                + " conversion limits.",
            line,
            start - lineStart);
      }
    }
    Object value =
        last == 'j' || last == 'J'
            ? new Node.Complex(
                0.0, Double.parseDouble(text.substring(0, text.length() - 1).replace("_", "")))
            : numberValue(text, radix, isFloat);
    add(TokenKind.NUMBER, text, value, start, pos);
  }

  private int fraction(int c) {
    if (isDigit(c)) {
      c = decimalTail();
    }
    if (c == 'e' || c == 'E') {
      return exponent(c);
    }
    if (c == 'j' || c == 'J') {
      return imaginary();
    }
    verifyEndOfNumber(c, "decimal");
    return c;
  }

  /**
   * Reads an exponent after {@code e}. When no digits follow, the number ends before the 'e'
   * (allowed only for {@code 1else}); the 'e' is returned so the caller's backup leaves it.
   */
  private int exponent(int e) {
    int c = nextc();
    if (c == '+' || c == '-') {
      c = nextc();
      if (!isDigit(c)) {
        backup(c);
        throw errorBeforeCursor("invalid decimal literal");
      }
    } else if (!isDigit(c)) {
      backup(c);
      verifyEndOfNumber(e, "decimal");
      return e;
    }
    c = decimalTail();
    if (c == 'j' || c == 'J') {
      return imaginary();
    }
    verifyEndOfNumber(c, "decimal");
    return c;
  }

  private int imaginary() {
    int c = nextc();
    verifyEndOfNumber(c, "imaginary");
    return c;
  }

  /** Reads digits with single underscores between them; returns the first character after. */
  private int decimalTail() {
    int c;
    while (true) {
      do {
        c = nextc();
      } while (isDigit(c));
      if (c != '_') {
        break;
      }
      c = nextc();
      if (!isDigit(c)) {
        backup(c);
        throw errorBeforeCursor("invalid decimal literal");
      }
    }
    return c;
  }

  private int radixDigits(int radix, String kind) {
    int c = nextc();
    do {
      if (c == '_') {
        c = nextc();
      }
      if (!isRadixDigit(c, radix)) {
        if (radix < 10 && isDigit(c)) {
          throw errorBeforeCursor("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        backup(c);
        throw errorBeforeCursor("invalid " + kind + " literal");
      }
      do {
        c = nextc();
      } while (isRadixDigit(c, radix));
    } while (c == '_');
    if (radix < 10 && isDigit(c)) {
      throw errorBeforeCursor("invalid digit '" + (char) c + "' in " + kind + " literal");
    }
    verifyEndOfNumber(c, kind);
    return c;
  }

  private static boolean isRadixDigit(int c, int radix) {
    return switch (radix) {
      case 16 -> isHexDigit(c);
      case 8 -> c >= '0' && c <= '7';
      default -> c == '0' || c == '1';
    };
  }

  /**
   * Rejects a number run into a name ({@code 1a}), while allowing the keywords that may follow a
   * number directly ({@code 1if x else 2}), as CPython 3.11 does.
   */
  private void verifyEndOfNumber(int c, String kind) {
    if (c == EOF_CHAR || c >= 128 || !isPotentialIdentifierChar(c)) {
      return;
    }
    int at = pos;
    boolean keyword =
        switch (c) {
          case 'a' -> keywordAt(at, "nd");
          case 'e' -> keywordAt(at, "lse");
          case 'f' -> keywordAt(at, "or");
          case 'i' -> at < limit && "fns".indexOf(src.charAt(at)) >= 0;
          case 'o' -> keywordAt(at, "r");
          case 'n' -> keywordAt(at, "ot");
          default -> false;
        };
    if (!keyword) {
      backup(c);
      throw errorBeforeCursor("invalid " + kind + " literal");
    }
  }

  /** Whether the rest of a keyword is spelled at {@code at} and ends there. */
  private boolean keywordAt(int at, String rest) {
    int end = at + rest.length();
    return end <= limit
        && src.startsWith(rest, at)
        && (end == limit || !isPotentialIdentifierChar(src.charAt(end)));
  }

  private static int countUnderscores(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '_') {
        n++;
      }
    }
    return n;
  }

  private static Object numberValue(String text, int radix, boolean isFloat) {
    String digits = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
    if (isFloat) {
      return Double.parseDouble(digits);
    }
    if (radix != 10) {
      digits = digits.substring(2);
    }
    if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
      return Long.parseLong(digits, radix);
    }
    BigInteger big = new BigInteger(digits, radix);
    return big.bitLength() < 64 ? (Object) big.longValue() : big;
  }

  // ---------------------------------------------------------------- strings

  private void string(int start) {
    int startLine = line;
    int startCol = start - lineStart;
    char quote = src.charAt(pos);
    boolean triple =
        pos + 2 < limit && src.charAt(pos + 1) == quote && src.charAt(pos + 2) == quote;
    pos += triple ? 3 : 1;
    while (true) {
      if (pos >= limit) {
        boolean endsWithNewline = src.charAt(limit - 1) == '\n';
        int detected = endsWithNewline && line > 1 ? line - 1 : line;
        if (triple) {
          throw error(
              "unterminated triple-quoted string literal (detected at line " + detected + ")",
              startLine,
              startCol);
        }
        throw error(
            "unterminated string literal (detected at line " + detected + ")", startLine, startCol);
      }
      char c = src.charAt(pos);
      if (c == quote) {
        if (!triple) {
          pos++;
          break;
        }
        if (pos + 2 < limit && src.charAt(pos + 1) == quote && src.charAt(pos + 2) == quote) {
          pos += 3;
          break;
        }
        pos++;
      } else if (c == '\n') {
        if (!triple) {
          throw error(
              "unterminated string literal (detected at line " + line + ")", startLine, startCol);
        }
        newLine(pos + 1);
      } else if (c == '\\') {
        pos++;
        if (pos < limit) {
          if (src.charAt(pos) == '\n') {
            newLine(pos + 1);
          } else {
            pos++;
          }
        }
      } else {
        pos++;
      }
    }
    tokens.add(
        new Token(
            TokenKind.STRING,
            src.substring(start, pos),
            null,
            startLine,
            startCol,
            line,
            pos - lineStart,
            start,
            pos));
  }

  /** How a STRING token is spelled: its prefix flags and where its body lies. */
  record StringForm(boolean bytes, boolean raw, boolean format, int bodyStart, int bodyEnd) {}

  static StringForm form(Token t) {
    String text = t.text();
    int q = 0;
    boolean bytes = false;
    boolean raw = false;
    boolean format = false;
    while (text.charAt(q) != '\'' && text.charAt(q) != '"') {
      switch (Character.toLowerCase(text.charAt(q))) {
        case 'b' -> bytes = true;
        case 'r' -> raw = true;
        case 'f' -> format = true;
        default -> {}
      }
      q++;
    }
    char quote = text.charAt(q);
    int quoteLen =
        text.length() - q >= 6 && text.charAt(q + 1) == quote && text.charAt(q + 2) == quote
            ? 3
            : 1;
    return new StringForm(bytes, raw, format, t.start() + q + quoteLen, t.end() - quoteLen);
  }

  /**
   * The value of a STRING token that is not an f-string: a String, or a byte[] for bytes. Errors
   * are reported at {@code errorAt}, the token after the string, as CPython does.
   */
  Object literal(Token t, StringForm f, Token errorAt) {
    if (f.bytes()) {
      for (int i = f.bodyStart(); i < f.bodyEnd(); i++) {
        if (src.charAt(i) >= 128) {
          throw error("bytes can only contain ASCII literal characters", t.line(), t.col());
        }
      }
      if (f.raw()) {
        return src.substring(f.bodyStart(), f.bodyEnd()).getBytes(StandardCharsets.ISO_8859_1);
      }
      return decodeBytes(f.bodyStart(), f.bodyEnd(), errorAt);
    }
    if (f.raw()) {
      return src.substring(f.bodyStart(), f.bodyEnd());
    }
    return decodeEscapes(f.bodyStart(), f.bodyEnd(), errorAt);
  }

  private PySyntaxError errorAt(Token at, String message) {
    return error(message, at.line(), at.col());
  }

  private PySyntaxError unicodeError(Token at, int from, int escStart, int escEnd, String why) {
    int a = utf8Length(from, escStart);
    int b = a + utf8Length(escStart, escEnd) - 1;
    return errorAt(
        at,
        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
            + a
            + "-"
            + b
            + ": "
            + why);
  }

  private int utf8Length(int from, int to) {
    return src.substring(from, to).getBytes(StandardCharsets.UTF_8).length;
  }

  /** Decodes the backslash escapes of a str body. */
  private String decodeEscapes(int from, int to, Token errorAt) {
    int bs = from;
    while (bs < to && src.charAt(bs) != '\\') {
      bs++;
    }
    if (bs == to) {
      return src.substring(from, to);
    }
    StringBuilder sb = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      char c = src.charAt(i);
      if (c != '\\') {
        sb.append(c);
        i++;
        continue;
      }
      int esc = i;
      if (i + 1 >= to) {
        sb.append('\\');
        break;
      }
      char e = src.charAt(i + 1);
      i += 2;
      switch (e) {
        case '\n' -> {}
        case '\\' -> sb.append('\\');
        case '\'' -> sb.append('\'');
        case '"' -> sb.append('"');
        case 'a' -> sb.append('\u0007');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'v' -> sb.append('\u000B');
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int v = e - '0';
          for (int k = 0; k < 2 && i < to && src.charAt(i) >= '0' && src.charAt(i) <= '7'; k++) {
            v = v * 8 + (src.charAt(i++) - '0');
          }
          sb.append((char) v);
        }
        case 'x', 'u', 'U' -> {
          int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          int v = 0;
          for (int k = 0; k < n; k++) {
            if (i >= to || !isHexDigit(src.charAt(i))) {
              String shape = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
              throw unicodeError(errorAt, from, esc, i, "truncated " + shape + " escape");
            }
            v = v * 16 + Character.digit(src.charAt(i++), 16);
          }
          if (v < 0 || v > Character.MAX_CODE_POINT) {
            throw unicodeError(errorAt, from, esc, i, "illegal Unicode character");
          }
          sb.appendCodePoint(v);
        }
        case 'N' -> {
          int close = i < to && src.charAt(i) == '{' ? src.indexOf('}', i) : -1;
          if (close < 0 || close >= to || close == i + 1) {
            int end = i >= to || src.charAt(i) != '{' ? i : close < 0 || close >= to ? to : close;
            throw unicodeError(errorAt, from, esc, end, "malformed \\N character escape");
          }
          int cp;
          try {
            cp = Character.codePointOf(src.substring(i + 1, close));
          } catch (IllegalArgumentException unknown) {
            throw unicodeError(errorAt, from, esc, close + 1, "unknown Unicode character name");
          }
          sb.appendCodePoint(cp);
          i = close + 1;
        }
        default -> sb.append('\\').append(e);
      }
    }
    return sb.toString();
  }

  /** Decodes the backslash escapes of a bytes body (already checked to be ASCII). */
  private byte[] decodeBytes(int from, int to, Token errorAt) {
    byte[] out = new byte[to - from];
    int n = 0;
    int i = from;
    while (i < to) {
      char c = src.charAt(i);
      if (c != '\\' || i + 1 >= to) {
        out[n++] = (byte) c;
        i++;
        continue;
      }
      int esc = i;
      char e = src.charAt(i + 1);
      i += 2;
      switch (e) {
        case '\n' -> {}
        case '\\' -> out[n++] = '\\';
        case '\'' -> out[n++] = '\'';
        case '"' -> out[n++] = '"';
        case 'a' -> out[n++] = 7;
        case 'b' -> out[n++] = '\b';
        case 'f' -> out[n++] = '\f';
        case 'n' -> out[n++] = '\n';
        case 'r' -> out[n++] = '\r';
        case 't' -> out[n++] = '\t';
        case 'v' -> out[n++] = 11;
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int v = e - '0';
          for (int k = 0; k < 2 && i < to && src.charAt(i) >= '0' && src.charAt(i) <= '7'; k++) {
            v = v * 8 + (src.charAt(i++) - '0');
          }
          out[n++] = (byte) v;
        }
        case 'x' -> {
          if (i + 1 >= to || !isHexDigit(src.charAt(i)) || !isHexDigit(src.charAt(i + 1))) {
            throw errorAt(errorAt, "(value error) invalid \\x escape at position " + (esc - from));
          }
          out[n++] = (byte) Integer.parseInt(src.substring(i, i + 2), 16);
          i += 2;
        }
        default -> {
          out[n++] = '\\';
          out[n++] = (byte) e;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  // ---------------------------------------------------------------- f-strings

  /**
   * Splits the body of an f-string into literal text and replacement fields, handing each field's
   * expression to {@code fields} as soon as it is delimited, so that an error in an expression is
   * reported before errors later in the string, as CPython does.
   */
  List<FPart> fstring(StringForm f, Token errorAt, FieldParser fields) {
    FStringScanner s = new FStringScanner(f.bodyStart(), f.bodyEnd(), f.raw(), errorAt, fields);
    return s.parts(0);
  }

  /** A cursor over one f-string body. */
  private final class FStringScanner {
    private int at;
    private final int end;
    private final boolean raw;
    private final Token errorAt;
    private final FieldParser fields;

    FStringScanner(int start, int end, boolean raw, Token errorAt, FieldParser fields) {
      this.at = start;
      this.end = end;
      this.raw = raw;
      this.errorAt = errorAt;
      this.fields = fields;
    }

    private PySyntaxError fail(String message) {
      return errorAt(errorAt, message);
    }

    /** Parts up to the end of the body, or up to the '}' that closes a format spec. */
    List<FPart> parts(int nesting) {
      List<FPart> parts = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      while (at < end) {
        int chunk = at;
        boolean field = false;
        boolean specEnd = false;
        while (at < end) {
          char c = src.charAt(at);
          if (!raw && c == '\\' && at + 1 < end) {
            char e = src.charAt(at + 1);
            if (e == 'N' && at + 2 < end && src.charAt(at + 2) == '{') {
              int close = src.indexOf('}', at + 3);
              at = close < 0 || close >= end ? end : close + 1;
              continue;
            }
            if (e != '{' && e != '}') {
              at += 2;
              continue;
            }
            at++;
            c = e;
          }
          if (c == '{' || c == '}') {
            if (nesting == 0) {
              if (at + 1 < end && src.charAt(at + 1) == c) {
                text.append(literalChunk(chunk, at + 1));
                at += 2;
                chunk = at;
                continue;
              }
              if (c == '}') {
                throw fail("f-string: single '}' is not allowed");
              }
            }
            field = c == '{';
            specEnd = c == '}';
            break;
          }
          at++;
        }
        text.append(literalChunk(chunk, at));
        if (specEnd) {
          break;
        }
        if (field) {
          if (text.length() > 0) {
            parts.add(new FText(text.toString()));
            text.setLength(0);
          }
          at++;
          parts.add(field(nesting));
        }
      }
      if (text.length() > 0) {
        parts.add(new FText(text.toString()));
      }
      return parts;
    }

    private String literalChunk(int from, int to) {
      if (raw) {
        return src.substring(from, to);
      }
      return decodeEscapes(from, to, errorAt);
    }

    private FField field(int nesting) {
      if (nesting >= 2) {
        throw fail("f-string: expressions nested too deeply");
      }
      int exprStart = at;
      char quote = 0;
      boolean tripleQuote = false;
      StringBuilder stack = new StringBuilder();
      while (at < end) {
        char c = src.charAt(at);
        if (c == '\\') {
          throw fail("f-string expression part cannot include a backslash");
        }
        if (quote != 0) {
          if (c == quote) {
            if (!tripleQuote) {
              quote = 0;
            } else if (at + 2 < end && src.charAt(at + 1) == c && src.charAt(at + 2) == c) {
              at += 2;
              quote = 0;
            }
          }
          at++;
          continue;
        }
        if (c == '\'' || c == '"') {
          tripleQuote = at + 2 < end && src.charAt(at + 1) == c && src.charAt(at + 2) == c;
          at += tripleQuote ? 3 : 1;
          quote = c;
          continue;
        }
        if (c == '(' || c == '[' || c == '{') {
          if (stack.length() >= MAX_PAREN) {
            throw fail("f-string: too many nested parenthesis");
          }
          stack.append(c);
          at++;
          continue;
        }
        if (c == '#') {
          throw fail("f-string expression part cannot include '#'");
        }
        if (stack.length() == 0 && "!:}=<>".indexOf(c) >= 0) {
          char next = at + 1 < end ? src.charAt(at + 1) : '\0';
          if (next == '=' && c != ':' && c != '}') {
            at += 2;
            continue;
          }
          if (c == '<' || c == '>') {
            at++;
            continue;
          }
          break;
        }
        if (c == ')' || c == ']' || c == '}') {
          if (stack.length() == 0) {
            throw fail("f-string: unmatched '" + c + "'");
          }
          char opening = stack.charAt(stack.length() - 1);
          stack.setLength(stack.length() - 1);
          char expected = opening == '(' ? ')' : opening == '[' ? ']' : '}';
          if (c != expected) {
            throw fail(
                "f-string: closing parenthesis '"
                    + c
                    + "' does not match opening parenthesis '"
                    + opening
                    + "'");
          }
        }
        at++;
      }
      int exprEnd = at;
      if (quote != 0) {
        throw fail("f-string: unterminated string");
      }
      if (stack.length() > 0) {
        throw fail("f-string: unmatched '" + stack.charAt(stack.length() - 1) + "'");
      }
      if (at >= end) {
        throw fail("f-string: expecting '}'");
      }
      if (src.substring(exprStart, exprEnd).isBlank()) {
        char term = src.charAt(at);
        throw fail(
            term == '}'
                ? "f-string: empty expression not allowed"
                : "f-string: expression required before '" + term + "'");
      }
      Node.Expr expr = fields.parse(exprStart, exprEnd, lineOf(exprStart), colOf(exprStart));
      String debug = null;
      if (src.charAt(at) == '=') {
        at++;
        while (at < end && Character.isWhitespace(src.charAt(at))) {
          at++;
        }
        debug = src.substring(exprStart, at);
        if (at >= end) {
          throw fail("f-string: expecting '}'");
        }
      }
      int conversion = -1;
      if (src.charAt(at) == '!') {
        at++;
        if (at >= end) {
          throw fail("f-string: expecting '}'");
        }
        conversion = src.charAt(at++);
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
          throw fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
      }
      if (at >= end) {
        throw fail("f-string: expecting '}'");
      }
      List<FPart> spec = null;
      if (src.charAt(at) == ':') {
        at++;
        spec = parts(nesting + 1);
      }
      if (at >= end || src.charAt(at) != '}') {
        throw fail("f-string: expecting '}'");
      }
      at++;
      if (debug != null && conversion == -1 && spec == null) {
        conversion = 'r';
      }
      return new FField(expr, debug, conversion, spec);
    }
  }
}
