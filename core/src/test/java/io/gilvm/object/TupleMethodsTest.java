package io.gilvm.object;

import static io.gilvm.object.MethodTestSupport.call;
import static io.gilvm.object.MethodTestSupport.construct;
import static io.gilvm.object.MethodTestSupport.i;
import static io.gilvm.object.MethodTestSupport.list;
import static io.gilvm.object.MethodTestSupport.r;
import static io.gilvm.object.MethodTestSupport.raises;
import static io.gilvm.object.MethodTestSupport.s;
import static io.gilvm.object.MethodTestSupport.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** tuple's constructor and methods. */
class TupleMethodsTest {
  @BeforeAll
  static void setUp() {
    MethodTestSupport.setUp();
  }

  @Test
  void constructor() {
    assertEquals("('a', 'b')", r(construct(PyType.TUPLE, s("ab"))));
    assertEquals("(1, 2)", r(construct(PyType.TUPLE, list(i(1), i(2)))));
    assertSame(PyTuple.EMPTY, construct(PyType.TUPLE));
    PyTuple t = tuple(i(1));
    assertSame(t, construct(PyType.TUPLE, t));
    raises(
        ExceptionTypes.TYPE_ERROR,
        "'int' object is not iterable",
        () -> construct(PyType.TUPLE, i(1)));
    raises(
        ExceptionTypes.TYPE_ERROR,
        "tuple expected at most 1 argument, got 2",
        () -> construct(PyType.TUPLE, i(1), i(2)));
  }

  @Test
  void indexAndCount() {
    PyTuple t = tuple(i(1), s("two"), i(3), s("two"));
    assertEquals("1", r(call(t, "index", s("two"))));
    assertEquals("3", r(call(t, "index", s("two"), i(2))));
    assertEquals("2", r(call(t, "count", s("two"))));
    assertEquals("0", r(call(t, "count", i(9))));
    raises(
        ExceptionTypes.VALUE_ERROR, "tuple.index(x): x not in tuple", () -> call(t, "index", i(9)));
    raises(
        ExceptionTypes.VALUE_ERROR,
        "tuple.index(x): x not in tuple",
        () -> call(t, "index", i(1), i(1), i(3)));
    raises(
        ExceptionTypes.TYPE_ERROR,
        "index expected at least 1 argument, got 0",
        () -> call(t, "index"));
    raises(
        ExceptionTypes.TYPE_ERROR,
        "tuple.count() takes exactly one argument (0 given)",
        () -> call(t, "count"));
  }

  @Test
  void dunders() {
    PyTuple t = tuple(i(1), i(2));
    assertEquals("2", r(call(t, "__len__")));
    assertEquals("2", r(call(t, "__getitem__", i(-1))));
    assertEquals("True", r(call(t, "__contains__", i(1))));
    assertEquals("(1, 2, 1, 2)", r(call(t, "__rmul__", i(2))));
    assertEquals("(1, 2, 3)", r(call(t, "__add__", tuple(i(3)))));
    assertEquals(t.hash(), ((PyInt) call(t, "__hash__")).longValue());
    assertEquals("True", r(call(t, "__lt__", tuple(i(1), i(3)))));
    raises(
        ExceptionTypes.TYPE_ERROR,
        "can only concatenate tuple (not \"list\") to tuple",
        () -> call(t, "__add__", list()));
  }
}
