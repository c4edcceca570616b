package io.gilvm.object;

import static io.gilvm.object.MethodTestSupport.call;
import static io.gilvm.object.MethodTestSupport.construct;
import static io.gilvm.object.MethodTestSupport.dict;
import static io.gilvm.object.MethodTestSupport.i;
import static io.gilvm.object.MethodTestSupport.kw;
import static io.gilvm.object.MethodTestSupport.list;
import static io.gilvm.object.MethodTestSupport.r;
import static io.gilvm.object.MethodTestSupport.raises;
import static io.gilvm.object.MethodTestSupport.s;
import static io.gilvm.object.MethodTestSupport.set;
import static io.gilvm.object.MethodTestSupport.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** dict's constructor and methods, and its keys/values/items views. */
class DictMethodsTest {
  @BeforeAll
  static void setUp() {
    MethodTestSupport.setUp();
  }

  private static final PyType TE = ExceptionTypes.TYPE_ERROR;
  private static final PyType KE = ExceptionTypes.KEY_ERROR;

  @Test
  void constructor() {
    assertEquals("{'a': 1, 'b': 2}", r(construct(PyType.DICT, kw("a", i(1)), kw("b", i(2)))));
    assertEquals(
        "{'x': 1, 'y': 2}",
        r(construct(PyType.DICT, list(tuple(s("x"), i(1)), tuple(s("y"), i(2))))));
    assertEquals(
        "{'k': 1, 'k2': 2}", r(construct(PyType.DICT, dict(s("k"), i(1)), kw("k2", i(2)))));
    assertEquals(
        "{1: 2, 'a': 3}", r(construct(PyType.DICT, list(list(i(1), i(2))), kw("a", i(3)))));
    assertEquals("{'a': 'b'}", r(construct(PyType.DICT, list(s("ab")))));
    assertEquals(
        "{'a': 2}", r(construct(PyType.DICT, list(tuple(s("a"), i(1)), tuple(s("a"), i(2))))));
    raises(TE, "'int' object is not iterable", () -> construct(PyType.DICT, i(1)));
    raises(
        TE,
        "cannot convert dictionary update sequence element #0 to a sequence",
        () -> construct(PyType.DICT, list(i(1))));
    raises(
        ExceptionTypes.VALUE_ERROR,
        "dictionary update sequence element #1 has length 1; 2 is required",
        () -> construct(PyType.DICT, list(s("ab"), s("c"))));
    raises(TE, "dict expected at most 1 argument, got 2", () -> construct(PyType.DICT, i(1), i(2)));
  }

  @Test
  void getSetdefaultPop() {
    PyDict d = dict(s("a"), i(1));
    assertEquals(
        "1 None 0",
        r(call(d, "get", s("a")))
            + " "
            + r(call(d, "get", s("b")))
            + " "
            + r(call(d, "get", s("b"), i(0))));
    assertEquals("1", r(call(d, "setdefault", s("a"), i(100))));
    PyObject fresh = call(d, "setdefault", s("c"), list());
    assertSame(fresh, d.getStr("c"));
    assertSame(PyNone.NONE, call(d, "setdefault", s("n")));
    assertEquals("{'a': 1, 'c': [], 'n': None}", r(d));
    assertEquals("1", r(call(d, "pop", s("a"))));
    assertEquals("'default'", r(call(d, "pop", s("zz"), s("default"))));
    raises(KE, "'missing'", () -> call(d, "pop", s("missing")));
    raises(TE, "get expected at least 1 argument, got 0", () -> call(d, "get"));
    raises(TE, "get expected at most 2 arguments, got 3", () -> call(d, "get", i(1), i(2), i(3)));
    raises(TE, "unhashable type: 'list'", () -> call(d, "get", list()));
  }

  @Test
  void popitemIsLifo() {
    PyDict d = dict(s("a"), i(1), s("b"), i(2), s("c"), i(3));
    call(d, "pop", s("c"));
    call(d, "__setitem__", s("d"), i(4));
    assertEquals("('d', 4)", r(call(d, "popitem")));
    assertEquals("('b', 2)", r(call(d, "popitem")));
    assertEquals("('a', 1)", r(call(d, "popitem")));
    raises(KE, "'popitem(): dictionary is empty'", () -> call(d, "popitem"));
    raises(TE, "dict.popitem() takes no arguments (1 given)", () -> call(d, "popitem", i(1)));
  }

