package io.gilvm.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexerTest {

  private static List<Token> lex(String source) {
    Lexer lexer = Lexer.forFile(source, "t.py");
    List<Token> tokens = lexer.tokenize();
    if (lexer.error() != null) {
      throw lexer.error();
    }
    return tokens;
  }

  /** Token kinds, with the text of names and numbers, separated by spaces. */
  private static String kinds(String source) {
    return lex(source).stream()
        .map(
            t ->
                switch (t.kind()) {
                  case NAME, NUMBER -> t.text();
                  case STRING -> "STR";
                  default -> t.kind().spelling != null ? t.kind().spelling : t.kind().name();
                })
        .collect(Collectors.joining(" "));
  }

  /** The value of a literal standing alone as a statement, decoded by the parser. */
  private static Object literal(String source) {
    Node.Module m = Parser.parse(source + "\n", "t.py");
    return ((Node.Constant) ((Node.ExprStmt) m.body().get(0)).value()).value();
  }

  private static Object number(String text) {
    List<Token> tokens = lex(text);
    assertEquals(TokenKind.NUMBER, tokens.get(0).kind(), text);
    assertEquals(TokenKind.NEWLINE, tokens.get(1).kind(), text);
    return tokens.get(0).value();
  }

  @Test
  void simpleStatementEndsWithNewlineAndEof() {
    assertEquals("x = 1 NEWLINE EOF", kinds("x = 1\n"));
    assertEquals("x = 1 NEWLINE EOF", kinds("x = 1"));
    assertEquals("EOF", kinds(""));
    assertEquals("EOF", kinds("\n\n# only a comment\n   \n"));
  }

  @Test
  void indentationProducesIndentAndDedent() {
    String src = "if a:\n    b\n    if c:\n        d\ne\n";
    assertEquals(
        "if a : NEWLINE INDENT b NEWLINE if c : NEWLINE INDENT d NEWLINE DEDENT DEDENT "
            + "e NEWLINE EOF",
        kinds(src));
  }

  @Test
  void dedentsAreClosedAtEndOfFile() {
    assertEquals(
        "if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT DEDENT EOF",
        kinds("if a:\n  if b:\n    c"));
  }

  @Test
  void blankAndCommentLinesDoNotAffectIndentation() {
    assertEquals(
        "if a : NEWLINE INDENT b NEWLINE c NEWLINE DEDENT EOF",
        kinds("if a:\n    b\n\n  # comment at another level\n\n    c\n"));
  }

  @Test
  void tabsAdvanceToMultiplesOfEight() {
    assertEquals(
        "if a : NEWLINE INDENT b NEWLINE c NEWLINE DEDENT EOF", kinds("if a:\n\tb\n\tc\n"));
    PySyntaxError e = assertThrows(PySyntaxError.class, () -> lex("if a:\n\tb\n        c\n"));
    assertEquals("TabError", e.kind());
    assertEquals("inconsistent use of tabs and spaces in indentation", e.getMessage());
    assertEquals(3, e.line());
  }

  @Test
  void noNewlineInsideBrackets() {
    assertEquals(
        "x = ( 1 , 2 ) NEWLINE y = [ 3 , { 4 : 5 } ] NEWLINE EOF",
        kinds("x = (1,\n     2)\ny = [3,\n\n  {4:\n 5}]\n"));
  }

  @Test
  void backslashJoinsLines() {
    assertEquals("x = 1 + 2 NEWLINE EOF", kinds("x = 1 + \\\n    2\n"));
  }

  @Test
  void newlineAfterCommentStartsAtTheComment() {
    Token newline = lex("x = 1  # note\n").get(3);
    assertEquals(TokenKind.NEWLINE, newline.kind());
    assertEquals(7, newline.col());
  }

  @Test
  void tokenPositionsAreLineAndColumn() {
    List<Token> tokens = lex("a = 1\nif a:\n    b(\n      c)\n");
    Token c = tokens.stream().filter(t -> t.isName("c")).findFirst().orElseThrow();
    assertEquals(4, c.line());
    assertEquals(6, c.col());
    Token b = tokens.stream().filter(t -> t.isName("b")).findFirst().orElseThrow();
    assertEquals(3, b.line());
    assertEquals(4, b.col());
  }

  @Test
  void operatorsTakeTheLongestMatch() {
    assertEquals(
        ":= -> **= //= @ @= ... . != <<= >>= ** // < > == NEWLINE EOF",
        kinds(":= -> **= //= @ @= ... . != <<= >>= ** // < > =="));
  }

  @Test
  void keywordsAndSoftKeywords() {
    List<Token> tokens = lex("if match case _ async await yield");
    assertEquals(TokenKind.IF, tokens.get(0).kind());
    assertEquals(TokenKind.NAME, tokens.get(1).kind());
    assertEquals(TokenKind.NAME, tokens.get(2).kind());
    assertEquals(TokenKind.NAME, tokens.get(3).kind());
    assertEquals(TokenKind.ASYNC, tokens.get(4).kind());
    assertEquals(TokenKind.AWAIT, tokens.get(5).kind());
    assertEquals(TokenKind.YIELD, tokens.get(6).kind());
  }

  @Test
  void unicodeIdentifiersAreNormalized() {
    assertEquals("café", lex("café = 1").get(0).text());
    assertEquals("x", lex("\uFF58 = 1").get(0).text());
  }

  @Test
  void integers() {
    assertEquals(0L, number("0"));
    assertEquals(0L, number("00"));
    assertEquals(1_000_000L, number("1_000_000"));
    assertEquals(255L, number("0xff"));
    assertEquals(255L, number("0x_F_F"));
    assertEquals(15L, number("0o17"));
    assertEquals(10L, number("0b1010"));
    assertEquals(Long.MAX_VALUE, number("9223372036854775807"));
    assertEquals(new BigInteger("9223372036854775808"), number("9223372036854775808"));
    assertEquals(
        new BigInteger("123456789012345678901234567890"),
        number("123_456_789_012_345_678_901_234_567_890"));
    assertEquals(new BigInteger("ffffffffffffffffffff", 16), number("0xffffffffffffffffffff"));
  }

  @Test
  void floats() {
    assertEquals(1.5, number("1.5"));
    assertEquals(0.5, number(".5"));
    assertEquals(5.0, number("5."));
    assertEquals(1e10, number("1E10"));
    assertEquals(1.5e-3, number("1.5e-3"));
    assertEquals(1000.0, number("1_0e2"));
    assertEquals(7.0, number("07.0"));
    assertEquals(Double.POSITIVE_INFINITY, number("1e400"));
  }

  @Test
  void numberFollowedByKeyword() {
    assertEquals("x = 1 if y else 2 NEWLINE EOF", kinds("x = 1if y else 2"));
    assertEquals("x = 1 or 2 NEWLINE EOF", kinds("x = 1or 2"));
    // As in CPython, "0o" starts an octal literal even when "or" was meant.
    assertEquals(
        "invalid octal literal",
        assertThrows(PySyntaxError.class, () -> lex("0or 1")).getMessage());
  }

  @Test
  void malformedNumbers() {
    PySyntaxError e = assertThrows(PySyntaxError.class, () -> lex("x = 1a\n"));
    assertEquals("invalid decimal literal", e.getMessage());
    assertEquals(4, e.col());
    e = assertThrows(PySyntaxError.class, () -> lex("x = 1__0\n"));
    assertEquals("invalid decimal literal", e.getMessage());
    e = assertThrows(PySyntaxError.class, () -> lex("x = 0x\n"));
    assertEquals("invalid hexadecimal literal", e.getMessage());
    e = assertThrows(PySyntaxError.class, () -> lex("x = 0o8\n"));
    assertEquals("invalid digit '8' in octal literal", e.getMessage());
    assertEquals(6, e.col());
    e = assertThrows(PySyntaxError.class, () -> lex("x = 0b102\n"));
    assertEquals("invalid digit '2' in binary literal", e.getMessage());
  }

  @Test
  void imaginaryNumbersAreComplexConstants() {
    assertEquals(new Node.Complex(0.0, 1.0), lex("x = 1j").get(2).value());
    assertEquals(new Node.Complex(0.0, 2.5), lex("x = 2.5J").get(2).value());
    assertEquals(new Node.Complex(0.0, 1000.0), lex("x = 1e3j").get(2).value());
    assertEquals(new Node.Complex(0.0, 10.0), lex("x = 1_0j").get(2).value());
    PySyntaxError e = assertThrows(PySyntaxError.class, () -> lex("x = 1jx"));
    assertEquals("invalid imaginary literal", e.getMessage());
  }

  @Test
  void stringPrefixesAndQuotes() {
    assertEquals("abc", literal("'abc'"));
    assertEquals("abc", literal("\"abc\""));
    assertEquals("a'b\"c", literal("'''a'b\"c'''"));
    assertEquals("line1\nline2", literal("\"\"\"line1\nline2\"\"\""));
    assertEquals("abc", literal("u'abc'"));
    assertEquals("a\\nb", literal("r'a\\nb'"));
    assertEquals("a\\nb", literal("R\"a\\nb\""));
    assertArrayEquals("ab".getBytes(StandardCharsets.US_ASCII), (byte[]) literal("b'ab'"));
    assertArrayEquals("a\\n".getBytes(StandardCharsets.US_ASCII), (byte[]) literal("rb'a\\n'"));
    assertArrayEquals("a\\n".getBytes(StandardCharsets.US_ASCII), (byte[]) literal("Br'a\\n'"));
  }

  @Test
  void stringEscapes() {
    assertEquals("\n\t\\'\"\r\0", literal("'\\n\\t\\\\\\'\\\"\\r\\0'"));
    assertEquals("\u0007\b\f\u000B", literal("'\\a\\b\\f\\v'"));
    assertEquals("A", literal("'\\x41'"));
    assertEquals("é", literal("'\\u00e9'"));
    assertEquals("😀", literal("'\\U0001F600'"));
    assertEquals("S", literal("'\\123'"));
    assertEquals("\u01ff", literal("'\\777'"));
    assertEquals("—", literal("'\\N{EM DASH}'"));
    assertEquals("\\q", literal("'\\q'"));
    assertEquals("ab", literal("'a\\\nb'"));
    assertArrayEquals(new byte[] {(byte) 0xff, 'A', 10}, (byte[]) literal("b'\\xff\\x41\\n'"));
    assertArrayEquals(
        "\\u1234".getBytes(StandardCharsets.US_ASCII), (byte[]) literal("b'\\u1234'"));
  }

  @Test
  void badEscapesAreSyntaxErrors() {
    PySyntaxError e = assertThrows(PySyntaxError.class, () -> literal("x = '\\x4'"));
    assertEquals(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
            + "truncated \\xXX escape",
        e.getMessage());
    e = assertThrows(PySyntaxError.class, () -> literal("'\\N{NO SUCH NAME}'"));
    assertEquals(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: "
            + "unknown Unicode character name",
        e.getMessage());
    e = assertThrows(PySyntaxError.class, () -> literal("b'\\x4'"));
    assertEquals("(value error) invalid \\x escape at position 0", e.getMessage());
    e = assertThrows(PySyntaxError.class, () -> literal("b'é'"));
    assertEquals("bytes can only contain ASCII literal characters", e.getMessage());
  }

  @Test
  void implicitConcatenation() {
    assertEquals("abcd", literal("'ab' \"c\" '''d'''"));
    assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII), (byte[]) literal("b'a' b'bc'"));
    PySyntaxError e = assertThrows(PySyntaxError.class, () -> literal("'a' b'b'"));
    assertEquals("cannot mix bytes and nonbytes literals", e.getMessage());
  }

  @Test
  void fStringsAreSingleTokens() {
    assertEquals("x = STR NEWLINE EOF", kinds("x = f'{a!r:>{width}} and {b}'"));
    assertEquals("x = STR NEWLINE EOF", kinds("x = rf\"\\d{n}\""));
  }

  @Test
  void crlfLineEndingsAreNormalized() {
    assertEquals("if a : NEWLINE INDENT b NEWLINE DEDENT EOF", kinds("if a:\r\n    b\r\n"));
  }

  @Test
  void errorCharacterIsATokenForTheParser() {
    List<Token> tokens = lex("x = $");
    assertEquals(TokenKind.ERRORTOKEN, tokens.get(2).kind());
    assertNull(tokens.get(2).value());
  }

  @Test
  void unclosedBracketIsRememberedForTheParser() {
    Lexer lexer = Lexer.forFile("x = (1,\n", "t.py");
    List<Token> tokens = lexer.tokenize();
    assertNull(lexer.error());
    assertEquals(TokenKind.EOF, tokens.get(tokens.size() - 1).kind());
    assertInstanceOf(Token.class, lexer.unclosed());
    assertEquals(4, lexer.unclosed().col());
  }
}
