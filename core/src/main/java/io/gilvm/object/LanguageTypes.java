package io.gilvm.object;

import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/**
 * The builtin types and methods the language needs beyond the core containers: {@code
 * object.__sizeof__}, {@code complex}, {@code bytearray} and {@code memoryview}. Installed once per
 * JVM by {@link TypeSetup}.
 */
final class LanguageTypes {
  private LanguageTypes() {}

  static void install() {
    PyType.OBJECT.method(
        "__sizeof__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__sizeof__", a, kw, 0, 0);
          // The size of an object header in CPython: reference count and type pointer.
          return PyInt.of(16);
        });
    ObjectDunders.install();
    installComplex();
    installByteArray();
    Coroutines.install();
    installMemoryView();
    ObjectDunders.completeBuiltins();
    ObjectDunders.declareComputedAttributes();
  }

  // ---------------------------------------------------------------- bytearray

  /** The bytes methods bytearray shares: computed on a copy of its contents. */
  private static final String[] SHARED_WITH_BYTES = {
    "decode",
    "hex",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "startswith",
    "endswith",
    "join",
    "split",
    "rsplit",
    "strip",
    "lstrip",
    "rstrip",
    "replace",
    "upper",
    "lower",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "istitle",
    "isascii",
    "partition",
    "rpartition",
    "center",
    "ljust",
    "rjust",
    "capitalize",
    "title",
    "swapcase",
    "splitlines",
    "zfill",
    "expandtabs",
    "translate",
    "removeprefix",
    "removesuffix"
  };

  private static void installByteArray() {
    PyType t = PyByteArray.TYPE;
    t.setConstructor(
        (ts, type, args, kwnames) -> {
          if (args.length == 0) {
            return new PyByteArray(new byte[0]);
          }
          byte[] direct = kwnames == null && args.length == 1 ? Buffers.bytes(args[0]) : null;
          if (direct != null) {
            return new PyByteArray(direct);
          }
          if (kwnames == null
              && args.length == 1
              && !(args[0] instanceof PyInt)
              && !(args[0] instanceof PyStr)
              && !(args[0] instanceof PyInstance)) {
            // An iterable of ints, each checked as bytearray words it.
            PyObject[] items = Ops.toArray(args[0]);
            byte[] out = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
              out[i] = (byte) PyByteArray.byteValue(items[i]);
            }
            return new PyByteArray(out);
          }
          PyObject b = PyType.BYTES.call(ts, args, kwnames);
          return new PyByteArray(((PyBytes) b).value());
        });
    NumberMethods.compareDunders(t);
    NumberMethods.objectDunders(t, false);
    NumberMethods.sequenceDunders(t, true);
    for (String name : SHARED_WITH_BYTES) {
      PyObject m = PyType.BYTES.lookup(name);
      if (!(m instanceof PyMethodDescriptor md)) {
        continue;
      }
      t.method(
          name,
          (ts, self, a, kw) -> {
            PyObject[] args = a.clone();
            for (int i = 0; i < args.length; i++) {
              if (args[i] instanceof PyByteArray || args[i] instanceof PyMemoryView) {
                args[i] = new PyBytes(Buffers.bytes(args[i]));
              }
            }
            PyObject r;
            try {
              r = md.callWith(ts, new PyBytes(((PyByteArray) self).snapshot()), args, kw);
            } catch (PyException e) {
              throw namingByteArray(e);
            }
            return asByteArrays(ts, r);
          });
    }
    NumberMethods.classMethod(
        t,
        "fromhex",
        (ts, a, kw) -> {
          PyObject r =
              Ops.call(
                  PyType.BYTES.lookupAttr("fromhex"), java.util.Arrays.copyOfRange(a, 1, a.length));
          return new PyByteArray(((PyBytes) r).value());
        });
    t.method(
        "__add__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__add__", a, kw, 1);
          return self.binaryOp(Ops.ADD, a[0]);
        });
    NumberMethods.staticMethod(t, "maketrans", BytesMethods::maketrans);
    t.method(
        "__mod__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__mod__", a, kw, 1);
          return self.binaryOp(Ops.MOD, a[0]);
        });
    t.method(
        "__rmod__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__rmod__", a, kw, 1);
          // As bytes: only a format of this very kind formats this argument.
          return a[0] instanceof PyByteArray fmt
              ? fmt.binaryOp(Ops.MOD, self)
              : PySingleton.NOT_IMPLEMENTED;
        });
    t.method(
        "__imul__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__imul__", a, kw, 1);
          return self.inplaceOp(Ops.MUL, NumberMethods.index(a[0]));
        });
    t.method(
        "__iadd__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__iadd__", a, kw, 1);
          return self.inplaceOp(Ops.ADD, a[0]);
        });
    for (String name : new String[] {"__mul__", "__rmul__"}) {
      t.method(
          name,
          (ts, self, a, kw) -> {
            NumberMethods.expectArgs(name, a, kw, 1);
            return self.binaryOp(Ops.MUL, NumberMethods.index(a[0]));
          });
    }
    t.method(
        "append",
        (ts, self, a, kw) -> {
          ArgParser.arity("append", a, kw, 1, 1);
          ((PyByteArray) self).append(PyByteArray.byteValue(a[0]));
          return PyNone.NONE;
        });
    t.method(
        "extend",
        (ts, self, a, kw) -> {
          ArgParser.arity("extend", a, kw, 1, 1);
          byte[] more = Buffers.bytes(a[0]);
          if (more == null) {
            if (a[0] instanceof PyStr) {
              throw PyException.typeError("expected iterable of integers; got: 'str'");
            }
            more = BytesMethods.bytesOf(a[0]);
          }
          ((PyByteArray) self).extend(more);
          return PyNone.NONE;
        });
    t.method(
        "insert",
        (ts, self, a, kw) -> {
          ArgParser.arity("insert", a, kw, 2, 2);
          long i = NumberMethods.index(a[0]).asLong();
          ((PyByteArray) self).insert(i, PyByteArray.byteValue(a[1]));
          return PyNone.NONE;
        });
    t.method(
        "pop",
        (ts, self, a, kw) -> {
          ArgParser.arity("pop", a, kw, 0, 1);
          long i = a.length == 0 ? -1 : NumberMethods.index(a[0]).asLong();
          return PyInt.of(((PyByteArray) self).pop(i));
        });
    t.method(
        "remove",
        (ts, self, a, kw) -> {
          ArgParser.arity("remove", a, kw, 1, 1);
          ((PyByteArray) self).remove(PyByteArray.byteValue(a[0]));
          return PyNone.NONE;
        });
    t.method(
        "clear",
        (ts, self, a, kw) -> {
          ArgParser.arity("clear", a, kw, 0, 0);
          ((PyByteArray) self).clear();
          return PyNone.NONE;
        });
    t.method(
        "reverse",
        (ts, self, a, kw) -> {
          ArgParser.arity("reverse", a, kw, 0, 0);
          ((PyByteArray) self).reverse();
          return PyNone.NONE;
        });
    t.method(
        "copy",
        (ts, self, a, kw) -> {
          ArgParser.arity("copy", a, kw, 0, 0);
          return new PyByteArray(((PyByteArray) self).snapshot());
        });
    t.method(
        "__alloc__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__alloc__", a, kw, 0, 0);
          return PyInt.of(((PyByteArray) self).len() + 1);
        });
  }

  /**
   * A shared method's argument error as bytearray's reports it: the message that names {@code
   * bytes.method} names {@code bytearray.method}; any other exception passes unchanged.
   */
  private static PyException namingByteArray(PyException e) {
    if (e.pyType() != ExceptionTypes.TYPE_ERROR) {
      return e;
    }
    String m = e.value().str();
    return m.startsWith("bytes.") ? PyException.typeError("bytearray" + m.substring(5)) : e;
  }

  /** A bytes method's result as bytearray's answers it: each bytes a bytearray. */
  private static PyObject asByteArrays(ThreadState ts, PyObject r) {
    if (r instanceof PyBytes b) {
      return new PyByteArray(b.value());
    }
    if (r instanceof PyList l) {
      PyObject[] items = l.toArray();
      PyList out = new PyList();
      for (PyObject x : items) {
        out.append(asByteArrays(ts, x));
      }
      // The bytes method's own list (and the bytes in it) is not handed on: free it.
      Refs.incref(l);
      Refs.decref(ts, l);
      return out;
    }
    if (r instanceof PyTuple t) {
      PyObject[] items = new PyObject[t.size()];
      for (int i = 0; i < items.length; i++) {
        items[i] = asByteArrays(ts, t.get(i));
      }
      Refs.incref(t);
      Refs.decref(ts, t);
      return PyTuple.of(items);
    }
    return r;
  }

  // ---------------------------------------------------------------- memoryview

  private static PyMemoryView view(PyObject self) {
    return (PyMemoryView) self;
  }

  private static void installMemoryView() {
    PyType t = PyMemoryView.TYPE;
    t.setConstructor(
        (ts, type, args, kwnames) -> {
          PyObject[] p =
              ArgParser.parse("memoryview", args, kwnames, new String[] {"object"}, 1, 1);
          return PyMemoryView.of(p[0]);
        });
    NumberMethods.objectDunders(t, true);
    NumberMethods.sequenceDunders(t, true);
    t.method(
        "__eq__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__eq__", a, kw, 1);
          PyObject r = self.richCompare(a[0], Ops.EQ);
          return r == null ? PySingleton.NOT_IMPLEMENTED : r;
        });
    t.method(
        "tobytes",
        (ts, self, a, kw) -> {
          ArgParser.parse("tobytes", a, kw, new String[] {"order"}, 0, 1);
          return new PyBytes(view(self).toBytes());
        });
    t.method(
        "tolist",
        (ts, self, a, kw) -> {
          ArgParser.arity("tolist", a, kw, 0, 0);
          PyList l = new PyList();
          for (byte b : view(self).toBytes()) {
            l.append(PyInt.of(b & 0xff));
          }
          return l;
        });
    t.method(
        "hex",
        (ts, self, a, kw) -> {
          PyObject b = new PyBytes(view(self).toBytes());
          return ((PyMethodDescriptor) PyType.BYTES.lookup("hex")).callWith(ts, b, a, kw);
        });
    t.method(
        "toreadonly",
        (ts, self, a, kw) -> {
          ArgParser.arity("toreadonly", a, kw, 0, 0);
          return PyMemoryView.of(new PyBytes(view(self).toBytes()));
        });
    t.method(
        "release",
        (ts, self, a, kw) -> {
          ArgParser.arity("release", a, kw, 0, 0);
          view(self).releaseView();
          return PyNone.NONE;
        });
    t.method(
        "__enter__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__enter__", a, kw, 0, 0);
          view(self).viewed();
          return self;
        });
    t.method(
        "__exit__",
        (ts, self, a, kw) -> {
          view(self).releaseView();
          return PyBool.FALSE;
        });
    t.method(
        "cast",
        (ts, self, a, kw) -> {
          PyObject[] p = ArgParser.parse("cast", a, kw, new String[] {"format", "shape"}, 1, 2);
          if (!(p[0] instanceof PyStr f) || !f.value().equals("B") || p[1] != null) {
            throw PyException.typeError(
                "memoryview.cast() to a format other than 'B' is not supported by gilvm");
          }
          return PyMemoryView.of(self);
        });
  }

  private static void installComplex() {
    PyType t = PyComplex.TYPE;
    t.setConstructor(
        (ts, type, args, kwnames) -> {
          PyObject[] p =
              ArgParser.parse("complex", args, kwnames, new String[] {"real", "imag"}, 0, 2);
          PyObject re = p[0];
          PyObject im = p[1];
          if (re == null) {
            re = PyInt.of(0);
          }
          if (re instanceof PyStr s) {
            if (im != null) {
              throw PyException.typeError("complex() can't take second arg if first is a string");
            }
            return PyComplex.parse(s.value());
          }
          if (im instanceof PyStr) {
            throw PyException.typeError("complex() second arg can't be a string");
          }
          double[] a =
              complexValue(
                  re,
                  "complex() first argument must be a string or a number, not '"
                      + re.type().name()
                      + "'");
          if (im == null) {
            return re instanceof PyComplex c ? c : new PyComplex(a[0], a[1]);
          }
          double[] b =
              complexValue(
                  im, "complex() second argument must be a number, not '" + im.type().name() + "'");
          // As CPython: the parts combine only where an argument is itself complex (signed zeros).
          double real = im instanceof PyComplex ? a[0] - b[1] : a[0];
          double imag = re instanceof PyComplex ? a[1] + b[0] : b[0];
          return new PyComplex(real, imag);
        });
    t.method(
        "conjugate",
        (ts, self, a, kw) -> {
          ArgParser.arity("conjugate", a, kw, 0, 0);
          PyComplex c = (PyComplex) self;
          return new PyComplex(c.real, -c.imag);
        });
    t.method(
        "__complex__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__complex__", a, kw, 0, 0);
          return self;
        });
    t.method(
        "__abs__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__abs__", a, kw, 0, 0);
          return PyFloat.of(((PyComplex) self).abs());
        });
    t.method(
        "__repr__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__repr__", a, kw, 0, 0);
          return new PyStr(self.repr());
        });
    t.method(
        "__getnewargs__",
        (ts, self, a, kw) -> {
          ArgParser.arity("__getnewargs__", a, kw, 0, 0);
          PyComplex c = (PyComplex) self;
          return PyTuple.of(PyFloat.of(c.real), PyFloat.of(c.imag));
        });
  }

  /** A number as {re, im}: int, float, complex, or an object with __complex__ or __float__. */
  private static double[] complexValue(PyObject o, String error) {
    double[] v = PyComplex.operand(o);
    if (v != null) {
      return v;
    }
    if (o instanceof PyInstance inst) {
      PyObject r = inst.callDunder("__complex__");
      if (r != null) {
        if (!(r instanceof PyComplex c)) {
          throw PyException.typeError(
              "__complex__ returned non-complex (type " + r.type().name() + ")");
        }
        return new double[] {c.real, c.imag};
      }
      r = inst.callDunder("__float__");
      if (r instanceof PyFloat f) {
        return new double[] {f.value(), 0};
      }
      r = inst.callDunder("__index__");
      if (r instanceof PyInt i) {
        return new double[] {i.asDouble(), 0};
      }
    }
    throw PyException.typeError(error);
  }
}
