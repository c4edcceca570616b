package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.eval.Eval;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;

/** A function defined in Python: code, globals, defaults and closure. */
public final class PyFunction extends PyObject {
  /** The weak references to this function; null until the first ({@link PyWeakRef}). */
  PyWeakRef.Holder weakrefs;

  public final PyCode code;
  public final PyDict globals;
  String name;
  public String qualname;

  /** Positional defaults (owned), or null. */
  public final PyTuple defaults;

  /** Keyword-only defaults (owned), or null. */
  public final PyDict kwdefaults;

  /** The cells of the free variables (owned), or null. */
  public final PyTuple closure;

  private PyDict attributes;

  /** {@code __annotations__} (owned), made empty on first use when the def had none. */
  private PyDict annotations;

  /** {@code __doc__} once assigned (owned), or null while it is the code's docstring. */
  private PyObject doc;

  final String module;

  /** Whether this function holds a counted reference to its globals (types.FunctionType's). */
  private boolean ownsGlobals;

  /** A function; increfs the defaults, keyword defaults and closure it keeps. */
  public PyFunction(
      PyCode code,
      PyDict globals,
      String qualname,
      PyTuple defaults,
      PyDict kwdefaults,
      PyTuple closure) {
    this.code = code;
    this.globals = globals;
    this.name = code.name;
    this.qualname = qualname;
    this.defaults = defaults;
    this.kwdefaults = kwdefaults;
    this.closure = closure;
    ThreadState ts = ThreadState.current();
    if (defaults != null) {
      ts.refs.incref(defaults);
    }
    if (kwdefaults != null) {
      ts.refs.incref(kwdefaults);
    }
    if (closure != null) {
      ts.refs.incref(closure);
    }
    PyObject mod = globals.getStr("__name__");
    this.module = mod instanceof PyStr s ? s.value() : null;
  }

  /**
   * {@code types.FunctionType(code, globals, name=None, argdefs=None, closure=None)}: a function of
   * a code object, checked as CPython 3.11 checks it.
   */
  static PyObject construct(ThreadState ts, PyType type, PyObject[] args, String[] kwnames) {
    PyObject[] a =
        ArgParser.parse(
            "function",
            args,
            kwnames,
            new String[] {"code", "globals", "name", "argdefs", "closure"},
            2,
            5);
    if (!(a[0] instanceof PyCode code)) {
      throw PyException.typeError(
          "function() argument 'code' must be code, not " + a[0].type().name());
    }
    if (!(a[1] instanceof PyDict globals)) {
      throw PyException.typeError(
          "function() argument 'globals' must be dict, not " + a[1].type().name());
    }
    PyObject name = a[2] == null ? PyNone.NONE : a[2];
    if (name != PyNone.NONE && !(name instanceof PyStr)) {
      throw PyException.typeError("arg 3 (name) must be None or string");
    }
    PyObject defs = a[3] == null ? PyNone.NONE : a[3];
    if (defs != PyNone.NONE && !(defs instanceof PyTuple)) {
      throw PyException.typeError("arg 4 (defaults) must be None or tuple");
    }
    PyObject closure = a[4] == null ? PyNone.NONE : a[4];
    int nfree = code.freevars.length;
    if (!(closure instanceof PyTuple)) {
      if (nfree > 0 && closure == PyNone.NONE) {
        throw PyException.typeError("arg 5 (closure) must be tuple");
      } else if (closure != PyNone.NONE) {
        throw PyException.typeError("arg 5 (closure) must be None or tuple");
      }
    }
    int nclosure = closure instanceof PyTuple t ? t.items.length : 0;
    if (nclosure != nfree) {
      throw PyException.valueError(
          code.name + " requires closure of length " + nfree + ", not " + nclosure);
    }
    if (nclosure > 0) {
      for (PyObject c : ((PyTuple) closure).items) {
        if (!(c instanceof PyCell)) {
          throw PyException.typeError("arg 5 (closure) expected cell, found " + c.type().name());
        }
      }
    }
    PyFunction fn =
        new PyFunction(
            code,
            globals,
            code.qualname,
            defs instanceof PyTuple d ? d : null,
            null,
            nclosure > 0 ? (PyTuple) closure : null);
    if (name instanceof PyStr s) {
      fn.name = s.value();
    }
    // A def's function borrows its module's globals; this one may be the only holder of a dict.
    ts.refs.incref(globals);
    fn.ownsGlobals = true;
    return fn;
  }

  @Override
  public PyType type() {
    return PyType.FUNCTION;
  }

  public PyCode code() {
    return code;
  }

  public PyDict globals() {
    return globals;
  }

