package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup}: construction with CPython's checks, {@code
 * message}, {@code exceptions}, {@code split}, {@code subgroup} and {@code derive}; and the two
 * steps of {@code except*} (the CHECK_EG_MATCH and PREP_RERAISE_STAR instructions).
 */
public final class ExceptionGroups {
  private ExceptionGroups() {}

  public static boolean isGroup(PyObject o) {
    return o instanceof PyBaseException e
        && e.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP);
  }

  /** The group's sub-exceptions (borrowed: the group owns them). */
  public static PyObject[] items(PyBaseException eg) {
    PyTuple t = eg.groupItems;
    return t == null ? new PyObject[0] : t.items();
  }

  /** {@code BaseExceptionGroup(message, exceptions)} and its subclasses' constructor. */
  static PyObject construct(ThreadState ts, PyType type, PyObject[] args, String[] kwnames) {
    int npos = args.length - (kwnames == null ? 0 : kwnames.length);
    if (kwnames != null && kwnames.length > 0) {
      throw PyException.typeError(type.name() + "() takes no keyword arguments");
    }
    if (npos != 2) {
      throw PyException.typeError(
          "BaseExceptionGroup.__new__() takes exactly 2 arguments (" + npos + " given)");
    }
    PyObject message = args[0];
    PyObject excs = args[1];
    if (!(message instanceof PyStr)) {
      throw PyException.typeError(
          "BaseExceptionGroup.__new__() argument 1 must be str, not " + message.type().name());
    }
    if (!(excs instanceof PyList
        || excs instanceof PyTuple
        || excs instanceof PyInstance
            && excs.type().lookup("__getitem__") != null
            && !(excs instanceof PyDict))) {
      throw PyException.typeError("second argument (exceptions) must be a sequence");
    }
    PyObject[] items = Ops.toArray(excs).clone();
    if (items.length == 0) {
      throw PyException.valueError("second argument (exceptions) must be a non-empty sequence");
    }
    boolean allExceptions = true;
    for (int i = 0; i < items.length; i++) {
      if (!(items[i] instanceof PyBaseException e)) {
        throw PyException.valueError(
            "Item " + i + " of second argument (exceptions) is not an exception");
      }
      allExceptions &= e.type().isSubtypeOf(ExceptionTypes.EXCEPTION);
    }
    if (type == ExceptionTypes.BASE_EXCEPTION_GROUP && allExceptions) {
      type = ExceptionTypes.EXCEPTION_GROUP;
    } else if (type.isSubtypeOf(ExceptionTypes.EXCEPTION) && !allExceptions) {
      throw PyException.typeError(
          type == ExceptionTypes.EXCEPTION_GROUP
              ? "Cannot nest BaseExceptions in an ExceptionGroup"
              : "Cannot nest BaseExceptions in '" + type.name() + "'");
    }
    PyBaseException eg = new PyBaseException(type);
    eg.setArgs(PyTuple.of(message, excs));
    eg.setGroupItems(PyTuple.of(items));
    return eg;
  }

  /** {@code str(eg)}: "message (n sub-exceptions)". */
  static String str(PyBaseException eg) {
    int n = items(eg).length;
    PyObject m = eg.args().size() > 0 ? eg.args().get(0) : PyNone.NONE;
    return Ops.str(m) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
  }

  static void install() {
    PyType t = ExceptionTypes.BASE_EXCEPTION_GROUP;
    // A program's subclass: __new__ makes the group, then the class's __init__ runs.
    t.installNew(
        (ts, cls, a, kw) -> {
          int npos = a.length - (kw == null ? 0 : kw.length);
          return construct(ts, cls, java.util.Arrays.copyOf(a, npos), null);
        });
    t.method(
        "derive",
        (ts, self, a, kw) -> {
          ArgParser.arity("derive", a, kw, 1, 1);
          PyBaseException eg = group(self);
          return construct(
              ts,
              ExceptionTypes.BASE_EXCEPTION_GROUP,
              new PyObject[] {eg.args().get(0), a[0]},
              null);
        });
    t.method(
        "split",
        (ts, self, a, kw) -> {
          ArgParser.arity("split", a, kw, 1, 1);
          PyBaseException eg = group(self);
          Matcher m = matcher(a[0]);
          Split s = split(ts, eg, m);
          PyObject match = s.match == null ? PyNone.NONE : s.match;
          PyObject rest = s.rest == null ? PyNone.NONE : s.rest;
          return PyTuple.of(match, rest);
        });
    t.method(
        "subgroup",
        (ts, self, a, kw) -> {
          ArgParser.arity("subgroup", a, kw, 1, 1);
          PyBaseException eg = group(self);
          Split s = split(ts, eg, matcher(a[0]));
          Refs.discard(ts, s.rest);
          return s.match == null ? PyNone.NONE : s.match;
        });
    t.define(
        "__class_getitem__",
        new PyDescriptors.ClassMethod(
            new PyBuiltinFunction(
                "__class_getitem__",
                null,
                (ts, a, kw) -> {
                  ArgParser.arity("__class_getitem__", a, kw, 2, 2);
                  return PyGenericAlias.of(a[0], a[1]);
                })));
  }

  private static PyBaseException group(PyObject self) {
    if (!isGroup(self)) {
      throw PyException.typeError(
          "descriptor requires a 'BaseExceptionGroup' object but "
              + "received a '"
              + self.type().name()
              + "'");
    }
    return (PyBaseException) self;
  }

  /** What split and subgroup test each exception with. */
  private interface Matcher {
    boolean matches(ThreadState ts, PyBaseException e);
  }

  private static Matcher matcher(PyObject cond) {
    if (isExceptionClass(cond) || cond instanceof PyTuple t && allExceptionClasses(t)) {
      return (ts, e) -> Ops.exceptionMatches(e.type(), cond);
    }
    if (Builtins.isCallable(cond)) {
      return (ts, e) -> {
        PyObject r = cond.call(ts, new PyObject[] {e}, null);
        try {
          return Ops.isTrue(r);
        } finally {
          Refs.discard(ts, r);
        }
      };
    }
    throw PyException.typeError("expected a function, exception type or tuple of exception types");
  }

  private static boolean isExceptionClass(PyObject o) {
    return o instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION);
  }

  private static boolean allExceptionClasses(PyTuple t) {
    for (PyObject o : t.items()) {
      if (!isExceptionClass(o)) {
        return false;
      }
    }
    return true;
  }

  /** The two parts of a split; either may be null. Parts that are new groups are unowned. */
  private record Split(PyBaseException match, PyBaseException rest) {}

  private static Split split(ThreadState ts, PyBaseException e, Matcher m) {
    if (m.matches(ts, e)) {
      return new Split(e, null);
    }
    if (!isGroup(e)) {
      return new Split(null, e);
    }
    PyList matched = new PyList();
    PyList rest = new PyList();
    try {
      for (PyObject sub : items(e)) {
        Split s = split(ts, (PyBaseException) sub, m);
        if (s.match != null) {
          matched.append(s.match);
        }
        if (s.rest != null) {
          rest.append(s.rest);
        }
      }
      PyBaseException mg = matched.len() == 0 ? null : derived(ts, e, matched);
      PyBaseException rg;
      try {
        rg = rest.len() == 0 ? null : derived(ts, e, rest);
      } catch (PyException failed) {
        Refs.discard(ts, mg);
        throw failed;
      }
      return new Split(mg, rg);
    } finally {
      Refs.discard(ts, matched);
      Refs.discard(ts, rest);
    }
  }

  /** {@code eg.derive(excs)} with eg's traceback, cause, context and notes copied over. */
  private static PyBaseException derived(ThreadState ts, PyBaseException eg, PyList excs) {
    PyObject r = Ops.callMethod(ts, eg, "derive", excs);
    if (!isGroup(r)) {
      Refs.discard(ts, r);
      throw PyException.typeError("derive must return an instance of BaseExceptionGroup");
    }
    PyBaseException d = (PyBaseException) r;
    d.traceback().clear();
    d.traceback().addAll(eg.traceback());
    if (eg.cause() != null) {
      boolean suppress = eg.suppressContext();
      d.setCause(eg.cause());
      d.suppressContext = suppress;
    }
    if (eg.context() != null) {
      d.setContext(eg.context());
    }
    PyDict dict = eg.dict();
    PyObject notes = dict == null ? null : dict.getStr("__notes__");
    if (notes != null) {
      d.setAttr("__notes__", notes);
    }
    return d;
  }

  // ---------------------------------------------------------------- except*

  /**
   * CHECK_EG_MATCH: [exc, type] -> [rest, match]. The types may not be exception groups; a naked
   * exception that matches is wrapped in a group with its traceback.
   */
  public static void checkMatch(ThreadState ts, PyObject[] stack, int sp) {
    PyObject exc = stack[sp - 2];
    PyObject type = stack[sp - 1];
    checkStarTypes(type);
    PyBaseException e = (PyBaseException) exc;
    PyObject rest;
    PyObject match;
    if (Ops.exceptionMatches(e.type(), type)) {
      if (isGroup(e)) {
        match = e;
      } else {
        PyBaseException wrapped =
            (PyBaseException)
                construct(
                    ts,
                    ExceptionTypes.BASE_EXCEPTION_GROUP,
                    new PyObject[] {new PyStr(""), PyTuple.of(e)},
                    null);
        wrapped.traceback().addAll(e.traceback());
        match = wrapped;
      }
      rest = PyNone.NONE;
    } else if (isGroup(e)) {
      Split s = split(ts, e, (t, x) -> Ops.exceptionMatches(x.type(), type));
      match = s.match == null ? PyNone.NONE : s.match;
      rest = s.rest == null ? PyNone.NONE : s.rest;
    } else {
      match = PyNone.NONE;
      rest = e;
    }
    ts.refs.incref(rest);
    ts.refs.incref(match);
    stack[sp - 2] = rest;
    stack[sp - 1] = match;
    if (ts.refs.decref(exc)) {
      Refs.dealloc(ts, exc);
    }
    if (ts.refs.decref(type)) {
      Refs.dealloc(ts, type);
    }
    ts.handled =
        match instanceof PyBaseException m ? m : rest instanceof PyBaseException r ? r : ts.handled;
  }

  private static void checkStarTypes(PyObject type) {
    PyObject[] types = type instanceof PyTuple t ? t.items() : new PyObject[] {type};
    for (PyObject o : types) {
      if (!isExceptionClass(o)) {
        throw PyException.typeError(
            "catching classes that do not inherit from BaseException is not allowed");
      }
      if (((PyType) o).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
        throw PyException.typeError(
            "catching ExceptionGroup with except* is not allowed. Use except instead.");
      }
    }
  }

  /**
   * PREP_RERAISE_STAR: what leaves an except* statement, from the exception it handled and the list
   * of what its clauses raised plus the unhandled rest (Nones skipped). Exceptions that are parts
   * of orig (re-raised, or not handled) are put back together in orig's shape; exceptions the
   * clauses raised anew join them in a new group. Null when nothing is left to raise.
   */
  public static PyObject prepReraise(ThreadState ts, PyObject origObj, PyList raisedList) {
    PyBaseException orig = (PyBaseException) origObj;
    List<PyBaseException> all = new ArrayList<>();
    for (PyObject o : raisedList.toArray()) {
      if (o instanceof PyBaseException e) {
        all.add(e);
      }
    }
    ts.handled = orig;
    if (all.isEmpty()) {
      return null;
    }
    if (!isGroup(orig)) {
      return all.get(0);
    }
    List<PyBaseException> raised = new ArrayList<>();
    Set<PyBaseException> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    for (PyBaseException e : all) {
      if (sameMetadata(e, orig)) {
        collectLeaves(e, keep);
      } else {
        raised.add(e);
      }
    }
    PyBaseException reraised = null;
    if (!keep.isEmpty()) {
      Split s = split(ts, orig, (t, x) -> keep.contains(x));
      Refs.discard(ts, s.rest);
      reraised = s.match;
    }
    if (raised.isEmpty()) {
      return reraised;
    }
    if (reraised != null) {
      raised.add(reraised);
    }
    if (raised.size() == 1) {
      return raised.get(0);
    }
    PyList parts = new PyList();
    for (PyBaseException e : raised) {
      parts.append(e);
    }
    try {
      return construct(
          ts, ExceptionTypes.BASE_EXCEPTION_GROUP, new PyObject[] {new PyStr(""), parts}, null);
    } finally {
      Refs.discard(ts, parts);
    }
  }

  /** Whether e is orig or a part split off it: the same traceback, cause and context. */
  private static boolean sameMetadata(PyBaseException e, PyBaseException orig) {
    return e == orig
        || e.cause() == orig.cause()
            && e.context() == orig.context()
            && e.traceback().equals(orig.traceback());
  }

  private static void collectLeaves(PyBaseException e, Set<PyBaseException> into) {
    if (isGroup(e)) {
      for (PyObject sub : items(e)) {
        collectLeaves((PyBaseException) sub, into);
      }
    } else {
      into.add(e);
    }
  }
}
