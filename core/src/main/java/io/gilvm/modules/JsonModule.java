package io.gilvm.modules;

import io.gilvm.mem.Refs;
import io.gilvm.object.ArgParser;
import io.gilvm.object.Ops;
import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;

/**
 * {@code _json}: the JSON encoder and decoder behind gilvm's {@code json} module (written in
 * Python), with CPython's output byte for byte (separators, indentation, escapes, float repr, NaN
 * and Infinity) and its decoder's error messages and positions.
 */
final class JsonModule {
  private JsonModule() {}

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("_json");
    m.function("encode", JsonModule::encode);
    m.function("decode", JsonModule::decode);
    return m;
  }

  // ---------------------------------------------------------------- encoding

  /**
   * {@code encode(obj, indent, item_separator, key_separator, sort_keys, ensure_ascii, allow_nan,
   * skipkeys, default, check_circular)}; indent is None or a str.
   */
  private static PyObject encode(ThreadState ts, PyObject[] a, String[] kw) {
    ArgParser.arity("encode", a, kw, 10, 10);
    Encoder e = new Encoder();
    e.ts = ts;
    e.indent = a[1] == PyNone.NONE ? null : ((PyStr) a[1]).value();
    e.itemSep = ((PyStr) a[2]).value();
    e.keySep = ((PyStr) a[3]).value();
    e.sortKeys = a[4].isTrue();
    e.ensureAscii = a[5].isTrue();
    e.allowNan = a[6].isTrue();
    e.skipKeys = a[7].isTrue();
    e.dflt = a[8] == PyNone.NONE ? null : a[8];
    e.markers = a[9].isTrue() ? new IdentityHashMap<>() : null;
    e.value(a[0], 0);
    return new PyStr(e.out.toString());
  }

  private static final class Encoder {
    ThreadState ts;
    final StringBuilder out = new StringBuilder();
    String indent;
    String itemSep;
    String keySep;
    boolean sortKeys;
    boolean ensureAscii;
    boolean allowNan;
    boolean skipKeys;
    PyObject dflt;
    IdentityHashMap<PyObject, Boolean> markers;

    void newline(int level) {
      out.append('\n');
      for (int k = 0; k < level; k++) {
        out.append(indent);
      }
    }

    void value(PyObject o, int level) {
      if (o instanceof PyStr s) {
        string(s.value());
      } else if (o == PyNone.NONE) {
        out.append("null");
      } else if (o == PyBool.TRUE) {
        out.append("true");
      } else if (o == PyBool.FALSE) {
        out.append("false");
      } else if (o instanceof PyInt) {
        out.append(Ops.repr(o));
      } else if (o instanceof PyFloat f) {
        number(f.value());
      } else if (o instanceof PyList || o instanceof PyTuple) {
        array(o, level);
      } else if (o instanceof PyDict d) {
        object(d, level);
      } else {
        if (dflt == null) {
          throw PyException.typeError(
              "Object of type " + o.type().name() + " is not JSON serializable");
        }
        enter(o);
        PyObject r = dflt.call(ts, new PyObject[] {o}, null);
        ts.refs.incref(r);
        try {
          value(r, level);
        } finally {
          Refs.decref(ts, r);
        }
        leave(o);
      }
    }

    void enter(PyObject o) {
      if (markers != null && markers.put(o, Boolean.TRUE) != null) {
        throw PyException.valueError("Circular reference detected");
      }
    }

    void leave(PyObject o) {
      if (markers != null) {
        markers.remove(o);
      }
    }

    void number(double d) {
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        if (!allowNan) {
          throw PyException.valueError("Out of range float values are not JSON compliant");
        }
        out.append(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        return;
      }
      out.append(Ops.repr(PyFloat.of(d)));
    }

    void array(PyObject o, int level) {
      PyObject[] items = o instanceof PyTuple t ? t.items() : ((PyList) o).toArray();
      if (items.length == 0) {
        out.append("[]");
        return;
      }
      enter(o);
      // The items stay alive while encoding runs Python code (default): hold them.
      for (PyObject x : items) {
        ts.refs.incref(x);
      }
      try {
        out.append('[');
        for (int k = 0; k < items.length; k++) {
          if (k > 0) {
            out.append(itemSep);
          }
          if (indent != null) {
            newline(level + 1);
          }
          value(items[k], level + 1);
        }
        if (indent != null) {
          newline(level);
        }
        out.append(']');
      } finally {
        for (PyObject x : items) {
          Refs.decref(ts, x);
        }
      }
      leave(o);
    }

    void object(PyDict d, int level) {
      PyObject[] heldKeys = d.keyArray();
      PyObject[] heldValues = d.valueArray();
      int n = heldKeys.length;
      if (n == 0) {
        out.append("{}");
        return;
      }
      enter(d);
      // Held while encoding runs Python code (default), which might change the dict.
      for (int k = 0; k < n; k++) {
        ts.refs.incref(heldKeys[k]);
        ts.refs.incref(heldValues[k]);
      }
      try {
        PyObject[] keys = heldKeys;
        PyObject[] values = heldValues;
        if (sortKeys) {
          keys = heldKeys.clone();
          values = heldValues.clone();
          Ops.sort(values, n, keys, false);
          Ops.sort(keys, n, null, false);
        }
        out.append('{');
        boolean first = true;
        for (int k = 0; k < n; k++) {
          String key = key(keys[k]);
          if (key == null) {
            continue;
          }
          if (!first) {
            out.append(itemSep);
          }
          first = false;
          if (indent != null) {
            newline(level + 1);
          }
          string(key);
          out.append(keySep);
          value(values[k], level + 1);
        }
        if (indent != null) {
          newline(level);
        }
        out.append('}');
      } finally {
        for (int k = 0; k < n; k++) {
          Refs.decref(ts, heldKeys[k]);
          Refs.decref(ts, heldValues[k]);
        }
      }
      leave(d);
    }

    /** The key as JSON names it, or null to skip it. */
    String key(PyObject k) {
      if (k instanceof PyStr s) {
        return s.value();
      }
      if (k instanceof PyFloat f) {
        double v = f.value();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
          if (!allowNan) {
            throw PyException.valueError("Out of range float values are not JSON compliant");
          }
          return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }
        return Ops.repr(k);
      }
      if (k == PyBool.TRUE) {
        return "true";
      }
      if (k == PyBool.FALSE) {
        return "false";
      }
      if (k == PyNone.NONE) {
        return "null";
      }
      if (k instanceof PyInt) {
        return Ops.repr(k);
      }
      if (skipKeys) {
        return null;
      }
      throw PyException.typeError(
          "keys must be str, int, float, bool or None, not " + k.type().name());
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    void string(String s) {
      StringBuilder b = out;
      b.append('"');
      int n = s.length();
      int run = 0;
      for (int k = 0; k < n; k++) {
        char c = s.charAt(k);
        if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7f || !ensureAscii)) {
          continue;
        }
        b.append(s, run, k);
        run = k + 1;
        switch (c) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          case '\b' -> b.append("\\b");
          case '\f' -> b.append("\\f");
          default -> {
            if (c == 0x7f && !ensureAscii) {
              b.append(c);
            } else {
              b.append("\\u")
                  .append(HEX[(c >> 12) & 15])
                  .append(HEX[(c >> 8) & 15])
                  .append(HEX[(c >> 4) & 15])
                  .append(HEX[c & 15]);
            }
          }
        }
      }
      b.append(s, run, n);
      b.append('"');
    }
  }

  // ---------------------------------------------------------------- decoding

  /**
   * {@code decode(s, error_class, object_hook, object_pairs_hook, parse_float, parse_int,
   * parse_constant, strict, idx, whole)}: the value at idx and the index after it, as a 2-tuple.
   * With {@code whole}, as {@code json.loads}: white space around the value is skipped and anything
   * after it is "Extra data"; without, as {@code raw_decode}.
   */
  private static PyObject decode(ThreadState ts, PyObject[] a, String[] kw) {
    ArgParser.arity("decode", a, kw, 10, 10);
    Decoder d = new Decoder();
    d.ts = ts;
    d.doc = a[0];
    d.s = ((PyStr) a[0]).value();
    d.error = a[1];
    d.objectHook = a[2] == PyNone.NONE ? null : a[2];
    d.pairsHook = a[3] == PyNone.NONE ? null : a[3];
    d.parseFloat = a[4] == PyNone.NONE ? null : a[4];
    d.parseInt = a[5] == PyNone.NONE ? null : a[5];
    d.parseConstant = a[6] == PyNone.NONE ? null : a[6];
    d.strict = a[7].isTrue();
    int idx = (int) ArgParser.asLong(a[8], "idx");
    boolean whole = a[9].isTrue();
    if (whole) {
      idx = d.skip(idx);
    }
    PyObject v = d.value(idx);
    if (whole) {
      int after = d.skip(d.end);
      if (after != d.s.length()) {
        Refs.discard(ts, v);
        throw d.fail("Extra data", after);
      }
      return v;
    }
    return PyTuple.of(v, PyInt.of(d.end));
  }

  private static final class Decoder {
    ThreadState ts;
    PyObject doc;
    String s;
    PyObject error;
    PyObject objectHook;
    PyObject pairsHook;
    PyObject parseFloat;
    PyObject parseInt;
    PyObject parseConstant;
    boolean strict;

    /** The index just after the value last read. */
    int end;

    PyException fail(String msg, int pos) {
      PyObject e = error.call(ts, new PyObject[] {new PyStr(msg), doc, PyInt.of(pos)}, null);
      return new PyException((PyBaseException) e);
    }

    int skip(int i) {
      int n = s.length();
      while (i < n) {
        char c = s.charAt(i);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          break;
        }
        i++;
      }
      return i;
    }

    /** The value starting exactly at i (no leading space); sets {@link #end}. */
    PyObject value(int i) {
      int n = s.length();
      if (i >= n) {
        throw fail("Expecting value", i);
      }
      char c = s.charAt(i);
      switch (c) {
        case '"':
          return new PyStr(string(i + 1));
        case '{':
          return object(i + 1);
        case '[':
          return array(i + 1);
        case 'n':
          if (s.startsWith("null", i)) {
            end = i + 4;
            return PyNone.NONE;
          }
          break;
        case 't':
          if (s.startsWith("true", i)) {
            end = i + 4;
            return PyBool.TRUE;
          }
          break;
        case 'f':
          if (s.startsWith("false", i)) {
            end = i + 5;
            return PyBool.FALSE;
          }
          break;
        case 'N':
          if (s.startsWith("NaN", i)) {
            end = i + 3;
            return constant("NaN", Double.NaN);
          }
          break;
        case 'I':
          if (s.startsWith("Infinity", i)) {
            end = i + 8;
            return constant("Infinity", Double.POSITIVE_INFINITY);
          }
          break;
        case '-':
          if (s.startsWith("-Infinity", i)) {
            end = i + 9;
            return constant("-Infinity", Double.NEGATIVE_INFINITY);
          }
          break;
        default:
          break;
      }
      if (c == '-' || (c >= '0' && c <= '9')) {
        PyObject num = number(i);
        if (num != null) {
          return num;
        }
      }
      throw fail("Expecting value", i);
    }

    PyObject constant(String name, double v) {
      if (parseConstant != null) {
        return hook(parseConstant, new PyStr(name));
      }
      return PyFloat.of(v);
    }

    /** Calls a hook with a new object, returning its result floating; the argument dies. */
    PyObject hook(PyObject f, PyObject arg) {
      ts.refs.incref(arg);
      PyObject r;
      try {
        r = f.call(ts, new PyObject[] {arg}, null);
      } catch (RuntimeException | Error e) {
        Refs.decref(ts, arg);
        throw e;
      }
      ts.refs.incref(r);
      Refs.decref(ts, arg);
      Refs.release(ts, r);
      return r;
    }

    PyObject number(int i) {
      int n = s.length();
      int j = i;
      if (j < n && s.charAt(j) == '-') {
        j++;
      }
      if (j >= n) {
        return null;
      }
      char c = s.charAt(j);
      if (c == '0') {
        j++;
      } else if (c >= '1' && c <= '9') {
        while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
          j++;
        }
      } else {
        return null;
      }
      boolean isFloat = false;
      if (j + 1 < n && s.charAt(j) == '.' && s.charAt(j + 1) >= '0' && s.charAt(j + 1) <= '9') {
        isFloat = true;
        j += 2;
        while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
          j++;
        }
      }
      if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
        int k = j + 1;
        if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
          k++;
        }
        if (k < n && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
          while (k < n && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
            k++;
          }
          isFloat = true;
          j = k;
        }
      }
      end = j;
      String text = s.substring(i, j);
      if (isFloat) {
        if (parseFloat != null) {
          return hook(parseFloat, new PyStr(text));
        }
        return PyFloat.of(Double.parseDouble(text));
      }
      if (parseInt != null) {
        return hook(parseInt, new PyStr(text));
      }
      if (text.length() < 18) {
        return PyInt.of(Long.parseLong(text));
      }
      return PyInt.of(new BigInteger(text));
    }

    /** The string whose opening quote is just before i; sets {@link #end} past its close. */
    String string(int i) {
      int n = s.length();
      int start = i - 1;
      int j = i;
      // Fast path: no escapes.
      while (j < n) {
        char c = s.charAt(j);
        if (c == '"') {
          end = j + 1;
          return s.substring(i, j);
        }
        if (c == '\\' || (c < 0x20 && strict)) {
          break;
        }
        j++;
      }
      StringBuilder b = new StringBuilder(j - i + 16);
      b.append(s, i, j);
      while (true) {
        if (j >= n) {
          throw fail("Unterminated string starting at", start);
        }
        char c = s.charAt(j);
        if (c == '"') {
          end = j + 1;
          return b.toString();
        }
        if (c < 0x20 && strict) {
          throw fail("Invalid control character at", j);
        }
        if (c != '\\') {
          b.append(c);
          j++;
          continue;
        }
        j++;
        if (j >= n) {
          throw fail("Unterminated string starting at", start);
        }
        char e = s.charAt(j);
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            int u = hex4(j + 1, j);
            j += 4;
            if (u >= 0xd800
                && u <= 0xdbff
                && j + 2 < n
                && s.charAt(j + 1) == '\\'
                && s.charAt(j + 2) == 'u') {
              int lo = hex4(j + 3, j + 2);
              if (lo >= 0xdc00 && lo <= 0xdfff) {
                b.append((char) u).append((char) lo);
                j += 6;
                j++;
                continue;
              }
            }
            b.append((char) u);
          }
          default -> throw fail("Invalid \\escape", j - 1);
        }
        j++;
      }
    }

    int hex4(int i, int escapeAt) {
      if (i + 4 > s.length()) {
        throw fail("Invalid \\uXXXX escape", escapeAt);
      }
      int v = 0;
      for (int k = i; k < i + 4; k++) {
        int d = Character.digit(s.charAt(k), 16);
        if (d < 0 || s.charAt(k) > 127) {
          throw fail("Invalid \\uXXXX escape", escapeAt);
        }
        v = v * 16 + d;
      }
      return v;
    }

    PyObject array(int i) {
      PyList list = new PyList();
      ts.refs.incref(list);
      try {
        i = skip(i);
        if (i < s.length() && s.charAt(i) == ']') {
          end = i + 1;
          Refs.release(ts, list);
          return list;
        }
        while (true) {
          PyObject v = value(i);
          list.append(v);
          i = skip(end);
          if (i < s.length() && s.charAt(i) == ']') {
            end = i + 1;
            break;
          }
          if (i >= s.length() || s.charAt(i) != ',') {
            throw fail("Expecting ',' delimiter", i);
          }
          i = skip(i + 1);
        }
      } catch (RuntimeException | Error e) {
        Refs.decref(ts, list);
        throw e;
      }
      Refs.release(ts, list);
      return list;
    }

    PyObject object(int i) {
      PyDict dict = pairsHook == null ? new PyDict() : null;
      PyList pairs = pairsHook != null ? new PyList() : null;
      PyObject holder = dict != null ? dict : pairs;
      ts.refs.incref(holder);
      try {
        i = skip(i);
        int n = s.length();
        if (i < n && s.charAt(i) == '}') {
          end = i + 1;
        } else {
          while (true) {
            if (i >= n || s.charAt(i) != '"') {
              throw fail("Expecting property name enclosed in double quotes", i);
            }
            PyStr key = new PyStr(string(i + 1));
            i = skip(end);
            if (i >= n || s.charAt(i) != ':') {
              Refs.discard(ts, key);
              throw fail("Expecting ':' delimiter", i);
            }
            i = skip(i + 1);
            PyObject v;
            try {
              v = value(i);
            } catch (RuntimeException | Error e) {
              Refs.discard(ts, key);
              throw e;
            }
            if (dict != null) {
              dict.put(key, v);
            } else {
              pairs.append(PyTuple.of(key, v));
            }
            i = skip(end);
            if (i < n && s.charAt(i) == '}') {
              end = i + 1;
              break;
            }
            if (i >= n || s.charAt(i) != ',') {
              throw fail("Expecting ',' delimiter", i);
            }
            i = skip(i + 1);
          }
        }
      } catch (RuntimeException | Error e) {
        Refs.decref(ts, holder);
        throw e;
      }
      int after = end;
      Refs.release(ts, holder);
      PyObject r = holder;
      if (pairsHook != null) {
        r = hook(pairsHook, pairs);
      } else if (objectHook != null) {
        r = hook(objectHook, dict);
      }
      end = after;
      return r;
    }
  }

  /** Text of bytes given to loads: UTF-8, as CPython detects for JSON without a BOM. */
  static String text(PyBytes b) {
    return new String(b.value(), StandardCharsets.UTF_8);
  }
}
