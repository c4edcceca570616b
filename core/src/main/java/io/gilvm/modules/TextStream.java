package io.gilvm.modules;

import io.gilvm.object.ArgParser;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyType;
import java.util.function.Consumer;

/**
 * {@code sys.stdout} and {@code sys.stderr}: text streams with {@code write} and {@code flush},
 * printed as CPython prints its {@code _io.TextIOWrapper}. Writes go straight to the interpreter's
 * streams, so they interleave with {@code print} in program order.
 */
final class TextStream extends PyObject {
  static final PyType TYPE = PyType.builtinInModule("_io", "TextIOWrapper", PyType.OBJECT);

  static {
    TYPE.method(
        "write",
        (ts, self, a, kw) -> {
          ArgParser.arity("write", a, kw, 1, 1);
          if (!(a[0] instanceof PyStr s)) {
            throw PyException.typeError("write() argument must be str, not " + a[0].type().name());
          }
          ((TextStream) self).write.accept(s.value());
          return PyInt.of(s.value().codePointCount(0, s.value().length()));
        });
    TYPE.method(
        "flush",
        (ts, self, a, kw) -> {
          ArgParser.arity("flush", a, kw, 0, 0);
          ((TextStream) self).flush.run();
          return PyNone.NONE;
        });
    TYPE.method(
        "isatty",
        (ts, self, a, kw) -> {
          ArgParser.arity("isatty", a, kw, 0, 0);
          return PyBool.of(System.console() != null);
        });
    TYPE.method("writable", (ts, self, a, kw) -> PyBool.TRUE);
    TYPE.method("readable", (ts, self, a, kw) -> PyBool.FALSE);
  }

  private final String name;
  private final Consumer<String> write;
  private final Runnable flush;

  TextStream(String name, Consumer<String> write, Runnable flush) {
    this.name = name;
    this.write = write;
    this.flush = flush;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  @Override
  public PyObject lookupAttr(String attr) {
    switch (attr) {
      case "name":
        return new PyStr(name);
      case "mode":
        return new PyStr("w");
      case "encoding":
        return new PyStr("utf-8");
      default:
        return super.lookupAttr(attr);
    }
  }

  @Override
  public String repr() {
    return "<_io.TextIOWrapper name='" + name + "' mode='w' encoding='utf-8'>";
  }
}
