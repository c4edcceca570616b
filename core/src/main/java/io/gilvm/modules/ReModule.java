package io.gilvm.modules;

import io.gilvm.mem.Refs;
import io.gilvm.object.ArgParser;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.Ops;
import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyBytes;
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
import io.gilvm.state.ThreadState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code _re}: compiled regular expressions on {@code java.util.regex}, for gilvm's {@code re}
 * module (written in Python). A pattern is translated from Python's syntax by {@link
 * RegexTranslator}; {@code Pattern} and {@code Match} objects are immutable, so threads share them
 * freely (each search makes its own {@link Matcher}). Bytes patterns work on the bytes as Latin-1
 * text, with ASCII classes, as CPython's do.
 */
final class ReModule {
  private ReModule() {}

  static final PyType PATTERN = PyType.builtin("Pattern", PyType.OBJECT);
  static final PyType MATCH = PyType.builtin("Match", PyType.OBJECT);
  static final PyType SCANNER = PyType.builtin("callable_iterator", PyType.OBJECT);

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("_re");
    m.function(
        "compile",
        (t, a, kw) -> {
          ArgParser.arity("compile", a, kw, 3, 3);
          return compile(t, a[0], (int) ArgParser.asLong(a[1], "flags"), a[2]);
        });
    m.put("Pattern", PATTERN);
    m.put("Match", MATCH);
    return m;
  }

  static PyObject compile(ThreadState ts, PyObject pattern, int flags, PyObject error) {
    boolean bytes;
    String src;
    if (pattern instanceof PyStr s) {
      bytes = false;
      src = s.value();
    } else if (pattern instanceof PyBytes b) {
      bytes = true;
      src = new String(b.value(), StandardCharsets.ISO_8859_1);
    } else {
      throw PyException.typeError("first argument must be string or compiled pattern");
    }
    if (bytes && (flags & RegexTranslator.UNICODE) != 0) {
      throw PyException.valueError("cannot use UNICODE flag with a bytes pattern");
    }
    if (!bytes && (flags & RegexTranslator.LOCALE) != 0) {
      throw PyException.valueError("cannot use LOCALE flag with a str pattern");
    }
    if ((flags & RegexTranslator.ASCII) != 0 && (flags & RegexTranslator.UNICODE) != 0) {
      throw PyException.valueError("ASCII and UNICODE flags are incompatible");
    }
    RegexTranslator t;
    try {
      t = RegexTranslator.translate(src, flags, bytes);
    } catch (RegexTranslator.Error e) {
      throw raise(ts, error, e.msg, pattern, e.pos);
    } catch (RegexTranslator.Unsupported e) {
      throw PyException.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, e.getMessage());
    }
    int f = t.flags;
    if (!bytes && (f & RegexTranslator.ASCII) == 0) {
      f |= RegexTranslator.UNICODE;
    }
    int jf = Pattern.UNIX_LINES;
    if ((f & RegexTranslator.IGNORECASE) != 0) {
      jf |= Pattern.CASE_INSENSITIVE;
      if (!t.ascii()) {
        jf |= Pattern.UNICODE_CASE;
      }
    }
    if ((f & RegexTranslator.MULTILINE) != 0) {
      jf |= Pattern.MULTILINE;
    }
    if ((f & RegexTranslator.DOTALL) != 0) {
      jf |= Pattern.DOTALL;
    }
    Pattern p;
    try {
      p = Pattern.compile(t.javaPattern(), jf);
    } catch (PatternSyntaxException e) {
      String d = e.getDescription();
      if (d.startsWith("Look-behind group does not have an obvious maximum length")) {
        throw raise(ts, error, "look-behind requires fixed-width pattern", pattern, -1);
      }
      throw raise(ts, error, d, pattern, -1);
    }
    String[] groupNames = new String[t.groups + 1];
    for (Map.Entry<String, Integer> e : t.names.entrySet()) {
      groupNames[e.getValue()] = e.getKey();
    }
    int[] parents = new int[t.groups + 1];
    for (int g = 1; g <= t.groups; g++) {
      parents[g] = t.parents.get(g);
    }
    return new PatternObject(pattern, f, bytes, p, t.groups, groupNames, parents, error);
  }

  static PyException raise(
      ThreadState ts, PyObject errorClass, String msg, PyObject pattern, int pos) {
    PyObject e =
        pos < 0
            ? Ops.call(ts, errorClass, new PyObject[] {new PyStr(msg)}, null)
            : Ops.call(
                ts, errorClass, new PyObject[] {new PyStr(msg), pattern, PyInt.of(pos)}, null);
    return new PyException((PyBaseException) e);
  }

  // ---------------------------------------------------------------- Pattern

  static final class PatternObject extends PyObject {
    final PyObject source;
    final int flags;
    final boolean bytes;
    final Pattern pattern;
    final int groups;
    final String[] groupNames;
    final int[] parents;
    final PyObject error;

    PatternObject(
        PyObject source,
        int flags,
        boolean bytes,
        Pattern pattern,
        int groups,
        String[] groupNames,
        int[] parents,
        PyObject error) {
      this.source = source;
      this.flags = flags;
      this.bytes = bytes;
      this.pattern = pattern;
      this.groups = groups;
      this.groupNames = groupNames;
      this.parents = parents;
      this.error = error;
      Refs.incref(source);
      Refs.incref(error);
    }

    @Override
    public PyType type() {
      return PATTERN;
    }

    @Override
    public void release() {
      Refs.decref(source);
      Refs.decref(error);
    }

    /** The subject as Java text, checking it is of the pattern's kind. */
    String text(PyObject s) {
      if (s instanceof PyStr str) {
        if (bytes) {
          throw PyException.typeError("cannot use a bytes pattern on a string-like object");
        }
        return str.value();
      }
      if (s instanceof PyBytes b) {
        if (!bytes) {
          throw PyException.typeError("cannot use a string pattern on a bytes-like object");
        }
        return new String(b.value(), StandardCharsets.ISO_8859_1);
      }
      throw PyException.typeError(
          "expected string or bytes-like object, got '" + s.type().name() + "'");
    }

    PyObject wrap(String s) {
      return bytes ? new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1)) : new PyStr(s);
    }

    PyDict groupIndex() {
      PyDict d = new PyDict();
      for (int g = 1; g <= groups; g++) {
        if (groupNames[g] != null) {
          d.put(new PyStr(groupNames[g]), PyInt.of(g));
        }
      }
      return d;
    }

    @Override
    public PyObject lookupAttr(String name) {
      switch (name) {
        case "pattern":
          return source;
        case "flags":
          return PyInt.of(flags);
        case "groups":
          return PyInt.of(groups);
        case "groupindex":
          return groupIndex();
        default:
          return super.lookupAttr(name);
      }
    }

    @Override
    public boolean usesGenericGetAttr() {
      return false;
    }

    @Override
    public String repr() {
      String r = Ops.repr(source);
      if (r.length() > 200) {
        r = r.substring(0, 200);
      }
      StringBuilder sb = new StringBuilder("re.compile(").append(r);
      int f = flags;
      if (!bytes) {
        f &= ~RegexTranslator.UNICODE;
      }
      if (f != 0) {
        sb.append(", ").append(flagNames(f));
      }
      return sb.append(')').toString();
    }

    @Override
    public long hash() {
      return Ops.hash(source) ^ flags;
    }

    @Override
    public boolean eq(PyObject other) {
      return other instanceof PatternObject o
          && o.flags == flags
          && o.bytes == bytes
          && Ops.eq(o.source, source);
    }

    private volatile Pattern advancing;

    /** The pattern that matches only non-empty text, for the search after an empty match. */
    Pattern advancing() {
      Pattern a = advancing;
      if (a == null) {
        a = Pattern.compile("(?:" + pattern.pattern() + ")(?!\\A)", pattern.flags());
        advancing = a;
      }
      return a;
    }

    /** Python's successive matches over {@code s[pos:endpos]}. */
    Scan scan(String s, long pos, long endpos) {
      int n = s.length();
      int end = (int) Math.max(0, Math.min(endpos, n));
      int start = (int) Math.max(0, Math.min(pos, n));
      String subject = end < n ? s.substring(0, end) : s;
      return new Scan(this, subject, start > end ? end + 1 : start);
    }

    /** A matcher over {@code s[pos:endpos]} as Python reads those bounds. */
    Matcher matcher(String s, long pos, long endpos) {
      int n = s.length();
      int end = (int) Math.max(0, Math.min(endpos, n));
      int start = (int) Math.max(0, Math.min(pos, n));
      String subject = end < n ? s.substring(0, end) : s;
      Matcher m = pattern.matcher(subject);
      if (start > end) {
        start = end;
        m.region(start, end);
        return null;
      }
      if (start > 0) {
        m.region(start, end);
        m.useAnchoringBounds(false);
        m.useTransparentBounds(true);
      }
      return m;
    }
  }

  /**
   * Successive matches as Python finds them: each search starts where the last match ended; an
   * empty match may follow a non-empty one there, but after an empty match the next must be
   * non-empty or start further on (Java's find would skip to the next position at once).
   */
  static final class Scan {
    private final PatternObject p;
    final String text;
    private final Matcher m;
    private Matcher aux;
    private int at;
    private boolean mustAdvance;
    java.util.regex.MatchResult cur;

    Scan(PatternObject p, String text, int at) {
      this.p = p;
      this.text = text;
      this.m = p.pattern.matcher(text);
      this.at = at;
    }

    boolean next() {
      int n = text.length();
      if (at > n) {
        return false;
      }
      if (mustAdvance) {
        if (aux == null) {
          aux = p.advancing().matcher(text);
          aux.useTransparentBounds(true);
        }
        aux.region(at, n);
        if (aux.lookingAt()) {
          cur = aux;
        } else if (at + 1 <= n && m.find(at + 1)) {
          cur = m;
        } else {
          at = n + 1;
          return false;
        }
      } else if (m.find(at)) {
        cur = m;
      } else {
        at = n + 1;
        return false;
      }
      mustAdvance = cur.start() == cur.end();
      at = cur.end();
      return true;
    }
  }

  private static final String[] FLAG_NAMES = {
    "re.TEMPLATE",
    "re.IGNORECASE",
    "re.LOCALE",
    "re.MULTILINE",
    "re.DOTALL",
    "re.UNICODE",
    "re.VERBOSE",
    "re.DEBUG",
    "re.ASCII",
  };

  static String flagNames(int f) {
    StringBuilder sb = new StringBuilder();
    for (int b = 0; b < FLAG_NAMES.length; b++) {
      if ((f & (1 << b)) != 0) {
        if (sb.length() > 0) {
          sb.append('|');
        }
        sb.append(FLAG_NAMES[b]);
        f &= ~(1 << b);
      }
    }
    if (f != 0) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append("0x").append(Integer.toHexString(f));
    }
    return sb.toString();
  }

  private static PatternObject self(PyObject s) {
    return (PatternObject) s;
  }

  private static final String[] SEARCH_ARGS = {"string", "pos", "endpos"};

  /** match, fullmatch or search: kind 0, 1, 2. */
  private static PyObject find(PyObject s, PyObject[] a, String[] kw, String fname, int kind) {
    PatternObject p = self(s);
    PyObject[] args = ArgParser.parse(fname, a, kw, SEARCH_ARGS, 1, 3);
    String text = p.text(args[0]);
    long pos = args[1] == null ? 0 : ArgParser.asLong(args[1], "pos");
    long endpos = args[2] == null ? Long.MAX_VALUE : ArgParser.asLong(args[2], "endpos");
    if (pos < 0) {
      pos = Math.max(0, text.length() + pos);
    }
    if (endpos < 0) {
      endpos = Math.max(0, text.length() + endpos);
    }
    Matcher m = p.matcher(text, pos, endpos);
    if (m == null) {
      return PyNone.NONE;
    }
    boolean found =
        switch (kind) {
          case 0 -> m.lookingAt();
          case 1 -> m.matches();
          default -> m.find();
        };
    if (!found) {
      return PyNone.NONE;
    }
    return new MatchObject(
        p,
        args[0],
        text,
        m,
        (int) Math.min(pos, text.length()),
        (int) Math.min(endpos, text.length()));
  }

  static {
    PyType t = PATTERN;
    t.method("match", (ts, s, a, kw) -> find(s, a, kw, "match", 0));
    t.method("fullmatch", (ts, s, a, kw) -> find(s, a, kw, "fullmatch", 1));
    t.method("search", (ts, s, a, kw) -> find(s, a, kw, "search", 2));
    t.method(
        "findall",
        (ts, s, a, kw) -> {
          PatternObject p = self(s);
          PyObject[] args = ArgParser.parse("findall", a, kw, SEARCH_ARGS, 1, 3);
          String text = p.text(args[0]);
          long pos = args[1] == null ? 0 : ArgParser.asLong(args[1], "pos");
          long endpos = args[2] == null ? Long.MAX_VALUE : ArgParser.asLong(args[2], "endpos");
          PyList out = new PyList();
          Scan sc = p.scan(text, pos, endpos);
          while (sc.next()) {
            java.util.regex.MatchResult m = sc.cur;
            if (p.groups == 0) {
              out.append(p.wrap(m.group()));
            } else if (p.groups == 1) {
              String g = m.group(1);
              out.append(p.wrap(g == null ? "" : g));
            } else {
              PyObject[] items = new PyObject[p.groups];
              for (int g = 1; g <= p.groups; g++) {
                String v = m.group(g);
                items[g - 1] = p.wrap(v == null ? "" : v);
              }
              out.append(PyTuple.of(items));
            }
          }
          return out;
        });
    t.method(
        "finditer",
        (ts, s, a, kw) -> {
          PatternObject p = self(s);
          PyObject[] args = ArgParser.parse("finditer", a, kw, SEARCH_ARGS, 1, 3);
          String text = p.text(args[0]);
          long pos = args[1] == null ? 0 : ArgParser.asLong(args[1], "pos");
          long endpos = args[2] == null ? Long.MAX_VALUE : ArgParser.asLong(args[2], "endpos");
          return new FindIter(
              p,
              args[0],
              text,
              p.scan(text, pos, endpos),
              (int) Math.min(Math.max(pos, 0), text.length()),
              (int) Math.min(Math.max(endpos, 0), text.length()));
        });
    t.method("sub", (ts, s, a, kw) -> sub(ts, self(s), a, kw, "sub", false));
    t.method("subn", (ts, s, a, kw) -> sub(ts, self(s), a, kw, "subn", true));
    t.method(
        "split",
        (ts, s, a, kw) -> {
          PatternObject p = self(s);
          PyObject[] args =
              ArgParser.parse("split", a, kw, new String[] {"string", "maxsplit"}, 1, 2);
          String text = p.text(args[0]);
          long maxsplit = args[1] == null ? 0 : ArgParser.asLong(args[1], "maxsplit");
          PyList out = new PyList();
          if (maxsplit < 0) {
            out.append(args[0]);
            return out;
          }
          Scan sc = p.scan(text, 0, Long.MAX_VALUE);
          int last = 0;
          long n = 0;
          while ((maxsplit == 0 || n < maxsplit) && sc.next()) {
            java.util.regex.MatchResult m = sc.cur;
            out.append(p.wrap(text.substring(last, m.start())));
            for (int g = 1; g <= p.groups; g++) {
              String v = m.group(g);
              out.append(v == null ? PyNone.NONE : p.wrap(v));
            }
            last = m.end();
            n++;
          }
          out.append(p.wrap(text.substring(last)));
          return out;
        });
    t.method(
        "scanner",
        (ts, s, a, kw) -> {
          throw PyException.of(
              ExceptionTypes.NOT_IMPLEMENTED_ERROR, "Pattern.scanner is not supported by gilvm");
        });
    t.method("__copy__", (ts, s, a, kw) -> s);
    t.method("__deepcopy__", (ts, s, a, kw) -> s);
  }

  // ---------------------------------------------------------------- sub

  private static final String[] SUB_ARGS = {"repl", "string", "count"};

  private static PyObject sub(
      ThreadState ts, PatternObject p, PyObject[] a, String[] kw, String fname, boolean withCount) {
    PyObject[] args = ArgParser.parse(fname, a, kw, SUB_ARGS, 2, 3);
    PyObject repl = args[0];
    String text = p.text(args[1]);
    long count = args[2] == null ? 0 : ArgParser.asLong(args[2], "count");
    Template template = null;
    boolean callable = false;
    if (repl instanceof PyStr || repl instanceof PyBytes) {
      String r = p.text(repl);
      if (r.indexOf('\\') < 0) {
        template = new Template(new Object[] {r});
      } else {
        template = Template.parse(ts, p, r, repl);
      }
    } else {
      callable = true;
    }
    Scan sc = p.scan(text, 0, Long.MAX_VALUE);
    StringBuilder sb = null;
    int last = 0;
    long n = 0;
    int pieces = 0;
    while ((count <= 0 || n < count) && sc.next()) {
      java.util.regex.MatchResult m = sc.cur;
      if (sb == null) {
        sb = new StringBuilder(text.length() + 16);
      }
      if (m.start() > last) {
        pieces++;
      }
      sb.append(text, last, m.start());
      if (callable) {
        MatchObject mo = new MatchObject(p, args[1], text, m, 0, text.length());
        ts.refs.incref(mo);
        try {
          PyObject r = repl.call(ts, new PyObject[] {mo}, null);
          if (r instanceof PyStr rs && !p.bytes) {
            sb.append(rs.value());
          } else if (r instanceof PyBytes rb && p.bytes) {
            sb.append(new String(rb.value(), StandardCharsets.ISO_8859_1));
          } else if (r != PyNone.NONE) {
            Refs.discard(ts, r);
            throw PyException.typeError(
                "sequence item "
                    + pieces
                    + ": "
                    + (p.bytes
                        ? "expected a bytes-like object, " + r.type().name() + " found"
                        : "expected str instance, " + r.type().name() + " found"));
          }
          if (r != PyNone.NONE) {
            pieces++;
          }
          Refs.discard(ts, r);
        } finally {
          Refs.decref(ts, mo);
        }
      } else {
        template.expand(sb, m);
      }
      last = m.end();
      n++;
    }
    PyObject result;
    if (sb == null) {
      result = args[1] instanceof PyStr || args[1] instanceof PyBytes ? args[1] : p.wrap(text);
    } else {
      sb.append(text, last, text.length());
      result = p.wrap(sb.toString());
    }
    return withCount ? PyTuple.of(result, PyInt.of(n)) : result;
  }

  /** A replacement template: literal strings and group numbers (Integer), in order. */
  static final class Template {
    final Object[] parts;

    Template(Object[] parts) {
      this.parts = parts;
    }

    void expand(StringBuilder sb, java.util.regex.MatchResult m) {
      for (Object part : parts) {
        if (part instanceof String s) {
          sb.append(s);
        } else {
          String g = m.group((Integer) part);
          if (g != null) {
            sb.append(g);
          }
        }
      }
    }

    static Template parse(ThreadState ts, PatternObject p, String r, PyObject raw) {
      List<Object> parts = new ArrayList<>();
      StringBuilder lit = new StringBuilder();
      int n = r.length();
      int i = 0;
      while (i < n) {
        char c = r.charAt(i);
        if (c != '\\') {
          lit.append(c);
          i++;
          continue;
        }
        if (i + 1 >= n) {
          throw raise(ts, p.error, "bad escape (end of pattern)", raw, i);
        }
        char e = r.charAt(i + 1);
        int at = i;
        i += 2;
        int group = -1;
        if (e == 'g') {
          if (i >= n || r.charAt(i) != '<') {
            throw raise(ts, p.error, "missing <", raw, i);
          }
          int close = r.indexOf('>', i + 1);
          if (close < 0) {
            throw raise(ts, p.error, "missing >, unterminated name", raw, i + 1);
          }
          String name = r.substring(i + 1, close);
          if (name.isEmpty()) {
            throw raise(ts, p.error, "missing group name", raw, i + 1);
          }
          if (name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            group = name.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(name);
            if (group > p.groups) {
              throw raise(ts, p.error, "invalid group reference " + name, raw, i + 1);
            }
          } else {
            boolean ok =
                Character.isUnicodeIdentifierStart(name.charAt(0)) || name.charAt(0) == '_';
            for (int k = 1; ok && k < name.length(); k++) {
              ok = Character.isUnicodeIdentifierPart(name.charAt(k));
            }
            if (!ok) {
              throw raise(
                  ts, p.error, "bad character in group name " + PyStr.repr(name), raw, i + 1);
            }
            group = -1;
            for (int g = 1; g <= p.groups; g++) {
              if (name.equals(p.groupNames[g])) {
                group = g;
              }
            }
            if (group < 0) {
              throw PyException.indexError("unknown group name " + PyStr.repr(name));
            }
          }
          i = close + 1;
        } else if (e == '0') {
          int j = i;
          while (j < n && j < i + 2 && r.charAt(j) >= '0' && r.charAt(j) <= '7') {
            j++;
          }
          lit.append((char) Integer.parseInt("0" + r.substring(i, j), 8));
          i = j;
          continue;
        } else if (e >= '1' && e <= '9') {
          int j = i;
          if (j < n && r.charAt(j) >= '0' && r.charAt(j) <= '9') {
            j++;
            if (j < n
                && r.charAt(j) >= '0'
                && r.charAt(j) <= '7'
                && e <= '7'
                && r.charAt(j - 1) <= '7') {
              int v = Integer.parseInt(r.substring(i - 1, j + 1), 8);
              if (v > 0377) {
                throw raise(
                    ts,
                    p.error,
                    "octal escape value \\"
                        + r.substring(i - 1, j + 1)
                        + " outside of range 0-0o377",
                    raw,
                    at);
              }
              lit.append((char) v);
              i = j + 1;
              continue;
            }
          }
          group = Integer.parseInt(r.substring(i - 1, j));
          if (group > p.groups) {
            throw raise(ts, p.error, "invalid group reference " + group, raw, at + 1);
          }
          i = j;
        } else {
          switch (e) {
            case 'a' -> lit.append('\u0007');
            case 'b' -> lit.append('\b');
            case 'f' -> lit.append('\f');
            case 'n' -> lit.append('\n');
            case 'r' -> lit.append('\r');
            case 't' -> lit.append('\t');
            case 'v' -> lit.append('\u000b');
            case '\\' -> lit.append('\\');
            default -> {
              if (e < 128 && Character.isLetterOrDigit(e)) {
                throw raise(ts, p.error, "bad escape \\" + e, raw, at);
              }
              lit.append('\\').append(e);
            }
          }
          continue;
        }
        if (lit.length() > 0) {
          parts.add(lit.toString());
          lit.setLength(0);
        }
        parts.add(group);
      }
      if (lit.length() > 0) {
        parts.add(lit.toString());
      }
      return new Template(parts.toArray());
    }
  }

  // ---------------------------------------------------------------- Match

  static final class MatchObject extends PyObject {
    final PatternObject pattern;
    final PyObject subject;
    final String text;

    /** Start and end of each group, -1 when it did not take part. */
    final int[] spans;

    final int pos;
    final int endpos;

    MatchObject(
        PatternObject pattern,
        PyObject subject,
        String text,
        java.util.regex.MatchResult m,
        int pos,
        int endpos) {
      this.pattern = pattern;
      this.subject = subject;
      this.text = text;
      int g = pattern.groups;
      spans = new int[2 * (g + 1)];
      for (int k = 0; k <= g; k++) {
        spans[2 * k] = m.start(k);
        spans[2 * k + 1] = m.end(k);
      }
      this.pos = pos;
      this.endpos = endpos;
      Refs.incref(pattern);
      Refs.incref(subject);
    }

    @Override
    public PyType type() {
      return MATCH;
    }

    @Override
    public void release() {
      Refs.decref(pattern);
      Refs.decref(subject);
    }

    int index(PyObject g) {
      if (g instanceof PyInt i) {
        long v = i.asLong();
        if (v < 0 || v > pattern.groups) {
          throw PyException.indexError("no such group");
        }
        return (int) v;
      }
      if (g instanceof PyStr s) {
        for (int k = 1; k <= pattern.groups; k++) {
          if (s.value().equals(pattern.groupNames[k])) {
            return k;
          }
        }
      }
      throw PyException.indexError("no such group");
    }

    PyObject group(int k, PyObject dflt) {
      int s = spans[2 * k];
      if (s < 0) {
        return dflt;
      }
      return pattern.wrap(text.substring(s, spans[2 * k + 1]));
    }

    int lastIndex() {
      int best = -1;
      for (int k = 1; k <= pattern.groups; k++) {
        if (spans[2 * k] < 0) {
          continue;
        }
        if (best < 0 || spans[2 * k + 1] > spans[2 * best + 1]) {
          best = k;
        } else if (spans[2 * k + 1] == spans[2 * best + 1] && !isAncestor(best, k)) {
          best = k;
        }
      }
      return best;
    }

    private boolean isAncestor(int a, int k) {
      for (int p = pattern.parents[k]; p > 0; p = pattern.parents[p]) {
        if (p == a) {
          return true;
        }
      }
      return false;
    }

    @Override
    public PyObject lookupAttr(String name) {
      switch (name) {
        case "string":
          return subject;
        case "re":
          return pattern;
        case "pos":
          return PyInt.of(pos);
        case "endpos":
          return PyInt.of(endpos);
        case "lastindex":
          {
            int k = lastIndex();
            return k < 0 ? PyNone.NONE : PyInt.of(k);
          }
        case "lastgroup":
          {
            int k = lastIndex();
            return k < 0 || pattern.groupNames[k] == null
                ? PyNone.NONE
                : new PyStr(pattern.groupNames[k]);
          }
        case "regs":
          {
            PyObject[] r = new PyObject[pattern.groups + 1];
            for (int k = 0; k <= pattern.groups; k++) {
              r[k] = PyTuple.of(PyInt.of(spans[2 * k]), PyInt.of(spans[2 * k + 1]));
            }
            return PyTuple.of(r);
          }
        default:
          return super.lookupAttr(name);
      }
    }

    @Override
    public boolean usesGenericGetAttr() {
      return false;
    }

    @Override
    public PyObject getItem(PyObject key) {
      return group(index(key), PyNone.NONE);
    }

    @Override
    public String repr() {
      return "<re.Match object; span=("
          + spans[0]
          + ", "
          + spans[1]
          + "), match="
          + Ops.repr(group(0, PyNone.NONE))
          + ">";
    }
  }

  private static MatchObject match(PyObject s) {
    return (MatchObject) s;
  }

  static {
    PyType t = MATCH;
    t.method(
        "group",
        (ts, s, a, kw) -> {
          ArgParser.noKeywords("group", kw);
          MatchObject m = match(s);
          if (a.length == 0) {
            return m.group(0, PyNone.NONE);
          }
          if (a.length == 1) {
            return m.group(m.index(a[0]), PyNone.NONE);
          }
          PyObject[] items = new PyObject[a.length];
          for (int k = 0; k < a.length; k++) {
            items[k] = m.group(m.index(a[k]), PyNone.NONE);
          }
          return PyTuple.of(items);
        });
    t.method(
        "__getitem__",
        (ts, s, a, kw) -> {
          ArgParser.arity("__getitem__", a, kw, 1, 1);
          return match(s).getItem(a[0]);
        });
    t.method(
        "groups",
        (ts, s, a, kw) -> {
          PyObject[] p = ArgParser.parse("groups", a, kw, new String[] {"default"}, 0, 1);
          PyObject dflt = p[0] == null ? PyNone.NONE : p[0];
          MatchObject m = match(s);
          PyObject[] items = new PyObject[m.pattern.groups];
          for (int k = 1; k <= m.pattern.groups; k++) {
            items[k - 1] = m.group(k, dflt);
          }
          return PyTuple.of(items);
        });
    t.method(
        "groupdict",
        (ts, s, a, kw) -> {
          PyObject[] p = ArgParser.parse("groupdict", a, kw, new String[] {"default"}, 0, 1);
          PyObject dflt = p[0] == null ? PyNone.NONE : p[0];
          MatchObject m = match(s);
          PyDict d = new PyDict();
          for (int k = 1; k <= m.pattern.groups; k++) {
            if (m.pattern.groupNames[k] != null) {
              d.put(new PyStr(m.pattern.groupNames[k]), m.group(k, dflt));
            }
          }
          return d;
        });
    t.method(
        "start",
        (ts, s, a, kw) -> {
          ArgParser.arity("start", a, kw, 0, 1);
          MatchObject m = match(s);
          return PyInt.of(m.spans[2 * (a.length == 0 ? 0 : m.index(a[0]))]);
        });
    t.method(
        "end",
        (ts, s, a, kw) -> {
          ArgParser.arity("end", a, kw, 0, 1);
          MatchObject m = match(s);
          return PyInt.of(m.spans[2 * (a.length == 0 ? 0 : m.index(a[0])) + 1]);
        });
    t.method(
        "span",
        (ts, s, a, kw) -> {
          ArgParser.arity("span", a, kw, 0, 1);
          MatchObject m = match(s);
          int k = a.length == 0 ? 0 : m.index(a[0]);
          return PyTuple.of(PyInt.of(m.spans[2 * k]), PyInt.of(m.spans[2 * k + 1]));
        });
    t.method(
        "expand",
        (ts, s, a, kw) -> {
          ArgParser.arity("expand", a, kw, 1, 1);
          MatchObject m = match(s);
          String r = m.pattern.text(a[0]);
          Template tpl = Template.parse(ts, m.pattern, r, a[0]);
          StringBuilder sb = new StringBuilder();
          tpl.expand(sb, new SpanResult(m));
          return m.pattern.wrap(sb.toString());
        });
    t.method("__copy__", (ts, s, a, kw) -> s);
    t.method("__deepcopy__", (ts, s, a, kw) -> s);
  }

  /** A finished match seen as a {@link java.util.regex.MatchResult}, for templates. */
  private record SpanResult(MatchObject m) implements java.util.regex.MatchResult {
    @Override
    public int start() {
      return m.spans[0];
    }

    @Override
    public int start(int group) {
      return m.spans[2 * group];
    }

    @Override
    public int end() {
      return m.spans[1];
    }

    @Override
    public int end(int group) {
      return m.spans[2 * group + 1];
    }

    @Override
    public String group() {
      return group(0);
    }

    @Override
    public String group(int group) {
      int s = m.spans[2 * group];
      return s < 0 ? null : m.text.substring(s, m.spans[2 * group + 1]);
    }

    @Override
    public int groupCount() {
      return m.pattern.groups;
    }
  }

  // ---------------------------------------------------------------- finditer

  static final class FindIter extends PyObject {
    private PatternObject pattern;
    private PyObject subject;
    private final String text;
    private final Scan scan;
    private final int pos;
    private final int endpos;

    FindIter(PatternObject pattern, PyObject subject, String text, Scan scan, int pos, int endpos) {
      this.pattern = pattern;
      this.subject = subject;
      this.text = text;
      this.scan = scan;
      this.pos = pos;
      this.endpos = endpos;
      Refs.incref(pattern);
      Refs.incref(subject);
    }

    @Override
    public PyType type() {
      return SCANNER;
    }

    @Override
    public PyObject iter() {
      return this;
    }

    @Override
    public synchronized PyObject next() {
      if (pattern == null) {
        return null;
      }
      if (!scan.next()) {
        finish();
        return null;
      }
      return new MatchObject(pattern, subject, text, scan.cur, pos, endpos);
    }

    private void finish() {
      PatternObject p = pattern;
      PyObject s = subject;
      pattern = null;
      subject = null;
      Refs.decref(p);
      Refs.decref(s);
    }

    @Override
    public void release() {
      if (pattern != null) {
        finish();
      }
    }
  }

  static {
    SCANNER.method("__iter__", (ts, s, a, kw) -> s);
    SCANNER.method(
        "__next__",
        (ts, s, a, kw) -> {
          PyObject v = s.next();
          if (v == null) {
            throw PyException.stopIteration(null);
          }
          return v;
        });
  }
}
