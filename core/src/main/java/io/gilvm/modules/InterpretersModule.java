package io.gilvm.modules;

import io.gilvm.eval.Traceback;
import io.gilvm.mem.Refs;
import io.gilvm.object.ArgParser;
import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import io.gilvm.state.Interpreter;
import io.gilvm.state.Subinterpreters;
import io.gilvm.state.ThreadState;

/**
 * {@code _interpreters}: the runtime side of {@code concurrent.interpreters} (PEP 734). An
 * interpreter is named by its id; running in one swaps the calling thread into it ({@link
 * Subinterpreters}). Only bytes, strings and immortal code objects cross: the Python side pickles
 * callables, arguments and results, and this module hands the bytes over. An exception that ends a
 * run comes back as an "excinfo" tuple of strings: the type's name, qualified name and module, the
 * message, the last line of its report and the whole report.
 */
final class InterpretersModule {
  private InterpretersModule() {}

  /** Where the target interpreter unpickles and pickles: a library module in Python. */
  private static final String HELPER = "concurrent.interpreters._target";

  static PyModule create(ThreadState ts0, Interpreter interp) {
    PyModule m = new PyModule("_interpreters");
    m.function(
        "create",
        (ts, a, kw) -> {
          ArgParser.arity("create", a, kw, 0, 0);
          return PyInt.of(Subinterpreters.create(ts));
        });
    m.function(
        "destroy",
        (ts, a, kw) -> {
          ArgParser.arity("destroy", a, kw, 1, 1);
          long id = id(a[0]);
          guarded(
              m,
              () -> {
                Subinterpreters.close(ts, id);
                return null;
              });
          return PyNone.NONE;
        });
    m.function(
        "list_all",
        (ts, a, kw) -> {
          ArgParser.arity("list_all", a, kw, 0, 0);
          PyList out = new PyList();
          for (long id : Subinterpreters.ids(ts)) {
            out.append(PyInt.of(id));
          }
          return out;
        });
    m.function(
        "get_current",
        (ts, a, kw) -> {
          ArgParser.arity("get_current", a, kw, 0, 0);
          return PyInt.of(Subinterpreters.currentId(ts));
        });
    m.function(
        "whence",
        (ts, a, kw) -> {
          ArgParser.arity("whence", a, kw, 1, 1);
          long id = id(a[0]);
          return new PyStr(guarded(m, () -> Subinterpreters.whence(ts, id)));
        });
    m.function(
        "is_running",
        (ts, a, kw) -> {
          ArgParser.arity("is_running", a, kw, 1, 1);
          long id = id(a[0]);
          return PyBool.of(guarded(m, () -> Subinterpreters.isRunning(ts, id)));
        });
    m.function(
        "exec",
        (ts, a, kw) -> {
          ArgParser.arity("exec", a, kw, 2, 2);
          long id = id(a[0]);
          String source = a[1] instanceof PyStr s ? s.value() : null;
          PyCode code = a[1] instanceof PyCode c ? immortal(c) : null;
          if (source == null && code == null) {
            throw PyException.typeError(
                "exec() expects a str or a code object, not " + a[1].type().name());
          }
          String[] excinfo =
              guarded(
                  m,
                  () ->
                      Subinterpreters.run(
                          ts,
                          id,
                          (sub, main) -> {
                            try {
                              PyDict builtins = sub.interp.builtins();
                              PyObject c = code;
                              if (c == null) {
                                c =
                                    builtins
                                        .getStr("compile")
                                        .call(
                                            sub,
                                            new PyObject[] {
                                              new PyStr(source),
                                              new PyStr("<string>"),
                                              new PyStr("exec")
                                            },
                                            null);
                              }
                              sub.refs.incref(c);
                              try {
                                Refs.discard(
                                    sub,
                                    builtins
                                        .getStr("exec")
                                        .call(sub, new PyObject[] {c, main}, null));
                              } finally {
                                Refs.decref(sub, c);
                              }
                              return null;
                            } catch (PyException x) {
                              return excinfo(x.value());
                            }
                          }));
          return excinfo == null ? PyNone.NONE : excinfoTuple(excinfo);
        });
    m.function(
        "run_helper",
        (ts, a, kw) -> {
          // run_helper(id, name, data, codes, mainfile): HELPER.name(data, codes, mainfile) in the
          // interpreter, which returns bytes or None: (0, result) or (1, excinfo).
          ArgParser.arity("run_helper", a, kw, 5, 5);
          long id = id(a[0]);
          String name = ArgParser.asStr(a[1], "run_helper");
          byte[] data = bytes(a[2]);
          PyCode[] codes = codes(a[3]);
          String mainfile = a[4] instanceof PyStr s ? s.value() : null;
          Object[] r =
              guarded(
                  m,
                  () ->
                      Subinterpreters.run(
                          ts,
                          id,
                          (sub, main) -> {
                            try {
                              byte[] out = helper(sub, name, new PyBytes(data), codes, mainfile);
                              return new Object[] {out};
                            } catch (PyException x) {
                              return new Object[] {excinfo(x.value())};
                            }
                          }));
          if (r[0] instanceof String[] info) {
            return PyTuple.of(PyInt.of(1), excinfoTuple(info));
          }
          return PyTuple.of(PyInt.of(0), r[0] == null ? PyNone.NONE : new PyBytes((byte[]) r[0]));
        });
    m.function(
        "call",
        (ts, a, kw) -> {
          // call(id, data, codes, mainfile, preserve) -> (status, result, excinfo, exception):
          // status 0 with the pickled result; 1 when the call could not be unpickled there, 2 when
          // it raised (with its pickled exception when preserve is true and it pickles), 3 when its
          // result could not be pickled.
          ArgParser.arity("call", a, kw, 5, 5);
          long id = id(a[0]);
          byte[] data = bytes(a[1]);
          PyCode[] codes = codes(a[2]);
          String mainfile = a[3] instanceof PyStr s ? s.value() : null;
          boolean preserve = a[4].isTrue();
          Object[] r =
              guarded(
                  m,
                  () ->
                      Subinterpreters.run(
                          ts, id, (sub, main) -> callIn(sub, data, codes, mainfile, preserve)));
          int status = (Integer) r[0];
          PyObject result = r[1] == null ? PyNone.NONE : new PyBytes((byte[]) r[1]);
          PyObject info = r[2] == null ? PyNone.NONE : excinfoTuple((String[]) r[2]);
          PyObject exc = r[3] == null ? PyNone.NONE : new PyBytes((byte[]) r[3]);
          return PyTuple.of(PyInt.of(status), result, info, exc);
        });
    m.function(
        "_function",
        (ts, a, kw) -> {
          // _function(code, globals, qualname): a function of a shared code object in this
          // interpreter, its globals a module's namespace (immortal, as the function keeps it
          // uncounted).
          ArgParser.arity("_function", a, kw, 3, 3);
          if (!(a[0] instanceof PyCode code) || !(a[1] instanceof PyDict g) || !g.isImmortal()) {
            throw PyException.typeError("_function() takes a code object and a module's namespace");
          }
          return new io.gilvm.object.PyFunction(
              immortal(code), g, ArgParser.asStr(a[2], "_function"), null, null, null);
        });
    return m;
  }

