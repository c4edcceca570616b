package io.gilvm.object;

import static io.gilvm.object.MethodTestSupport.b;
import static io.gilvm.object.MethodTestSupport.call;
import static io.gilvm.object.MethodTestSupport.construct;
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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** bytes' constructor and methods, and the UTF-8/ASCII/Latin-1 codecs. */
class BytesMethodsTest {
  @BeforeAll
  static void setUp() {
    MethodTestSupport.setUp();
  }

  private static final PyType TE = ExceptionTypes.TYPE_ERROR;
  private static final PyType DECODE = ExceptionTypes.UNICODE_DECODE_ERROR;

  @Test
  void constructor() {
    assertEquals("b''", r(construct(PyType.BYTES)));
    assertEquals("b'\\x00\\x00\\x00'", r(construct(PyType.BYTES, i(3))));
    assertEquals("b'\\x01\\x02'", r(construct(PyType.BYTES, list(i(1), i(2)))));
    assertEquals("b'\\x00\\x01\\x02'", r(construct(PyType.BYTES, construct(PyType.RANGE, i(3)))));
    assertEquals("b'\\xc3\\xa9'", r(construct(PyType.BYTES, s("\u00e9"), s("utf-8"))));
    assertEquals("b''", r(construct(PyType.BYTES, s("\u00e9"), s("ascii"), s("ignore"))));
    assertEquals("b'a'", r(construct(PyType.BYTES, s("a"), kw("encoding", s("utf-8")))));
    PyBytes same = b("ab");
    assertSame(same, construct(PyType.BYTES, same));
    raises(TE, "string argument without an encoding", () -> construct(PyType.BYTES, s("a")));
    raises(
        TE,
        "string argument without an encoding",
        () -> construct(PyType.BYTES, s("a"), kw("errors", s("strict"))));
    raises(ExceptionTypes.VALUE_ERROR, "negative count", () -> construct(PyType.BYTES, i(-1)));
    raises(
        ExceptionTypes.VALUE_ERROR,
        "bytes must be in range(0, 256)",
        () -> construct(PyType.BYTES, list(i(256))));
    raises(
        TE,
        "'str' object cannot be interpreted as an integer",
        () -> construct(PyType.BYTES, list(s("a"))));
    raises(TE, "cannot convert 'float' object to bytes", () -> construct(PyType.BYTES, f(1.5)));
    raises(
        TE, "encoding without a string argument", () -> construct(PyType.BYTES, i(1), s("utf-8")));
    raises(
        TE,
        "'x' is an invalid keyword argument for bytes()",
        () -> construct(PyType.BYTES, kw("x", i(1))));
  }

  @Test
  void decode() {
    assertEquals("'caf\u00e9'", r(call(b("caf\u00c3\u00a9"), "decode")));
    assertEquals("'caf\u00c3\u00a9'", r(call(b("caf\u00c3\u00a9"), "decode", s("latin-1"))));
    assertEquals("'\ufffd'", r(call(b("\u0080"), "decode", s("utf-8"), s("replace"))));
    assertEquals("'abc'", r(call(b("\u0080abc"), "decode", s("utf-8"), s("ignore"))));
    assertEquals(
        "'\ufffd('", r(call(b("\u00e2\u0082("), "decode", s("utf-8"), kw("errors", s("replace")))));
    assertEquals("'\ufffd'", r(call(b("\u00e2\u0082"), "decode", s("utf-8"), s("replace"))));
    assertEquals(
        "'\\\\xff\\\\xfe'",
        r(call(b("\u00ff\u00fe"), "decode", s("utf-8"), s("backslashreplace"))));
    raises(
        DECODE,
        "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
        () -> call(b("\u00ff"), "decode"));
    raises(
        DECODE,
        "'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data",
        () -> call(b("\u00c3"), "decode"));
    raises(
        DECODE,
        "'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte",
        () -> call(b("\u00c3("), "decode"));
    raises(
        DECODE,
        "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
        () -> call(b("\u00e2\u0082"), "decode"));
    raises(
        DECODE,
        "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
        () -> call(b("\u00ed\u00a0\u0080"), "decode"));
    raises(
        DECODE,
        "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte",
        () -> call(b("\u00c0\u0080"), "decode"));
    raises(
        DECODE,
        "'utf-8' codec can't decode byte 0xe2 in position 1: unexpected end of data",
        () -> call(b("a\u00e2"), "decode"));
    raises(
        DECODE,
        "'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)",
        () -> call(b("\u00ff"), "decode", s("ascii")));
    raises(
        ExceptionTypes.LOOKUP_ERROR,
        "unknown encoding: xyz",
        () -> call(b("a"), "decode", s("xyz")));
  }

