package io.gilvm.object;

import static io.gilvm.object.MethodTestSupport.b;
import static io.gilvm.object.MethodTestSupport.call;
import static io.gilvm.object.MethodTestSupport.construct;
import static io.gilvm.object.MethodTestSupport.dict;
import static io.gilvm.object.MethodTestSupport.f;
import static io.gilvm.object.MethodTestSupport.i;
import static io.gilvm.object.MethodTestSupport.kw;
import static io.gilvm.object.MethodTestSupport.list;
import static io.gilvm.object.MethodTestSupport.r;
import static io.gilvm.object.MethodTestSupport.raises;
import static io.gilvm.object.MethodTestSupport.s;
import static io.gilvm.object.MethodTestSupport.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.gilvm.state.ThreadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** str's constructor and methods; expected values are CPython 3.11's. */
class StrMethodsTest {
  @BeforeAll
  static void setUp() {
    MethodTestSupport.setUp();
  }

  private static final PyType TE = ExceptionTypes.TYPE_ERROR;
  private static final PyType VE = ExceptionTypes.VALUE_ERROR;

  @Test
  void constructor() {
    assertEquals("''", r(construct(PyType.STR)));
    assertEquals("'1.5'", r(construct(PyType.STR, f(1.5))));
    assertEquals("\"[1, 'a']\"", r(construct(PyType.STR, list(i(1), s("a")))));
    assertEquals("\"b'x'\"", r(construct(PyType.STR, b("x"))));
    assertEquals("'é'", r(construct(PyType.STR, b("\u00c3\u00a9"), s("utf-8"))));
    assertEquals("'ab'", r(construct(PyType.STR, b("ab"), kw("errors", s("strict")))));
    assertEquals("'1'", r(construct(PyType.STR, kw("object", i(1)))));
    PyStr same = s("x");
    assertSame(same, construct(PyType.STR, same));
    raises(TE, "decoding str is not supported", () -> construct(PyType.STR, s("a"), s("utf-8")));
    raises(
        TE,
        "decoding to str: need a bytes-like object, int found",
        () -> construct(PyType.STR, i(1), s("utf-8")));
    raises(
        TE,
        "str() argument 'encoding' must be str, not int",
        () -> construct(PyType.STR, b("a"), i(1)));
    raises(
        ExceptionTypes.UNICODE_DECODE_ERROR,
        "'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)",
        () -> construct(PyType.STR, b("\u00ff"), s("ascii")));
  }

  @Test
  void split() {
    assertEquals("['a', 'b', '', 'c']", r(call(s("a,b,,c"), "split", s(","))));
    assertEquals("['a', 'b,,c']", r(call(s("a,b,,c"), "split", s(","), i(1))));
    assertEquals("['many', 'spaces', 'here']", r(call(s("  many   spaces here "), "split")));
    assertEquals("['a', 'b c']", r(call(s("a b c"), "split", s(" "), kw("maxsplit", i(1)))));
    assertEquals("[]", r(call(s(""), "split")));
    assertEquals("['']", r(call(s(""), "split", s(","))));
    assertEquals("['a', 'b  ']", r(call(s("  a  b  "), "split", PyNone.NONE, i(1))));
    assertEquals("['a b  ']", r(call(s("  a b  "), "split", PyNone.NONE, i(0))));
    assertEquals("['a', 'b']", r(call(s("a\u00a0b"), "split")));
    assertEquals("['a', 'b']", r(call(s("a\u001cb"), "split")));
    assertEquals("['a', '', 'b']", r(call(s("a  b"), "split", s(" "))));
    assertEquals("['', '']", r(call(s("abc"), "split", s("abc"))));
    assertEquals("['a', 'b', 'c']", r(call(s("aXbXc"), "split", s("X"), i(-5))));
    assertEquals("['mi', 'issippi']", r(call(s("mississippi"), "split", s("ss"), i(1))));
    raises(VE, "empty separator", () -> call(s("a"), "split", s("")));
    raises(TE, "must be str or None, not int", () -> call(s("a"), "split", i(1)));
    raises(
        TE,
        "'str' object cannot be interpreted as an integer",
        () -> call(s("a"), "split", s(","), s("x")));
    raises(
        TE,
        "split() takes at most 2 arguments (3 given)",
        () -> call(s("a"), "split", s(","), i(1), i(2)));
    raises(
        TE,
        "'foo' is an invalid keyword argument for split()",
        () -> call(s("a"), "split", kw("foo", i(1))));
  }