  public String name() {
    return name;
  }

  /** The annotations MAKE_FUNCTION was given: a tuple of name, value, name, value, ... */
  public void setAnnotations(PyTuple pairs) {
    PyDict d = new PyDict();
    for (int i = 0; i + 1 < pairs.items.length; i += 2) {
      d.setItem(pairs.items[i], pairs.items[i + 1]);
    }
    Refs.incref(d);
    annotations = d;
  }

  private PyDict annotations() {
    if (annotations == null) {
      annotations = new PyDict();
      Refs.incref(annotations);
    }
    return annotations;
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    for (PyObject o :
        new PyObject[] {defaults, kwdefaults, closure, attributes, annotations, doc}) {
      if (o != null) {
        visit.accept(o);
      }
    }
    if (ownsGlobals) {
      visit.accept(globals);
    }
  }

  @Override
  public void release() {
    ThreadState ts = ThreadState.current();
    PyWeakRef.Holder w = weakrefs;
    if (w != null) {
      PyWeakRef.clearAll(ts, w);
    }
    if (defaults != null) {
      Refs.decref(ts, defaults);
    }
    if (kwdefaults != null) {
      Refs.decref(ts, kwdefaults);
    }
    if (closure != null) {
      Refs.decref(ts, closure);
    }
    if (attributes != null) {
      Refs.decref(ts, attributes);
    }
    if (annotations != null) {
      Refs.decref(ts, annotations);
    }
    if (doc != null) {
      Refs.decref(ts, doc);
    }
    if (ownsGlobals) {
      Refs.decref(ts, globals);
    }
  }

  @Override
  public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
    return Eval.call(ts, this, args, 0, args.length, kwnames);
  }

  @Override
  public PyObject bindTo(PyObject obj, PyType owner) {
    return obj == null ? this : new PyBoundMethod(this, obj);
  }

  @Override
  public boolean isMethodDescriptor() {
    return true;
  }

  @Override
  public PyObject lookupAttr(String attr) {
    switch (attr) {
      case "__name__":
        return new PyStr(name);
      case "__qualname__":
        return new PyStr(qualname);
      case "__module__":
        return module == null ? PyNone.NONE : new PyStr(module);
      case "__code__":
        return code;
      case "__globals__":
        return globals;
      case "__defaults__":
        return defaults == null ? PyNone.NONE : defaults;
      case "__kwdefaults__":
        return kwdefaults == null ? PyNone.NONE : kwdefaults;
      case "__closure__":
        return closure == null ? PyNone.NONE : closure;
      case "__doc__":
        {
          if (doc != null) {
            return doc;
          }
          PyObject d = code.consts.length > 0 ? code.consts[0] : PyNone.NONE;
          return d instanceof PyStr ? d : PyNone.NONE;
        }
      case "__dict__":
        return dict();
      case "__annotations__":
        return annotations();
      default:
        break;
    }
    if (attributes != null) {
      PyObject v = attributes.getStr(attr);
      if (v != null) {
        return v;
      }
    }
    return super.lookupAttr(attr);
  }

  private PyDict dict() {
    if (attributes == null) {
      attributes = new PyDict();
      Refs.incref(attributes);
    }
    return attributes;
  }

  @Override
  public void setAttr(String attr, PyObject value) {
    switch (attr) {
      case "__name__":
        name = Ops.str(value);
        return;
      case "__qualname__":
        qualname = Ops.str(value);
        return;
      case "__doc__":
        {
          PyObject v = value == null ? PyNone.NONE : value;
          Refs.incref(v);
          PyObject old = doc;
          doc = v;
          if (old != null) {
            Refs.decref(ThreadState.current(), old);
          }
          return;
        }
      case "__annotations__":
        {
          if (value != null && value != PyNone.NONE && !(value instanceof PyDict)) {
            throw PyException.typeError("__annotations__ must be set to a dict object");
          }
          PyDict old = annotations;
          if (value instanceof PyDict d) {
            Refs.incref(d);
            annotations = d;
          } else {
            annotations = null;
          }
          if (old != null) {
            Refs.decref(ThreadState.current(), old);
          }
          return;
        }
      default:
        dict().putStr(attr, value);
    }
  }

  @Override
  public void delAttr(String attr) {
    if (attr.equals("__annotations__") || attr.equals("__doc__")) {
      setAttr(attr, null);
      return;
    }
    if (attributes == null || !attributes.delete(new PyStr(attr))) {
      throw noAttribute(attr);
    }
  }

  @Override
  public String repr() {
    return "<function " + qualname + " at 0x" + Long.toHexString(Builtins.id(this)) + ">";
  }
}
