package io.gilvm.lang;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Syntax errors as CPython 3.11 reports them: kind, message, line and column were taken from {@code
 * compile()} in CPython 3.11.7 for each source below.
 */
class SyntaxErrorTest {

  private static PySyntaxError error(String source) {
    return assertThrows(
        PySyntaxError.class, () -> Parser.parse(source, "t.py"), () -> "no error for " + source);
  }

  private static void assertError(String source, String kind, String message, int line, int col) {
    PySyntaxError e = error(source);
    assertAll(
        source,
        () -> assertEquals(message, e.getMessage()),
        () -> assertEquals(kind, e.kind()),
        () -> assertEquals(line, e.line()),
        () -> assertEquals(col, e.col()));
  }

  private static void assertSyntaxError(String source, String message, int line, int col) {
    assertError(source, "SyntaxError", message, line, col);
  }

  private static void assertFormat(String source, String expected) {
    assertEquals(expected, error(source).format());
  }

  // ---------------------------------------------------------------- the common errors

  @Test
  void invalidSyntax() {
    assertSyntaxError("x = = 1\n", "invalid syntax", 1, 4);
    assertFormat(
        "x = = 1\n",
        """
          File "t.py", line 1
            x = = 1
                ^
        SyntaxError: invalid syntax
        """);
  }

  @Test
  void expectedColon() {
    assertSyntaxError("if x\n    pass\n", "expected ':'", 1, 4);
    assertSyntaxError("def f()\n    pass\n", "expected ':'", 1, 7);
    assertSyntaxError("def f() x:\n    pass\n", "expected ':'", 1, 8);
    assertSyntaxError("class C\n    pass\n", "expected ':'", 1, 7);
    assertSyntaxError("for x in y\n    pass\n", "expected ':'", 1, 10);
    assertSyntaxError("try x:\n    pass\n", "expected ':'", 1, 4);
    assertFormat(
        "while x < 10\n    x += 1\n",
        """
          File "t.py", line 1
            while x < 10
                        ^
        SyntaxError: expected ':'
        """);
  }

  @Test
  void unexpectedIndent() {
    assertError("x = 1\n    y = 2\n", "IndentationError", "unexpected indent", 2, 3);
  }

  @Test
  void expectedAnIndentedBlockNamesTheStatement() {
    assertError(
        "if x:\npass\n",
        "IndentationError",
        "expected an indented block after 'if' statement on line 1",
        2,
        0);
    assertError(
        "def f():\nreturn 1\n",
        "IndentationError",
        "expected an indented block after function definition on line 1",
        2,
        0);
    assertError(
        "class C:\nx = 1\n",
        "IndentationError",
        "expected an indented block after class definition on line 1",
        2,
        0);
    assertError(
        "for i in x:\nprint(i)\n",
        "IndentationError",
        "expected an indented block after 'for' statement on line 1",
        2,
        0);
    assertError(
        "while x:\nx -= 1\n",
        "IndentationError",
        "expected an indented block after 'while' statement on line 1",
        2,
        0);
    assertError(
        "with x:\npass\n",
        "IndentationError",
        "expected an indented block after 'with' statement on line 1",
        2,
        0);
    assertError(
        "try:\npass\nexcept E:\n  pass\n",
        "IndentationError",
        "expected an indented block after 'try' statement on line 1",
        2,
        0);
    assertError(
        "if x:\n    pass\nelse:\npass\n",
        "IndentationError",
        "expected an indented block after 'else' statement on line 3",
        4,
        0);
    assertError(
        "if x:\n    pass\nelif y:\npass\n",
        "IndentationError",
        "expected an indented block after 'elif' statement on line 3",
        4,
        0);
    assertError(
        "try:\n    pass\nexcept E:\npass\n",
        "IndentationError",
        "expected an indented block after 'except' statement on line 3",
        4,
        0);
    assertError(
        "try:\n    pass\nfinally:\npass\n",
        "IndentationError",
        "expected an indented block after 'finally' statement on line 3",
        4,
        0);
    assertError(
        "if x:",
        "IndentationError",
        "expected an indented block after 'if' statement on line 1",
        1,
        5);
    assertFormat(
        "def f():\nreturn 1\n",
        """
          File "t.py", line 2
            return 1
            ^
        IndentationError: expected an indented block after function definition on line 1
        """);
  }