  @Test
  void rsplit() {
    assertEquals("['a,b,', 'c']", r(call(s("a,b,,c"), "rsplit", s(","), i(1))));
    assertEquals("['  a', 'b']", r(call(s("  a  b  "), "rsplit", PyNone.NONE, i(1))));
    assertEquals("['  a b']", r(call(s("  a b  "), "rsplit", PyNone.NONE, i(0))));
    assertEquals("['abc']", r(call(s("abc"), "rsplit")));
    assertEquals("['missi', 'ippi']", r(call(s("mississippi"), "rsplit", s("ss"), i(1))));
    assertEquals("['a,b,', 'c', '']", r(call(s("a,b,,c,"), "rsplit", s(","), i(2))));
    assertEquals("['a,b', '', 'c', '']", r(call(s("a,b,,c,"), "rsplit", s(","), i(3))));
    assertEquals("['']", r(call(s(""), "rsplit", s(","))));
  }

  @Test
  void join() {
    assertEquals("'x-y-z'", r(call(s("-"), "join", list(s("x"), s("y"), s("z")))));
    assertEquals("'a,b'", r(call(s(","), "join", s("ab"))));
    assertEquals("'a,b'", r(call(s(","), "join", tuple(s("a"), s("b")))));
    assertEquals("'k'", r(call(s(","), "join", dict(s("k"), i(1)))));
    assertEquals("''", r(call(s(","), "join", list())));
    PyStr only = s("only");
    assertSame(only, call(s(","), "join", list(only)));
    raises(
        TE,
        "sequence item 0: expected str instance, int found",
        () -> call(s(","), "join", list(i(1), i(2))));
    raises(
        TE,
        "sequence item 1: expected str instance, int found",
        () -> call(s(","), "join", list(s("a"), i(2))));
    raises(TE, "can only join an iterable", () -> call(s(","), "join", i(1)));
  }

  @Test
  void strip() {
    PyStr ws = s("  \t hello \n ");
    assertEquals("'hello'", r(call(ws, "strip")));
    assertEquals("'hello \\n '", r(call(ws, "lstrip")));
    assertEquals("'  \\t hello'", r(call(ws, "rstrip")));
    assertEquals("'example'", r(call(s("www.example.com"), "strip", s("cmow."))));
    assertEquals("'abcxx'", r(call(s("xxabcxx"), "lstrip", s("x"))));
    assertEquals("'a'", r(call(s("\u2000a\u3000"), "strip")));
    assertEquals("'a\\x00'", r(call(s("a\0"), "strip")));
    assertEquals("'abc'", r(call(s("  abc  "), "strip", PyNone.NONE)));
    raises(TE, "strip arg must be None or str", () -> call(s("a"), "strip", i(1)));
    raises(TE, "lstrip arg must be None or str", () -> call(s("a"), "lstrip", i(1)));
  }

  @Test
  void replace() {
    assertEquals("'bonono'", r(call(s("banana"), "replace", s("a"), s("o"))));
    assertEquals("'bonona'", r(call(s("banana"), "replace", s("a"), s("o"), i(2))));
    assertEquals("'-a-b-c-'", r(call(s("abc"), "replace", s(""), s("-"))));
    assertEquals("'xaxaa'", r(call(s("aaa"), "replace", s(""), s("x"), i(2))));
    assertEquals("'x'", r(call(s(""), "replace", s(""), s("x"))));
    assertEquals("'aaa'", r(call(s("aaa"), "replace", s("a"), s("b"), i(0))));
    assertEquals("'msssspp'", r(call(s("mississippi"), "replace", s("i"), s(""), i(-1))));
    raises(
        TE,
        "replace() argument 1 must be str, not int",
        () -> call(s("a"), "replace", i(1), s("b")));
    raises(
        TE, "replace expected at least 2 arguments, got 1", () -> call(s("a"), "replace", s("a")));
    raises(
        TE,
        "str.replace() takes no keyword arguments",
        () -> call(s("a"), "replace", s("a"), s("b"), kw("count", i(1))));
  }

