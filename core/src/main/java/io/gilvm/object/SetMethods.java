package io.gilvm.object;

import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/** The constructors and methods of {@code set} and {@code frozenset}. */
public final class SetMethods {
  private SetMethods() {}

  static void install() {
    PyType.SET.setConstructor(
        (ts, type, args, kwnames) -> {
          if (NumberMethods.hasKeywords(kwnames)) {
            throw PyException.typeError("set() takes no keyword arguments");
          }
          ArgParser.arity("set", args, null, 0, 1);
          return args.length == 0 ? new PySet(false) : PySet.from(args[0], false);
        });
    PyType.FROZENSET.setConstructor(
        (ts, type, args, kwnames) -> {
          if (NumberMethods.hasKeywords(kwnames)) {
            throw PyException.typeError("frozenset() takes no keyword arguments");
          }
          ArgParser.arity("frozenset", args, null, 0, 1);
          if (args.length == 1
              && args[0].getClass() == PySet.class
              && ((PySet) args[0]).isFrozen()) {
            return args[0];
          }
          return args.length == 0 ? new PySet(true) : PySet.from(args[0], true);
        });
    installCommon(PyType.SET);
    installCommon(PyType.FROZENSET);
    installMutating(PyType.SET);
  }

  /** A set operand of a method: the set itself, or a temporary set of an iterable's items. */
  private static PySet asSet(PyObject o) {
    return o instanceof PySet s ? s : PySet.from(o, false);
  }

  private static void dropIfTemp(PySet s, PyObject original) {
    if (s != original) {
      NumberMethods.drop(s);
    }
  }

  /**
   * Whether the set holds {@code key}; a set key is looked up as the frozenset of its elements, as
   * CPython does, so {@code {1} in {frozenset({1})}} holds.
   */
  private static boolean containsKey(PySet s, PyObject key) {
    if (key instanceof PySet k && !k.isFrozen()) {
      PySet frozen = PySet.from(k, true);
      try {
        return s.contains(frozen);
      } finally {
        NumberMethods.drop(frozen);
      }
    }
    return s.contains(key);
  }

  /** Removes {@code key} (a set key as its frozenset); returns whether it was there. */
  private static boolean discardKey(PySet s, PyObject key) {
    if (key instanceof PySet k && !k.isFrozen()) {
      PySet frozen = PySet.from(k, true);
      try {
        return s.discard(frozen);
      } finally {
        NumberMethods.drop(frozen);
      }
    }
    return s.discard(key);
  }

