package io.gilvm.object;

import static io.gilvm.object.MethodTestSupport.b;
import static io.gilvm.object.MethodTestSupport.big;
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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** int, bool and float: constructors and methods, and type(name, bases, dict). */
class NumberMethodsTest {
  @BeforeAll
  static void setUp() {
    MethodTestSupport.setUp();
  }

  private static final PyType TE = ExceptionTypes.TYPE_ERROR;
  private static final PyType VE = ExceptionTypes.VALUE_ERROR;

  private static String intOf(Object... args) {
    return r(construct(PyType.INT, args));
  }

  private static String floatOf(Object... args) {
    return r(construct(PyType.FLOAT, args));
  }

  @Test
  void intFromStrings() {
    assertEquals("0", intOf());
    assertEquals("42", intOf(s("42")));
    assertEquals("-12", intOf(s("  -12  ")));
    assertEquals("7", intOf(s("+7")));
    assertEquals("42", intOf(s("\t\n42\r ")));
    assertEquals("12", intOf(s("\u00a012\u00a0")));
    assertEquals("1000", intOf(s(" 1_000 ")));
    assertEquals("255", intOf(s("ff"), i(16)));
    assertEquals("255", intOf(s("0xff"), i(16)));
    assertEquals("255", intOf(s("0xff"), i(0)));
    assertEquals("31", intOf(s("  +0x_1f  "), i(16)));
    assertEquals("5", intOf(s("0b101"), i(0)));
    assertEquals("15", intOf(s("0o17"), i(0)));
    assertEquals("177", intOf(s("0b1"), i(16)));
    assertEquals("35", intOf(s("z"), i(36)));
    assertEquals("-3", intOf(s("-10"), i(3)));
    assertEquals("5", intOf(s("101"), kw("base", i(2))));
    assertEquals("0", intOf(s("0_0"), i(0)));
    assertEquals("0", intOf(s("-0"), i(0)));
    assertEquals("12", intOf(s("\u0661\u0662")));
    assertEquals("18", intOf(b("12"), i(16)));
    assertEquals("123456789012345678901234567890", intOf(s("123456789012345678901234567890")));
    assertEquals("-999999999999999999999999999999", intOf(s("-" + "9".repeat(30))));
  }

  @Test
  void intRejects() {
    String[][] bad = {
      {"abc", "10"}, {"", "10"}, {" ", "10"}, {"1_", "10"}, {"_1", "10"}, {"1__0", "10"},
      {"0x", "16"}, {"0x_", "16"}, {"010", "0"}, {"1 2", "10"}, {"+ 1", "10"}, {"1e3", "10"},
      {"12", "2"}, {"z", "0"}
    };
    for (String[] c : bad) {
      raises(
          VE,
          "invalid literal for int() with base " + c[1] + ": " + PyStr.repr(c[0]),
          () -> construct(PyType.INT, s(c[0]), i(Integer.parseInt(c[1]))));
    }
    raises(VE, "invalid literal for int() with base 10: b'x'", () -> construct(PyType.INT, b("x")));
    raises(
        VE, "int() base must be >= 2 and <= 36, or 0", () -> construct(PyType.INT, s("1"), i(37)));
    raises(
        TE,
        "int() can't convert non-string with explicit base",
        () -> construct(PyType.INT, i(1), i(10)));
    raises(
        TE,
        "int() argument must be a string, a bytes-like object or a real number, not 'list'",
        () -> construct(PyType.INT, list()));
    raises(TE, "int() missing string argument", () -> construct(PyType.INT, kw("base", i(10))));
    raises(
        TE,
        "'x' is an invalid keyword argument for int()",
        () -> construct(PyType.INT, kw("x", i(1))));
    raises(
        TE,
        "int() takes at most 2 arguments (3 given)",
        () -> construct(PyType.INT, i(1), i(2), i(3)));
    raises(
        ExceptionTypes.OVERFLOW_ERROR,
        "cannot convert float infinity to integer",
        () -> construct(PyType.INT, f(Double.POSITIVE_INFINITY)));
  }

  @Test
  void intFromNumbers() {
    assertEquals("4", intOf(f(4.9)));
    assertEquals("-3", intOf(f(-3.99)));
    assertEquals("100000000000000000000", intOf(f(1e20)));
    assertEquals("1", intOf(PyBool.TRUE));
    assertSame(PyType.INT, construct(PyType.INT, PyBool.TRUE).type());
    PyInt n = PyInt.of(1000);
    assertSame(n, construct(PyType.INT, n));
  }

