package io.gilvm.object;

/** The constructor and methods of {@code tuple}. */
final class TupleMethods {
  private TupleMethods() {}

  static void install() {
    PyType t = PyType.TUPLE;
    t.setConstructor(
        (ts, type, args, kwnames) -> {
          if (NumberMethods.hasKeywords(kwnames)) {
            throw PyException.typeError("tuple() takes no keyword arguments");
          }
          ArgParser.arity("tuple", args, null, 0, 1);
          if (args.length == 0) {
            return PyTuple.EMPTY;
          }
          if (args[0].getClass() == PyTuple.class) {
            return args[0];
          }
          // Ops.toArray gives a fresh array, which the tuple can keep.
          PyObject[] items = Ops.toArray(args[0]);
          for (PyObject o : items) {
            ts.refs.incref(o);
          }
          return PyTuple.stealing(items);
        });
    NumberMethods.compareDunders(t);
    NumberMethods.objectDunders(t, true);
    NumberMethods.sequenceDunders(t, false);
    t.method(
        "__add__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__add__", a, kw, 1);
          if (!(a[0] instanceof PyTuple)) {
            throw PyException.typeError(
                "can only concatenate tuple (not \"" + a[0].type().name() + "\") to tuple");
          }
          return Derived.binaryOp(self, Ops.ADD, a[0]);
        });
    for (String name : new String[] {"__mul__", "__rmul__"}) {
      t.method(
          name,
          (ts, self, a, kw) -> {
            NumberMethods.expectArgs(name, a, kw, 1);
            // The repeat count goes through __index__, as the sq_repeat slot does.
            PyInt n = NumberMethods.index(a[0]);
            return Derived.binaryOp(self, Ops.MUL, n);
          });
    }
    t.method(
        "index",
        (ts, self, a, kw) -> {
          ArgParser.arity("index", a, kw, 1, 3);
          PyObject[] items = ((PyTuple) self).items();
          int start =
              NumberMethods.adjustBound(
                  NumberMethods.sliceBound(a.length > 1 ? a[1] : null, 0, false), items.length);
          int stop =
              NumberMethods.adjustBound(
                  NumberMethods.sliceBound(a.length > 2 ? a[2] : null, Long.MAX_VALUE / 2, false),
                  items.length);
          for (int i = start; i < stop; i++) {
            if (items[i] == a[0] || Ops.eq(items[i], a[0])) {
              return PyInt.of(i);
            }
          }
          throw PyException.valueError("tuple.index(x): x not in tuple");
        });
    t.method(
        "count",
        (ts, self, a, kw) -> {
          ArgParser.arity("tuple.count", a, kw, 1, 1);
          int n = 0;
          for (PyObject o : ((PyTuple) self).items()) {
            if (o == a[0] || Ops.eq(o, a[0])) {
              n++;
            }
          }
          return PyInt.of(n);
        });
  }
}
