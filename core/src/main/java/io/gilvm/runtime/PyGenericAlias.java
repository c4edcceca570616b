package io.gilvm.runtime;

/**
 * What annotations are made of: {@code list[int]} ({@code types.GenericAlias}, an origin type and
 * its arguments) and {@code int | None} ({@code types.UnionType}, no origin). Calling a generic
 * alias calls its origin; both compare equal when their parts do.
 */
public final class PyGenericAlias extends PyObject {
  public static final PyType GENERIC_ALIAS = PyType.builtin("GenericAlias", PyType.OBJECT);
  public static final PyType UNION = PyType.builtin("UnionType", PyType.OBJECT);

  /** The origin type, or null for a union. */
  private final PyObject origin;
  /** The arguments (owned). */
  private final PyTuple args;

  private PyGenericAlias(PyObject origin, PyTuple args) {
    this.origin = origin;
    this.args = args;
    Refs.incref(args);
    if (origin != null) {
      Refs.incref(origin);
    }
  }

  /** {@code origin[key]}: the key is the argument, or a tuple of them. */
  public static PyGenericAlias of(PyObject origin, PyObject key) {
    return new PyGenericAlias(origin, key instanceof PyTuple t ? t : PyTuple.of(key));
  }

  /** Whether {@code o} may be one side of {@code |} making a union. */
  static boolean unionable(PyObject o) {
    return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias;
  }

  /** {@code a | b} of two types, None or aliases: the union, flattened, without repeats. */
  static PyObject union(PyObject a, PyObject b) {
    java.util.List<PyObject> parts = new java.util.ArrayList<>();
    for (PyObject side : new PyObject[] {a, b}) {
      if (side instanceof PyGenericAlias g && g.origin == null) {
        for (PyObject p : g.args.items()) {
          addPart(parts, p);
        }
      } else {
        addPart(parts, side == PyNone.NONE ? PyNone.NONE.type() : side);
      }
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return new PyGenericAlias(null, PyTuple.of(parts.toArray(new PyObject[0])));
  }

  private static void addPart(java.util.List<PyObject> parts, PyObject p) {
    for (PyObject q : parts) {
      if (q == p || q.eq(p)) {
        return;
      }
    }
    parts.add(p);
  }

  @Override
  public PyType type() {
    return origin == null ? UNION : GENERIC_ALIAS;
  }

  private static String argRepr(PyObject o) {
    if (o == PySingleton.ELLIPSIS) {
      return "...";
    }
    if (o instanceof PyType t) {
      return o == PyType.NONE ? "None" : t.qualifiedName();
    }
    return Ops.repr(o);
  }

  @Override
  public String repr() {
    StringBuilder sb = new StringBuilder();
    if (origin == null) {
      for (int i = 0; i < args.size(); i++) {
        sb.append(i > 0 ? " | " : "").append(argRepr(args.items()[i]));
      }
      return sb.toString();
    }
    sb.append(argRepr(origin)).append('[');
    if (args.size() == 0) {
      sb.append("()");
    }
    for (int i = 0; i < args.size(); i++) {
      sb.append(i > 0 ? ", " : "").append(argRepr(args.items()[i]));
    }
    return sb.append(']').toString();
  }

  @Override
  public PyObject lookupAttr(String name) {
    switch (name) {
      case "__origin__":
        return origin == null ? super.lookupAttr(name) : origin;
      case "__args__":
        return args;
      case "__parameters__":
        return PyTuple.EMPTY;
      default:
        break;
    }
    PyObject v = super.lookupAttr(name);
    if (v == null && origin != null && !name.startsWith("__")) {
      v = origin.lookupAttr(name);
    }
    return v;
  }

  @Override
  public PyObject call(ThreadState ts, PyObject[] a, String[] kwnames) {
    if (origin == null) {
      return super.call(ts, a, kwnames);
    }
    return origin.call(ts, a, kwnames);
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    return op == Ops.OR && unionable(other) ? union(this, other) : null;
  }

  @Override
  public PyObject reflectedBinaryOp(int op, PyObject other) {
    return op == Ops.OR && unionable(other) ? union(other, this) : null;
  }

  @Override
  public PyObject getItem(PyObject key) {
    throw PyException.typeError(repr() + " is not a generic class");
  }

  @Override
  public long hash() {
    return (origin == null ? 0 : origin.hash()) * 31 + args.hash();
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (!(other instanceof PyGenericAlias g) || (op != Ops.EQ && op != Ops.NE)) {
      return super.richCompare(other, op);
    }
    boolean same;
    if (origin == null) {
      same = g.origin == null && args.size() == g.args.size();
      for (PyObject p : args.items()) {
        boolean found = false;
        for (PyObject q : g.args.items()) {
          found |= p == q || p.eq(q);
        }
        same &= found;
      }
    } else {
      same = g.origin != null && origin.eq(g.origin) && args.eq(g.args);
    }
    return PyBool.of(same == (op == Ops.EQ));
  }

  @Override
  protected void traverse(java.util.function.Consumer<PyObject> visit) {
    visit.accept(args);
    if (origin != null) {
      visit.accept(origin);
    }
  }

  @Override
  protected void release() {
    ThreadState ts = ThreadState.current();
    Refs.decref(ts, args);
    if (origin != null) {
      Refs.decref(ts, origin);
    }
  }
}
