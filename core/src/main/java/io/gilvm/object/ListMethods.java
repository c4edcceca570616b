package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/** The constructor and methods of {@code list}. */
public final class ListMethods {
  private ListMethods() {}

  static void install() {
    PyType t = PyType.LIST;
    t.setConstructor(
        (ts, type, args, kwnames) -> {
          if (NumberMethods.hasKeywords(kwnames)) {
            throw PyException.typeError("list() takes no keyword arguments");
          }
          ArgParser.arity("list", args, null, 0, 1);
          PyList l = new PyList();
          if (args.length == 1) {
            try {
              l.extend(args[0]);
            } catch (PyException e) {
              Refs.discard(ts, l);
              throw e;
            }
          }
          return l;
        });
    NumberMethods.compareDunders(t);
    NumberMethods.objectDunders(t, false);
    NumberMethods.sequenceDunders(t, true);
    t.method(
        "__add__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__add__", a, kw, 1);
          if (!(a[0] instanceof PyList)) {
            throw PyException.typeError(
                "can only concatenate list (not \"" + a[0].type().name() + "\") to list");
          }
          return Derived.binaryOp(self, Ops.ADD, a[0]);
        });
    for (String name : new String[] {"__mul__", "__rmul__", "__imul__"}) {
      t.method(
          name,
          (ts, self, a, kw) -> {
            NumberMethods.expectArgs(name, a, kw, 1);
            // The repeat count goes through __index__, as the sq_repeat slot does.
            PyInt n = NumberMethods.index(a[0]);
            return name.equals("__imul__")
                ? Derived.inplaceOp(self, Ops.MUL, n)
                : Derived.binaryOp(self, Ops.MUL, n);
          });
    }
    t.method(
        "__iadd__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__iadd__", a, kw, 1);
          ((PyList) self).extend(a[0]);
          return self;
        });
    t.method(
        "__reversed__",
        (ts, self, a, kw) -> {
          ArgParser.arity("list.__reversed__", a, kw, 0, 0);
          return new BuiltinIterators.Reversed(self);
        });

    t.method(
        "append",
        (ts, self, a, kw) -> {
          if (a.length != 1 || NumberMethods.hasKeywords(kw)) {
            ArgParser.arity("list.append", a, kw, 1, 1);
          }
          ((PyList) self).append(a[0]);
          return PyNone.NONE;
        });
    t.method(
        "extend",
        (ts, self, a, kw) -> {
          ArgParser.arity("list.extend", a, kw, 1, 1);
          ((PyList) self).extend(a[0]);
          return PyNone.NONE;
        });
    t.method(
        "insert",
        (ts, self, a, kw) -> {
          ArgParser.arity("insert", a, kw, 2, 2);
          ((PyList) self).insert(NumberMethods.clampedInt(a[0]), a[1]);
          return PyNone.NONE;
        });
    t.method(
        "pop",
        (ts, self, a, kw) -> {
          ArgParser.arity("pop", a, kw, 0, 1);
          return ((PyList) self).pop(a.length == 0 ? -1 : NumberMethods.ssize(a[0]));
        });
    t.method(
        "remove",
        (ts, self, a, kw) -> {
          ArgParser.arity("list.remove", a, kw, 1, 1);
          PyObject removed = ((PyList) self).removeFirst(a[0]);
          if (removed == null) {
            throw PyException.valueError("list.remove(x): x not in list");
          }
          NumberMethods.drop(removed);
          return PyNone.NONE;
        });
    t.method(
        "index",
        (ts, self, a, kw) -> {
          ArgParser.arity("index", a, kw, 1, 3);
          PyList l = (PyList) self;
          int start =
              NumberMethods.adjustBound(
                  NumberMethods.sliceBound(a.length > 1 ? a[1] : null, 0, false), l.size());
          int stop =
              NumberMethods.adjustBound(
                  NumberMethods.sliceBound(a.length > 2 ? a[2] : null, Long.MAX_VALUE / 2, false),
                  l.size());
          int i = indexOf(l, a[0], start, stop);
          if (i < 0) {
            throw PyException.valueError(a[0].repr() + " is not in list");
          }
          return PyInt.of(i);
        });
    t.method(
        "count",
        (ts, self, a, kw) -> {
          ArgParser.arity("list.count", a, kw, 1, 1);
          PyList l = (PyList) self;
          int n = 0;
          for (PyObject o : l.toArray()) {
            if (o == a[0] || Ops.eq(o, a[0])) {
              n++;
            }
          }
          return PyInt.of(n);
        });
    t.method(
        "sort",
        (ts, self, a, kw) -> {
          int npos = NumberMethods.positionalCount(a, kw);
          if (npos > 0) {
            throw PyException.typeError("sort() takes no positional arguments");
          }
          PyObject key = null;
          boolean reverse = false;
          for (int k = 0; kw != null && k < kw.length; k++) {
            switch (kw[k]) {
              case "key":
                key = a[k];
                break;
              case "reverse":
                reverse = NumberMethods.index(a[k]).isTrue();
                break;
              default:
                throw PyException.typeError(
                    "'" + kw[k] + "' is an invalid keyword argument for sort()");
            }
          }
          Builtins.sortList(ts, (PyList) self, key, reverse);
          return PyNone.NONE;
        });
    t.method(
        "reverse",
        (ts, self, a, kw) -> {
          ArgParser.arity("list.reverse", a, kw, 0, 0);
          ((PyList) self).reverse();
          return PyNone.NONE;
        });
    t.method(
        "copy",
        (ts, self, a, kw) -> {
          ArgParser.arity("list.copy", a, kw, 0, 0);
          return copy(ts, (PyList) self);
        });
    t.method(
        "clear",
        (ts, self, a, kw) -> {
          ArgParser.arity("list.clear", a, kw, 0, 0);
          ((PyList) self).clear();
          return PyNone.NONE;
        });
  }

  /** A shallow copy, increfing each item once. */
  static PyList copy(ThreadState ts, PyList l) {
    PyObject[] items = l.toArray();
    for (PyObject o : items) {
      ts.refs.incref(o);
    }
    return PyList.stealing(items, items.length);
  }

  /** The first index in [start, stop) whose item equals {@code x}, or -1. */
  private static int indexOf(PyList l, PyObject x, int start, int stop) {
    // The size is read each time: an __eq__ may shrink the list.
    for (int i = start; i < stop && i < l.size(); i++) {
      PyObject o;
      try {
        o = l.get(i);
      } catch (PyException shrunk) {
        return -1;
      }
      if (o == x || Ops.eq(o, x)) {
        return i;
      }
    }
    return -1;
  }
}
