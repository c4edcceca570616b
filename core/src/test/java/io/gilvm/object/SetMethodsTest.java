package io.gilvm.object;

import static io.gilvm.object.MethodTestSupport.call;
import static io.gilvm.object.MethodTestSupport.construct;
import static io.gilvm.object.MethodTestSupport.frozenset;
import static io.gilvm.object.MethodTestSupport.i;
import static io.gilvm.object.MethodTestSupport.kw;
import static io.gilvm.object.MethodTestSupport.list;
import static io.gilvm.object.MethodTestSupport.r;
import static io.gilvm.object.MethodTestSupport.raises;
import static io.gilvm.object.MethodTestSupport.s;
import static io.gilvm.object.MethodTestSupport.set;
import static io.gilvm.object.MethodTestSupport.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** set's and frozenset's constructors and methods. */
class SetMethodsTest {
  @BeforeAll
  static void setUp() {
    MethodTestSupport.setUp();
  }

  private static final PyType TE = ExceptionTypes.TYPE_ERROR;

  @Test
  void constructors() {
    assertEquals("{'a'}", r(construct(PyType.SET, s("aa"))));
    assertEquals("set()", r(construct(PyType.SET)));
    assertEquals("frozenset({1, 2})", r(construct(PyType.FROZENSET, list(i(2), i(1), i(2)))));
    assertEquals("frozenset()", r(construct(PyType.FROZENSET)));
    PySet fs = frozenset(i(1));
    assertSame(fs, construct(PyType.FROZENSET, fs));
    raises(TE, "'int' object is not iterable", () -> construct(PyType.SET, i(1)));
    raises(TE, "set expected at most 1 argument, got 2", () -> construct(PyType.SET, i(1), i(2)));
    raises(TE, "set() takes no keyword arguments", () -> construct(PyType.SET, kw("x", i(1))));
    raises(
        TE,
        "frozenset expected at most 1 argument, got 2",
        () -> construct(PyType.FROZENSET, i(1), i(2)));
  }

  @Test
  void addRemovePop() {
    PySet st = set();
    call(st, "add", i(1));
    call(st, "add", i(1));
    call(st, "update", list(i(2), i(3)), s("a"));
    assertEquals(4, st.size());
    call(st, "discard", i(99));
    call(st, "discard", s("a"));
    call(st, "remove", i(3));
    assertEquals("{1, 2}", r(st));
    raises(ExceptionTypes.KEY_ERROR, "42", () -> call(st, "remove", i(42)));
    raises(TE, "unhashable type: 'list'", () -> call(st, "remove", list()));
    PySet one = set(i(42));
    assertEquals("42", r(call(one, "pop")));
    raises(ExceptionTypes.KEY_ERROR, "'pop from an empty set'", () -> call(one, "pop"));
    call(st, "clear");
    assertEquals("set()", r(st));
    PySet holder = set(frozenset(i(1)));
    assertEquals("True", r(call(holder, "__contains__", set(i(1)))));
    call(holder, "remove", set(i(1)));
    assertEquals(0, holder.size());
    raises(TE, "set.add() takes exactly one argument (0 given)", () -> call(st, "add"));
  }

  @Test
  void algebra() {
    PySet a = set(i(1), i(2), i(3));
    assertEquals("{1, 2, 3, 4, 5}", r(call(a, "union", list(i(3), i(4)), tuple(i(5)))));
    assertEquals("{2, 3}", r(call(a, "intersection", set(i(2), i(3), i(9)))));
    assertEquals("{3}", r(call(a, "intersection", list(i(2), i(3)), list(i(3)))));
    assertEquals("{2, 3}", r(call(a, "difference", list(i(1)))));
    assertEquals("{3}", r(call(a, "difference", list(i(1)), tuple(i(2)))));
    assertEquals("{1, 2, 4}", r(call(a, "symmetric_difference", set(i(3), i(4)))));
    assertEquals("{1, 2, 3}", r(call(a, "union")));
    assertEquals("{1, 2, 3}", r(a));
    assertEquals("{True}", r(call(set(i(1)), "intersection", list(PyBool.TRUE))));
    assertEquals("set()", r(call(set(i(1)), "symmetric_difference", set(PyBool.TRUE))));
    assertEquals("frozenset({1, 2})", r(call(frozenset(i(1)), "union", list(i(2)))));
    assertEquals("frozenset({1})", r(call(frozenset(i(1), i(2)), "difference", list(i(2)))));
    raises(TE, "'int' object is not iterable", () -> call(a, "union", i(1)));
    raises(
        TE,
        "set.symmetric_difference() takes exactly one argument (2 given)",
        () -> call(a, "symmetric_difference", i(1), i(2)));
  }

  @Test
  void inPlace() {
    PySet x = set(i(1), i(2));
    call(x, "intersection_update", list(i(2), i(3)));
    assertEquals("{2}", r(x));
    PySet y = set(i(1), i(2));
    call(y, "difference_update", list(i(2)), list(i(1)));
    assertEquals("set()", r(y));
    PySet z = set(i(1), i(2));
    call(z, "symmetric_difference_update", list(i(2), i(3)));
    assertEquals("{1, 3}", r(z));
    call(z, "symmetric_difference_update", z);
    assertEquals("set()", r(z));
    PySet w = set(i(1));
    assertSame(w, call(w, "__ior__", set(i(3))));
    assertEquals("{1, 3}", r(w));
  }

  @Test
  void relations() {
    PySet small = set(i(1), i(2));
    PySet bigger = set(i(1), i(2), i(3));
    assertEquals(
        "True False True",
        r(call(small, "issubset", bigger))
            + " "
            + r(call(bigger, "issubset", small))
            + " "
            + r(call(small, "issubset", small)));
    assertEquals(
        "True False",
        r(call(bigger, "issuperset", small)) + " " + r(call(small, "issuperset", set(i(1), i(3)))));
    assertEquals(
        "True True",
        r(call(small, "issubset", list(i(1), i(2), i(5))))
            + " "
            + r(call(bigger, "issuperset", construct(PyType.RANGE, i(1), i(3)))));
    assertEquals(
        "True False",
        r(call(small, "isdisjoint", set(i(3)))) + " " + r(call(small, "isdisjoint", list(i(2)))));
    raises(
        TE,
        "set.isdisjoint() takes exactly one argument (0 given)",
        () -> call(small, "isdisjoint"));
  }

  @Test
  void dunders() {
    PySet a = set(i(1), i(2));
    assertEquals("2", r(call(a, "__len__")));
    assertEquals("{1, 2, 3}", r(call(a, "__or__", set(i(3)))));
    assertEquals("{2}", r(call(a, "__and__", set(i(2)))));
    assertEquals("{1}", r(call(a, "__sub__", set(i(2)))));
    assertSame(PySingleton.NOT_IMPLEMENTED, call(a, "__or__", list(i(2))));
    assertEquals("True", r(call(a, "__eq__", frozenset(i(1), i(2)))));
    assertSame(PyNone.NONE, a.getAttr("__hash__"));
    assertEquals(
        frozenset(i(2), i(1)).hash(),
        ((PyInt) call(frozenset(i(1), i(2)), "__hash__")).longValue());
    PySet fs = frozenset(i(1));
    assertSame(fs, call(fs, "copy"));
  }
}