  @Test
  void updateCopyClearFromkeys() {
    PyDict d = dict(s("a"), i(1));
    call(d, "update", dict(s("b"), i(2), s("a"), i(10)));
    call(d, "update", list(tuple(s("c"), i(3))));
    call(d, "update", kw("e", i(5)));
    assertEquals("{'a': 10, 'b': 2, 'c': 3, 'e': 5}", r(d));
    PyDict c = (PyDict) call(d, "copy");
    assertNotSame(d, c);
    call(d, "clear");
    assertEquals("{} 4", r(d) + " " + c.size());
    raises(
        TE, "update expected at most 1 argument, got 2", () -> call(d, "update", dict(), dict()));
    raises(
        ExceptionTypes.VALUE_ERROR,
        "dictionary update sequence element #0 has length 1; 2 is required",
        () -> call(d, "update", list(tuple(i(1)))));
    assertEquals("{'a': 0, 'b': 0}", r(call(PyType.DICT, "fromkeys", s("ab"), i(0))));
    assertEquals("{'a': None, 'b': None}", r(call(dict(), "fromkeys", s("ab"))));
    raises(TE, "'int' object is not iterable", () -> call(PyType.DICT, "fromkeys", i(1)));
    raises(TE, "fromkeys expected at least 1 argument, got 0", () -> call(PyType.DICT, "fromkeys"));
  }

  @Test
  void dunders() {
    PyDict d = dict(s("a"), i(1));
    assertEquals("1", r(call(d, "__getitem__", s("a"))));
    call(d, "__setitem__", s("b"), i(2));
    assertEquals("True", r(call(d, "__contains__", s("b"))));
    call(d, "__delitem__", s("a"));
    assertEquals("1", r(call(d, "__len__")));
    assertEquals("{'b': 2, 'c': 3}", r(call(d, "__or__", dict(s("c"), i(3)))));
    assertSame(PySingleton.NOT_IMPLEMENTED, call(d, "__or__", list()));
    assertSame(d, call(d, "__ior__", dict(s("z"), i(0))));
    assertEquals("['z', 'b']", r(construct(PyType.LIST, call(d, "__reversed__"))));
    assertSame(PyNone.NONE, d.getAttr("__hash__"));
    raises(KE, "1", () -> call(dict(), "__getitem__", i(1)));
  }

  @Test
  void viewsAreLive() {
    PyDict d = dict(s("x"), i(1), s("y"), i(2));
    PyObject k = call(d, "keys");
    PyObject v = call(d, "values");
    PyObject it = call(d, "items");
    assertEquals("dict_keys(['x', 'y'])", r(k));
    assertEquals("dict_values([1, 2])", r(v));
    assertEquals("dict_items([('x', 1), ('y', 2)])", r(it));
    d.put(s("z"), i(3));
    assertEquals("dict_keys(['x', 'y', 'z']) 3", r(k) + " " + v.len());
    assertEquals("[1, 2, 3]", r(construct(PyType.LIST, v)));
    assertEquals(
        "true true true false",
        k.contains(s("z"))
            + " "
            + v.contains(i(3))
            + " "
            + it.contains(tuple(s("z"), i(3)))
            + " "
            + it.contains(i(1)));
    assertEquals("dict_keys", k.type().name());
    assertEquals("dict_keys([])", r(call(dict(), "keys")));
    raises(TE, "dict.keys() takes no arguments (1 given)", () -> call(d, "keys", i(1)));
    raises(TE, "unhashable type: 'dict_keys'", () -> k.hash());
  }

  @Test
  void setLikeViews() {
    PyDict d = dict(i(1), i(2));
    PyObject k = call(d, "keys");
    assertEquals("{1}", r(Ops.binary(k, list(i(1)), Ops.AND)));
    assertEquals("{1}", r(Ops.binary(list(i(1)), k, Ops.AND)));
    assertEquals("set()", r(Ops.binary(list(i(1)), k, Ops.SUB)));
    assertEquals("{1, 3}", r(Ops.binary(k, set(i(3)), Ops.XOR)));
    assertEquals("True", r(Ops.compare(k, set(i(1)), Ops.EQ)));
    assertEquals("True", r(Ops.compare(k, set(i(1), i(3)), Ops.LE)));
    assertEquals("True", r(Ops.compare(call(d, "items"), set(tuple(i(1), i(2))), Ops.EQ)));
    PyObject v = call(d, "values");
    assertEquals("False", r(Ops.compare(v, call(d, "values"), Ops.EQ)));
    assertEquals("True", r(call(k, "isdisjoint", list(i(2)))));
    raises(
        TE,
        "'<' not supported between instances of 'dict_keys' and 'int'",
        () -> Ops.compare(k, i(1), Ops.LT));
    raises(
        TE,
        "unhashable type: 'list'",
        () -> Ops.binary(call(dict(i(1), list()), "items"), set(tuple(i(1), i(2))), Ops.AND));
  }
}
