package io.gilvm.object;

import io.gilvm.mem.Refs;

/**
 * {@code dict.keys()}, {@code dict.values()} and {@code dict.items()}: live views of a dict. Keys
 * and items views are set-like: they compare with sets and support {@code & | - ^}.
 */
public final class PyDictView extends PyObject {
  static final PyType KEYS_TYPE = PyType.builtin("dict_keys", PyType.OBJECT);
  static final PyType VALUES_TYPE = PyType.builtin("dict_values", PyType.OBJECT);
  static final PyType ITEMS_TYPE = PyType.builtin("dict_items", PyType.OBJECT);

  private final PyDict dict;

  /** {@link PyIterators.DictIterator#KEYS}, {@code VALUES} or {@code ITEMS}. */
  private final int kind;

  PyDictView(PyDict dict, int kind) {
    Refs.incref(dict);
    this.dict = dict;
    this.kind = kind;
  }

  @Override
  public PyType type() {
    return kind == PyIterators.DictIterator.KEYS
        ? KEYS_TYPE
        : kind == PyIterators.DictIterator.VALUES ? VALUES_TYPE : ITEMS_TYPE;
  }

  /** The dict this view shows. */
  public PyDict dict() {
    return dict;
  }

  boolean isSetLike() {
    return kind != PyIterators.DictIterator.VALUES;
  }

  @Override
  public void release() {
    Refs.decref(dict);
  }

  @Override
  public int len() {
    return dict.size();
  }

  @Override
  public boolean isTrue() {
    return dict.size() > 0;
  }

  @Override
  public PyObject iter() {
    return new PyIterators.DictIterator(dict, kind);
  }

  @Override
  public boolean contains(PyObject item) {
    switch (kind) {
      case PyIterators.DictIterator.KEYS:
        return dict.containsKey(item);
      case PyIterators.DictIterator.ITEMS:
        {
          if (!(item instanceof PyTuple t) || t.size() != 2) {
            return false;
          }
          PyObject v = dict.get(t.get(0));
          return v != null && (v == t.get(1) || Ops.eq(v, t.get(1)));
        }
      default:
        for (PyObject v : dict.valueArray()) {
          if (v == item || Ops.eq(v, item)) {
            return true;
          }
        }
        return false;
    }
  }

  @Override
  public long hash() {
    if (isSetLike()) {
      throw PyException.typeError("unhashable type: '" + type().name() + "'");
    }
    return super.hash();
  }

  @Override
  public String repr() {
    ReprGuard g = ReprGuard.enter(this);
    if (g == null) {
      return "...";
    }
    try {
      StringBuilder sb = new StringBuilder(type().name()).append("([");
      PyObject it = iter();
      boolean first = true;
      for (PyObject x; (x = it.next()) != null; ) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        sb.append(Ops.repr(x));
      }
      return sb.append("])").toString();
    } finally {
      g.exit();
    }
  }

  /** The view's elements as a new set (a temporary for the set algebra). */
  PySet toSet() {
    return PySet.from(this, false);
  }

  private static boolean isSetOperand(PyObject o) {
    return o instanceof PySet || (o instanceof PyDictView v && v.isSetLike());
  }

  private static PySet asSet(PyObject o) {
    return o instanceof PySet s ? s : PySet.from(o, false);
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (!isSetLike() || !isSetOperand(other)) {
      return null;
    }
    PySet mine = toSet();
    PySet theirs = asSet(other);
    try {
      return mine.richCompare(theirs, op);
    } finally {
      NumberMethods.drop(mine);
      if (theirs != other) {
        NumberMethods.drop(theirs);
      }
    }
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    if (!isSetLike() || !isSetAlgebra(op)) {
      return null;
    }
    return algebra(this, other, op);
  }

  @Override
  public PyObject reflectedBinaryOp(int op, PyObject other) {
    if (!isSetLike() || !isSetAlgebra(op)) {
      return null;
    }
    return algebra(other, this, op);
  }

  private static boolean isSetAlgebra(int op) {
    return op == Ops.AND || op == Ops.OR || op == Ops.SUB || op == Ops.XOR;
  }

  /** {@code a op b} where either side is a view and the other any iterable: a new set. */
  private static PyObject algebra(PyObject a, PyObject b, int op) {
    PySet left = PySet.from(a, false);
    PySet right = asSet(b);
    try {
      return left.combine(op, right);
    } finally {
      NumberMethods.drop(left);
      if (right != b) {
        NumberMethods.drop(right);
      }
    }
  }

  static void install() {
    for (PyType t : new PyType[] {KEYS_TYPE, VALUES_TYPE, ITEMS_TYPE}) {
      t.method(
          "__len__",
          (ts, self, a, kw) -> {
            NumberMethods.expectArgs("__len__", a, kw, 0);
            return PyInt.of(self.len());
          });
      t.method(
          "__iter__",
          (ts, self, a, kw) -> {
            NumberMethods.expectArgs("__iter__", a, kw, 0);
            return self.iter();
          });
      t.method(
          "__repr__",
          (ts, self, a, kw) -> {
            NumberMethods.expectArgs("__repr__", a, kw, 0);
            return new PyStr(self.repr());
          });
      t.method(
          "__reversed__",
          (ts, self, a, kw) -> {
            ArgParser.arity(t.name() + ".__reversed__", a, kw, 0, 0);
            PyObject[] items = Ops.toArray(self);
            PyObject[] rev = new PyObject[items.length];
            for (int i = 0; i < items.length; i++) {
              rev[i] = items[items.length - 1 - i];
            }
            return PyList.of(rev).iter();
          });
      if (t != VALUES_TYPE) {
        t.method(
            "__contains__",
            (ts, self, a, kw) -> {
              NumberMethods.expectArgs("__contains__", a, kw, 1);
              return PyBool.of(self.contains(a[0]));
            });
        t.method(
            "isdisjoint",
            (ts, self, a, kw) -> {
              ArgParser.arity(t.name() + ".isdisjoint", a, kw, 1, 1);
              PyObject it = Ops.iter(a[0]);
              for (PyObject x; (x = it.next()) != null; ) {
                if (self.contains(x)) {
                  return PyBool.FALSE;
                }
              }
              return PyBool.TRUE;
            });
        NumberMethods.compareDunders(t);
        NumberMethods.binaryDunders(t, Ops.AND, Ops.OR, Ops.SUB, Ops.XOR);
      }
    }
  }
}
