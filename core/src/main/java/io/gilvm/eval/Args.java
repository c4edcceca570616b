package io.gilvm.eval;

import io.gilvm.object.PyCell;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFunction;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyTuple;
import io.gilvm.state.ThreadState;
import java.util.ArrayList;
import java.util.List;

/** Binds call arguments to a Python function's parameters, with CPython's error messages. */
public final class Args {
  private Args() {}

  /**
   * A new frame for {@code fn} with its parameters bound from {@code args[off, off+n)} (the last
   * {@code kwnames.length} of which are keyword arguments). The frame takes its own references.
   */
  static Frame bind(
      ThreadState ts, PyFunction fn, PyObject[] args, int off, int n, String[] kwnames) {
    PyCode co = fn.code;
    Frame f = new Frame(co, fn.globals, ts.interp.builtins, null);
    PyObject[] fast = f.fast;
    int nkw = kwnames == null ? 0 : kwnames.length;
    int npos = n - nkw;
    int argcount = co.argcount;
    int kwonly = co.kwonlyargcount;
    boolean varargs = (co.flags & PyCode.CO_VARARGS) != 0;
    boolean varkw = (co.flags & PyCode.CO_VARKEYWORDS) != 0;
    int varargsSlot = argcount + kwonly;
    int varkwSlot = varargsSlot + (varargs ? 1 : 0);
    ThreadState t = ts;

    if (npos == argcount && nkw == 0 && !varargs && !varkw && kwonly == 0) {
      // The common case: exactly the positional parameters.
      for (int i = 0; i < npos; i++) {
        PyObject v = args[off + i];
        t.refs.incref(v);
        fast[i] = v;
      }
      initCells(ts, fn, f);
      return f;
    }

    PyDict kwdict = null;
    if (varkw) {
      kwdict = new PyDict();
      t.refs.incref(kwdict);
      fast[varkwSlot] = kwdict;
    }
    int take = Math.min(npos, argcount);
    for (int i = 0; i < take; i++) {
      PyObject v = args[off + i];
      t.refs.incref(v);
      fast[i] = v;
    }
    if (varargs) {
      PyObject[] extra = java.util.Arrays.copyOfRange(args, off + take, off + Math.max(take, npos));
      PyTuple tup = PyTuple.of(extra);
      t.refs.incref(tup);
      fast[varargsSlot] = tup;
    } else if (npos > argcount) {
      f.clear(ts);
      throw tooManyPositional(fn, npos, nkw, args, off, kwnames);
    }
    for (int k = 0; k < nkw; k++) {
      String name = kwnames[k];
      PyObject v = args[off + npos + k];
      int slot = -1;
      for (int j = co.posonlyargcount; j < argcount + kwonly; j++) {
        if (co.varnames[j].equals(name)) {
          slot = j;
          break;
        }
      }
      if (slot < 0) {
        if (kwdict != null) {
          if (kwdict.getStr(name) != null) {
            f.clear(ts);
            throw PyException.typeError(
                fn.qualname + "() got multiple values for keyword argument '" + name + "'");
          }
          kwdict.putStr(name, v);
          continue;
        }
        f.clear(ts);
        for (int j = 0; j < co.posonlyargcount; j++) {
          if (co.varnames[j].equals(name)) {
            throw PyException.typeError(
                fn.qualname
                    + "() got some positional-only arguments passed as keyword arguments: '"
                    + name
                    + "'");
          }
        }
        throw PyException.typeError(
            fn.qualname + "() got an unexpected keyword argument '" + name + "'");
      }
      if (fast[slot] != null) {
        f.clear(ts);
        throw PyException.typeError(
            fn.qualname + "() got multiple values for argument '" + name + "'");
      }
      t.refs.incref(v);
      fast[slot] = v;
    }
    // Defaults for the missing positional parameters.
    PyObject[] defs = fn.defaults == null ? EvalSupport.NO_ARGS : fn.defaults.items();
    int firstDefault = argcount - defs.length;
    List<String> missing = null;
    for (int i = 0; i < argcount; i++) {
      if (fast[i] == null) {
        if (i >= firstDefault) {
          PyObject v = defs[i - firstDefault];
          t.refs.incref(v);
          fast[i] = v;
        } else {
          if (missing == null) {
            missing = new ArrayList<>();
          }
          missing.add(co.varnames[i]);
        }
      }
    }
    if (missing != null) {
      f.clear(ts);
      throw missingArgs(fn, missing, "positional");
    }
    for (int i = argcount; i < argcount + kwonly; i++) {
      if (fast[i] == null) {
        PyObject v = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(co.varnames[i]);
        if (v != null) {
          t.refs.incref(v);
          fast[i] = v;
        } else {
          if (missing == null) {
            missing = new ArrayList<>();
          }
          missing.add(co.varnames[i]);
        }
      }
    }
    if (missing != null) {
      f.clear(ts);
      throw missingArgs(fn, missing, "keyword-only");
    }
    initCells(ts, fn, f);
    return f;
  }

