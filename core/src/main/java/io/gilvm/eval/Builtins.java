package io.gilvm.eval;

import io.gilvm.mem.Refs;
import io.gilvm.object.ArgParser;
import io.gilvm.object.BuiltinIterators;
import io.gilvm.object.ClassBuilder;
import io.gilvm.object.Derived;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.Format;
import io.gilvm.object.Native;
import io.gilvm.object.NumberMethods;
import io.gilvm.object.Ops;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyBoundMethod;
import io.gilvm.object.PyBuiltinFunction;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyCell;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyComplex;
import io.gilvm.object.PyDescriptors;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyFunction;
import io.gilvm.object.PyGenerator;
import io.gilvm.object.PyGenericAlias;
import io.gilvm.object.PyInstance;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyIterators;
import io.gilvm.object.PyList;
import io.gilvm.object.PyMethodDescriptor;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PySet;
import io.gilvm.object.PySingleton;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import io.gilvm.spi.RefCounts;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** The {@code builtins} module: constants, types, exceptions and functions. */
public final class Builtins {
  private Builtins() {}

  /** {@code id(o)}: unique among live objects and stable for an object's life. */
  public static long id(PyObject o) {
    return o.identity();
  }

  private static void fn(PyDict d, String name, Native body) {
    d.putStr(name, new PyBuiltinFunction(name, "builtins", body));
  }