  @Test
  void floatConstructor() {
    assertEquals("0.0", floatOf());
    assertEquals("3.5", floatOf(s("3.5")));
    assertEquals("7.0", floatOf(s("  7  ")));
    assertEquals("-1.25", floatOf(s("  -12.5e-1  ")));
    assertEquals("1000.5", floatOf(s(" 1_000.5 ")));
    assertEquals("0.5", floatOf(s(".5")));
    assertEquals("5.0", floatOf(s("5.")));
    assertEquals("inf", floatOf(s("+inf")));
    assertEquals("-inf", floatOf(s("-Infinity")));
    assertEquals("nan", floatOf(s("nAn")));
    assertEquals("inf", floatOf(s("1e500")));
    assertEquals("0.0", floatOf(s("1e-500")));
    assertEquals("1.5", floatOf(b("1.5")));
    assertEquals("1.5", floatOf(s("\u0661.\u0665")));
    assertEquals("2.0", floatOf(i(2)));
    assertEquals("1.0", floatOf(PyBool.TRUE));
    for (String bad :
        new String[] {
          "x", "", "1_", "1__0", "0x10", "1_e3", ".", "e3", "1e", "infinit", "1.5j", " - 1"
        }) {
      raises(
          VE,
          "could not convert string to float: " + PyStr.repr(bad),
          () -> construct(PyType.FLOAT, s(bad)));
    }
    raises(
        TE,
        "float() argument must be a string or a real number, not 'list'",
        () -> construct(PyType.FLOAT, list()));
    raises(TE, "float() takes no keyword arguments", () -> construct(PyType.FLOAT, kw("x", i(1))));
    raises(
        TE,
        "float expected at most 1 argument, got 2",
        () -> construct(PyType.FLOAT, s("1"), s("2")));
    raises(
        ExceptionTypes.OVERFLOW_ERROR,
        "int too large to convert to float",
        () -> construct(PyType.FLOAT, big("1" + "0".repeat(400))));
  }

  @Test
  void boolConstructor() {
    assertSame(PyBool.FALSE, construct(PyType.BOOL));
    assertSame(PyBool.FALSE, construct(PyType.BOOL, list()));
    assertSame(PyBool.TRUE, construct(PyType.BOOL, s("0")));
    raises(TE, "bool() takes no keyword arguments", () -> construct(PyType.BOOL, kw("x", i(1))));
    raises(TE, "bool expected at most 1 argument, got 2", () -> construct(PyType.BOOL, i(1), i(2)));
  }

  @Test
  void intMethods() {
    assertEquals("3", r(call(i(5), "bit_length")));
    assertEquals("0", r(call(i(0), "bit_length")));
    assertEquals("64", r(call(i(Long.MIN_VALUE), "bit_length")));
    assertEquals("101", r(call(big("1267650600228229401496703205376"), "bit_length")));
    assertEquals("8", r(call(i(255), "bit_count")));
    assertEquals("1", r(call(i(-1), "bit_count")));
    assertEquals("b'\\x00\\x04'", r(call(i(1024), "to_bytes", i(2), s("little"))));
    assertEquals("b'\\x04\\x00'", r(call(i(1024), "to_bytes", i(2))));
    assertEquals(
        "b'\\xff\\xff'", r(call(i(-1), "to_bytes", i(2), s("big"), kw("signed", PyBool.TRUE))));
    assertEquals("b''", r(call(i(0), "to_bytes", i(0), s("big"))));
    assertEquals("16", r(call(PyType.INT, "from_bytes", b("\u0000\u0010"), s("big"))));
    assertEquals(
        "-1", r(call(PyType.INT, "from_bytes", b("\u00ff"), s("big"), kw("signed", PyBool.TRUE))));
    assertEquals("513", r(call(PyType.INT, "from_bytes", list(i(1), i(2)), s("little"))));
    assertSame(PyBool.TRUE, call(PyType.BOOL, "from_bytes", b("\u0001"), s("big")));
    raises(
        ExceptionTypes.OVERFLOW_ERROR,
        "int too big to convert",
        () -> call(i(256), "to_bytes", i(1), s("big")));
    raises(
        ExceptionTypes.OVERFLOW_ERROR,
        "can't convert negative int to unsigned",
        () -> call(i(-1), "to_bytes", i(1), s("big")));
    raises(
        VE,
        "byteorder must be either 'little' or 'big'",
        () -> call(i(1), "to_bytes", i(1), s("x")));
    assertEquals("(3, 1)", r(call(i(3), "as_integer_ratio")));
    assertEquals("1", r(call(PyBool.TRUE, "conjugate")));
    assertEquals("1", r(call(i(1), "__getattribute__", s("real"))));
    assertEquals("0", r(i(5).getAttr("imag")));
    assertEquals("1", r(i(5).getAttr("denominator")));
    assertEquals("1", r(PyBool.TRUE.getAttr("numerator")));
    raises(
        TE, "int.bit_length() takes no arguments (1 given)", () -> call(i(1), "bit_length", i(1)));
  }

