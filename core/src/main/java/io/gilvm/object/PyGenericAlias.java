package io.gilvm.object;

import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.GenericAlias} ({@code list[int]}, made by a builtin class's {@code
 * __class_getitem__}) and {@code types.UnionType} ({@code int | None}): the objects that
 * annotations evaluated at run time produce. An alias calls and reads attributes through its
 * origin; a union works with {@code isinstance} and {@code issubclass}.
 */
public final class PyGenericAlias extends PyObject {
  static final PyType GENERIC_ALIAS = PyType.builtin("GenericAlias", PyType.OBJECT);
  static final PyType UNION = PyType.builtin("UnionType", PyType.OBJECT);

  /** The class subscripted; null for a union. */
  private final PyObject origin;

  private final PyTuple args;

  private PyGenericAlias(PyObject origin, PyTuple args) {
    this.origin = origin;
    this.args = args;
    if (origin != null) {
      Refs.incref(origin);
    }
    Refs.incref(args);
  }

  /** {@code origin[key]}: the alias a builtin class's {@code __class_getitem__} returns. */
  static PyGenericAlias of(PyObject origin, PyObject key) {
    PyTuple args = key.getClass() == PyTuple.class ? (PyTuple) key : PyTuple.of(key);
    return new PyGenericAlias(origin, args);
  }

  /** Whether {@code o} may be a member of a union ({@code X | Y}). */
  static boolean unionable(PyObject o) {
    return o instanceof PyType || o == PyNone.NONE || o instanceof PyGenericAlias;
  }

  /** {@code a | b} for types, None, aliases and unions: a flattened union without repeats. */
  static PyObject union(PyObject a, PyObject b) {
    List<PyObject> members = new ArrayList<>();
    for (PyObject o : new PyObject[] {a, b}) {
      if (o instanceof PyGenericAlias g && g.origin == null) {
        for (PyObject m : g.args.items()) {
          addMember(members, m);
        }
      } else {
        addMember(members, o == PyNone.NONE ? PyType.NONE : o);
      }
    }
    if (members.size() == 1) {
      return members.get(0);
    }
    return new PyGenericAlias(null, PyTuple.of(members.toArray(new PyObject[0])));
  }

  private static void addMember(List<PyObject> members, PyObject m) {
    for (PyObject x : members) {
      if (x == m || x.eq(m)) {
        return;
      }
    }
    members.add(m);
  }

  /** The union's members, for isinstance and issubclass; null when this is not a union. */
  public PyObject[] unionMembers() {
    return origin == null ? args.items() : null;
  }

  public boolean isUnion() {
    return origin == null;
  }

  @Override
  public PyType type() {
    return origin == null ? UNION : GENERIC_ALIAS;
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    if (origin != null) {
      visit.accept(origin);
    }
    visit.accept(args);
  }

  @Override
  public void release() {
    if (origin != null) {
      Refs.decref(origin);
    }
    Refs.decref(args);
  }

  private static String argRepr(PyObject o) {
    if (o == PyType.NONE) {
      return "None";
    }
    if (o instanceof PyType t) {
      return t.qualifiedName();
    }
    if (o == PySingleton.ELLIPSIS) {
      return "...";
    }
    if (o instanceof PyList l) {
      StringBuilder sb = new StringBuilder("[");
      PyObject[] items = l.toArray();
      for (int i = 0; i < items.length; i++) {
        sb.append(i > 0 ? ", " : "").append(argRepr(items[i]));
      }
      return sb.append("]").toString();
    }
    return o.repr();
  }

  @Override
  public String repr() {
    StringBuilder sb = new StringBuilder();
    PyObject[] items = args.items();
    if (origin == null) {
      for (int i = 0; i < items.length; i++) {
        sb.append(i > 0 ? " | " : "").append(argRepr(items[i]));
      }
      return sb.toString();
    }
    sb.append(argRepr(origin)).append('[');
    if (items.length == 0) {
      sb.append("()");
    }
    for (int i = 0; i < items.length; i++) {
      sb.append(i > 0 ? ", " : "").append(argRepr(items[i]));
    }
    return sb.append(']').toString();
  }

  @Override
  public long hash() {
    long h = origin == null ? 0x5f3759df : origin.hash();
    return h ^ args.hash();
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    if (op != Ops.EQ && op != Ops.NE) {
      return null;
    }
    if (!(other instanceof PyGenericAlias g)) {
      return null;
    }
    boolean same;
    if (origin == null || g.origin == null) {
      same = origin == g.origin && args.len() == g.args.len();
      if (same) {
        for (PyObject m : args.items()) {
          boolean found = false;
          for (PyObject n : g.args.items()) {
            found |= m == n || m.eq(n);
          }
          same &= found;
        }
      }
    } else {
      same = (origin == g.origin || origin.eq(g.origin)) && args.eq(g.args);
    }
    return PyBool.of(op == Ops.EQ ? same : !same);
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
  public PyObject call(ThreadState ts, PyObject[] a, String[] kwnames) {
    if (origin == null) {
      throw PyException.typeError("'types.UnionType' object is not callable");
    }
    return origin.call(ts, a, kwnames);
  }

  @Override
  public PyObject getItem(PyObject key) {
    throw PyException.typeError("There are no type variables left in " + repr());
  }

  @Override
  public PyObject lookupAttr(String name) {
    switch (name) {
      case "__origin__":
        return origin == null ? null : origin;
      case "__args__":
        return args;
      case "__parameters__":
        return PyTuple.EMPTY;
      case "__class__":
        return type();
      default:
        break;
    }
    if (origin == null) {
      return super.lookupAttr(name);
    }
    return origin.lookupAttr(name);
  }

  @Override
  public boolean usesGenericGetAttr() {
    return false;
  }
}