  @Test
  void findAndIndex() {
    PyStr banana = s("banana");
    assertEquals("1", r(call(banana, "find", s("an"))));
    assertEquals("3", r(call(banana, "rfind", s("an"))));
    assertEquals("-1", r(call(banana, "find", s("z"))));
    assertEquals("3", r(call(banana, "find", s("a"), i(2))));
    assertEquals("3", r(call(s("abc"), "find", s(""), i(3))));
    assertEquals("-1", r(call(s("abc"), "find", s(""), i(4))));
    assertEquals("3", r(call(s("abc"), "rfind", s(""), i(1))));
    assertEquals("-1", r(call(s("abc"), "find", s("c"), PyNone.NONE, i(2))));
    assertEquals("1", r(call(s("aaa"), "rfind", s("a"), i(0), i(2))));
    assertEquals("0", r(call(s("abcabc"), "rindex", s("abc"), i(0), i(5))));
    assertEquals("2", r(call(s("abc"), "index", s("c"), PyNone.NONE, PyNone.NONE)));
    assertEquals("-1", r(call(s("aaa"), "find", s("a"), big("1000000000000000000000000000000"))));
    raises(VE, "substring not found", () -> call(banana, "index", s("z")));
    raises(VE, "substring not found", () -> call(banana, "rindex", s("z")));
    raises(TE, "must be str, not int", () -> call(banana, "find", i(1)));
    raises(TE, "find() takes at least 1 argument (0 given)", () -> call(banana, "find"));
    raises(
        TE,
        "str.find() takes no keyword arguments",
        () -> call(banana, "find", s("a"), kw("start", i(0))));
    raises(
        TE,
        "slice indices must be integers or None or have an __index__ method",
        () -> call(banana, "find", s("a"), s("x")));
  }

  private static PyInt big(String digits) {
    return MethodTestSupport.big(digits);
  }

  @Test
  void countAndAffixes() {
    PyStr hello = s("hello world");
    assertEquals("2", r(call(hello, "count", s("o"))));
    assertEquals("2", r(call(s("aaaa"), "count", s("aa"))));
    assertEquals("1", r(call(s("aaaa"), "count", s("aa"), i(1))));
    assertEquals("4", r(call(s("abc"), "count", s(""))));
    assertEquals("3", r(call(s("abc"), "count", s(""), i(1))));
    assertEquals("0", r(call(s("abc"), "count", s(""), i(4))));
    assertEquals("True", r(call(hello, "startswith", s("world"), i(6))));
    assertEquals("True", r(call(hello, "endswith", tuple(s("x"), s("world")))));
    assertEquals("True", r(call(s(""), "startswith", s(""))));
    assertEquals("True", r(call(s("abc"), "startswith", s(""), i(3))));
    assertEquals("False", r(call(s("abc"), "startswith", s(""), i(4))));
    assertEquals("True", r(call(s("abc"), "endswith", s("c"), i(-1))));
    assertEquals("False", r(call(s("abc"), "endswith", s("c"), i(0), i(-1))));
    assertEquals("True", r(call(s("abc"), "startswith", tuple(s("x"), s("a")), i(0), i(1))));
    raises(
        TE,
        "startswith first arg must be str or a tuple of str, not int",
        () -> call(s("a"), "startswith", i(1)));
    raises(
        TE,
        "tuple for startswith must only contain str, not int",
        () -> call(s("a"), "startswith", tuple(i(1))));
    raises(TE, "count() takes at least 1 argument (0 given)", () -> call(s("a"), "count"));
  }

