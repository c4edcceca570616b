package io.gilvm.modules;

import io.gilvm.object.ArgParser;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyType;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.nio.ByteBuffer;

/**
 * {@code _gilvm_pickle}: what gilvm's {@code pickle} (written in Python) needs from the runtime: a
 * float as the 8 big-endian bytes of an IEEE 754 double and back, and whether a class is one of the
 * runtime's own (whose instances have no state pickle could read).
 */
final class PickleSupport {
  private PickleSupport() {}

  static PyModule create(ThreadState ts0, Interpreter interp) {
    PyModule m = new PyModule("_gilvm_pickle");
    m.function(
        "pack_double",
        (ts, a, kw) -> {
          ArgParser.arity("pack_double", a, kw, 1, 1);
          double d = ArgParser.asDouble(a[0]);
          return new PyBytes(ByteBuffer.allocate(8).putDouble(d).array());
        });
    m.function(
        "unpack_double",
        (ts, a, kw) -> {
          ArgParser.arity("unpack_double", a, kw, 2, 2);
          byte[] b = ((PyBytes) a[0]).value();
          int at = ArgParser.asInt(a[1]);
          if (at < 0 || at + 8 > b.length) {
            throw PyException.valueError("unpack_double: need 8 bytes at " + at);
          }
          return PyFloat.of(ByteBuffer.wrap(b, at, 8).getDouble());
        });
    m.function(
        "is_builtin_type",
        (ts, a, kw) -> {
          ArgParser.arity("is_builtin_type", a, kw, 1, 1);
          return PyBool.of(a[0] instanceof PyType t && t.isBuiltin());
        });
    m.function(
        "dumps_fast",
        (ts, a, kw) -> {
          ArgParser.arity("dumps_fast", a, kw, 2, 2);
          int proto = ArgParser.asInt(a[1]);
          if (proto < 2 || proto > 5) {
            return io.gilvm.object.PyNone.NONE;
          }
          byte[] b = FastPickle.dumps(ts, a[0], proto);
          return b == null ? io.gilvm.object.PyNone.NONE : new PyBytes(b);
        });
    m.function(
        "loads_fast",
        (ts, a, kw) -> {
          ArgParser.arity("loads_fast", a, kw, 1, 1);
          if (!(a[0] instanceof PyBytes b) || b.type() != PyType.BYTES) {
            return io.gilvm.object.PySingleton.NOT_IMPLEMENTED;
          }
          PyObject r = FastPickle.loads(ts, b.value());
          return r == null ? io.gilvm.object.PySingleton.NOT_IMPLEMENTED : r;
        });
    return m;
  }
}
