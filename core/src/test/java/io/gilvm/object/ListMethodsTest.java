package io.gilvm.object;

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
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** list's constructor and methods. */
class ListMethodsTest {
  @BeforeAll
  static void setUp() {
    MethodTestSupport.setUp();
  }

  private static final PyType TE = ExceptionTypes.TYPE_ERROR;

  @Test
  void constructor() {
    assertEquals("['a', 'b', 'c']", r(construct(PyType.LIST, s("abc"))));
    assertEquals("['k']", r(construct(PyType.LIST, dict(s("k"), i(1)))));
    assertEquals("[]", r(construct(PyType.LIST)));
    PyList src = list(i(1));
    assertNotSame(src, construct(PyType.LIST, src));
    raises(TE, "'int' object is not iterable", () -> construct(PyType.LIST, i(1)));
    raises(TE, "list expected at most 1 argument, got 2", () -> construct(PyType.LIST, i(1), i(2)));
    raises(TE, "list() takes no keyword arguments", () -> construct(PyType.LIST, kw("x", i(1))));
  }

  @Test
  void appendExtendInsert() {
    PyList l = list(i(1));
    assertSame(PyNone.NONE, call(l, "append", i(2)));
    call(l, "append", list(i(3)));
    call(l, "extend", s("ab"));
    call(l, "extend", l);
    assertEquals("[1, 2, [3], 'a', 'b', 1, 2, [3], 'a', 'b']", r(l));
    PyList x = list(i(1), i(2), i(3));
    call(x, "insert", i(0), s("first"));
    call(x, "insert", i(-1), s("before last"));
    call(x, "insert", i(100), s("end"));
    call(x, "insert", i(-100), s("start"));
    assertEquals("['start', 'first', 1, 2, 'before last', 3, 'end']", r(x));
    raises(TE, "list.append() takes exactly one argument (0 given)", () -> call(l, "append"));
    raises(TE, "list.append() takes no keyword arguments", () -> call(l, "append", kw("x", i(1))));
    raises(TE, "insert expected 2 arguments, got 1", () -> call(l, "insert", i(1)));
    raises(TE, "'int' object is not iterable", () -> call(l, "extend", i(1)));
    raises(
        ExceptionTypes.OVERFLOW_ERROR,
        "Python int too large to convert to C ssize_t",
        () -> call(l, "insert", MethodTestSupport.big("1000000000000000000000000000000"), i(1)));
  }

  @Test
  void popAndRemove() {
    PyList l = list(i(10), i(20), i(30), i(20), i(40));
    assertEquals("40", r(call(l, "pop")));
    assertEquals("10", r(call(l, "pop", i(0))));
    assertEquals("30", r(call(l, "pop", i(-2))));
    assertEquals("[20, 20]", r(l));
    call(l, "remove", i(20));
    assertEquals("[20]", r(l));
    raises(
        ExceptionTypes.VALUE_ERROR,
        "list.remove(x): x not in list",
        () -> call(l, "remove", i(99)));
    raises(
        ExceptionTypes.INDEX_ERROR, "pop index out of range", () -> call(list(i(1)), "pop", i(5)));
    raises(
        ExceptionTypes.INDEX_ERROR,
        "pop index out of range",
        () -> call(list(i(1), i(2)), "pop", i(-3)));
    raises(ExceptionTypes.INDEX_ERROR, "pop from empty list", () -> call(list(), "pop"));
    raises(TE, "pop expected at most 1 argument, got 2", () -> call(l, "pop", i(1), i(2)));
    raises(TE, "'str' object cannot be interpreted as an integer", () -> call(l, "pop", s("a")));
    assertEquals("2", r(call(list(i(1), i(2)), "pop", PyBool.TRUE)));
  }