  @Test
  void caseMapping() {
    PyStr text = s("hello WORLD, it's 3pm");
    assertEquals("\"HELLO WORLD, IT'S 3PM\"", r(call(text, "upper")));
    assertEquals("\"Hello World, It'S 3Pm\"", r(call(text, "title")));
    assertEquals("\"Hello world, it's 3pm\"", r(call(text, "capitalize")));
    assertEquals("'SSTRASSE'", r(call(s("\u00dftra\u00dfe"), "upper")));
    assertEquals("'Ss'", r(call(s("\u00df"), "title")));
    assertEquals("'Ss'", r(call(s("\u00df"), "capitalize")));
    assertEquals("'\u01c5'", r(call(s("\u01c6"), "title")));
    assertEquals("'\u01c5a'", r(call(s("\u01c6a"), "capitalize")));
    assertEquals("'SSA'", r(call(s("\u00dfa"), "swapcase")));
    assertEquals("'HELLO world'", r(call(s("hello WORLD"), "swapcase")));
    assertEquals("'\u03b1\u03c3'", r(call(s("\u0391\u03a3"), "casefold")));
    assertEquals("'\u03b1\u03c2'", r(call(s("\u0391\u03a3"), "lower")));
    assertEquals("'strasse'", r(call(s("Stra\u00dfe"), "casefold")));
    raises(TE, "str.upper() takes no arguments (1 given)", () -> call(s("a"), "upper", i(1)));
  }

  @Test
  void predicates() {
    String[] samples = {"123", "abc", "ab1", " \t\n", "", "A b", "3.5"};
    String[] expected = {"TFTF", "FTTF", "FFTF", "FFFT", "FFFF", "FFFF", "FFFF"};
    for (int k = 0; k < samples.length; k++) {
      PyStr x = s(samples[k]);
      String got =
          ""
              + flag(call(x, "isdigit"))
              + flag(call(x, "isalpha"))
              + flag(call(x, "isalnum"))
              + flag(call(x, "isspace"));
      assertEquals(expected[k], got, samples[k]);
    }
    assertEquals("True", r(call(s("\u00b2"), "isdigit")));
    assertEquals("False", r(call(s("\u00b2"), "isdecimal")));
    assertEquals("True", r(call(s("\u00bd"), "isnumeric")));
    assertEquals("False", r(call(s("\u00bd"), "isdigit")));
    assertEquals("True", r(call(s("\u00a0"), "isspace")));
    assertEquals("True", r(call(s("Hello World"), "istitle")));
    assertEquals("False", r(call(s("Hello world"), "istitle")));
    assertEquals("True", r(call(s("A1"), "isupper")));
    assertEquals("False", r(call(s("1"), "isupper")));
    assertEquals("True", r(call(s("\u00df"), "islower")));
    assertEquals("True", r(call(s("_a1"), "isidentifier")));
    assertEquals("False", r(call(s("1a"), "isidentifier")));
    assertEquals("False", r(call(s(""), "isidentifier")));
    assertEquals("True", r(call(s(""), "isascii")));
    assertEquals("False", r(call(s("a\u00e9"), "isascii")));
    assertEquals("False", r(call(s("a\n"), "isprintable")));
    assertEquals("True", r(call(s(""), "isprintable")));
  }

  private static char flag(PyObject b) {
    return b == PyBool.TRUE ? 'T' : 'F';
  }

  @Test
  void padding() {
    assertEquals("'  ab  '", r(call(s("ab"), "center", i(6))));
    assertEquals("'***ab**'", r(call(s("ab"), "center", i(7), s("*"))));
    assertEquals("'xabcxx'", r(call(s("abc"), "center", i(6), s("x"))));
    assertEquals("'xxabx'", r(call(s("ab"), "center", i(5), s("x"))));
    assertEquals("'ab...'", r(call(s("ab"), "ljust", i(5), s("."))));
    assertEquals("'   ab'", r(call(s("ab"), "rjust", i(5))));
    assertEquals("'a'", r(call(s("a"), "rjust", i(-1))));
    assertEquals("'long'", r(call(s("long"), "center", i(2))));
    assertEquals("'00042'", r(call(s("42"), "zfill", i(5))));
    assertEquals("'-0042'", r(call(s("-42"), "zfill", i(5))));
    assertEquals("'+07'", r(call(s("+7"), "zfill", i(3))));
    assertEquals("'000'", r(call(s(""), "zfill", i(3))));
    raises(
        TE,
        "The fill character must be exactly one character long",
        () -> call(s("a"), "center", i(5), s("ab")));
    raises(
        TE,
        "The fill character must be a unicode character, not int",
        () -> call(s("a"), "center", i(5), i(1)));
    raises(TE, "center expected at least 1 argument, got 0", () -> call(s("a"), "center"));
    raises(
        TE,
        "'float' object cannot be interpreted as an integer",
        () -> call(s("a"), "ljust", f(1.5)));
  }

