package io.gilvm.object;

/** Argument checking for natives, with CPython's messages. */
public final class ArgParser {
  private ArgParser() {}

  /** Fails unless there are no keyword arguments. */
  public static void noKeywords(String fname, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) {
      throw PyException.typeError(fname + "() takes no keyword arguments");
    }
  }

  /** Positional-only arity check: {@code min} to {@code max} arguments, no keywords. */
  public static void arity(String fname, PyObject[] args, String[] kwnames, int min, int max) {
    noKeywords(fname, kwnames);
    int n = args.length;
    if (n >= min && n <= max) {
      return;
    }
    if (min == max) {
      if (min == 0) {
        throw PyException.typeError(fname + "() takes no arguments (" + n + " given)");
      }
      if (min == 1) {
        throw PyException.typeError(fname + "() takes exactly one argument (" + n + " given)");
      }
      throw PyException.typeError(fname + " expected " + min + " arguments, got " + n);
    }
    if (n < min) {
      throw PyException.typeError(
          fname + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
    }
    throw PyException.typeError(
        fname + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
  }

  /**
   * Binds positional and keyword arguments to {@code names}; the first {@code required} must be
   * present; the result has null for absent optional ones. Names after {@code positional} are
   * keyword-only.
   */
  public static PyObject[] parse(
      String fname,
      PyObject[] args,
      String[] kwnames,
      String[] names,
      int required,
      int positional) {
    PyObject[] out = new PyObject[names.length];
    int nkw = kwnames == null ? 0 : kwnames.length;
    int npos = args.length - nkw;
    if (npos > positional) {
      throw PyException.typeError(
          fname
              + "() takes at most "
              + positional
              + " positional argument"
              + (positional == 1 ? "" : "s")
              + " ("
              + npos
              + " given)");
    }
    System.arraycopy(args, 0, out, 0, npos);
    for (int k = 0; k < nkw; k++) {
      String key = kwnames[k];
      int slot = -1;
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(key)) {
          slot = i;
          break;
        }
      }
      if (slot < 0) {
        throw PyException.typeError(fname + "() got an unexpected keyword argument '" + key + "'");
      }
      if (out[slot] != null) {
        throw PyException.typeError(
            "argument for "
                + fname
                + "() given by name ('"
                + key
                + "') and position ("
                + (slot + 1)
                + ")");
      }
      out[slot] = args[npos + k];
    }
    for (int i = 0; i < required; i++) {
      if (out[i] == null) {
        throw PyException.typeError(
            fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
      }
    }
    return out;
  }

  /** The argument as a Java long; TypeError naming what was expected. */
  public static long asLong(PyObject o, String what) {
    if (o instanceof PyInt i) {
      return i.asLong();
    }
    throw PyException.typeError(
        "'" + o.type().name() + "' object cannot be interpreted as an integer");
  }

  /** The argument as a Java int index. */
  public static int asInt(PyObject o) {
    if (o instanceof PyInt i) {
      return i.asIndex();
    }
    throw PyException.typeError(
        "'" + o.type().name() + "' object cannot be interpreted as an integer");
  }

  /** The argument as a double (int or float). */
  public static double asDouble(PyObject o) {
    if (o instanceof PyFloat f) {
      return f.value();
    }
    if (o instanceof PyInt i) {
      return i.asDouble();
    }
    throw PyException.typeError("must be real number, not " + o.type().name());
  }

  /** The argument as a Java String. */
  public static String asStr(PyObject o, String fname) {
    if (o instanceof PyStr s) {
      return s.value();
    }
    throw PyException.typeError(fname + "() argument must be str, not " + o.type().name());
  }
}
