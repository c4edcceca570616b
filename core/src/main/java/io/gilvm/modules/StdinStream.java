package io.gilvm.modules;

import io.gilvm.object.ArgParser;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyType;
import io.gilvm.state.Stdin;
import io.gilvm.state.ThreadState;

/**
 * {@code sys.stdin}: a text stream for reading (read, readline, readlines, iteration), printed as
 * CPython prints its {@code _io.TextIOWrapper}. It reads the interpreter's {@link Stdin}, which
 * {@code input()} reads too.
 */
final class StdinStream extends PyObject {
  static final PyType TYPE = PyType.builtinInModule("_io", "TextIOWrapper", PyType.OBJECT);

  static {
    TYPE.method(
        "read",
        (ts, self, a, kw) -> {
          ArgParser.arity("read", a, kw, 0, 1);
          return new PyStr(((StdinStream) self).stdin.read(ts, size(a, "read")));
        });
    TYPE.method(
        "readline",
        (ts, self, a, kw) -> {
          ArgParser.arity("readline", a, kw, 0, 1);
          return new PyStr(((StdinStream) self).stdin.readline(ts, size(a, "readline")));
        });
    TYPE.method(
        "readlines",
        (ts, self, a, kw) -> {
          ArgParser.arity("readlines", a, kw, 0, 1);
          long hint = size(a, "readlines");
          Stdin in = ((StdinStream) self).stdin;
          PyList lines = new PyList();
          long total = 0;
          for (String line; !(line = in.readline(ts, -1)).isEmpty(); ) {
            lines.append(new PyStr(line));
            total += line.length();
            if (hint > 0 && total >= hint) {
              break;
            }
          }
          return lines;
        });
    TYPE.method("__iter__", (ts, self, a, kw) -> self);
    TYPE.method(
        "__next__",
        (ts, self, a, kw) -> {
          PyObject line = self.next();
          if (line == null) {
            throw PyException.stopIteration(null);
          }
          return line;
        });
    TYPE.method(
        "isatty",
        (ts, self, a, kw) -> {
          ArgParser.arity("isatty", a, kw, 0, 0);
          return PyBool.of(System.console() != null);
        });
    TYPE.method("readable", (ts, self, a, kw) -> PyBool.TRUE);
    TYPE.method("writable", (ts, self, a, kw) -> PyBool.FALSE);
    TYPE.method("fileno", (ts, self, a, kw) -> PyInt.of(0));
    TYPE.method("__enter__", (ts, self, a, kw) -> self);
    TYPE.method("__exit__", (ts, self, a, kw) -> PyNone.NONE);
  }

  private static long size(PyObject[] a, String fname) {
    if (a.length == 0 || a[0] == PyNone.NONE) {
      return -1;
    }
    if (!(a[0] instanceof PyInt i)) {
      throw PyException.typeError(
          "argument should be integer or None, not '" + a[0].type().name() + "'");
    }
    return i.isBig() ? (i.bigValue().signum() < 0 ? -1 : Long.MAX_VALUE) : i.longValue();
  }

  private final Stdin stdin;

  StdinStream(Stdin stdin) {
    this.stdin = stdin;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  @Override
  public PyObject iter() {
    return this;
  }

  @Override
  public PyObject next() {
    String line = stdin.readline(ThreadState.current(), -1);
    return line.isEmpty() ? null : new PyStr(line);
  }

  @Override
  public PyObject lookupAttr(String attr) {
    switch (attr) {
      case "name":
        return new PyStr("<stdin>");
      case "mode":
        return new PyStr("r");
      case "encoding":
        return new PyStr("utf-8");
      case "closed":
        return PyBool.FALSE;
      default:
        return super.lookupAttr(attr);
    }
  }

  @Override
  public String repr() {
    return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>";
  }
}