  @Test
  void unindentDoesNotMatch() {
    assertError(
        "if x:\n    a = 1\n  b = 2\n",
        "IndentationError",
        "unindent does not match any outer indentation level",
        3,
        7);
  }

  @Test
  void inconsistentTabs() {
    assertError(
        "if True:\n\tx = 1\n        y = 2\n",
        "TabError",
        "inconsistent use of tabs and spaces in indentation",
        3,
        0);
  }

  @Test
  void unterminatedStringLiteral() {
    assertSyntaxError("s = 'abc\n", "unterminated string literal (detected at line 1)", 1, 4);
    assertSyntaxError("x = 'a\\\n", "unterminated string literal (detected at line 1)", 1, 4);
    assertSyntaxError("s = f'abc", "unterminated string literal (detected at line 1)", 1, 4);
    assertFormat(
        "print('hello)\n",
        """
          File "t.py", line 1
            print('hello)
                  ^
        SyntaxError: unterminated string literal (detected at line 1)
        """);
  }

  @Test
  void unterminatedTripleQuotedStringLiteral() {
    assertSyntaxError(
        "s = \"\"\"abc\nx\ny\n",
        "unterminated triple-quoted string literal (detected at line 3)",
        1,
        4);
  }

  @Test
  void bracketNeverClosed() {
    assertSyntaxError("x = (1,\ny = 2\n", "'(' was never closed", 1, 4);
    assertSyntaxError("x = (1 +\n\ny = 2\n", "'(' was never closed", 1, 4);
    assertSyntaxError("def f():\n  x = [\n", "'[' was never closed", 2, 6);
    assertFormat(
        "foo(1,\n    2\n",
        """
          File "t.py", line 1
            foo(1,
               ^
        SyntaxError: '(' was never closed
        """);
  }

  @Test
  void unmatchedBracket() {
    assertSyntaxError("x = 1)\n", "unmatched ')'", 1, 5);
    assertSyntaxError("x = }\n", "unmatched '}'", 1, 4);
  }