  private static void installCommon(PyType t) {
    String n = t.name();
    boolean frozen = t == PyType.FROZENSET;
    NumberMethods.compareDunders(t);
    NumberMethods.objectDunders(t, frozen);
    t.method(
        "__len__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__len__", a, kw, 0);
          return PyInt.of(Derived.len(self));
        });
    t.method(
        "__iter__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__iter__", a, kw, 0);
          return Derived.iter(self);
        });
    t.method(
        "__contains__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__contains__", a, kw, 1);
          return PyBool.of(containsKey((PySet) self, a[0]));
        });
    NumberMethods.binaryDunders(t, Ops.AND, Ops.OR, Ops.SUB, Ops.XOR);
    t.method(
        "copy",
        (ts, self, a, kw) -> {
          ArgParser.arity(n + ".copy", a, kw, 0, 0);
          PySet s = (PySet) self;
          return s.isFrozen() ? s : s.copy();
        });
    t.method(
        "union",
        (ts, self, a, kw) -> {
          ArgParser.noKeywords(n + ".union", kw);
          PySet r = ((PySet) self).copy();
          try {
            for (PyObject o : a) {
              r.addAll(o);
            }
          } catch (PyException e) {
            NumberMethods.drop(r);
            throw e;
          }
          return r;
        });
    t.method(
        "intersection",
        (ts, self, a, kw) -> {
          ArgParser.noKeywords(n + ".intersection", kw);
          PySet s = (PySet) self;
          if (a.length == 0) {
            return s.copy();
          }
          PySet r = intersect(s, a[0]);
          for (int i = 1; i < a.length; i++) {
            PySet next;
            try {
              next = intersect(r, a[i]);
            } finally {
              NumberMethods.drop(r);
            }
            r = next;
          }
          return r;
        });
    t.method(
        "difference",
        (ts, self, a, kw) -> {
          ArgParser.noKeywords(n + ".difference", kw);
          PySet s = (PySet) self;
          // As CPython: the first set argument as the operator does it, the rest discarded.
          boolean firstIsSet = a.length > 0 && a[0] instanceof PySet && a[0] != s;
          PySet r = firstIsSet ? s.combine(Ops.SUB, (PySet) a[0]) : s.copy();
          try {
            for (int i = firstIsSet ? 1 : 0; i < a.length; i++) {
              removeAll(r, a[i]);
            }
          } catch (PyException e) {
            NumberMethods.drop(r);
            throw e;
          }
          return r;
        });
    t.method(
        "symmetric_difference",
        (ts, self, a, kw) -> {
          ArgParser.arity(n + ".symmetric_difference", a, kw, 1, 1);
          // As CPython: a set of the argument's elements, in which this set's are toggled.
          PySet s = (PySet) self;
          PySet r = new PySet(s.isFrozen());
          try {
            r.addAll(a[0]);
            r.toggle(s);
          } catch (PyException e) {
            NumberMethods.drop(r);
            throw e;
          }
          return r;
        });
    t.method(
        "issubset",
        (ts, self, a, kw) -> {
          ArgParser.arity(n + ".issubset", a, kw, 1, 1);
          PySet other = asSet(a[0]);
          try {
            return PyBool.of(((PySet) self).isSubsetOf(other));
          } finally {
            dropIfTemp(other, a[0]);
          }
        });
    t.method(
        "issuperset",
        (ts, self, a, kw) -> {
          ArgParser.arity(n + ".issuperset", a, kw, 1, 1);
          PySet s = (PySet) self;
          if (a[0] instanceof PySet other) {
            return PyBool.of(other.isSubsetOf(s));
          }
          PyObject it = Ops.iter(a[0]);
          try {
            for (PyObject x; (x = it.next()) != null; ) {
              if (!s.contains(x)) {
                return PyBool.FALSE;
              }
            }
            return PyBool.TRUE;
          } finally {
            Refs.dropIterator(ts, it, a[0]);
          }
        });
    t.method(
        "isdisjoint",
        (ts, self, a, kw) -> {
          ArgParser.arity(n + ".isdisjoint", a, kw, 1, 1);
          PySet s = (PySet) self;
          if (a[0] instanceof PySet o) {
            PySet small = o.size() < s.size() ? o : s;
            PySet big = small == s ? o : s;
            for (PyObject x : small.toArray()) {
              if (big.contains(x)) {
                return PyBool.FALSE;
              }
            }
            return PyBool.TRUE;
          }
          PyObject it = Ops.iter(a[0]);
          try {
            for (PyObject x; (x = it.next()) != null; ) {
              if (s.contains(x)) {
                return PyBool.FALSE;
              }
            }
            return PyBool.TRUE;
          } finally {
            Refs.dropIterator(ts, it, a[0]);
          }
        });
  }

  private static void installMutating(PyType t) {
    NumberMethods.inplaceDunders(t, Ops.AND, Ops.OR, Ops.SUB, Ops.XOR);
    t.method(
        "add",
        (ts, self, a, kw) -> {
          if (a.length != 1 || NumberMethods.hasKeywords(kw)) {
            ArgParser.arity("set.add", a, kw, 1, 1);
          }
          ((PySet) self).add(a[0]);
          return PyNone.NONE;
        });
    t.method(
        "discard",
        (ts, self, a, kw) -> {
          ArgParser.arity("set.discard", a, kw, 1, 1);
          discardKey((PySet) self, a[0]);
          return PyNone.NONE;
        });
    t.method(
        "remove",
        (ts, self, a, kw) -> {
          ArgParser.arity("set.remove", a, kw, 1, 1);
          if (!discardKey((PySet) self, a[0])) {
            throw PyException.keyError(a[0]);
          }
          return PyNone.NONE;
        });
    t.method(
        "pop",
        (ts, self, a, kw) -> {
          ArgParser.arity("set.pop", a, kw, 0, 0);
          PyObject o = ((PySet) self).pop();
          if (o == null) {
            throw PyException.keyError(new PyStr("pop from an empty set"));
          }
          return o;
        });
    t.method(
        "clear",
        (ts, self, a, kw) -> {
          ArgParser.arity("set.clear", a, kw, 0, 0);
          ((PySet) self).clear();
          return PyNone.NONE;
        });
    t.method(
        "update",
        (ts, self, a, kw) -> {
          ArgParser.noKeywords("set.update", kw);
          for (PyObject o : a) {
            ((PySet) self).addAll(o);
          }
          return PyNone.NONE;
        });
    t.method(
        "intersection_update",
        (ts, self, a, kw) -> {
          ArgParser.noKeywords("set.intersection_update", kw);
          PySet s = (PySet) self;
          for (PyObject o : a) {
            PySet r = intersect(s, o);
            try {
              replaceContents(s, r);
            } finally {
              NumberMethods.drop(r);
            }
          }
          return PyNone.NONE;
        });
    t.method(
        "difference_update",
        (ts, self, a, kw) -> {
          ArgParser.noKeywords("set.difference_update", kw);
          for (PyObject o : a) {
            removeAll((PySet) self, o);
          }
          return PyNone.NONE;
        });
    t.method(
        "symmetric_difference_update",
        (ts, self, a, kw) -> {
          ArgParser.arity("set.symmetric_difference_update", a, kw, 1, 1);
          toggleAll((PySet) self, a[0]);
          return PyNone.NONE;
        });
  }

  /**
   * {@code s & other} for any iterable: CPython iterates the smaller set (or the iterable) and
   * keeps the elements it meets, so {@code {1} & {True}} is {@code {True}}.
   */
  private static PySet intersect(PySet s, PyObject other) {
    if (other instanceof PySet o) {
      return s.combine(Ops.AND, o);
    }
    PySet r = new PySet(s.isFrozen());
    PyObject it = Ops.iter(other);
    PyObject x = null;
    try {
      while ((x = it.next()) != null) {
        if (s.contains(x)) {
          r.add(x);
        }
        // An item the result did not take may have been floating.
        Refs.discard(ThreadState.current(), x);
        x = null;
      }
    } catch (PyException e) {
      Refs.discard(ThreadState.current(), x);
      NumberMethods.drop(r);
      throw e;
    } finally {
      Refs.dropIterator(ThreadState.current(), it, other);
    }
    return r;
  }

  private static void removeAll(PySet s, PyObject other) {
    if (other == s) {
      s.clear();
      return;
    }
    if (other instanceof PySet o) {
      for (PyObject x : o.toArray()) {
        s.discard(x);
      }
      return;
    }
    PyObject it = Ops.iter(other);
    try {
      for (PyObject x; (x = it.next()) != null; ) {
        s.discard(x);
      }
    } finally {
      Refs.dropIterator(ThreadState.current(), it, other);
    }
  }

  /** {@code s ^= other}: each distinct element of other is removed if present, else added. */
  private static void toggleAll(PySet s, PyObject other) {
    if (other == s) {
      s.clear();
      return;
    }
    PySet o = asSet(other);
    try {
      for (PyObject x : o.toArray()) {
        if (!s.discard(x)) {
          s.add(x);
        }
      }
    } finally {
      dropIfTemp(o, other);
    }
  }

  private static void replaceContents(PySet s, PySet with) {
    // The result's table becomes the set's, as CPython's set_swap_bodies; with gets the old one.
    s.swapBodies(with);
  }
}