  @Test
  void indexAndCount() {
    PyList l = list(s("a"), s("b"), s("c"), s("b"), s("a"));
    assertEquals("1", r(call(l, "index", s("b"))));
    assertEquals("3", r(call(l, "index", s("b"), i(2))));
    assertEquals("3", r(call(l, "index", s("b"), i(-2))));
    assertEquals("2", r(call(l, "count", s("a"))));
    assertEquals("0", r(call(l, "count", s("z"))));
    assertEquals("3", r(call(list(i(1), f(1.0), PyBool.TRUE), "count", i(1))));
    raises(ExceptionTypes.VALUE_ERROR, "'z' is not in list", () -> call(l, "index", s("z")));
    raises(
        ExceptionTypes.VALUE_ERROR,
        "'c' is not in list",
        () -> call(l, "index", s("c"), i(0), i(2)));
    raises(
        TE,
        "slice indices must be integers or have an __index__ method",
        () -> call(l, "index", s("a"), s("x")));
    raises(TE, "index expected at least 1 argument, got 0", () -> call(l, "index"));
  }

  @Test
  void sortReverseCopyClear() {
    PyList nums = list(i(5), i(2), i(9), i(1), i(5), i(6));
    assertSame(PyNone.NONE, call(nums, "sort"));
    assertEquals("[1, 2, 5, 5, 6, 9]", r(nums));
    call(nums, "sort", kw("reverse", PyBool.TRUE));
    assertEquals("[9, 6, 5, 5, 2, 1]", r(nums));
    PyList words = list(s("banana"), s("Apple"), s("cherry"), s("apple"));
    call(words, "sort", kw("key", PyType.STR.getAttr("lower")));
    assertEquals("['Apple', 'apple', 'banana', 'cherry']", r(words));
    raises(TE, "sort() takes no positional arguments", () -> call(nums, "sort", i(1)));
    raises(
        TE,
        "'foo' is an invalid keyword argument for sort()",
        () -> call(nums, "sort", kw("foo", i(1))));
    PyList rev = list(i(1), i(2), i(3));
    assertSame(PyNone.NONE, call(rev, "reverse"));
    assertEquals("[3, 2, 1]", r(rev));
    PyList inner = list(i(2));
    PyList a = list(i(1), inner);
    PyList c = (PyList) call(a, "copy");
    assertNotSame(a, c);
    assertSame(inner, c.get(1));
    call(a, "clear");
    assertEquals("[] [1, [2]]", r(a) + " " + r(c));
    raises(TE, "list.reverse() takes no arguments (1 given)", () -> call(rev, "reverse", i(1)));
  }

  @Test
  void dunders() {
    PyList l = list(i(1), i(2), i(3));
    assertEquals("3", r(call(l, "__len__")));
    assertEquals("[2, 3]", r(call(l, "__getitem__", new PySlice(i(1), PyNone.NONE, PyNone.NONE))));
    call(l, "__setitem__", i(0), s("x"));
    call(l, "__delitem__", i(-1));
    assertEquals("['x', 2]", r(l));
    assertEquals("True", r(call(l, "__contains__", i(2))));
    assertEquals("[1, 2]", r(call(list(i(1)), "__add__", list(i(2)))));
    PyList acc = list(i(1));
    assertSame(acc, call(acc, "__iadd__", tuple(i(2), i(3))));
    assertEquals("[1, 2, 3]", r(acc));
    assertEquals("[1, 1]", r(call(list(i(1)), "__mul__", i(2))));
    assertEquals("True", r(call(list(i(1), i(2)), "__lt__", list(i(1), i(3)))));
    assertSame(PySingleton.NOT_IMPLEMENTED, call(list(i(1), i(2)), "__eq__", tuple(i(1), i(2))));
    assertSame(PyNone.NONE, list().getAttr("__hash__"));
    assertEquals(
        "[3, 2, 1]", r(construct(PyType.LIST, call(list(i(1), i(2), i(3)), "__reversed__"))));
    raises(
        TE,
        "can only concatenate list (not \"tuple\") to list",
        () -> call(list(), "__add__", tuple()));
    raises(
        TE,
        "'float' object cannot be interpreted as an integer",
        () -> call(list(), "__mul__", f(2.0)));
    raises(
        ExceptionTypes.INDEX_ERROR,
        "list index out of range",
        () -> call(list(), "__getitem__", i(0)));
  }
}