  @Test
  void mismatchedBrackets() {
    assertSyntaxError(
        "x = (1, 2]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 9);
    assertSyntaxError(
        "x = (1,\n     2]\n",
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        2,
        6);
  }

  @Test
  void cannotAssignToLiteral() {
    assertSyntaxError(
        "1 = x\n", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 0);
    assertSyntaxError("(a, 1) = t\n", "cannot assign to literal", 1, 4);
    assertSyntaxError("x = 1 = 2\n", "cannot assign to literal", 1, 4);
    assertSyntaxError("True = 1\n", "cannot assign to True", 1, 0);
  }

  @Test
  void cannotAssignToFunctionCall() {
    assertSyntaxError(
        "f() = 1\n",
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        1,
        0);
    assertSyntaxError("x = f() = 3\n", "cannot assign to function call", 1, 4);
    assertSyntaxError("for f() in x: pass\n", "cannot assign to function call", 1, 4);
    assertSyntaxError("with a as f(): pass\n", "cannot assign to function call", 1, 10);
    assertSyntaxError("del f()\n", "cannot delete function call", 1, 4);
    assertFormat(
        "f() = 1\n",
        """
          File "t.py", line 1
            f() = 1
            ^^^
        SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
        """);
  }

  @Test
  void perhapsYouForgotAComma() {
    assertSyntaxError("f(a b)\n", "invalid syntax. Perhaps you forgot a comma?", 1, 2);
    assertSyntaxError("x = [1, 2 3]\n", "invalid syntax. Perhaps you forgot a comma?", 1, 8);
    assertSyntaxError(
        "x = {'a': 1 'b': 2}\n", "invalid syntax. Perhaps you forgot a comma?", 1, 10);
    // Outside brackets CPython does not guess.
    assertSyntaxError("a b\n", "invalid syntax", 1, 2);
  }

  /**
   * The second expression need only start there, as CPython's PEG grammar settles for the longest
   * expression that parses: an operator or trailer dangling after it does not matter.
   */
  @Test
  void perhapsYouForgotACommaBeforeAnExpressionThatParsesOnlyInPart() {
    String comma = "invalid syntax. Perhaps you forgot a comma?";
    assertSyntaxError("f(x y*)\n", comma, 1, 2);
    assertSyntaxError("f(\"abc\"_.(2))\n", comma, 1, 2);
    assertSyntaxError("f([1]\"ab\"*, 2)\n", comma, 1, 2);
    assertSyntaxError("f(x ~y*)\n", comma, 1, 2);
    assertSyntaxError("f(x await y*)\n", comma, 1, 2);
    assertSyntaxError("f(x lambda: y*)\n", comma, 1, 2);
    assertSyntaxError("f(x not y.()\n", comma, 1, 2);
  }

  /**
   * Whether a chain of lambdas after a juxtaposed operand starts an expression is decided by one
   * walk down the chain: looking at each lambda whole and then at its body again took n²/2 lambda
   * parses, and 5,000 of them did not end in a minute (found by the fuzzer); 2,900 (CPython 3.11
   * still says "invalid syntax" there) took 15 s and more. The bound is far above what the walk
   * takes (milliseconds) and far below what the quadratic search took.
   */
  @Test
  void aLongChainOfLambdasAfterAnOperandIsRefusedAtOnce() throws Exception {
    String chain = "lambda: ".repeat(2900);
    // On a thread with a program's main-thread stack, as `gilvm run` parses.
    java.util.concurrent.FutureTask<Void> parse =
        new java.util.concurrent.FutureTask<>(
            () -> {
              assertSyntaxError("print(\"x\" " + chain + ")\n", "invalid syntax", 1, 10);
              assertSyntaxError(
                  "f(x " + chain + "y*)\n", "invalid syntax. Perhaps you forgot a comma?", 1, 2);
              return null;
            });
    Thread t = new Thread(null, parse, "parse", 256L << 20);
    t.setDaemon(true);
    t.start();
    try {
      parse.get(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw (Exception) e.getCause();
    }
  }

  @Test
  void cannotAssignToAwait() {
    assertSyntaxError(
        "async def f():\n    await x = 1\n",
        "cannot assign to await expression here. Maybe you meant '==' instead of '='?",
        2,
        4);
    assertSyntaxError(
        "async def f():\n    [await x] = 1\n", "cannot assign to await expression", 2, 5);
  }

  /** CPython asks whether the first expression is print or exec, parentheses or not. */
  @Test
  void noCommaGuessAfterAParenthesizedLegacyName() {
    assertSyntaxError("f((print) 1)\n", "invalid syntax", 1, 10);
    assertSyntaxError("f((exec) 1)\n", "invalid syntax", 1, 9);
    assertSyntaxError("c = C((\nprint)g(c, 'd'), 3)\n", "invalid syntax", 2, 6);
  }

  /** A sole generator argument is unparenthesized only when a comma follows its clauses. */
  @Test
  void soleGeneratorArgumentFollowedByNeitherCommaNorParenthesis() {
    assertSyntaxError("sum(x for x in range(4;))\n", "invalid syntax", 1, 22);
    assertSyntaxError("f(x for x in y;)\n", "invalid syntax", 1, 14);
    assertSyntaxError("f(x for x in y, 1;)\n", "Generator expression must be parenthesized", 1, 2);
  }

  @Test
  void returnOutsideFunction() {
    assertSyntaxError("return 1\n", "'return' outside function", 1, 0);
    assertSyntaxError("class C:\n    return 1\n", "'return' outside function", 2, 4);
  }

  @Test
  void breakOutsideLoop() {
    assertSyntaxError("for x in y:\n    pass\nbreak\n", "'break' outside loop", 3, 0);
    assertSyntaxError("for x in y:\n    def g():\n        break\n", "'break' outside loop", 3, 8);
    assertSyntaxError("while x:\n    pass\nelse:\n    break\n", "'break' outside loop", 4, 4);
  }

  @Test
  void continueNotProperlyInLoop() {
    assertSyntaxError("continue\n", "'continue' not properly in loop", 1, 0);
    assertSyntaxError(
        "while x:\n    pass\nelse:\n    continue\n", "'continue' not properly in loop", 4, 4);
  }

  @Test
  void yieldOutsideFunction() {
    assertSyntaxError("yield x\n", "'yield' outside function", 1, 0);
    assertSyntaxError(
        "def f():\n    class C:\n        yield 1\n", "'yield' outside function", 3, 8);
    assertSyntaxError("x = [(yield) for y in z]\n", "'yield' inside list comprehension", 1, 6);
  }

  @Test
  void controlFlowInTheRightPlaceIsAccepted() {
    Parser.parse(
        "def f():\n    while x:\n        try:\n            continue\n"
            + "        finally:\n            break\n    return (yield)\nlambda: (yield)\n",
        "t.py");
  }

  @Test
  void missingParenthesesInCallToPrint() {
    assertSyntaxError(
        "print \"hello\"\n",
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        1,
        0);
    assertSyntaxError(
        "exec 'x = 1'\n", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 0);
  }

  @Test
  void invalidDecimalLiteral() {
    assertSyntaxError("x = 1a\n", "invalid decimal literal", 1, 4);
    assertSyntaxError("x = 1_\n", "invalid decimal literal", 1, 5);
  }

  @Test
  void leadingZeros() {
    assertSyntaxError(
        "x = 0777\n",
        "leading zeros in decimal integer literals are not "
            + "permitted; use an 0o prefix for octal integers",
        1,
        4);
  }

  @Test
  void nonlocalAtModuleLevel() {
    assertSyntaxError("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 0);
  }

  @Test
  void positionalArgumentFollowsKeywordArgument() {
    assertSyntaxError("f(a=1, b)\n", "positional argument follows keyword argument", 1, 8);
    assertSyntaxError(
        "f(**a, b)\n", "positional argument follows keyword argument unpacking", 1, 8);
  }

  @Test
  void nonDefaultArgumentFollowsDefaultArgument() {
    assertSyntaxError(
        "def f(a=1, b):\n    pass\n", "non-default argument follows default argument", 1, 11);
    assertSyntaxError("lambda a=1, b: 1\n", "non-default argument follows default argument", 1, 12);
  }

  @Test
  void duplicateArgument() {
    assertSyntaxError(
        "def f(x, x):\n    pass\n", "duplicate argument 'x' in function definition", 1, 9);
    assertSyntaxError("lambda a, *a: 1\n", "duplicate argument 'a' in function definition", 1, 11);
  }

  @Test
  void invalidCharacter() {
    assertSyntaxError("x = a\u20ac\n", "invalid character '\u20ac' (U+20AC)", 1, 5);
    assertSyntaxError("x = 1 \u00a0\n", "invalid non-printable character U+00A0", 1, 6);
    assertSyntaxError("x = \u0001\n", "invalid non-printable character U+0001", 1, 4);
  }

  @Test
  void fStringExpectingBrace() {
    assertSyntaxError("x = f\"{a\"\n", "f-string: expecting '}'", 1, 9);
    assertSyntaxError("x = f'{a!r=}'\n", "f-string: expecting '}'", 1, 13);
  }

  // ---------------------------------------------------------------- which error wins

  @Test
  void aLaterTokenizerErrorWinsOverAnEarlierSyntaxError() {
    assertSyntaxError(
        "x = = 1\ns = 'abc\n", "unterminated string literal (detected at line 2)", 2, 4);
  }

  @Test
  void compileTimeErrorsComeAfterParsing() {
    assertSyntaxError("def f(a):\n    return a\nreturn 2\nx = = 1\n", "invalid syntax", 4, 4);
    assertSyntaxError(
        "break\nnonlocal x\n", "nonlocal declaration not allowed at module level", 2, 0);
    assertSyntaxError(
        "import a\nfrom __future__ import braces\nnonlocal x\n",
        "nonlocal declaration not allowed at module level",
        3,
        0);
    assertSyntaxError(
        "import a\nfrom __future__ import braces\nreturn\n",
        "from __future__ imports must occur at the beginning of the file",
        2,
        0);
    assertSyntaxError("from __future__ import braces\nnonlocal x\n", "not a chance", 1, 0);
  }

  @Test
  void anIndentationErrorIsOnlyReportedWhenReached() {
    assertSyntaxError("x = = 1\nif x:\n    a\n  b\n", "invalid syntax", 1, 4);
  }

  @Test
  void deepNestingIsAnErrorNotACrash() {
    assertSyntaxError(
        "x = " + "(".repeat(250) + "1" + ")".repeat(250) + "\n",
        "too many nested parentheses",
        1,
        204);
    PySyntaxError e = error("x = " + "-".repeat(300_000) + "1\n");
    assertEquals("expression nested too deeply to parse", e.getMessage());
    Parser.parse("x = " + "(".repeat(100) + "-1" + ")".repeat(100) + "\n", "t.py");
  }

  // ---------------------------------------------------------------- more of CPython's messages

  static Stream<Arguments> moreErrors() {
    return Stream.of(
        error(
            "print(f'{x!z}')\n",
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            1,
            14),
        error("f'{}'\n", "f-string: empty expression not allowed", 1, 5),
        error("f'}'\n", "f-string: single '}' is not allowed", 1, 4),
        error("f'{a:{b:{c}}}'\n", "f-string: expressions nested too deeply", 1, 14),
        error("f'{a b}'\n", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 3),
        error("f'{a\\n}'\n", "f-string expression part cannot include a backslash", 1, 8),
        error("x = 'a' b'b'\n", "cannot mix bytes and nonbytes literals", 1, 12),
        error(
            "x = '\\x4'\n",
            "(unicode error) 'unicodeescape' codec can't decode bytes in "
                + "position 0-2: truncated \\xXX escape",
            1,
            9),
        error("d = {'a': 1, 'b'}\n", "':' expected after dictionary key", 1, 15),
        error("d = {'a':}\n", "expression expected after dictionary key and ':'", 1, 8),
        error(
            "if x = 1:\n    pass\n",
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            1,
            3),
        error(
            "if x.y = 1:\n    pass\n",
            "cannot assign to attribute here. Maybe you meant '==' instead of '='?",
            1,
            3),
        error(
            "f(x.y=1)\n", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 2),
        error("x = $\n", "invalid syntax", 1, 4),
        error("x = 1 +\n", "invalid syntax", 1, 7),
        error("def f(*):\n    pass\n", "named arguments must follow bare *", 1, 6),
        error("def f(**k, a):\n    pass\n", "arguments cannot follow var-keyword argument", 1, 11),
        error("def f(a, /, b, /):\n    pass\n", "/ may appear only once", 1, 15),
        error("def f(a=):\n    pass\n", "expected default value expression", 1, 7),
        error("def f:\n    pass\n", "expected '('", 1, 5),
        error(
            "f(**k, *a)\n", "iterable argument unpacking follows keyword argument unpacking", 1, 7),
        error("f(x for x in y, z)\n", "Generator expression must be parenthesized", 1, 2),
        error("f(True=1)\n", "cannot assign to True", 1, 2),
        error("x, y += 1\n", "'tuple' is an illegal expression for augmented assignment", 1, 0),
        error(
            "f() += 1\n",
            "'function call' is an illegal expression for augmented assignment",
            1,
            0),
        error("a, b: int\n", "only single target (not tuple) can be annotated", 1, 0),
        error("f(): int\n", "illegal target for annotation", 1, 0),
        error("x = a if b\n", "expected 'else' after 'if' expression", 1, 4),
        error("[x for x in y, z]\n", "invalid syntax", 1, 13),
        error(
            "[a, b for a in c]\n",
            "did you forget parentheses around the comprehension target?",
            1,
            1),
        error("[*a for a in b]\n", "iterable unpacking cannot be used in comprehension", 1, 1),
        error("(*a)\n", "cannot use starred expression here", 1, 1),
        error("try:\n    pass\nx = 1\n", "expected 'except' or 'finally' block", 3, 0),
        error(
            "try:\n    pass\nexcept E, F:\n    pass\n",
            "multiple exception types must be parenthesized",
            3,
            7),
        error(
            "from a import b,\n",
            "trailing comma not allowed without surrounding parentheses",
            1,
            16),
        error("from __future__ import braces\n", "not a chance", 1, 0),
        error("from __future__ import nope\n", "future feature nope is not defined", 1, 0),
        error(
            "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
            "default 'except:' must be last",
            3,
            0),
        error("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 7),
        error("*a, *b = c\n", "multiple starred expressions in assignment", 1, 0),
        error("x = *a\n", "can't use starred expression here", 1, 4),
        error("*a = b\n", "starred assignment target must be in a list or tuple", 1, 0),
        error("__debug__ = 1\n", "cannot assign to __debug__", 1, 0),
        error("x = \\ 1\n", "unexpected character after line continuation character", 1, 5),
        error("x = 1 + \\", "unexpected EOF while parsing", 1, 9),
        error("match x\n", "expected ':'", 1, 7),
        error("x = 0x\n", "invalid hexadecimal literal", 1, 5),
        error("x = 0b12\n", "invalid digit '2' in binary literal", 1, 7),
        error("1 <> 2\n", "invalid syntax", 1, 2));
  }

  private static Arguments error(String source, String message, int line, int col) {
    return Arguments.of(source, message, line, col);
  }

  @ParameterizedTest
  @MethodSource("moreErrors")
  void moreErrorsMatchCPython(String source, String message, int line, int col) {
    assertSyntaxError(source, message, line, col);
  }
}