  /** The call, in the target interpreter: see {@code call} above. */
  private static Object[] callIn(
      ThreadState sub, byte[] data, PyCode[] codes, String mainfile, boolean preserve) {
    PyObject loaded;
    try {
      loaded = helperObject(sub, "load_call", new PyBytes(data), codes, mainfile);
    } catch (PyException x) {
      return new Object[] {1, null, excinfo(x.value()), null};
    }
    sub.refs.incref(loaded);
    try {
      PyObject[] parts = ((PyTuple) loaded).items();
      PyObject fn = parts[0];
      PyObject[] args = ((PyTuple) parts[1]).items();
      PyDict kwargs = (PyDict) parts[2];
      PyObject[] keys = kwargs.keyArray();
      PyObject[] all = new PyObject[args.length + keys.length];
      System.arraycopy(args, 0, all, 0, args.length);
      String[] names = keys.length == 0 ? null : new String[keys.length];
      for (int i = 0; i < keys.length; i++) {
        names[i] = ((PyStr) keys[i]).value();
        all[args.length + i] = kwargs.getItem(keys[i]);
      }
      PyObject result;
      try {
        result = fn.call(sub, all, names);
      } catch (PyException x) {
        byte[] kept = null;
        if (preserve) {
          try {
            PyObject b = helperObject(sub, "dump_exception", x.value(), null, null);
            kept = b instanceof PyBytes pb ? pb.value() : null;
            Refs.discard(sub, b);
          } catch (PyException ignored) {
            // Not picklable: the caller gets the summary alone.
          }
        }
        return new Object[] {2, null, excinfo(x.value()), kept};
      }
      sub.refs.incref(result);
      try {
        PyObject b = helperObject(sub, "dump", result, null, null);
        byte[] out = ((PyBytes) b).value();
        Refs.discard(sub, b);
        return new Object[] {0, out, null, null};
      } catch (PyException x) {
        return new Object[] {3, null, excinfo(x.value()), null};
      } finally {
        Refs.decref(sub, result);
      }
    } finally {
      Refs.decref(sub, loaded);
    }
  }