  @Test
  void partitionAndLines() {
    assertEquals("('key', '=', 'value=x')", r(call(s("key=value=x"), "partition", s("="))));
    assertEquals("('novalue', '', '')", r(call(s("novalue"), "partition", s("="))));
    assertEquals("('abc', 'b', '')", r(call(s("abcb"), "rpartition", s("b"))));
    assertEquals("('', '', 'abc')", r(call(s("abc"), "rpartition", s("x"))));
    raises(VE, "empty separator", () -> call(s("a"), "partition", s("")));
    raises(TE, "must be str, not int", () -> call(s("a"), "rpartition", i(1)));
    PyStr text = s("line1\nline2\r\nline3\n");
    assertEquals("['line1', 'line2', 'line3']", r(call(text, "splitlines")));
    assertEquals(
        "['a\\r\\n', 'b\\r', 'c\\n']",
        r(call(s("a\r\nb\rc\n"), "splitlines", kw("keepends", PyBool.TRUE))));
    assertEquals("['']", r(call(s("\n"), "splitlines")));
    assertEquals("[]", r(call(s(""), "splitlines", PyBool.TRUE)));
    assertEquals("['a', 'b']", r(call(s("a\u0085b"), "splitlines")));
    assertEquals("['a\\u2028', 'b']", r(call(s("a\u2028b"), "splitlines", i(1))));
    assertEquals("'a   b\\n    c'", r(call(s("a\tb\n\tc"), "expandtabs", i(4))));
    assertEquals("'a       b'", r(call(s("a\tb"), "expandtabs")));
    assertEquals("'ab'", r(call(s("a\tb"), "expandtabs", kw("tabsize", i(-1)))));
  }

  @Test
  void affixRemoval() {
    assertEquals("'thon'", r(call(s("Python"), "removeprefix", s("Py"))));
    assertEquals("'Pyth'", r(call(s("Python"), "removesuffix", s("on"))));
    assertEquals("'Python'", r(call(s("Python"), "removesuffix", s(""))));
    raises(
        TE,
        "removeprefix() argument must be str, not int",
        () -> call(s("a"), "removeprefix", i(1)));
    raises(
        TE,
        "str.removeprefix() takes exactly one argument (0 given)",
        () -> call(s("a"), "removeprefix"));
  }

  @Test
  void encode() {
    assertEquals("b'h\\xc3\\xa9llo'", r(call(s("h\u00e9llo"), "encode")));
    assertEquals("b'abc'", r(call(s("abc"), "encode", s("ascii"))));
    assertEquals("b'\\xe9'", r(call(s("\u00e9"), "encode", s("Latin1"))));
    assertEquals("b'?'", r(call(s("\u00e9"), "encode", s("ascii"), s("replace"))));
    assertEquals("b''", r(call(s("\u00e9"), "encode", s("ascii"), kw("errors", s("ignore")))));
    assertEquals("b'&#233;'", r(call(s("\u00e9"), "encode", s("ascii"), s("xmlcharrefreplace"))));
    assertEquals("b'\\\\xe9'", r(call(s("\u00e9"), "encode", s("ascii"), s("backslashreplace"))));
    raises(
        ExceptionTypes.UNICODE_ENCODE_ERROR,
        "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
        () -> call(s("\u00e9"), "encode", s("ascii")));
    raises(
        ExceptionTypes.UNICODE_ENCODE_ERROR,
        "'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)",
        () -> call(s("a\u20ac\u20acb"), "encode", s("latin-1")));
    raises(
        ExceptionTypes.UNICODE_ENCODE_ERROR,
        "'utf-8' codec can't encode character '\\udc80' in position 0: surrogates not allowed",
        () -> call(s("\udc80"), "encode"));
    raises(
        ExceptionTypes.LOOKUP_ERROR,
        "unknown encoding: xyz",
        () -> call(s("a"), "encode", s("xyz")));
    raises(
        TE,
        "encode() argument 'encoding' must be str, not int",
        () -> call(s("a"), "encode", i(1)));
  }

