package io.gilvm.modules;

import io.gilvm.mem.Refs;
import io.gilvm.object.Ops;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;

/**
 * A tuple whose items also have names, as CPython's struct sequences ({@code sys.version_info},
 * {@code sys.float_info}): indexing, slicing, comparison and unpacking act on the tuple, and {@code
 * .major} reads a field. Not a {@code tuple} subclass: every operation delegates to the tuple it
 * owns.
 */
final class StructSeq extends PyObject {
  private final PyType type;

  /** The name its repr starts with, qualified as CPython prints it ({@code sys.version_info}). */
  private final String reprName;

  private final String[] fields;
  private final PyTuple values;

  /** A struct sequence of {@code type}; owns a reference to a tuple of {@code values}. */
  StructSeq(PyType type, String reprName, String[] fields, PyObject... values) {
    if (fields.length != values.length) {
      throw new IllegalArgumentException("fields and values differ in length");
    }
    this.type = type;
    this.reprName = reprName;
    this.fields = fields;
    this.values = PyTuple.of(values);
    Refs.incref(this.values);
  }

  /** The type of a struct sequence: named like CPython's, not subclassable, not constructible. */
  static PyType type(String name) {
    return PyType.builtin(name, PyType.OBJECT);
  }

  PyTuple values() {
    return values;
  }

  @Override
  public PyType type() {
    return type;
  }

  @Override
  public void release() {
    Refs.decref(values);
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    visit.accept(values);
  }

  private static PyObject unwrap(PyObject o) {
    return o instanceof StructSeq s ? s.values : o;
  }

  @Override
  public PyObject lookupAttr(String name) {
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].equals(name)) {
        return values.get(i);
      }
    }
    PyObject own = super.lookupAttr(name);
    return own != null ? own : values.lookupAttr(name);
  }

  @Override
  public boolean usesGenericGetAttr() {
    // Field names and the tuple's methods are answered by lookupAttr, not by the type.
    return false;
  }

  @Override
  public String repr() {
    StringBuilder sb = new StringBuilder(reprName).append('(');
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(fields[i]).append('=').append(Ops.repr(values.get(i)));
    }
    return sb.append(')').toString();
  }

  @Override
  public boolean isTrue() {
    return values.isTrue();
  }

  @Override
  public int len() {
    return values.len();
  }

  @Override
  public long hash() {
    return values.hash();
  }

  @Override
  public boolean eq(PyObject other) {
    return values.eq(unwrap(other));
  }

  @Override
  public PyObject richCompare(PyObject other, int op) {
    return values.richCompare(unwrap(other), op);
  }

  @Override
  public PyObject binaryOp(int op, PyObject other) {
    return values.binaryOp(op, unwrap(other));
  }

  @Override
  public PyObject reflectedBinaryOp(int op, PyObject other) {
    if (other instanceof PyTuple || other instanceof StructSeq) {
      return unwrap(other).binaryOp(op, values);
    }
    return values.reflectedBinaryOp(op, other);
  }

  @Override
  public boolean contains(PyObject item) {
    return values.contains(item);
  }

  @Override
  public PyObject getItem(PyObject key) {
    return values.getItem(key);
  }

  @Override
  public PyObject iter() {
    return values.iter();
  }

  @Override
  public String str() {
    return repr();
  }
}
