package io.gilvm.object;

import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;
import java.util.Arrays;
import java.util.Locale;

/** The constructor and methods of {@code str}. */
public final class StrMethods {
  private StrMethods() {}

  private static String value(PyObject self) {
    return ((PyStr) self).value();
  }

  /** A str argument, or the TypeError CPython raises for it ("must be str, not int"). */
  private static String strArg(PyObject o) {
    if (o instanceof PyStr s) {
      return s.value();
    }
    throw PyException.typeError("must be str, not " + o.type().name());
  }

  /** Collects the pieces of a split into a new list with one reference to each. */
  private static final class Parts {
    private PyObject[] items = new PyObject[8];
    private int n;

    void add(PyObject s) {
      if (n == items.length) {
        items = Arrays.copyOf(items, n * 2);
      }
      items[n++] = s;
    }

    /** Adds {@code s[from:to]}; empty and one-character pieces come from the caches. */
    void add(String s, int from, int to) {
      int len = to - from;
      if (len == 0) {
        add(PyStr.EMPTY);
      } else {
        add(len == 1 ? PyStr.ofChar(s.charAt(from)) : new PyStr(s.substring(from, to)));
      }
    }

    PyList toList(ThreadState ts, boolean reversed) {
      if (reversed) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
          PyObject t = items[i];
          items[i] = items[j];
          items[j] = t;
        }
      }
      for (int i = 0; i < n; i++) {
        ts.refs.incref(items[i]);
      }
      return PyList.stealing(items, n);
    }
  }

  static void install() {
    PyType t = PyType.STR;
    t.setConstructor(StrMethods::construct);
    NumberMethods.compareDunders(t);
    NumberMethods.objectDunders(t, true);
    NumberMethods.sequenceDunders(t, false);
    t.method(
        "__add__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__add__", a, kw, 1);
          if (!(a[0] instanceof PyStr s)) {
            throw PyException.typeError(
                "can only concatenate str (not \"" + a[0].type().name() + "\") to str");
          }
          return new PyStr(value(self).concat(s.value()));
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
        "__mod__",
        (ts, self, a, kw) -> {
          NumberMethods.expectArgs("__mod__", a, kw, 1);
          return new PyStr(PercentFormat.format(value(self), a[0]));
        });

    t.method("split", (ts, self, a, kw) -> split(ts, self, a, kw, false));
    t.method("rsplit", (ts, self, a, kw) -> split(ts, self, a, kw, true));
    t.method("join", StrMethods::join);
    t.method("strip", (ts, self, a, kw) -> strip(self, a, kw, "strip", true, true));
    t.method("lstrip", (ts, self, a, kw) -> strip(self, a, kw, "lstrip", true, false));
    t.method("rstrip", (ts, self, a, kw) -> strip(self, a, kw, "rstrip", false, true));
    t.method("replace", StrMethods::replace);
    t.method("find", (ts, self, a, kw) -> PyInt.of(find(self, a, kw, "find", false)));
    t.method("rfind", (ts, self, a, kw) -> PyInt.of(find(self, a, kw, "rfind", true)));
    t.method(
        "index",
        (ts, self, a, kw) -> {
          int r = find(self, a, kw, "index", false);
          if (r < 0) {
            throw PyException.valueError("substring not found");
          }
          return PyInt.of(r);
        });
    t.method(
        "rindex",
        (ts, self, a, kw) -> {
          int r = find(self, a, kw, "rindex", true);
          if (r < 0) {
            throw PyException.valueError("substring not found");
          }
          return PyInt.of(r);
        });
    t.method("count", StrMethods::count);
    t.method("startswith", (ts, self, a, kw) -> affix(self, a, kw, "startswith", false));
    t.method("endswith", (ts, self, a, kw) -> affix(self, a, kw, "endswith", true));

    t.method(
        "upper",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.upper", a, kw, 0, 0);
          return new PyStr(value(self).toUpperCase(Locale.ROOT));
        });
    t.method(
        "lower",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.lower", a, kw, 0, 0);
          return new PyStr(value(self).toLowerCase(Locale.ROOT));
        });
    t.method(
        "title",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.title", a, kw, 0, 0);
          return new PyStr(title(value(self)));
        });
    t.method(
        "capitalize",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.capitalize", a, kw, 0, 0);
          return new PyStr(capitalize(value(self)));
        });
    t.method(
        "swapcase",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.swapcase", a, kw, 0, 0);
          return new PyStr(swapcase(value(self)));
        });
    t.method(
        "casefold",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.casefold", a, kw, 0, 0);
          return new PyStr(casefold(value(self)));
        });

    predicate(t, "isdigit", StrMethods::isDigit);
    predicate(t, "isdecimal", c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER);
    predicate(t, "isnumeric", StrMethods::isNumeric);
    predicate(t, "isalpha", Character::isLetter);
    predicate(t, "isalnum", c -> Character.isLetter(c) || isNumeric(c));
    predicate(t, "isspace", c -> c < 0x10000 && NumberMethods.isSpace((char) c));
    t.method(
        "isascii",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.isascii", a, kw, 0, 0);
          String s = value(self);
          for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
              return PyBool.FALSE;
            }
          }
          return PyBool.TRUE;
        });
    t.method(
        "isprintable",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.isprintable", a, kw, 0, 0);
          String s = value(self);
          for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!isPrintable(c)) {
              return PyBool.FALSE;
            }
            i += Character.charCount(c);
          }
          return PyBool.TRUE;
        });
    t.method(
        "isupper",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.isupper", a, kw, 0, 0);
          return PyBool.of(caseOnly(value(self), true));
        });
    t.method(
        "islower",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.islower", a, kw, 0, 0);
          return PyBool.of(caseOnly(value(self), false));
        });
    t.method(
        "istitle",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.istitle", a, kw, 0, 0);
          return PyBool.of(isTitle(value(self)));
        });
    t.method(
        "isidentifier",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.isidentifier", a, kw, 0, 0);
          return PyBool.of(isIdentifier(value(self)));
        });

    t.method("center", (ts, self, a, kw) -> pad(self, a, kw, "center"));
    t.method("ljust", (ts, self, a, kw) -> pad(self, a, kw, "ljust"));
    t.method("rjust", (ts, self, a, kw) -> pad(self, a, kw, "rjust"));
    t.method(
        "zfill",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.zfill", a, kw, 1, 1);
          return new PyStr(zfill(value(self), NumberMethods.ssize(a[0])));
        });
    t.method("partition", (ts, self, a, kw) -> partition(self, a, kw, false));
    t.method("rpartition", (ts, self, a, kw) -> partition(self, a, kw, true));
    t.method("splitlines", StrMethods::splitlines);
    t.method(
        "expandtabs",
        (ts, self, a, kw) -> {
          PyObject[] p =
              NumberMethods.parseArgs("expandtabs", a, kw, new String[] {"tabsize"}, 0, 1);
          long size = p[0] == null ? 8 : NumberMethods.cInt(p[0]);
          return new PyStr(expandtabs(value(self), size));
        });
    t.method(
        "encode",
        (ts, self, a, kw) -> {
          PyObject[] p =
              NumberMethods.parseArgs("encode", a, kw, new String[] {"encoding", "errors"}, 0, 2);
          String enc = p[0] == null ? "utf-8" : namedStr(p[0], "encode", "encoding");
          String errors = p[1] == null ? "strict" : namedStr(p[1], "encode", "errors");
          return new PyBytes(BytesMethods.encode(value(self), enc, errors));
        });
    t.method("format", (ts, self, a, kw) -> new PyStr(StrFormat.format(value(self), a, kw)));
    t.method(
        "format_map",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.format_map", a, kw, 1, 1);
          return new PyStr(StrFormat.formatMap(value(self), a[0]));
        });
    t.method(
        "removeprefix",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.removeprefix", a, kw, 1, 1);
          String s = value(self);
          String p = affixArg(a[0], "removeprefix");
          return s.startsWith(p) && !p.isEmpty() ? new PyStr(s.substring(p.length())) : self;
        });
    t.method(
        "removesuffix",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.removesuffix", a, kw, 1, 1);
          String s = value(self);
          String p = affixArg(a[0], "removesuffix");
          return s.endsWith(p) && !p.isEmpty()
              ? new PyStr(s.substring(0, s.length() - p.length()))
              : self;
        });
    t.method(
        "translate",
        (ts, self, a, kw) -> {
          ArgParser.arity("str.translate", a, kw, 1, 1);
          return new PyStr(translate(value(self), a[0]));
        });
    NumberMethods.staticMethod(t, "maketrans", StrMethods::maketrans);
  }

  private static String namedStr(PyObject o, String fname, String arg) {
    if (o instanceof PyStr s) {
      return s.value();
    }
    throw PyException.typeError(
        fname + "() argument '" + arg + "' must be str, not " + o.type().name());
  }

  private static String affixArg(PyObject o, String fname) {
    if (o instanceof PyStr s) {
      return s.value();
    }
    throw PyException.typeError(fname + "() argument must be str, not " + o.type().name());
  }

  // ---------------------------------------------------------------- construction

  private static PyObject construct(
      ThreadState ts, PyType type, PyObject[] args, String[] kwnames) {
    if (!NumberMethods.hasKeywords(kwnames) && args.length <= 1) {
      return args.length == 0 ? PyStr.EMPTY : asStr(args[0]);
    }
    PyObject[] p =
        NumberMethods.parseArgs(
            "str", args, kwnames, new String[] {"object", "encoding", "errors"}, 0, 3);
    if (p[1] == null && p[2] == null) {
      return p[0] == null ? PyStr.EMPTY : asStr(p[0]);
    }
    String enc = p[1] == null ? "utf-8" : namedStr(p[1], "str", "encoding");
    String errors = p[2] == null ? "strict" : namedStr(p[2], "str", "errors");
    PyObject o = p[0] == null ? new PyBytes(new byte[0]) : p[0];
    if (o instanceof PyStr) {
      throw PyException.typeError("decoding str is not supported");
    }
    if (!(o instanceof PyBytes b)) {
      throw PyException.typeError(
          "decoding to str: need a bytes-like object, " + o.type().name() + " found");
    }
    return new PyStr(BytesMethods.decode(b.value(), enc, errors));
  }

  /** {@code str(o)}. */
  static PyStr asStr(PyObject o) {
    return o.getClass() == PyStr.class ? (PyStr) o : new PyStr(o.str());
  }

  // ---------------------------------------------------------------- split and join

  private static final String[] SPLIT_NAMES = {"sep", "maxsplit"};

  private static PyObject split(
      ThreadState ts, PyObject self, PyObject[] a, String[] kw, boolean right) {
    String fname = right ? "rsplit" : "split";
    PyObject sepArg = null;
    PyObject maxArg = null;
    if (kw == null && a.length <= 2) {
      sepArg = a.length > 0 ? a[0] : null;
      maxArg = a.length > 1 ? a[1] : null;
    } else {
      PyObject[] p = NumberMethods.parseArgs(fname, a, kw, SPLIT_NAMES, 0, 2);
      sepArg = p[0];
      maxArg = p[1];
    }
    long maxsplit = maxArg == null ? -1 : NumberMethods.ssize(maxArg);
    String s = value(self);
    Parts parts = new Parts();
    if (sepArg == null || sepArg == PyNone.NONE) {
      if (right) {
        rsplitWhitespace(s, maxsplit, parts);
      } else {
        splitWhitespace(s, maxsplit, parts);
      }
      return parts.toList(ts, right);
    }
    if (!(sepArg instanceof PyStr sepStr)) {
      throw PyException.typeError("must be str or None, not " + sepArg.type().name());
    }
    String sep = sepStr.value();
    if (sep.isEmpty()) {
      throw PyException.valueError("empty separator");
    }
    long left = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
    int m = sep.length();
    if (!right) {
      int i = 0;
      for (int j; left > 0 && (j = s.indexOf(sep, i)) >= 0; left--) {
        parts.add(s, i, j);
        i = j + m;
      }
      if (i == 0) {
        parts.add(self);
      } else {
        parts.add(s, i, s.length());
      }
      return parts.toList(ts, false);
    }
    int end = s.length();
    for (int j; left > 0 && end >= m && (j = s.lastIndexOf(sep, end - m)) >= 0; left--) {
      parts.add(s, j + m, end);
      end = j;
    }
    if (end == s.length()) {
      parts.add(self);
    } else {
      parts.add(s, 0, end);
    }
    return parts.toList(ts, true);
  }

  private static void splitWhitespace(String s, long maxsplit, Parts parts) {
    int n = s.length();
    int i = 0;
    long left = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
    for (; left > 0; left--) {
      while (i < n && NumberMethods.isSpace(s.charAt(i))) {
        i++;
      }
      if (i == n) {
        return;
      }
      int j = i;
      while (j < n && !NumberMethods.isSpace(s.charAt(j))) {
        j++;
      }
      parts.add(s, i, j);
      i = j;
    }
    while (i < n && NumberMethods.isSpace(s.charAt(i))) {
      i++;
    }
    if (i < n) {
      parts.add(s, i, s.length());
    }
  }

  private static void rsplitWhitespace(String s, long maxsplit, Parts parts) {
    int j = s.length();
    long left = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
    for (; left > 0; left--) {
      while (j > 0 && NumberMethods.isSpace(s.charAt(j - 1))) {
        j--;
      }
      if (j == 0) {
        return;
      }
      int i = j;
      while (i > 0 && !NumberMethods.isSpace(s.charAt(i - 1))) {
        i--;
      }
      parts.add(s, i, j);
      j = i;
    }
    while (j > 0 && NumberMethods.isSpace(s.charAt(j - 1))) {
      j--;
    }
    if (j > 0) {
      parts.add(s, 0, j);
    }
  }

  private static PyObject join(ThreadState ts, PyObject self, PyObject[] a, String[] kw) {
    if (a.length != 1 || kw != null) {
      ArgParser.arity("str.join", a, kw, 1, 1);
    }
    PyObject iterable = a[0];
    PyObject[] items;
    int n;
    if (iterable instanceof PyList l) {
      items = l.toArray();
      n = items.length;
    } else if (iterable instanceof PyTuple tup) {
      items = tup.items;
      n = items.length;
    } else {
      PyObject it;
      try {
        it = iterable.iter();
      } catch (PyException e) {
        if (e.matches(ExceptionTypes.TYPE_ERROR)) {
          throw PyException.typeError("can only join an iterable");
        }
        throw e;
      }
      Parts collected = new Parts();
      try {
        for (PyObject x; (x = it.next()) != null; ) {
          // Held: an iterator may drop its own reference to an item once it moved past it.
          ts.refs.incref(x);
          collected.add(x);
        }
      } catch (RuntimeException | Error e) {
        for (int i = 0; i < collected.n; i++) {
          Refs.decref(ts, collected.items[i]);
        }
        throw e;
      }
      PyObject result;
      try {
        result = joinItems(self, collected.items, collected.n);
      } catch (RuntimeException | Error e) {
        for (int i = 0; i < collected.n; i++) {
          Refs.decref(ts, collected.items[i]);
        }
        throw e;
      }
      // The result may be the single item itself: hand it back floating, not freed.
      ts.refs.incref(result);
      for (int i = 0; i < collected.n; i++) {
        Refs.decref(ts, collected.items[i]);
      }
      Refs.release(ts, result);
      return result;
    }
    return joinItems(self, items, n);
  }

  private static PyObject joinItems(PyObject self, PyObject[] items, int n) {
    String sep = value(self);
    long total = (long) sep.length() * Math.max(0, n - 1);
    for (int i = 0; i < n; i++) {
      if (!(items[i] instanceof PyStr s)) {
        throw PyException.typeError(
            "sequence item " + i + ": expected str instance, " + items[i].type().name() + " found");
      }
      total += s.value().length();
    }
    if (n == 1) {
      return items[0];
    }
    if (total > Integer.MAX_VALUE - 16) {
      throw PyException.memoryError();
    }
    StringBuilder sb = new StringBuilder((int) total);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(((PyStr) items[i]).value());
    }
    return new PyStr(sb.toString());
  }

  // ---------------------------------------------------------------- strip, replace, search

  private static PyObject strip(
      PyObject self, PyObject[] a, String[] kw, String fname, boolean left, boolean right) {
    ArgParser.arity("str." + fname, a, kw, 0, 1);
    String s = value(self);
    String chars = null;
    if (a.length == 1 && a[0] != PyNone.NONE) {
      if (!(a[0] instanceof PyStr c)) {
        throw PyException.typeError(fname + " arg must be None or str");
      }
      chars = c.value();
    }
    int lo = 0;
    int hi = s.length();
    if (left) {
      while (lo < hi && stripped(s.charAt(lo), chars)) {
        lo++;
      }
    }
    if (right) {
      while (hi > lo && stripped(s.charAt(hi - 1), chars)) {
        hi--;
      }
    }
    return lo == 0 && hi == s.length() ? self : new PyStr(s.substring(lo, hi));
  }

  private static boolean stripped(char c, String chars) {
    return chars == null ? NumberMethods.isSpace(c) : chars.indexOf(c) >= 0;
  }

  private static PyObject replace(ThreadState ts, PyObject self, PyObject[] a, String[] kw) {
    if (NumberMethods.hasKeywords(kw)) {
      throw PyException.typeError("str.replace() takes no keyword arguments");
    }
    ArgParser.arity("replace", a, kw, 2, 3);
    if (!(a[0] instanceof PyStr o)) {
      throw PyException.typeError("replace() argument 1 must be str, not " + a[0].type().name());
    }
    if (!(a[1] instanceof PyStr r)) {
      throw PyException.typeError("replace() argument 2 must be str, not " + a[1].type().name());
    }
    long count = a.length == 3 ? NumberMethods.ssize(a[2]) : -1;
    String s = value(self);
    String old = o.value();
    String rep = r.value();
    if (count < 0) {
      count = Long.MAX_VALUE;
    }
    if (count == 0) {
      return new PyStr(s);
    }
    if (old.isEmpty()) {
      StringBuilder sb = new StringBuilder(s.length() + rep.length() * (s.length() + 1));
      long done = 0;
      for (int i = 0; i < s.length(); i++) {
        if (done < count) {
          sb.append(rep);
          done++;
        }
        sb.append(s.charAt(i));
      }
      if (done < count) {
        sb.append(rep);
      }
      return new PyStr(sb.toString());
    }
    if (count == Long.MAX_VALUE) {
      return new PyStr(s.replace(old, rep));
    }
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    for (int j; count > 0 && (j = s.indexOf(old, i)) >= 0; count--) {
      sb.append(s, i, j).append(rep);
      i = j + old.length();
    }
    sb.append(s, i, s.length());
    return new PyStr(sb.toString());
  }

  /** The {@code sub[, start[, end]]} arguments of find, index, count: {sub, start, end}. */
  private static Object[] searchArgs(PyObject self, PyObject[] a, String[] kw, String fname) {
    if (NumberMethods.hasKeywords(kw)) {
      throw PyException.typeError("str." + fname + "() takes no keyword arguments");
    }
    if (a.length < 1) {
      throw PyException.typeError(fname + "() takes at least 1 argument (0 given)");
    }
    if (a.length > 3) {
      throw PyException.typeError(fname + "() takes at most 3 arguments (" + a.length + " given)");
    }
    String sub = strArg(a[0]);
    String s = value(self);
    int len = self.len();
    long start = NumberMethods.sliceBound(a.length > 1 ? a[1] : null, 0, true);
    long end = NumberMethods.sliceBound(a.length > 2 ? a[2] : null, len, true);
    // CPython adjusts a negative start but leaves one past the end, so it finds nothing there.
    if (start < 0) {
      start = Math.max(0, start + len);
    }
    int e = NumberMethods.adjustBound(end, len);
    if (len != s.length()) {
      // Characters outside the BMP: the bounds in code points become offsets in the Java string.
      return new Object[] {sub, charOffset(s, len, start), (int) charOffset(s, len, e), start, e};
    }
    return new Object[] {sub, start, e, start, (int) e};
  }

  /**
   * The Java offset of code point {@code cp} of s (which has len code points); past the end stays
   * past the end by as much.
   */
  private static long charOffset(String s, int len, long cp) {
    if (cp >= len) {
      return s.length() + (cp - len);
    }
    return s.offsetByCodePoints(0, (int) cp);
  }

  /** A Java offset in s as a Python index (a count of code points). */
  private static int pyIndex(String s, int offset) {
    return offset < 0 ? offset : s.codePointCount(0, offset);
  }

  private static int find(PyObject self, PyObject[] a, String[] kw, String fname, boolean reverse) {
    Object[] p = searchArgs(self, a, kw, fname);
    String sub = (String) p[0];
    long start = (Long) p[1];
    int end = (Integer) p[2];
    if (end - start < sub.length()) {
      return -1;
    }
    String s = value(self);
    int st = (int) start;
    if (reverse) {
      int r = s.lastIndexOf(sub, end - sub.length());
      return r >= st ? pyIndex(s, r) : -1;
    }
    int r = s.indexOf(sub, st);
    return r >= 0 && r + sub.length() <= end ? pyIndex(s, r) : -1;
  }

  private static PyObject count(ThreadState ts, PyObject self, PyObject[] a, String[] kw) {
    Object[] p = searchArgs(self, a, kw, "count");
    String sub = (String) p[0];
    long start = (Long) p[1];
    int end = (Integer) p[2];
    if (end - start < sub.length()) {
      return PyInt.of(0);
    }
    if (sub.isEmpty()) {
      return PyInt.of((Integer) p[4] - (Long) p[3] + 1);
    }
    String s = value(self);
    int n = 0;
    for (int i = (int) start, j; (j = s.indexOf(sub, i)) >= 0 && j + sub.length() <= end; ) {
      n++;
      i = j + sub.length();
    }
    return PyInt.of(n);
  }

  private static PyObject affix(
      PyObject self, PyObject[] a, String[] kw, String fname, boolean suffix) {
    if (NumberMethods.hasKeywords(kw)) {
      throw PyException.typeError("str." + fname + "() takes no keyword arguments");
    }
    if (a.length < 1) {
      throw PyException.typeError(fname + "() takes at least 1 argument (0 given)");
    }
    if (a.length > 3) {
      throw PyException.typeError(fname + "() takes at most 3 arguments (" + a.length + " given)");
    }
    String s = value(self);
    int len = self.len();
    long start = NumberMethods.sliceBound(a.length > 1 ? a[1] : null, 0, true);
    long end = NumberMethods.sliceBound(a.length > 2 ? a[2] : null, len, true);
    if (start < 0) {
      start = Math.max(0, start + len);
    }
    int e = NumberMethods.adjustBound(end, len);
    if (len != s.length()) {
      start = charOffset(s, len, start);
      e = (int) charOffset(s, len, e);
    }
    if (a[0] instanceof PyTuple tup) {
      for (PyObject o : tup.items()) {
        if (!(o instanceof PyStr p)) {
          throw PyException.typeError(
              "tuple for " + fname + " must only contain str, not " + o.type().name());
        }
        if (tailMatch(s, p.value(), start, e, suffix)) {
          return PyBool.TRUE;
        }
      }
      return PyBool.FALSE;
    }
    if (!(a[0] instanceof PyStr p)) {
      throw PyException.typeError(
          fname + " first arg must be str or a tuple of str, not " + a[0].type().name());
    }
    return PyBool.of(tailMatch(s, p.value(), start, e, suffix));
  }

  private static boolean tailMatch(String s, String p, long start, int end, boolean suffix) {
    long last = (long) end - p.length();
    if (last < start) {
      return false;
    }
    return s.startsWith(p, suffix ? (int) last : (int) start);
  }

  // ---------------------------------------------------------------- case

  private static boolean isCased(int c) {
    return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
  }

  /** The full title-case mapping of one character ("ß" becomes "Ss"). */
  private static void appendTitle(StringBuilder sb, int c) {
    int t = Character.toTitleCase(c);
    if (t != c || Character.isTitleCase(c)) {
      sb.appendCodePoint(t);
      return;
    }
    String up = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
    if (up.codePointCount(0, up.length()) > 1) {
      int first = up.codePointAt(0);
      sb.appendCodePoint(first);
      sb.append(up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
    } else {
      sb.append(up);
    }
  }

  private static void appendLower(StringBuilder sb, int c) {
    if (c < 128) {
      sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
    } else {
      sb.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
    }
  }

  private static void appendUpper(StringBuilder sb, int c) {
    if (c < 128) {
      sb.append((char) (c >= 'a' && c <= 'z' ? c - 32 : c));
    } else {
      sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
    }
  }

  static String title(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean previousCased = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (previousCased) {
        appendLower(sb, c);
      } else {
        appendTitle(sb, c);
      }
      previousCased = isCased(c);
      i += Character.charCount(c);
    }
    return sb.toString();
  }

  static String capitalize(String s) {
    if (s.isEmpty()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int first = s.codePointAt(0);
    appendTitle(sb, first);
    sb.append(s.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
    return sb.toString();
  }

  static String swapcase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.isUpperCase(c)) {
        appendLower(sb, c);
      } else if (Character.isLowerCase(c)) {
        appendUpper(sb, c);
      } else {
        sb.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return sb.toString();
  }

  /** Case folding, character by character (so no final-sigma context applies, as in Python). */
  static String casefold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (c < 128) {
        sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
      } else {
        String one = new String(Character.toChars(c));
        sb.append(one.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
      }
      i += Character.charCount(c);
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- predicates

  private static void predicate(PyType t, String name, java.util.function.IntPredicate test) {
    String fname = "str." + name;
    t.method(
        name,
        (ts, self, a, kw) -> {
          ArgParser.arity(fname, a, kw, 0, 0);
          String s = value(self);
          if (s.isEmpty()) {
            return PyBool.FALSE;
          }
          for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!test.test(c)) {
              return PyBool.FALSE;
            }
            i += Character.charCount(c);
          }
          return PyBool.TRUE;
        });
  }

  /** Python's digits: decimal digits plus the other digit characters (superscripts, circled). */
  private static boolean isDigit(int c) {
    int type = Character.getType(c);
    if (type == Character.DECIMAL_DIGIT_NUMBER) {
      return true;
    }
    if (type != Character.OTHER_NUMBER) {
      return false;
    }
    int v = Character.getNumericValue(c);
    return v >= 0 && v <= 9;
  }

  private static boolean isNumeric(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean isPrintable(int c) {
    if (c == ' ') {
      return true;
    }
    int t = Character.getType(c);
    return !(t == Character.CONTROL
        || t == Character.FORMAT
        || t == Character.UNASSIGNED
        || t == Character.LINE_SEPARATOR
        || t == Character.PARAGRAPH_SEPARATOR
        || t == Character.SURROGATE
        || t == Character.PRIVATE_USE
        || t == Character.SPACE_SEPARATOR);
  }

  /** isupper (upper true) or islower: some cased character, and none of the other case. */
  private static boolean caseOnly(String s, boolean upper) {
    boolean cased = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      boolean otherCase = upper ? Character.isLowerCase(c) : Character.isUpperCase(c);
      if (otherCase || Character.isTitleCase(c)) {
        return false;
      }
      cased |= upper ? Character.isUpperCase(c) : Character.isLowerCase(c);
    }
    return cased;
  }

  private static boolean isTitle(String s) {
    boolean cased = false;
    boolean previousCased = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
        if (previousCased) {
          return false;
        }
        previousCased = true;
        cased = true;
      } else if (Character.isLowerCase(c)) {
        if (!previousCased) {
          return false;
        }
        previousCased = true;
        cased = true;
      } else {
        previousCased = false;
      }
    }
    return cased;
  }

  static boolean isIdentifier(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      boolean ok =
          i == 0
              ? c == '_' || Character.isUnicodeIdentifierStart(c)
              : Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
      if (!ok) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  // ---------------------------------------------------------------- layout

  private static PyObject pad(PyObject self, PyObject[] a, String[] kw, String fname) {
    ArgParser.arity(fname, a, kw, 1, 2);
    long width = NumberMethods.ssize(a[0]);
    String fill = " ";
    if (a.length == 2) {
      if (!(a[1] instanceof PyStr f)) {
        throw PyException.typeError(
            "The fill character must be a unicode character, not " + a[1].type().name());
      }
      if (f.len() != 1) {
        throw PyException.typeError("The fill character must be exactly one character long");
      }
      fill = f.value();
    }
    String s = value(self);
    int slen = self.len();
    if (width <= slen) {
      return new PyStr(s);
    }
    return new PyStr(pad(s, slen, width, fill, fname));
  }

  /**
   * s (of slen characters) padded with fill to width (greater than slen), placed as center, ljust
   * or rjust (fname) place it; also bytes' layout, over the bytes as Latin-1 characters.
   */
  static String pad(String s, int slen, long width, String fill, String fname) {
    if (width > Integer.MAX_VALUE - 16) {
      throw PyException.memoryError();
    }
    int total = (int) width - slen;
    int left;
    switch (fname) {
      case "ljust":
        left = 0;
        break;
      case "rjust":
        left = total;
        break;
      default:
        // CPython puts the odd fill character on the left when the width is odd.
        left = total / 2 + (total & (int) width & 1);
        break;
    }
    StringBuilder sb = new StringBuilder((int) width);
    for (int i = 0; i < left; i++) {
      sb.append(fill);
    }
    sb.append(s);
    for (int i = left; i < total; i++) {
      sb.append(fill);
    }
    return sb.toString();
  }

  static String zfill(String s, long width) {
    if (width <= s.length()) {
      return s;
    }
    if (width > Integer.MAX_VALUE - 16) {
      throw PyException.memoryError();
    }
    int fill = (int) width - s.length();
    StringBuilder sb = new StringBuilder((int) width);
    int start = 0;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      sb.append(s.charAt(0));
      start = 1;
    }
    for (int i = 0; i < fill; i++) {
      sb.append('0');
    }
    sb.append(s, start, s.length());
    return sb.toString();
  }

  private static PyObject partition(PyObject self, PyObject[] a, String[] kw, boolean right) {
    ArgParser.arity(right ? "str.rpartition" : "str.partition", a, kw, 1, 1);
    String sep = strArg(a[0]);
    if (sep.isEmpty()) {
      throw PyException.valueError("empty separator");
    }
    String s = value(self);
    int i = right ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (i < 0) {
      return right
          ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, self)
          : PyTuple.of(self, PyStr.EMPTY, PyStr.EMPTY);
    }
    return PyTuple.of(new PyStr(s.substring(0, i)), a[0], new PyStr(s.substring(i + sep.length())));
  }

  private static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == 0x0b
        || c == 0x0c
        || c == 0x1c
        || c == 0x1d
        || c == 0x1e
        || c == 0x85
        || c == 0x2028
        || c == 0x2029;
  }

  private static PyObject splitlines(ThreadState ts, PyObject self, PyObject[] a, String[] kw) {
    PyObject[] p = NumberMethods.parseArgs("splitlines", a, kw, new String[] {"keepends"}, 0, 1);
    boolean keep = p[0] != null && NumberMethods.index(p[0]).isTrue();
    String s = value(self);
    int n = s.length();
    Parts parts = new Parts();
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && !isLineBreak(s.charAt(j))) {
        j++;
      }
      int eol = j;
      if (j < n) {
        j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
        if (keep) {
          eol = j;
        }
      }
      parts.add(s, i, eol);
      i = j;
    }
    return parts.toList(ts, false);
  }

  static String expandtabs(String s, long tabsize) {
    StringBuilder sb = new StringBuilder(s.length());
    long column = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        if (tabsize > 0) {
          long spaces = tabsize - column % tabsize;
          if (sb.length() + spaces > Integer.MAX_VALUE - 16) {
            throw PyException.overflowError("new string is too long");
          }
          for (long k = 0; k < spaces; k++) {
            sb.append(' ');
          }
          column += spaces;
        }
      } else {
        sb.append(c);
        column = c == '\n' || c == '\r' ? 0 : column + 1;
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- translate

  private static String translate(String s, PyObject table) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      PyObject r;
      try {
        r = table.getItem(PyInt.of(c));
      } catch (PyException e) {
        if (e.matches(ExceptionTypes.LOOKUP_ERROR)) {
          sb.appendCodePoint(c);
          continue;
        }
        throw e;
      }
      if (r == PyNone.NONE) {
        continue;
      }
      if (r instanceof PyInt code) {
        long v = code.isBig() ? -1 : code.longValue();
        if (v < 0 || v > 0x10ffff) {
          throw PyException.valueError("character mapping must be in range(0x110000)");
        }
        sb.appendCodePoint((int) v);
      } else if (r instanceof PyStr rs) {
        sb.append(rs.value());
      } else {
        throw PyException.typeError("character mapping must return integer, None or str");
      }
    }
    return sb.toString();
  }

  private static PyObject maketrans(ThreadState ts, PyObject[] a, String[] kw) {
    ArgParser.arity("maketrans", a, kw, 1, 3);
    PyDict out = new PyDict();
    if (a.length == 1) {
      if (!(a[0] instanceof PyDict d)) {
        throw PyException.typeError("if you give only one argument to maketrans it must be a dict");
      }
      for (PyObject k : d.keyArray()) {
        PyObject v = d.get(k);
        if (k instanceof PyStr ks) {
          if (ks.value().codePointCount(0, ks.value().length()) != 1) {
            throw PyException.valueError("string keys in translate table must be of length 1");
          }
          out.put(PyInt.of(ks.value().codePointAt(0)), v);
        } else if (k instanceof PyInt) {
          out.put(k, v);
        } else {
          throw PyException.typeError("keys in translate table must be strings or integers");
        }
      }
      return out;
    }
    if (!(a[0] instanceof PyStr x)) {
      throw PyException.typeError("maketrans() argument 1 must be str, not " + a[0].type().name());
    }
    if (!(a[1] instanceof PyStr y)) {
      throw PyException.typeError("maketrans() argument 2 must be str, not " + a[1].type().name());
    }
    int[] xs = x.value().codePoints().toArray();
    int[] ys = y.value().codePoints().toArray();
    if (xs.length != ys.length) {
      throw PyException.valueError("the first two maketrans arguments must have equal length");
    }
    for (int i = 0; i < xs.length; i++) {
      out.put(PyInt.of(xs[i]), PyInt.of(ys[i]));
    }
    if (a.length == 3) {
      if (!(a[2] instanceof PyStr z)) {
        throw PyException.typeError(
            "maketrans() argument 3 must be str, not " + a[2].type().name());
      }
      z.value().codePoints().forEach(c -> out.put(PyInt.of(c), PyNone.NONE));
    }
    return out;
  }
}