  @Test
  void translate() {
    PyObject table = call(s(""), "maketrans", s("ab"), s("xy"), s("c"));
    assertEquals("{97: 120, 98: 121, 99: None}", r(table));
    assertEquals("'xy'", r(call(s("abc"), "translate", table)));
    assertEquals("'Xc'", r(call(s("abc"), "translate", dict(i(97), s("X"), i(98), PyNone.NONE))));
    assertEquals("'abc'", r(call(s("abc"), "translate", list())));
    assertEquals(
        "{97: 'b'}",
        r(
            PyType.STR
                .getAttr("maketrans")
                .call(ThreadState.current(), new PyObject[] {dict(s("a"), s("b"))}, null)));
    raises(
        TE,
        "character mapping must return integer, None or str",
        () -> call(s("abc"), "translate", dict(i(97), f(1.5))));
    raises(
        VE,
        "the first two maketrans arguments must have equal length",
        () -> call(s(""), "maketrans", s("ab"), s("c")));
    raises(
        TE,
        "if you give only one argument to maketrans it must be a dict",
        () -> call(s(""), "maketrans", i(1)));
  }

  @Test
  void dunders() {
    assertEquals("1", r(call(s("a"), "__len__")));
    assertEquals("True", r(call(s("abc"), "__contains__", s("a"))));
    assertEquals("'b'", r(call(s("abc"), "__getitem__", i(1))));
    assertEquals("'abcabc'", r(call(s("abc"), "__mul__", i(2))));
    assertEquals("'abcabc'", r(call(s("abc"), "__rmul__", i(2))));
    assertEquals("'1'", r(call(s("%s"), "__mod__", i(1))));
    assertEquals("True", r(call(s("abc"), "__lt__", s("b"))));
    assertSame(PySingleton.NOT_IMPLEMENTED, call(s("abc"), "__eq__", i(1)));
    assertEquals("\"'a'\"", r(call(s("a"), "__repr__")));
    assertEquals("'a'", r(call(s("a"), "__str__")));
    assertEquals("'   {}'", r(call(s("{}"), "__format__", s(">5"))));
    assertEquals(s("ab").hash(), ((PyInt) call(s("ab"), "__hash__")).longValue());
    raises(
        TE, "can only concatenate str (not \"int\") to str", () -> call(s("x"), "__add__", i(1)));
    raises(
        TE,
        "'float' object cannot be interpreted as an integer",
        () -> call(s("x"), "__mul__", f(1.5)));
    raises(TE, "expected 1 argument, got 0", () -> call(s("x"), "__eq__"));
    raises(
        TE,
        "'in <string>' requires string as left operand, not int",
        () -> call(s("a"), "__contains__", i(1)));
  }