  /** HELPER.name(data, codes, mainfile) in {@code sub}; its bytes result, or null for None. */
  private static byte[] helper(
      ThreadState sub, String name, PyObject data, PyCode[] codes, String mainfile) {
    PyObject r = helperObject(sub, name, data, codes, mainfile);
    try {
      if (r == PyNone.NONE) {
        return null;
      }
      if (!(r instanceof PyBytes b)) {
        throw PyException.typeError(HELPER + "." + name + "() must return bytes or None");
      }
      return b.value();
    } finally {
      Refs.discard(sub, r);
    }
  }

  /**
   * Calls HELPER.name(arg) (when codes is null) or HELPER.name(arg, codes, mainfile) in {@code
   * sub}; returns its result (borrowed or floating).
   */
  private static PyObject helperObject(
      ThreadState sub, String name, PyObject arg, PyCode[] codes, String mainfile) {
    PyModule helper = sub.interp.importModule(sub, HELPER);
    PyObject fn = helper.dict().getStr(name);
    PyObject[] args =
        codes == null
            ? new PyObject[] {arg}
            : new PyObject[] {
              arg,
              PyTuple.of((PyObject[]) codes),
              mainfile == null ? PyNone.NONE : new PyStr(mainfile)
            };
    try {
      return fn.call(sub, args, null);
    } finally {
      Refs.discardAll(sub, args, args.length);
    }
  }

  /** The excinfo of an exception, as strings made in no interpreter. */
  private static String[] excinfo(PyBaseException e) {
    PyType t = e.type();
    String msg;
    try {
      msg = e.str();
    } catch (PyException inner) {
      msg = "<exception str() failed>";
    }
    String display = Traceback.format(e);
    if (display.endsWith("\n")) {
      display = display.substring(0, display.length() - 1);
    }
    return new String[] {
      t.name(),
      t.qualname(),
      t.module() == null ? "builtins" : t.module(),
      msg,
      Traceback.lastLine(e),
      display
    };
  }

  private static PyObject excinfoTuple(String[] info) {
    PyObject[] items = new PyObject[info.length];
    for (int i = 0; i < info.length; i++) {
      items[i] = new PyStr(info[i]);
    }
    return PyTuple.of(items);
  }

  private static long id(PyObject o) {
    if (!(o instanceof PyInt i)) {
      throw PyException.typeError("interpreter ID must be an int, not " + o.type().name());
    }
    return i.asLong();
  }

  private static byte[] bytes(PyObject o) {
    if (!(o instanceof PyBytes b)) {
      throw PyException.typeError("expected bytes, not " + o.type().name());
    }
    return b.value();
  }

  /** Code objects handed over as they are: immortal and immutable, so shared safely. */
  private static PyCode[] codes(PyObject o) {
    if (!(o instanceof PyTuple t)) {
      throw PyException.typeError("expected a tuple of code objects, not " + o.type().name());
    }
    PyObject[] items = t.items();
    PyCode[] out = new PyCode[items.length];
    for (int i = 0; i < items.length; i++) {
      if (!(items[i] instanceof PyCode c)) {
        throw PyException.typeError("expected a code object, not " + items[i].type().name());
      }
      out[i] = immortal(c);
    }
    return out;
  }

  private static PyCode immortal(PyCode c) {
    if (!c.isImmortal()) {
      throw PyException.typeError("code object is not shareable");
    }
    return c;
  }

  /** Runs {@code body}, turning the family's errors into the Python ones the package declared. */
  private static <T> T guarded(PyModule m, java.util.function.Supplier<T> body) {
    try {
      return body.get();
    } catch (Subinterpreters.NotFound e) {
      throw error(m, "InterpreterNotFoundError", e.getMessage());
    } catch (Subinterpreters.Busy e) {
      throw error(m, "InterpreterError", e.getMessage());
    }
  }

  private static PyException error(PyModule m, String name, String message) {
    PyObject t = m.dict().getStr(name);
    return PyException.of(
        t instanceof PyType pt ? pt : io.gilvm.object.ExceptionTypes.RUNTIME_ERROR, message);
  }
}
