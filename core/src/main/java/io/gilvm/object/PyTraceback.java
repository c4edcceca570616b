package io.gilvm.object;

import io.gilvm.eval.Builtins;
import java.util.List;

/**
 * A traceback object ({@code exc.__traceback__}, the third argument of {@code __exit__}): a view of
 * an exception's traceback entries as a {@code tb_next} chain.
 */
public final class PyTraceback extends PyObject {
  private static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT);

  private final List<PyBaseException.TracebackEntry> entries;
  private final int index;

  private PyTraceback(List<PyBaseException.TracebackEntry> entries, int index) {
    this.entries = entries;
    this.index = index;
  }

  /** The traceback of {@code e}, or None when it has not left any frame yet. */
  public static PyObject of(PyBaseException e) {
    List<PyBaseException.TracebackEntry> tb = e.traceback();
    return tb.isEmpty() ? PyNone.NONE : new PyTraceback(List.copyOf(tb), 0);
  }

  /** The entries from this one to the innermost. */
  List<PyBaseException.TracebackEntry> entriesFrom() {
    return entries.subList(index, entries.size());
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  @Override
  public PyObject lookupAttr(String name) {
    PyBaseException.TracebackEntry e = entries.get(index);
    switch (name) {
      case "tb_lineno":
        return PyInt.of(e.line());
      case "tb_frame":
        return e.frame() == null ? PyNone.NONE : e.frame().view();
      case "tb_next":
        return index + 1 < entries.size() ? new PyTraceback(entries, index + 1) : PyNone.NONE;
      default:
        return super.lookupAttr(name);
    }
  }

  /**
   * Where this entry's instruction is in its source, as {@code co_positions()} gives it: a tuple of
   * the line, end line, column and end column, each None when unknown.
   */
  public PyObject positions() {
    PyBaseException.TracebackEntry e = entries.get(index);
    long span = e.span();
    if (span == -1) {
      return PyTuple.of(PyInt.of(e.line()), PyNone.NONE, PyNone.NONE, PyNone.NONE);
    }
    return PyTuple.of(
        PyInt.of(e.line()),
        PyInt.of(PyCode.spanEndLine(span)),
        PyInt.of(PyCode.spanCol(span)),
        PyInt.of(PyCode.spanEndCol(span)));
  }

  @Override
  public String repr() {
    return "<traceback object at 0x" + Long.toHexString(Builtins.id(this)) + ">";
  }
}
