package io.gilvm.runtime;

/**
 * The builtin types and methods the language needs beyond the core containers: {@code
 * object.__sizeof__}, {@code complex}, {@code bytearray} and {@code memoryview}. Installed once
 * per JVM by {@link TypeSetup}.
 */
final class LanguageTypes {
  private LanguageTypes() {}

  static void install() {
    PyType.OBJECT.method("__sizeof__", (ts, self, a, kw) -> {
      ArgParser.arity("__sizeof__", a, kw, 0, 0);
      // The size of an object header in CPython: reference count and type pointer.
      return PyInt.of(16);
    });
    installComplex();
  }

  private static void installComplex() {
    PyType t = PyComplex.TYPE;
    t.setConstructor((ts, type, args, kwnames) -> {
      PyObject[] p = ArgParser.parse("complex", args, kwnames, new String[] {"real", "imag"}, 0, 2);
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
      double[] a = complexValue(re, "complex() first argument must be a string or a number, not '"
          + re.type().name() + "'");
      if (im == null) {
        return re instanceof PyComplex c ? c : new PyComplex(a[0], a[1]);
      }
      double[] b = complexValue(im, "complex() second argument must be a number, not '"
          + im.type().name() + "'");
      // As CPython: the parts combine only where an argument is itself complex (signed zeros).
      double real = im instanceof PyComplex ? a[0] - b[1] : a[0];
      double imag = re instanceof PyComplex ? a[1] + b[0] : b[0];
      return new PyComplex(real, imag);
    });
    t.method("conjugate", (ts, self, a, kw) -> {
      ArgParser.arity("conjugate", a, kw, 0, 0);
      PyComplex c = (PyComplex) self;
      return new PyComplex(c.real, -c.imag);
    });
    t.method("__complex__", (ts, self, a, kw) -> {
      ArgParser.arity("__complex__", a, kw, 0, 0);
      return self;
    });
    t.method("__abs__", (ts, self, a, kw) -> {
      ArgParser.arity("__abs__", a, kw, 0, 0);
      return PyFloat.of(((PyComplex) self).abs());
    });
    t.method("__repr__", (ts, self, a, kw) -> {
      ArgParser.arity("__repr__", a, kw, 0, 0);
      return new PyStr(self.repr());
    });
    t.method("__getnewargs__", (ts, self, a, kw) -> {
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
          throw PyException.typeError("__complex__ returned non-complex (type " + r.type().name() + ")");
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