  @Test
  void hexAndFromhex() {
    assertEquals("'616263'", r(call(b("abc"), "hex")));
    assertEquals("'61:62:63'", r(call(b("abc"), "hex", s(":"))));
    assertEquals("'61:6263'", r(call(b("abc"), "hex", s(":"), i(2))));
    assertEquals("'6162:6364:6566'", r(call(b("abcdef"), "hex", s(":"), i(-2))));
    assertEquals("b'ab'", r(call(PyType.BYTES, "fromhex", s("61 62"))));
    assertEquals("b'\\n\\x0b'", r(call(PyType.BYTES, "fromhex", s("0a 0B"))));
    raises(
        ExceptionTypes.VALUE_ERROR,
        "non-hexadecimal number found in fromhex() arg at position 1",
        () -> call(PyType.BYTES, "fromhex", s("6")));
  }

  @Test
  void searching() {
    PyBytes abc = b("abc");
    assertEquals("1", r(call(abc, "find", i(98))));
    assertEquals("2", r(call(abc, "find", b("c"))));
    assertEquals("3", r(call(abc, "find", b(""), i(3))));
    assertEquals("3", r(call(b("abcabc"), "rfind", b("abc"))));
    assertEquals("2", r(call(b("abcabc"), "rfind", b("c"), i(0), i(5))));
    assertEquals("4", r(call(abc, "count", b(""))));
    assertEquals("1", r(call(b("aaa"), "count", b("aa"))));
    assertEquals("True", r(call(abc, "startswith", tuple(b("x"), b("a")))));
    assertEquals("True", r(call(abc, "startswith", b("bc"), i(1))));
    assertEquals("False", r(call(abc, "endswith", b("c"), i(0), i(2))));
    assertEquals("False", r(call(abc, "startswith", b(""), i(4))));
    raises(ExceptionTypes.VALUE_ERROR, "subsection not found", () -> call(abc, "index", b("z")));
    raises(ExceptionTypes.VALUE_ERROR, "subsection not found", () -> call(abc, "rindex", b("z")));
    raises(
        ExceptionTypes.VALUE_ERROR,
        "byte must be in range(0, 256)",
        () -> call(abc, "find", i(300)));
    raises(
        TE,
        "argument should be integer or bytes-like object, not 'str'",
        () -> call(abc, "find", s("a")));
    raises(
        TE,
        "startswith first arg must be bytes or a tuple of bytes, not str",
        () -> call(abc, "startswith", s("a")));
  }

  @Test
  void splitStripJoinReplace() {
    assertEquals("[b'a', b'b']", r(call(b("a,b"), "split", b(","))));
    assertEquals("[b'a', b'b', b'c']", r(call(b("a b  c"), "split")));
    assertEquals("[b'a,b', b'c']", r(call(b("a,b,c"), "rsplit", b(","), i(1))));
    assertEquals("[b'  a', b'b']", r(call(b("  a b  "), "rsplit", PyNone.NONE, i(1))));
    assertEquals("b'ab'", r(call(b("  ab  "), "strip")));
    assertEquals("b'a'", r(call(b("xxaxx"), "strip", b("x"))));
    assertEquals("b'a  '", r(call(b("  a  "), "lstrip")));
    assertEquals("b'a,b'", r(call(b(","), "join", list(b("a"), b("b")))));
    assertEquals("b''", r(call(b("x"), "join", list())));
    assertEquals("b'aXc'", r(call(b("abc"), "replace", b("b"), b("X"))));
    assertEquals("b'-a-b-c-'", r(call(b("abc"), "replace", b(""), b("-"))));
    assertEquals("b'bba'", r(call(b("aaa"), "replace", b("a"), b("b"), i(2))));
    assertEquals("b'ABC'", r(call(b("abc"), "upper")));
    assertEquals("b'ab'", r(call(b("AB"), "lower")));
    assertEquals(
        "True False True",
        r(call(b("a1"), "isalnum"))
            + " "
            + r(call(b(""), "isalpha"))
            + " "
            + r(call(b("ABC"), "isupper")));
    raises(
        TE,
        "sequence item 0: expected a bytes-like object, int found",
        () -> call(b("a"), "join", list(i(1))));
    raises(TE, "a bytes-like object is required, not 'str'", () -> call(b("a"), "split", s("a")));
    raises(TE, "a bytes-like object is required, not 'str'", () -> call(b("a"), "strip", s("a")));
    raises(ExceptionTypes.VALUE_ERROR, "empty separator", () -> call(b("abc"), "split", b("")));
  }

  @Test
  void dunders() {
    assertEquals("b'abcd'", r(call(b("ab"), "__add__", b("cd"))));
    assertEquals("b'abab'", r(call(b("ab"), "__mul__", i(2))));
    assertEquals("2", r(call(b("ab"), "__len__")));
    assertEquals("97", r(call(b("ab"), "__getitem__", i(0))));
    assertEquals("True", r(call(b("ab"), "__contains__", i(97))));
    assertEquals("\"b'ab'\"", r(call(b("ab"), "__repr__")));
    raises(TE, "can't concat int to bytes", () -> call(b("ab"), "__add__", i(1)));
    raises(TE, "can't concat str to bytes", () -> Ops.binary(b("a"), s("b"), Ops.ADD));
  }
}
