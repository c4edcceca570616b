package io.gilvm.object;

import io.gilvm.state.ThreadState;

/** The iterator objects of enumerate, zip, map, filter and reversed. Each owns what it iterates. */
public final class BuiltinIterators {
  private BuiltinIterators() {}

  private abstract static class Owning extends PyIterators.Base {
    Owning(String name, PyObject... owned) {
      super(name, owned);
    }
  }

  public static final class Enumerate extends Owning {
    private final PyObject it;
    private PyObject count;

    public Enumerate(PyObject it, PyObject start) {
      super("enumerate", it);
      this.it = it;
      this.count = start;
    }

    @Override
    public PyObject next() {
      PyObject v = it.next();
      if (v == null) {
        return null;
      }
      PyObject i = count;
      count = Ops.binary(count, PyInt.of(1), Ops.ADD);
      return PyTuple.of(i, v);
    }
  }

  public static final class Zip extends Owning {
    private final PyObject[] its;
    private final boolean strict;
    private boolean done;

    public Zip(PyObject[] its, boolean strict) {
      super("zip", its);
      this.its = its;
      this.strict = strict;
    }

    @Override
    public PyObject next() {
      if (done || its.length == 0) {
        return null;
      }
      PyObject[] items = new PyObject[its.length];
      for (int i = 0; i < its.length; i++) {
        PyObject v = its[i].next();
        if (v == null) {
          done = true;
          if (strict) {
            if (i > 0) {
              throw PyException.valueError(
                  "zip() argument " + (i + 1) + " is shorter than argument 1");
            }
            for (int j = 1; j < its.length; j++) {
              if (its[j].next() != null) {
                throw PyException.valueError(
                    "zip() argument " + (j + 1) + " is longer than argument 1");
              }
            }
          }
          return null;
        }
        items[i] = v;
      }
      return PyTuple.of(items);
    }
  }

  public static final class Map extends Owning {
    private final PyObject func;
    private final PyObject[] its;

    public Map(PyObject func, PyObject[] its) {
      super("map", concat(func, its));
      this.func = func;
      this.its = its;
    }

    @Override
    public PyObject next() {
      PyObject[] args = new PyObject[its.length];
      for (int i = 0; i < its.length; i++) {
        PyObject v = its[i].next();
        if (v == null) {
          return null;
        }
        args[i] = v;
      }
      return func.call(ThreadState.current(), args, null);
    }
  }

  public static final class Filter extends Owning {
    private final PyObject func;
    private final PyObject it;

    public Filter(PyObject func, PyObject it) {
      super("filter", func, it);
      this.func = func;
      this.it = it;
    }

    @Override
    public PyObject next() {
      while (true) {
        PyObject v = it.next();
        if (v == null) {
          return null;
        }
        boolean keep = func == PyNone.NONE ? Ops.isTrue(v) : Ops.isTrue(Ops.call(func, v));
        if (keep) {
          return v;
        }
      }
    }
  }

  /** Over a sequence backwards, by index. */
  public static final class Reversed extends Owning {
    private final PyObject seq;
    private int i;

    public Reversed(PyObject seq) {
      super("reversed", seq);
      this.seq = seq;
      this.i = seq.len() - 1;
    }

    @Override
    public PyObject next() {
      if (i < 0) {
        return null;
      }
      if (i >= seq.len()) {
        i = -1;
        return null;
      }
      return seq.getItem(PyInt.of(i--));
    }
  }

  /** {@code iter(callable, sentinel)}. */
  public static final class Callable extends Owning {
    private final PyObject func;
    private final PyObject sentinel;
    private boolean done;

    public Callable(PyObject func, PyObject sentinel) {
      super("callable_iterator", func, sentinel);
      this.func = func;
      this.sentinel = sentinel;
    }

    @Override
    public PyObject next() {
      if (done) {
        return null;
      }
      PyObject v = Ops.call(func);
      if (Ops.eq(v, sentinel)) {
        done = true;
        return null;
      }
      return v;
    }
  }

  private static PyObject[] concat(PyObject first, PyObject[] rest) {
    PyObject[] all = new PyObject[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
