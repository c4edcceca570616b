package io.gilvm.object;

import static io.gilvm.object.MethodTestSupport.big;
import static io.gilvm.object.MethodTestSupport.call;
import static io.gilvm.object.MethodTestSupport.construct;
import static io.gilvm.object.MethodTestSupport.f;
import static io.gilvm.object.MethodTestSupport.i;
import static io.gilvm.object.MethodTestSupport.kw;
import static io.gilvm.object.MethodTestSupport.r;
import static io.gilvm.object.MethodTestSupport.raises;
import static io.gilvm.object.MethodTestSupport.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** range's and slice's constructors and methods, including ranges beyond longs. */
class RangeMethodsTest {
  @BeforeAll
  static void setUp() {
    MethodTestSupport.setUp();
  }

  private static final PyType TE = ExceptionTypes.TYPE_ERROR;
  private static final String TWO_64 = "18446744073709551616";

  private static PyObject range(Object... args) {
    return construct(PyType.RANGE, args);
  }

  private static String listOf(PyObject iterable) {
    return r(construct(PyType.LIST, iterable));
  }

  @Test
  void constructor() {
    assertEquals("[0, 1, 2, 3, 4]", listOf(range(i(5))));
    assertEquals("[5, 4, 3, 2, 1]", listOf(range(i(5), i(0), i(-1))));
    assertEquals("range(0, 3)", r(range(i(3))));
    assertEquals("range(10, 20, 2)", r(range(i(10), i(20), i(2))));
    assertEquals("range(0, 1)", r(range(PyBool.TRUE)));
    raises(
        ExceptionTypes.VALUE_ERROR,
        "range() arg 3 must not be zero",
        () -> range(i(1), i(5), i(0)));
    raises(TE, "range expected at least 1 argument, got 0", () -> range());
    raises(TE, "range expected at most 3 arguments, got 4", () -> range(i(1), i(2), i(3), i(4)));
    raises(TE, "'float' object cannot be interpreted as an integer", () -> range(f(1.5)));
    raises(TE, "'str' object cannot be interpreted as an integer", () -> range(i(1), s("b")));
    raises(TE, "range() takes no keyword arguments", () -> range(kw("x", i(1))));
  }

  @Test
  void methodsAndAttributes() {
    PyObject r = range(i(0), i(10), i(2));
    assertEquals(
        "0 10 2", r(r.getAttr("start")) + " " + r(r.getAttr("stop")) + " " + r(r.getAttr("step")));
    assertEquals("2", r(call(r, "index", i(4))));
    assertEquals("1 0", r(call(r, "count", i(4))) + " " + r(call(r, "count", i(5))));
    assertEquals("3", r(call(range(i(10)), "index", f(3.0))));
    assertEquals("1", r(call(range(i(10)), "count", f(3.0))));
    assertEquals("[8, 6, 4, 2, 0]", listOf(call(r, "__reversed__")));
    assertEquals("5", r(call(r, "__len__")));
    assertEquals("True", r(call(r, "__contains__", i(8))));
    assertEquals("8", r(call(r, "__getitem__", i(-1))));
    assertEquals("True", r(call(range(i(3)), "__eq__", range(i(0), i(3)))));
    raises(
        ExceptionTypes.VALUE_ERROR, "11 is not in range", () -> call(range(i(10)), "index", i(11)));
    raises(
        ExceptionTypes.VALUE_ERROR,
        "sequence.index(x): x not in sequence",
        () -> call(range(i(10)), "index", s("a")));
  }

  @Test
  void bigRanges() {
    PyObject r = range(big(TWO_64), big("18446744073709551626"), i(3));
    assertSame(PyType.RANGE, r.type());
    assertEquals("range(18446744073709551616, 18446744073709551626, 3)", r(r));
    assertEquals(
        "[18446744073709551616, 18446744073709551619, 18446744073709551622, 18446744073709551625]",
        listOf(r));
    PyObject huge = range(big(TWO_64));
    assertEquals("5", r(huge.getItem(i(5))));
    assertEquals("18446744073709551615", r(huge.getItem(i(-1))));
    assertEquals("range(1, 5)", r(huge.getItem(new PySlice(i(1), i(5), PyNone.NONE))));
    assertEquals("True", r(PyBool.of(range(big("36893488147419103232")).contains(big(TWO_64)))));
    assertEquals("5 1", r(call(huge, "index", i(5))) + " " + r(call(huge, "count", i(5))));
    assertEquals(TWO_64, r(huge.getAttr("stop")));
    assertEquals("True", r(PyBool.of(huge.eq(range(i(0), big(TWO_64), i(1))))));
    raises(
        ExceptionTypes.OVERFLOW_ERROR,
        "Python int too large to convert to C ssize_t",
        () -> huge.len());
    assertEquals(
        "[18446744073709551615, 18446744073709551614]",
        r(construct(PyType.LIST, huge.getItem(new PySlice(i(-1), i(-3), i(-1))))));
  }

  @Test
  void slices() {
    assertEquals("slice(None, 5, None)", r(construct(PyType.SLICE, i(5))));
    assertEquals("slice(1, 5, None)", r(construct(PyType.SLICE, i(1), i(5))));
    PyObject sl = construct(PyType.SLICE, i(1), i(5), i(2));
    assertEquals("(1, 3, 2)", r(call(sl, "indices", i(3))));
    assertEquals(
        "(9, -1, -1)",
        r(call(construct(PyType.SLICE, PyNone.NONE, PyNone.NONE, i(-1)), "indices", i(10))));
    assertEquals("(0, 10, 1)", r(call(construct(PyType.SLICE, i(-100), i(100)), "indices", i(10))));
    assertEquals("True", r(call(sl, "__eq__", construct(PyType.SLICE, i(1), i(5), i(2)))));
    raises(
        ExceptionTypes.VALUE_ERROR,
        "slice step cannot be zero",
        () -> call(construct(PyType.SLICE, i(0), i(10), i(0)), "indices", i(5)));
    raises(
        ExceptionTypes.VALUE_ERROR,
        "length should not be negative",
        () -> call(sl, "indices", i(-1)));
    raises(TE, "slice expected at least 1 argument, got 0", () -> construct(PyType.SLICE));
    raises(TE, "slice() takes no keyword arguments", () -> construct(PyType.SLICE, kw("x", i(1))));
  }
}
