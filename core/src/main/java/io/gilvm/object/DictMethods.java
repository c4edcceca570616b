package io.gilvm.object;

import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/** The constructor and methods of {@code dict}. */
public final class DictMethods {
  private DictMethods() {}

  static void install() {
    PyType t = PyType.DICT;
    t.setConstructor(
        (ts, type, args, kwnames) -> {
          PyDict d = new PyDict();
          try {
            updateFromCall(d, args, kwnames, "dict");
          } catch (PyException e) {
            Refs.discard(ts, d);
            throw e;
          }
          return d;
        });
    NumberMethods.compareDunders(t);
    NumberMethods.objectDunders(t, false);
    NumberMethods.sequenceDunders(t, true);
    NumberMethods.binaryDunders(t, Ops.OR);
    NumberMethods.inplaceDunders(t, Ops.OR);
    t.method(
        "__reversed__",
        (ts, self, a, kw) -> {
          ArgParser.arity("dict.__reversed__", a, kw, 0, 0);
          PyObject[] keys = ((PyDict) self).keyArray();
          PyObject[] rev = new PyObject[keys.length];
          for (int i = 0; i < keys.length; i++) {
            rev[i] = keys[keys.length - 1 - i];
          }
          return PyList.of(rev).iter();
        });

    t.method(
        "get",
        (ts, self, a, kw) -> {
          if (a.length < 1 || a.length > 2 || NumberMethods.hasKeywords(kw)) {
            ArgParser.arity("get", a, kw, 1, 2);
          }
          PyObject v = ((PyDict) self).get(a[0]);
          return v != null ? v : a.length == 2 ? a[1] : PyNone.NONE;
        });
    t.method(
        "keys",
        (ts, self, a, kw) -> {
          ArgParser.arity("dict.keys", a, kw, 0, 0);
          return new PyDictView((PyDict) self, PyIterators.DictIterator.KEYS);
        });
    t.method(
        "values",
        (ts, self, a, kw) -> {
          ArgParser.arity("dict.values", a, kw, 0, 0);
          return new PyDictView((PyDict) self, PyIterators.DictIterator.VALUES);
        });
    t.method(
        "items",
        (ts, self, a, kw) -> {
          ArgParser.arity("dict.items", a, kw, 0, 0);
          return new PyDictView((PyDict) self, PyIterators.DictIterator.ITEMS);
        });
    t.method(
        "pop",
        (ts, self, a, kw) -> {
          ArgParser.arity("pop", a, kw, 1, 2);
          PyObject v = ((PyDict) self).remove(a[0]);
          if (v != null) {
            return v;
          }
          if (a.length == 2) {
            return a[1];
          }
          throw PyException.keyError(a[0]);
        });
    t.method(
        "popitem",
        (ts, self, a, kw) -> {
          ArgParser.arity("dict.popitem", a, kw, 0, 0);
          PyObject[] kv = ((PyDict) self).popLast();
          if (kv == null) {
            throw PyException.keyError(new PyStr("popitem(): dictionary is empty"));
          }
          // The dict's references pass to the pair: the tuple increfs, then the dict's are dropped.
          PyTuple pair = PyTuple.of(kv[0], kv[1]);
          Refs.decref(ts, kv[0]);
          Refs.decref(ts, kv[1]);
          return pair;
        });
    t.method(
        "setdefault",
        (ts, self, a, kw) -> {
          ArgParser.arity("setdefault", a, kw, 1, 2);
          return ((PyDict) self).setDefault(a[0], a.length == 2 ? a[1] : PyNone.NONE);
        });
    t.method(
        "update",
        (ts, self, a, kw) -> {
          updateFromCall((PyDict) self, a, kw, "update");
          return PyNone.NONE;
        });
    t.method(
        "copy",
        (ts, self, a, kw) -> {
          ArgParser.arity("dict.copy", a, kw, 0, 0);
          return ((PyDict) self).copy();
        });
    t.method(
        "clear",
        (ts, self, a, kw) -> {
          ArgParser.arity("dict.clear", a, kw, 0, 0);
          ((PyDict) self).clear();
          return PyNone.NONE;
        });
    NumberMethods.classMethod(
        t,
        "fromkeys",
        (ts, a, kw) -> {
          PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
          ArgParser.arity("fromkeys", rest, kw, 1, 2);
          PyObject value = rest.length == 2 ? rest[1] : PyNone.NONE;
          PyDict d = new PyDict();
          PyObject it = Ops.iter(rest[0]);
          PyObject k = null;
          try {
            while ((k = it.next()) != null) {
              d.put(k, value);
            }
          } catch (PyException e) {
            Refs.discard(ts, k);
            Refs.discard(ts, d);
            throw e;
          } finally {
            Refs.dropIterator(ts, it, rest[0]);
          }
          return d;
        });
    PyDictView.install();
  }

  /** {@code dict(x, **kw)} and {@code d.update(x, **kw)}: at most one positional argument. */
  static void updateFromCall(PyDict d, PyObject[] args, String[] kwnames, String fname) {
    int npos = NumberMethods.positionalCount(args, kwnames);
    if (npos > 1) {
      throw PyException.typeError(fname + " expected at most 1 argument, got " + npos);
    }
    if (npos == 1) {
      update(d, args[0]);
    }
    for (int k = 0; kwnames != null && k < kwnames.length; k++) {
      d.putStr(kwnames[k], args[npos + k]);
    }
  }

  /** {@code d.update(other)} for a mapping (anything with keys()) or an iterable of pairs. */
  static void update(PyDict d, PyObject other) {
    if (other instanceof PyDict || Ops.hasAttr(ThreadState.current(), other, "keys")) {
      d.update(other);
      return;
    }
    ThreadState ts = ThreadState.current();
    PyObject it = Ops.iter(other);
    PyObject pair = null;
    PyObject[] kv = null;
    try {
      for (int n = 0; (pair = it.next()) != null; n++) {
        if (pair instanceof PyTuple tup) {
          kv = tup.items();
        } else if (pair instanceof PyList l) {
          kv = l.toArray();
        } else {
          PyObject pit;
          try {
            pit = pair.iter();
          } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR)) {
              throw PyException.typeError(
                  "cannot convert dictionary update sequence element #" + n + " to a sequence");
            }
            throw e;
          }
          try {
            kv = Ops.toArray(pit);
          } finally {
            Refs.dropIterator(ts, pit, pair);
          }
        }
        if (kv.length != 2) {
          throw PyException.valueError(
              "dictionary update sequence element #"
                  + n
                  + " has length "
                  + kv.length
                  + "; 2 is required");
        }
        d.put(kv[0], kv[1]);
        kv = null;
        // A pair made for the purpose (by zip, a generator) goes once the dict has its items.
        Refs.discard(ts, pair);
        pair = null;
      }
    } catch (PyException e) {
      if (kv != null) {
        Refs.discardAll(ts, kv, kv.length);
      }
      Refs.discard(ts, pair);
      throw e;
    } finally {
      Refs.dropIterator(ts, it, other);
    }
  }
}