  @Test
  void intDunders() {
    assertEquals("3", r(call(i(1), "__add__", i(2))));
    assertSame(PySingleton.NOT_IMPLEMENTED, call(i(1), "__add__", s("a")));
    assertEquals("32", r(call(i(5), "__rpow__", i(2))));
    assertEquals("-1", r(call(i(1), "__neg__")));
    assertEquals("9223372036854775808", r(call(i(Long.MIN_VALUE), "__abs__")));
    assertEquals("1", r(call(PyBool.TRUE, "__and__", i(1))));
    assertEquals("(1, 2)", r(call(i(5), "__divmod__", i(3))));
    assertEquals("(0, 3)", r(call(i(5), "__rdivmod__", i(3))));
    assertEquals("10", r(call(i(7), "__round__", i(-1))));
    assertEquals("20", r(call(i(25), "__round__", i(-1))));
    assertEquals("-20", r(call(i(-25), "__round__", i(-1))));
    assertEquals("1", r(call(PyBool.TRUE, "__index__")));
    assertSame(PyType.INT, call(PyBool.TRUE, "__int__").type());
    assertEquals("1.8446744073709552e+19", r(call(big("18446744073709551616"), "__float__")));
    assertEquals("'    5'", r(call(i(5), "__format__", s(">5"))));
    assertEquals("True", r(call(i(1), "__eq__", f(1.0))));
    raises(TE, "expected 0 arguments, got 1", () -> call(i(5), "__index__", i(1)));
  }

  @Test
  void floatMethods() {
    assertEquals("False", r(call(f(2.5), "is_integer")));
    assertEquals("True", r(call(f(2.0), "is_integer")));
    assertEquals("False", r(call(f(Double.POSITIVE_INFINITY), "is_integer")));
    assertEquals("(5, 2)", r(call(f(2.5), "as_integer_ratio")));
    assertEquals("(-3, 4)", r(call(f(-0.75), "as_integer_ratio")));
    assertEquals("(10, 1)", r(call(f(10.0), "as_integer_ratio")));
    raises(
        ExceptionTypes.OVERFLOW_ERROR,
        "cannot convert Infinity to integer ratio",
        () -> call(f(Double.POSITIVE_INFINITY), "as_integer_ratio"));
    raises(
        VE, "cannot convert NaN to integer ratio", () -> call(f(Double.NaN), "as_integer_ratio"));
    assertEquals("'0x1.0000000000000p+0'", r(call(f(1.0), "hex")));
    assertEquals("'0x1.999999999999ap-4'", r(call(f(0.1), "hex")));
    assertEquals("'-0x0.0p+0'", r(call(f(-0.0), "hex")));
    assertEquals("'0x0.0000000000001p-1022'", r(call(f(5e-324), "hex")));
    assertEquals("'inf'", r(call(f(Double.POSITIVE_INFINITY), "hex")));
    assertEquals("0.1", r(call(PyType.FLOAT, "fromhex", s("0x1.999999999999ap-4"))));
    assertEquals("8.0", r(call(PyType.FLOAT, "fromhex", s("  0x1p3  "))));
    assertEquals("-3.0", r(call(PyType.FLOAT, "fromhex", s("-0X1.8P+1"))));
    assertEquals("0.5", r(call(PyType.FLOAT, "fromhex", s("0x.8"))));
    assertEquals("inf", r(call(PyType.FLOAT, "fromhex", s("inf"))));
    raises(
        VE,
        "invalid hexadecimal floating-point string",
        () -> call(PyType.FLOAT, "fromhex", s("x")));
    raises(
        ExceptionTypes.OVERFLOW_ERROR,
        "hexadecimal value too large to represent as a float",
        () -> call(PyType.FLOAT, "fromhex", s("0x1p1024")));
    assertEquals("2", r(call(f(2.5), "__round__")));
    assertEquals("4", r(call(f(3.5), "__round__")));
    assertEquals("2.67", r(call(f(2.675), "__round__", i(2))));
    assertEquals("1200.0", r(call(f(1234.5), "__round__", i(-2))));
    assertEquals("-3", r(call(f(-2.5), "__floor__")));
    assertEquals("-2", r(call(f(-2.5), "__ceil__")));
    assertEquals("2", r(call(f(2.5), "__trunc__")));
    assertEquals("(3.0, 1.5)", r(call(f(7.5), "__divmod__", i(2))));
    assertEquals("-1.5", r(call(f(2.5), "__rsub__", i(1))));
    assertEquals("2.5", r(f(2.5).getAttr("real")));
    assertEquals("0.0", r(f(2.5).getAttr("imag")));
  }

  @Test
  void typeWithThreeArguments() {
    PyObject cls = construct(PyType.TYPE, s("A"), tuple(), dict(s("x"), i(1)));
    assertEquals("1", r(cls.getAttr("x")));
    assertSame(PyType.OBJECT, ((PyType) cls).base());
    PyObject sub = construct(PyType.TYPE, s("B"), tuple(cls), dict());
    assertEquals("1", r(sub.getAttr("x")));
    PyObject eqOnly = construct(PyType.TYPE, s("C"), tuple(), dict(s("__eq__"), PyNone.NONE));
    assertSame(PyNone.NONE, eqOnly.getAttr("__hash__"));
    raises(TE, "type() takes 1 or 3 arguments", () -> construct(PyType.TYPE, s("A"), tuple()));
    raises(
        TE,
        "type.__new__() argument 1 must be str, not int",
        () -> construct(PyType.TYPE, i(1), tuple(), dict()));
    raises(
        TE,
        "type.__new__() argument 2 must be tuple, not list",
        () -> construct(PyType.TYPE, s("A"), list(), dict()));
    raises(
        TE,
        "type.__new__() argument 3 must be dict, not list",
        () -> construct(PyType.TYPE, s("A"), tuple(), list()));
  }
}