  /** A frame running a class body with {@code ns} as its namespace. */
  public static Frame bindClassBody(ThreadState ts, PyFunction fn, PyObject ns) {
    Frame f = new Frame(fn.code, fn.globals, ts.interp.builtins, ns);
    initCells(ts, fn, f);
    return f;
  }

  /** Makes the frame's cells, moving parameters that are captured into theirs. */
  private static void initCells(ThreadState ts, PyFunction fn, Frame f) {
    PyCode co = fn.code;
    int ncells = co.cellvars.length;
    int nfree = co.freevars.length;
    if (ncells == 0 && nfree == 0) {
      return;
    }
    int base = co.varnames.length;
    for (int i = 0; i < ncells; i++) {
      PyCell c = new PyCell();
      int a = co.cell2arg[i];
      if (a >= 0 && f.fast[a] != null) {
        c.contents = f.fast[a];
        f.fast[a] = null;
      }
      ts.refs.incref(c);
      f.fast[base + i] = c;
    }
    PyObject[] cells = fn.closure == null ? EvalSupport.NO_ARGS : fn.closure.items();
    for (int j = 0; j < nfree && j < cells.length; j++) {
      ts.refs.incref(cells[j]);
      f.fast[base + ncells + j] = cells[j];
    }
  }

  private static PyException tooManyPositional(
      PyFunction fn, int given, int nkw, PyObject[] args, int off, String[] kwnames) {
    PyCode co = fn.code;
    int defcount = fn.defaults == null ? 0 : fn.defaults.size();
    int required = co.argcount - defcount;
    String takes;
    if (defcount > 0) {
      takes = "from " + required + " to " + co.argcount + " positional arguments";
    } else {
      takes = co.argcount + " positional argument" + (co.argcount == 1 ? "" : "s");
    }
    int kwonlyGiven = 0;
    if (kwnames != null) {
      for (String k : kwnames) {
        for (int j = co.argcount; j < co.argcount + co.kwonlyargcount; j++) {
          if (co.varnames[j].equals(k)) {
            kwonlyGiven++;
          }
        }
      }
    }
    String givenText;
    if (kwonlyGiven > 0) {
      givenText =
          given
              + " positional argument"
              + (given == 1 ? "" : "s")
              + " (and "
              + kwonlyGiven
              + " keyword-only argument"
              + (kwonlyGiven == 1 ? "" : "s")
              + ") were given";
    } else {
      givenText = given + (given == 1 ? " was given" : " were given");
    }
    return PyException.typeError(fn.qualname + "() takes " + takes + " but " + givenText);
  }

  private static PyException missingArgs(PyFunction fn, List<String> names, String kind) {
    StringBuilder sb = new StringBuilder();
    int n = names.size();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
      }
      sb.append('\'').append(names.get(i)).append('\'');
    }
    return PyException.typeError(
        fn.qualname
            + "() missing "
            + n
            + " required "
            + kind
            + " argument"
            + (n == 1 ? "" : "s")
            + ": "
            + sb);
  }
}