  @Test
  void formatFields() {
    assertEquals("'a and b'", r(call(s("{} and {}"), "format", s("a"), s("b"))));
    assertEquals("'y x y'", r(call(s("{1} {0} {1}"), "format", s("x"), s("y"))));
    assertEquals(
        "'Bo is 7'", r(call(s("{name} is {age}"), "format", kw("name", s("Bo")), kw("age", i(7)))));
    assertEquals(
        "'    a|b    |  c  |'", r(call(s("{:>5}|{:<5}|{:^5}|"), "format", s("a"), s("b"), s("c"))));
    assertEquals("'3.14 10,000'", r(call(s("{:.2f} {:,}"), "format", f(3.14159), i(10000))));
    assertEquals("\"'q' q\"", r(call(s("{0!r} {0!s}"), "format", s("q"))));
    assertEquals("'{} 1'", r(call(s("{{}} {}"), "format", i(1))));
    assertEquals("'{1}'", r(call(s("{{{}}}"), "format", i(1))));
    assertEquals("'}'", r(call(s("}}"), "format")));
    assertEquals(
        "'6 v'", r(call(s("{0[1]} {1[k]}"), "format", list(i(5), i(6)), dict(s("k"), s("v")))));
    assertEquals("'5'", r(call(s("{0[}]}"), "format", dict(s("}"), i(5)))));
    assertEquals("'1'", r(call(s("{0.real}"), "format", i(1))));
    assertEquals("'x'", r(call(s("{0[ 1]}"), "format", dict(s(" 1"), s("x")))));
    assertEquals("\"'\\\\xe9'\"", r(call(s("{!a}"), "format", s("\u00e9"))));
    assertEquals("'      3.14'", r(call(s("{0:{1}.{2}f}"), "format", f(3.14159), i(10), i(2))));
    assertEquals("'   1'", r(call(s("{:{}{}}"), "format", i(1), s(">"), i(4))));
    assertEquals("'   1'", r(call(s("{0:>{w}}"), "format", i(1), kw("w", i(4)))));
    assertEquals("'True |'", r(call(s("{!s:5}|"), "format", PyBool.TRUE)));
    assertEquals("'    1'", r(call(s("{:5}"), "format", PyBool.TRUE)));
    assertEquals("'12'", r(call(s("{a}{b}"), "format_map", dict(s("a"), i(1), s("b"), i(2)))));
    assertEquals("'a'", r(call(s("a"), "format_map", i(1))));
  }

  @Test
  void formatErrors() {
    PyType ie = ExceptionTypes.INDEX_ERROR;
    raises(
        ie,
        "Replacement index 0 out of range for positional args tuple",
        () -> call(s("{0}"), "format"));
    raises(
        ie,
        "Replacement index 1 out of range for positional args tuple",
        () -> call(s("{}{}"), "format", i(1)));
    raises(ExceptionTypes.KEY_ERROR, "'a'", () -> call(s("{a}"), "format"));
    raises(
        VE,
        "cannot switch from manual field specification to automatic field numbering",
        () -> call(s("{0}{}"), "format", i(1), i(2)));
    raises(
        VE,
        "cannot switch from automatic field numbering to manual field specification",
        () -> call(s("{}{0}"), "format", i(1), i(2)));
    raises(VE, "Single '{' encountered in format string", () -> call(s("{"), "format"));
    raises(VE, "Single '}' encountered in format string", () -> call(s("}"), "format"));
    raises(VE, "Single '}' encountered in format string", () -> call(s("{}}"), "format", i(1)));
    raises(VE, "Unknown conversion specifier x", () -> call(s("{0!x}"), "format", i(1)));
    raises(VE, "expected ':' after conversion specifier", () -> call(s("{0!rr}"), "format", i(1)));
    raises(VE, "expected '}' before end of string", () -> call(s("{0[}"), "format", list(i(1))));
    raises(VE, "Empty attribute in format string", () -> call(s("{0.}"), "format", i(1)));
    raises(
        VE,
        "Max string recursion exceeded",
        () -> call(s("{0:{1:{2}}}"), "format", i(1), i(2), i(3)));
    raises(
        VE,
        "Only '.' or '[' may follow ']' in format field specifier",
        () -> call(s("{0[x]y}"), "format", dict(s("x"), i(1))));
    raises(
        VE, "Format string contains positional fields", () -> call(s("{0}"), "format_map", dict()));
    raises(
        TE,
        "list indices must be integers or slices, not str",
        () -> call(s("{0[a]}"), "format", list(i(1))));
    raises(
        VE,
        "Unknown format code 'd' for object of type 'str'",
        () -> call(s("{:d}"), "format", s("a")));
  }
}