  public static PyDict createDict(Interpreter interp) {
    PyDict d = new PyDict();
    d.putStr("__name__", new PyStr("builtins"));
    d.putStr("None", PyNone.NONE);
    d.putStr("True", PyBool.TRUE);
    d.putStr("False", PyBool.FALSE);
    d.putStr("Ellipsis", PySingleton.ELLIPSIS);
    d.putStr("NotImplemented", PySingleton.NOT_IMPLEMENTED);
    d.putStr("__debug__", PyBool.TRUE);
    for (PyType t :
        new PyType[] {
          PyType.OBJECT,
          PyType.TYPE,
          PyType.INT,
          PyType.BOOL,
          PyType.FLOAT,
          PyType.STR,
          PyType.BYTES,
          PyType.TUPLE,
          PyType.LIST,
          PyType.DICT,
          PyType.SET,
          PyType.FROZENSET,
          PyType.RANGE,
          PyType.SLICE,
          PyType.PROPERTY,
          PyType.STATICMETHOD,
          PyType.CLASSMETHOD,
          PyType.SUPER
        }) {
      d.putStr(t.name(), t);
    }
    for (Map.Entry<String, PyType> e : ExceptionTypes.all().entrySet()) {
      d.putStr(e.getKey(), e.getValue());
    }
    d.putStr("EnvironmentError", ExceptionTypes.OS_ERROR);
    d.putStr("IOError", ExceptionTypes.OS_ERROR);
    d.putStr("open", io.gilvm.modules.FileIO.OPEN);

    fn(d, "print", Builtins::print);
    fn(
        d,
        "input",
        (ts, a, kw) -> {
          ArgParser.arity("input", a, kw, 0, 1);
          if (a.length == 1) {
            ts.interp.stdout.write(a[0].str());
          }
          // The prompt shows before the program waits, as CPython flushes stdout here.
          ts.interp.stdout.flushOrRaise();
          String line = ts.interp.stdin.readline(ts, -1);
          if (line.isEmpty()) {
            throw PyException.of(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
          }
          return new PyStr(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line);
        });
    fn(
        d,
        "len",
        (ts, a, kw) -> {
          ArgParser.arity("len", a, kw, 1, 1);
          return PyInt.of(a[0].len());
        });
    fn(
        d,
        "repr",
        (ts, a, kw) -> {
          ArgParser.arity("repr", a, kw, 1, 1);
          return new PyStr(a[0].repr());
        });
    fn(
        d,
        "ascii",
        (ts, a, kw) -> {
          ArgParser.arity("ascii", a, kw, 1, 1);
          return new PyStr(Ops.ascii(a[0]));
        });
    fn(
        d,
        "id",
        (ts, a, kw) -> {
          ArgParser.arity("id", a, kw, 1, 1);
          return PyInt.of(id(a[0]));
        });
    fn(
        d,
        "hash",
        (ts, a, kw) -> {
          ArgParser.arity("hash", a, kw, 1, 1);
          return PyInt.of(a[0].hash());
        });
    fn(
        d,
        "abs",
        (ts, a, kw) -> {
          ArgParser.arity("abs", a, kw, 1, 1);
          PyObject x = a[0];
          if (x instanceof PyInstance) {
            PyObject r = ((PyInstance) x).callDunder("__abs__");
            if (r != null) {
              return r;
            }
          }
          if (x instanceof PyFloat f) {
            return PyFloat.of(Math.abs(f.value()));
          }
          if (x instanceof PyComplex c) {
            return PyFloat.of(c.abs());
          }
          if (x instanceof PyInt i) {
            return i.isBig()
                ? PyInt.of(i.bigValue().abs())
                : (i.longValue() < 0 ? Ops.unary(i, Ops.NEG) : PyInt.of(i.longValue()));
          }
          throw PyException.typeError("bad operand type for abs(): '" + x.type().name() + "'");
        });
    fn(
        d,
        "iter",
        (ts, a, kw) -> {
          ArgParser.arity("iter", a, kw, 1, 2);
          if (a.length == 2) {
            return new BuiltinIterators.Callable(a[0], a[1]);
          }
          return a[0].iter();
        });
    fn(
        d,
        "next",
        (ts, a, kw) -> {
          ArgParser.arity("next", a, kw, 1, 2);
          PyObject it = a[0];
          if (!(it instanceof PyIterators.Base)
              && !(it instanceof PyGenerator)
              && it.type().lookup("__next__") == null) {
            throw PyException.typeError("'" + it.type().name() + "' object is not an iterator");
          }
          PyObject v;
          if (it instanceof PyGenerator g) {
            v = g.resume(ts, PyNone.NONE);
            if (v == null && a.length == 1) {
              PyObject rv = g.returnValue();
              throw PyException.stopIteration(rv == PyNone.NONE ? null : rv);
            }
          } else {
            v = it.next();
          }
          if (v == null) {
            if (a.length == 2) {
              return a[1];
            }
            throw PyException.stopIteration(null);
          }
          return v;
        });
    fn(
        d,
        "callable",
        (ts, a, kw) -> {
          ArgParser.arity("callable", a, kw, 1, 1);
          return PyBool.of(isCallable(a[0]));
        });
    fn(
        d,
        "isinstance",
        (ts, a, kw) -> {
          ArgParser.arity("isinstance", a, kw, 2, 2);
          return PyBool.of(isInstance(a[0], a[1], "isinstance"));
        });
    fn(
        d,
        "issubclass",
        (ts, a, kw) -> {
          ArgParser.arity("issubclass", a, kw, 2, 2);
          if (!(a[0] instanceof PyType t)) {
            throw PyException.typeError("issubclass() arg 1 must be a class");
          }
          return PyBool.of(isSubclass(t, a[1]));
        });
    fn(
        d,
        "getattr",
        (ts, a, kw) -> {
          ArgParser.arity("getattr", a, kw, 2, 3);
          String name = attrName(a[1], "getattr");
          PyObject v;
          try {
            v = a[0].lookupAttr(name);
          } catch (PyException e) {
            if (a.length == 3 && e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
              return a[2];
            }
            throw e;
          }
          if (v == null) {
            if (a.length == 3) {
              return a[2];
            }
            throw a[0].noAttribute(name);
          }
          return v;
        });
    fn(
        d,
        "setattr",
        (ts, a, kw) -> {
          ArgParser.arity("setattr", a, kw, 3, 3);
          a[0].setAttr(attrName(a[1], "setattr"), a[2]);
          return PyNone.NONE;
        });
    fn(
        d,
        "delattr",
        (ts, a, kw) -> {
          ArgParser.arity("delattr", a, kw, 2, 2);
          a[0].delAttr(attrName(a[1], "delattr"));
          return PyNone.NONE;
        });
    fn(
        d,
        "hasattr",
        (ts, a, kw) -> {
          ArgParser.arity("hasattr", a, kw, 2, 2);
          String name = attrName(a[1], "hasattr");
          try {
            PyObject v = a[0].lookupAttr(name);
            Refs.discard(ts, v);
            return PyBool.of(v != null);
          } catch (PyException e) {
            if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
              return PyBool.FALSE;
            }
            throw e;
          }
        });
    fn(
        d,
        "format",
        (ts, a, kw) -> {
          ArgParser.arity("format", a, kw, 1, 2);
          return new PyStr(
              Format.format(a[0], a.length == 2 ? ArgParser.asStr(a[1], "format") : ""));
        });
    fn(
        d,
        "chr",
        (ts, a, kw) -> {
          ArgParser.arity("chr", a, kw, 1, 1);
          long c = ArgParser.asLong(a[0], "chr");
          if (c < 0 || c > 0x10ffff) {
            throw PyException.valueError("chr() arg not in range(0x110000)");
          }
          return c < 256
              ? PyStr.ofChar((char) c)
              : new PyStr(new String(Character.toChars((int) c)));
        });
    fn(
        d,
        "ord",
        (ts, a, kw) -> {
          ArgParser.arity("ord", a, kw, 1, 1);
          if (a[0] instanceof PyStr s) {
            String v = s.value();
            if (v.codePointCount(0, v.length()) != 1) {
              throw PyException.typeError(
                  "ord() expected a character, but string of length " + v.length() + " found");
            }
            return PyInt.of(v.codePointAt(0));
          }
          if (a[0] instanceof PyBytes b && b.value().length == 1) {
            return PyInt.of(b.value()[0] & 0xff);
          }
          throw PyException.typeError(
              "ord() expected string of length 1, but " + a[0].type().name() + " found");
        });
    fn(d, "hex", (ts, a, kw) -> radix(a, kw, "hex", 16, "0x"));
    fn(d, "oct", (ts, a, kw) -> radix(a, kw, "oct", 8, "0o"));
    fn(d, "bin", (ts, a, kw) -> radix(a, kw, "bin", 2, "0b"));
    fn(
        d,
        "divmod",
        (ts, a, kw) -> {
          ArgParser.arity("divmod", a, kw, 2, 2);
          if (Ops.isProgramObject(a[0]) || Ops.isProgramObject(a[1])) {
            // The classes' own __divmod__ / __rdivmod__, with the reflected method first for a
            // subclass of the left operand's class, as for binary operators.
            PyObject r = programDivmod(ts, a[0], a[1]);
            if (r != null) {
              return r;
            }
          }
          boolean real0 = a[0] instanceof PyInt || a[0] instanceof PyFloat;
          boolean real1 = a[1] instanceof PyInt || a[1] instanceof PyFloat;
          if (!real0 || !real1) {
            throw PyException.typeError(
                "unsupported operand type(s) for divmod(): '"
                    + a[0].type().name()
                    + "' and '"
                    + a[1].type().name()
                    + "'");
          }
          if (a[0] instanceof PyInt && a[1] instanceof PyInt y && !y.isTrue()) {
            throw PyException.zeroDivision("integer division or modulo by zero");
          }
          if (!a[1].isTrue()) {
            throw PyException.zeroDivision("float divmod()");
          }
          if (a[0] instanceof PyInt x && a[1] instanceof PyInt y) {
            return PyInt.divmod(x, y);
          }
          return PyTuple.of(Ops.binary(a[0], a[1], Ops.FLOORDIV), Ops.binary(a[0], a[1], Ops.MOD));
        });
    fn(
        d,
        "pow",
        (ts, a, kw) -> {
          PyObject[] p = ArgParser.parse("pow", a, kw, new String[] {"base", "exp", "mod"}, 2, 3);
          if (p[2] == null || p[2] == PyNone.NONE) {
            return Ops.binary(p[0], p[1], Ops.POW);
          }
          if (!(p[0] instanceof PyInt b)
              || !(p[1] instanceof PyInt e)
              || !(p[2] instanceof PyInt m)) {
            throw PyException.typeError(
                "pow() 3rd argument not allowed unless all arguments are integers");
          }
          if (!m.isTrue()) {
            throw PyException.valueError("pow() 3rd argument cannot be 0");
          }
          return PyInt.powMod(b, e, m);
        });
    fn(d, "round", Builtins::round);
    fn(
        d,
        "sum",
        (ts, a, kw) -> {
          PyObject[] p = ArgParser.parse("sum", a, kw, new String[] {"iterable", "start"}, 1, 2);
          PyObject acc = p[1] == null ? PyInt.of(0) : p[1];
          if (acc instanceof PyStr) {
            throw PyException.typeError("sum() can't sum strings [use ''.join(seq) instead]");
          }
          PyObject it = p[0].iter();
          try {
            for (PyObject x; (x = it.next()) != null; ) {
              PyObject next = Ops.binary(acc, x, Ops.ADD);
              if (next != acc) {
                // A partial sum nobody else took is dropped here, as CPython decrefs it.
                Refs.discard(ts, acc);
              }
              acc = next;
            }
          } catch (PyException e) {
            Refs.discard(ts, acc);
            throw e;
          } finally {
            Refs.dropIterator(ts, it, p[0]);
          }
          return acc;
        });
    fn(d, "min", (ts, a, kw) -> minMax(a, kw, "min", true));
    fn(d, "max", (ts, a, kw) -> minMax(a, kw, "max", false));
    fn(
        d,
        "any",
        (ts, a, kw) -> {
          ArgParser.arity("any", a, kw, 1, 1);
          PyObject it = a[0].iter();
          try {
            for (PyObject x; (x = it.next()) != null; ) {
              if (Ops.isTrue(x)) {
                return PyBool.TRUE;
              }
            }
            return PyBool.FALSE;
          } finally {
            Refs.discard(ts, it);
          }
        });
    fn(
        d,
        "all",
        (ts, a, kw) -> {
          ArgParser.arity("all", a, kw, 1, 1);
          PyObject it = a[0].iter();
          try {
            for (PyObject x; (x = it.next()) != null; ) {
              if (!Ops.isTrue(x)) {
                return PyBool.FALSE;
              }
            }
            return PyBool.TRUE;
          } finally {
            Refs.discard(ts, it);
          }
        });
    fn(
        d,
        "sorted",
        (ts, a, kw) -> {
          PyObject[] p =
              ArgParser.parse("sorted", a, kw, new String[] {"iterable", "key", "reverse"}, 1, 1);
          PyList l = PyList.of(Ops.toArray(p[0]));
          try {
            sortList(ts, l, p[1], p[2] != null && Ops.isTrue(p[2]));
          } catch (PyException e) {
            Refs.discard(ts, l);
            throw e;
          }
          return l;
        });
    fn(
        d,
        "reversed",
        (ts, a, kw) -> {
          ArgParser.arity("reversed", a, kw, 1, 1);
          PyObject s = a[0];
          if (s instanceof PyInstance) {
            PyObject r = ((PyInstance) s).callDunder("__reversed__");
            if (r != null) {
              return r;
            }
          }
          if (s instanceof PyDict dd) {
            return PyList.of(reverse(dd.keyArray())).iter();
          }
          if (s instanceof PySet || s instanceof PyIterators.Base || s instanceof PyGenerator) {
            throw PyException.typeError("'" + s.type().name() + "' object is not reversible");
          }
          return new BuiltinIterators.Reversed(s);
        });
    fn(
        d,
        "enumerate",
        (ts, a, kw) -> {
          PyObject[] p =
              ArgParser.parse("enumerate", a, kw, new String[] {"iterable", "start"}, 1, 2);
          return new BuiltinIterators.Enumerate(p[0].iter(), p[1] == null ? PyInt.of(0) : p[1]);
        });
    fn(
        d,
        "zip",
        (ts, a, kw) -> {
          boolean strict = false;
          int n = a.length;
          if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
              if (!kw[i].equals("strict")) {
                throw PyException.typeError(
                    "zip() got an unexpected keyword argument '" + kw[i] + "'");
              }
              strict = Ops.isTrue(a[a.length - kw.length + i]);
            }
            n -= kw.length;
          }
          PyObject[] its = new PyObject[n];
          for (int i = 0; i < n; i++) {
            its[i] = a[i].iter();
          }
          return new BuiltinIterators.Zip(its, strict);
        });
    fn(
        d,
        "map",
        (ts, a, kw) -> {
          ArgParser.noKeywords("map", kw);
          if (a.length < 2) {
            throw PyException.typeError("map() must have at least two arguments.");
          }
          PyObject[] its = new PyObject[a.length - 1];
          for (int i = 1; i < a.length; i++) {
            its[i - 1] = a[i].iter();
          }
          return new BuiltinIterators.Map(a[0], its);
        });
    fn(
        d,
        "filter",
        (ts, a, kw) -> {
          ArgParser.arity("filter", a, kw, 2, 2);
          return new BuiltinIterators.Filter(a[0], a[1].iter());
        });
    fn(
        d,
        "vars",
        (ts, a, kw) -> {
          ArgParser.arity("vars", a, kw, 0, 1);
          if (a.length == 0) {
            return locals(ts);
          }
          PyObject dd = a[0].lookupAttr("__dict__");
          if (dd == null) {
            throw PyException.typeError("vars() argument must have __dict__ attribute");
          }
          return dd;
        });
    fn(
        d,
        "globals",
        (ts, a, kw) -> {
          ArgParser.arity("globals", a, kw, 0, 0);
          return ts.frame.globals;
        });
    fn(
        d,
        "locals",
        (ts, a, kw) -> {
          ArgParser.arity("locals", a, kw, 0, 0);
          return locals(ts);
        });
    fn(
        d,
        "dir",
        (ts, a, kw) -> {
          ArgParser.arity("dir", a, kw, 0, 1);
          java.util.TreeSet<String> names = new java.util.TreeSet<>();
          if (a.length == 0) {
            PyObject ns = locals(ts);
            if (ns instanceof PyDict nd) {
              for (PyObject k : nd.keyArray()) {
                names.add(Ops.str(k));
              }
            } else {
              // A class namespace from __prepare__ that is not a dict: its keys().
              PyObject keys = Ops.callMethod(ts, ns, "keys");
              ts.refs.incref(keys);
              try {
                PyObject[] ks = Ops.toArray(keys);
                for (PyObject k : ks) {
                  names.add(Ops.str(k));
                }
                Refs.discardAll(ts, ks, ks.length);
              } finally {
                Refs.decref(ts, keys);
              }
            }
          } else {
            // type(obj).__dir__(obj), sorted: object's lists the instance dict and the class's
            // attributes, type's the class and its bases', module's the module's namespace.
            PyObject o = a[0];
            PyObject f = o.type().lookup("__dir__");
            if (f == null) {
              throw PyException.typeError("object does not provide __dir__");
            }
            PyObject r = Ops.callMethod(ts, f, o, o.type(), new PyObject[0], null);
            ts.refs.incref(r);
            PyList l = new PyList();
            try {
              for (PyObject x : Ops.toArray(r)) {
                l.append(x);
              }
            } finally {
              Refs.decref(ts, r);
            }
            sortList(ts, l, null, false);
            return l;
          }
          PyList l = new PyList();
          for (String s : names) {
            l.append(new PyStr(s));
          }
          return l;
        });
    fn(d, "__build_class__", ClassBuilder::buildClass);
    fn(
        d,
        "__import__",
        (ts, a, kw) -> {
          PyObject[] p =
              ArgParser.parse(
                  "__import__",
                  a,
                  kw,
                  new String[] {"name", "globals", "locals", "fromlist", "level"},
                  1,
                  5);
          if (!(p[0] instanceof PyStr nameStr)) {
            throw PyException.typeError("module name must be a string");
          }
          String name = nameStr.value();
          long level = p[4] == null ? 0 : ArgParser.asLong(p[4], "level");
          return ts.interp.importer.importName(
              ts,
              name,
              p[1] == null ? PyNone.NONE : p[1],
              p[3],
              (int) Math.max(Integer.MIN_VALUE, Math.min(level, Integer.MAX_VALUE)));
        });
    ExecBuiltins.install(d);
    return d;
  }

  private static PyObject programDivmod(ThreadState ts, PyObject x, PyObject y) {
    boolean yFirst = y.type() != x.type() && y.type().isSubtypeOf(x.type());
    PyObject fy = Derived.override(y.type(), "__rdivmod__");
    if (yFirst && fy != null) {
      PyObject r =
          Derived.notImplementedToNull(
              Ops.callMethod(ts, fy, y, y.type(), new PyObject[] {x}, null));
      if (r != null) {
        return r;
      }
    }
    PyObject fx = Derived.override(x.type(), "__divmod__");
    if (fx != null) {
      PyObject r =
          Derived.notImplementedToNull(
              Ops.callMethod(ts, fx, x, x.type(), new PyObject[] {y}, null));
      if (r != null) {
        return r;
      }
    }
    if (!yFirst && fy != null && y.type() != x.type()) {
      PyObject r =
          Derived.notImplementedToNull(
              Ops.callMethod(ts, fy, y, y.type(), new PyObject[] {x}, null));
      if (r != null) {
        return r;
      }
    }
    boolean numbers =
        (x instanceof PyInt || x instanceof PyFloat)
            && (y instanceof PyInt || y instanceof PyFloat);
    if (fx != null || fy != null || !numbers) {
      throw PyException.typeError(
          "unsupported operand type(s) for divmod(): '"
              + x.type().name()
              + "' and '"
              + y.type().name()
              + "'");
    }
    return null;
  }

  private static PyObject[] reverse(PyObject[] a) {
    PyObject[] r = new PyObject[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[a.length - 1 - i];
    }
    return r;
  }

  /** {@code locals()}: the frame's own dict, or for a function a new dict of its variables. */
  public static PyObject locals(ThreadState ts) {
    return locals(ts.frame);
  }

  /** A frame's locals as {@code locals()} in it would give them (a frame object's f_locals). */
  public static PyObject locals(Frame f) {
    if (f.locals != null) {
      return f.locals;
    }
    PyDict d = f.localsSnapshot;
    if (d == null) {
      d = new PyDict();
      Refs.incref(d);
      f.localsSnapshot = d;
    }
    PyCode co = f.code;
    for (int i = 0; i < co.varnames.length; i++) {
      snapshot(d, co.varnames[i], f.fast[i]);
    }
    int base = co.varnames.length;
    String[] cells = co.cellvars;
    for (int i = 0; i < cells.length; i++) {
      snapshot(d, cells[i], ((PyCell) f.fast[base + i]).contents);
    }
    base += cells.length;
    String[] free = co.freevars;
    for (int i = 0; i < free.length; i++) {
      snapshot(d, free[i], f.fast[base + i] instanceof PyCell cell ? cell.contents : null);
    }
    return d;
  }

  /** One variable into a locals() dict: its value, or no key while it is unbound. */
  private static void snapshot(PyDict d, String name, PyObject value) {
    if (value != null) {
      d.putStr(name, value);
    } else {
      d.delete(new PyStr(name));
    }
  }

  private static String attrName(PyObject o, String fname) {
    if (o instanceof PyStr s) {
      return s.value();
    }
    throw PyException.typeError("attribute name must be string, not '" + o.type().name() + "'");
  }

  static boolean isInstance(PyObject o, PyObject cls, String fname) {
    if (cls instanceof PyTuple t) {
      for (PyObject c : t.items()) {
        if (isInstance(o, c, fname)) {
          return true;
        }
      }
      return false;
    }
    if (cls instanceof PyGenericAlias g) {
      if (g.isUnion()) {
        for (PyObject c : g.unionMembers()) {
          if (isInstance(o, c, fname)) {
            return true;
          }
        }
        return false;
      }
      throw PyException.typeError(fname + "() argument 2 cannot be a parameterized generic");
    }
    if (!(cls instanceof PyType t)) {
      // Any object whose type defines __instancecheck__ decides (typing's aliases, as CPython).
      PyObject check = cls instanceof PyInstance ? cls.type().lookup("__instancecheck__") : null;
      if (check != null) {
        return Derived.truthOf(
            Ops.callMethod(
                ThreadState.current(), check, cls, cls.type(), new PyObject[] {o}, null));
      }
      throw PyException.typeError(fname + "() arg 2 must be a type, a tuple of types, or a union");
    }
    if (o.type() == t) {
      return true;
    }
    if (t.type() != PyType.TYPE) {
      // A metaclass's __instancecheck__ decides (abstract base classes).
      PyObject f = Derived.override(t.type(), "__instancecheck__");
      if (f != null) {
        return Derived.truthOf(
            Ops.callMethod(ThreadState.current(), f, t, t.type(), new PyObject[] {o}, null));
      }
    }
    return o.type().isSubtypeOf(t);
  }

  private static boolean isSubclass(PyType t, PyObject cls) {
    if (cls instanceof PyTuple tup) {
      for (PyObject c : tup.items()) {
        if (isSubclass(t, c)) {
          return true;
        }
      }
      return false;
    }
    if (cls instanceof PyGenericAlias g) {
      if (g.isUnion()) {
        for (PyObject c : g.unionMembers()) {
          if (isSubclass(t, c)) {
            return true;
          }
        }
        return false;
      }
      throw PyException.typeError("issubclass() argument 2 cannot be a parameterized generic");
    }
    if (!(cls instanceof PyType c)) {
      PyObject check = cls instanceof PyInstance ? cls.type().lookup("__subclasscheck__") : null;
      if (check != null) {
        return Derived.truthOf(
            Ops.callMethod(
                ThreadState.current(), check, cls, cls.type(), new PyObject[] {t}, null));
      }
      throw PyException.typeError(
          "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    if (c.type() != PyType.TYPE) {
      PyObject f = Derived.override(c.type(), "__subclasscheck__");
      if (f != null) {
        return Derived.truthOf(
            Ops.callMethod(ThreadState.current(), f, c, c.type(), new PyObject[] {t}, null));
      }
    }
    return t.isSubtypeOf(c);
  }

  private static PyObject radix(PyObject[] a, String[] kw, String name, int radix, String prefix) {
    ArgParser.arity(name, a, kw, 1, 1);
    java.math.BigInteger b = NumberMethods.index(a[0]).bigValue();
    String s = b.abs().toString(radix);
    return new PyStr((b.signum() < 0 ? "-" : "") + prefix + s);
  }

  /**
   * Calls method {@code name} of {@code o} for its effect: the bound method, the argument and the
   * result are dropped after, so that none of them (nor {@code o}, which a bound method holds)
   * outlives the call unless the method kept it.
   */
  private static void callAndDrop(ThreadState ts, PyObject o, String name, PyObject... args) {
    PyObject m = o.getAttr(name);
    ts.refs.incref(m);
    try {
      Refs.discard(ts, m.call(ts, args, null));
    } finally {
      Refs.decref(ts, m);
      for (PyObject arg : args) {
        Refs.discard(ts, arg);
      }
    }
  }

  private static PyObject print(ThreadState ts, PyObject[] a, String[] kw) {
    int nkw = kw == null ? 0 : kw.length;
    int npos = a.length - nkw;
    String sep = " ";
    String end = "\n";
    PyObject file = PyNone.NONE;
    boolean flush = false;
    for (int i = 0; i < nkw; i++) {
      PyObject v = a[npos + i];
      switch (kw[i]) {
        case "sep":
          sep = v == PyNone.NONE ? " " : strArg(v, "sep");
          break;
        case "end":
          end = v == PyNone.NONE ? "\n" : strArg(v, "end");
          break;
        case "file":
          file = v;
          break;
        case "flush":
          flush = Ops.isTrue(v);
          break;
        default:
          throw PyException.typeError("'" + kw[i] + "' is an invalid keyword argument for print()");
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < npos; i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(a[i].str());
    }
    sb.append(end);
    if (file == PyNone.NONE) {
      // sys.stdout, when the program replaced it (contextlib.redirect_stdout): print writes there.
      if (ts.interp.modules().getStr("sys") instanceof PyModule sys) {
        PyObject out = sys.dict().getStr("stdout");
        if (out != null && out != PyNone.NONE && out != sys.dict().getStr("__stdout__")) {
          file = out;
        }
      }
    }
    if (file == PyNone.NONE) {
      ts.interp.stdout.write(sb.toString());
      if (flush) {
        ts.interp.stdout.flushOrRaise();
      }
    } else {
      callAndDrop(ts, file, "write", new PyStr(sb.toString()));
      if (flush) {
        callAndDrop(ts, file, "flush");
      }
    }
    return PyNone.NONE;
  }

  private static String strArg(PyObject v, String name) {
    if (v instanceof PyStr s) {
      return s.value();
    }
    throw PyException.typeError(name + " must be None or a string, not " + v.type().name());
  }

  private static PyObject round(ThreadState ts, PyObject[] a, String[] kw) {
    PyObject[] p = ArgParser.parse("round", a, kw, new String[] {"number", "ndigits"}, 1, 2);
    PyObject x = p[0];
    PyObject nd = p[1] == null ? PyNone.NONE : p[1];
    if (x instanceof PyInstance) {
      PyObject r =
          nd == PyNone.NONE
              ? ((PyInstance) x).callDunder("__round__")
              : ((PyInstance) x).callDunder("__round__", nd);
      if (r != null) {
        return r;
      }
    }
    if (x instanceof PyInt i) {
      if (nd == PyNone.NONE) {
        return PyInt.of(i.bigValue());
      }
      long n = ArgParser.asLong(nd, "round");
      if (n >= 0) {
        return PyInt.of(i.bigValue());
      }
      BigDecimal r = new BigDecimal(i.bigValue()).setScale((int) n, RoundingMode.HALF_EVEN);
      return PyInt.of(r.toBigInteger());
    }
    if (x instanceof PyFloat f) {
      double v = f.value();
      if (nd == PyNone.NONE) {
        if (Double.isNaN(v)) {
          throw PyException.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
          throw PyException.overflowError("cannot convert float infinity to integer");
        }
        return PyInt.of(new BigDecimal(v).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
      }
      long n = ArgParser.asLong(nd, "round");
      if (Double.isNaN(v) || Double.isInfinite(v) || n > 400) {
        return f;
      }
      if (n < -400) {
        return PyFloat.of(0.0 * v);
      }
      BigDecimal r = new BigDecimal(v).setScale((int) n, RoundingMode.HALF_EVEN);
      double out = r.doubleValue();
      return PyFloat.of(out == 0 ? Math.copySign(0.0, v) : out);
    }
    throw PyException.typeError("type " + x.type().name() + " doesn't define __round__ method");
  }

  private static PyObject minMax(PyObject[] a, String[] kw, String name, boolean isMin) {
    int nkw = kw == null ? 0 : kw.length;
    int npos = a.length - nkw;
    PyObject key = null;
    PyObject dflt = null;
    for (int i = 0; i < nkw; i++) {
      switch (kw[i]) {
        case "key":
          key = a[npos + i] == PyNone.NONE ? null : a[npos + i];
          break;
        case "default":
          dflt = a[npos + i];
          break;
        default:
          throw PyException.typeError(
              name + "() got an unexpected keyword argument '" + kw[i] + "'");
      }
    }
    if (npos == 0) {
      throw PyException.typeError(name + " expected at least 1 argument, got 0");
    }
    PyObject it;
    if (npos == 1) {
      it = a[0].iter();
    } else {
      if (dflt != null) {
        throw PyException.typeError(
            "Cannot specify a default for " + name + "() with multiple positional arguments");
      }
      it = new PyIterators.ArrayIterator(PyTuple.EMPTY, java.util.Arrays.copyOf(a, npos), npos);
    }
    // The best item and its key are held while the rest are compared (a comparison or a key
    // function may drop every other reference to them); the others are dropped as they lose.
    // An item and its key hold one reference each, even when they are the same object.
    PyObject best = null;
    PyObject bestKey = null;
    ThreadState ts = ThreadState.current();
    RefCounts rc = ts.refs;
    PyObject iterable = npos == 1 ? a[0] : null;
    try {
      for (PyObject x; (x = it.next()) != null; ) {
        rc.incref(x);
        PyObject k = null;
        boolean wins;
        try {
          k = key == null ? x : key.call(ts, new PyObject[] {x}, null);
          rc.incref(k);
          wins = best == null || (isMin ? Ops.lessThan(k, bestKey) : Ops.greaterThan(k, bestKey));
        } catch (PyException e) {
          if (k != null) {
            Refs.decref(ts, k);
          }
          Refs.decref(ts, x);
          throw e;
        }
        if (wins) {
          PyObject oldBest = best;
          PyObject oldKey = bestKey;
          best = x;
          bestKey = k;
          x = oldBest;
          k = oldKey;
        }
        if (x != null) {
          Refs.decref(ts, k);
          Refs.decref(ts, x);
        }
      }
    } catch (PyException e) {
      if (best != null) {
        Refs.decref(ts, bestKey);
        Refs.decref(ts, best);
      }
      throw e;
    } finally {
      Refs.dropIterator(ts, it, iterable);
    }
    if (best != null) {
      Refs.decref(ts, bestKey);
      // Handed over floating, as a function's result is.
      Refs.release(ts, best);
    }
    if (best == null) {
      if (dflt != null) {
        return dflt;
      }
      throw PyException.valueError(name + "() arg is an empty sequence");
    }
    return best;
  }

  /** list.sort / sorted: computes keys first, then a stable sort. */
  public static void sortList(ThreadState ts, PyList l, PyObject key, boolean reverse) {
    PyObject[] items = l.toArray();
    int n = items.length;
    PyObject[] keys = null;
    if (key != null && key != PyNone.NONE) {
      keys = new PyObject[n];
      int i = 0;
      try {
        for (; i < n; i++) {
          keys[i] = key.call(ts, new PyObject[] {items[i]}, null);
        }
      } catch (PyException e) {
        Refs.discardAll(ts, keys, i);
        throw e;
      }
    }
    try {
      Ops.sort(items, n, keys, reverse);
    } catch (PyException e) {
      if (keys != null) {
        Refs.discardAll(ts, keys, n);
      }
      throw e;
    }
    if (keys != null) {
      for (PyObject k : keys) {
        Refs.discard(ts, k);
      }
    }
    l.reorder(items, n);
  }

  /** {@code callable(o)}. */
  public static boolean isCallable(PyObject o) {
    return o instanceof PyFunction
        || o instanceof PyBuiltinFunction
        || o instanceof PyType
        || o instanceof PyBoundMethod
        || o instanceof PyMethodDescriptor
        || o instanceof PyMethodDescriptor.Bound
        || o instanceof PyDescriptors.StaticMethod
        || o instanceof PyGenericAlias g && !g.isUnion()
        || (Ops.isProgramObject(o) && o.type().lookup("__call__") != null);
  }
}
