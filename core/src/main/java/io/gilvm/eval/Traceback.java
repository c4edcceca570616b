package io.gilvm.eval;

import io.gilvm.object.ExceptionGroups;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.Ops;
import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Prints exceptions as CPython does: chained tracebacks, source lines, repeated lines folded. */
public final class Traceback {
  private Traceback() {}

  /** Each file's source, split into lines when a traceback first shows one (most never do). */
  private static final Map<String, Object> SOURCES = new ConcurrentHashMap<>();

  /** Remembers a program's source so tracebacks can show its lines. */
  public static void registerSource(String filename, String source) {
    SOURCES.put(filename, source);
  }

  /**
   * The lines of a file the interpreter ran, or null; always null for a pseudo-file such as {@code
   * <string>} or {@code <stdin>}, whose lines CPython does not show either (and whose name many
   * different sources share).
   */
  private static String[] sourceLines(String filename) {
    if (filename.startsWith("<") && filename.endsWith(">")) {
      return null;
    }
    Object o = SOURCES.get(filename);
    if (o instanceof String source) {
      String[] lines = source.split("\r?\n", -1);
      SOURCES.replace(filename, source, lines);
      return lines;
    }
    return (String[]) o;
  }

  /** The stripped text of a source line of a program the interpreter ran, or null. */
  public static String sourceLine(String filename, int line) {
    String s = rawSourceLine(filename, line);
    if (s == null) {
      return null;
    }
    s = s.strip();
    return s.isEmpty() ? null : s;
  }

  /**
   * A source line of a program the interpreter ran as it stands in the source, indentation kept
   * (the columns of caret spans count from its start), or null.
   */
  public static String rawSourceLine(String filename, int line) {
    String[] lines = sourceLines(filename);
    if (lines == null || line < 1 || line > lines.length) {
      return null;
    }
    return lines[line - 1];
  }

  /**
   * One frame of a traceback: where it was, its source line, and under it the carets that mark the
   * failing expression (PEP 657), when they mark less than the whole line.
   */
  private static void appendEntry(StringBuilder sb, PyBaseException.TracebackEntry t) {
    sb.append("  File \"")
        .append(t.filename())
        .append("\", line ")
        .append(t.line())
        .append(", in ")
        .append(t.function())
        .append('\n');
    String[] lines = sourceLines(t.filename());
    if (lines == null || t.line() < 1 || t.line() > lines.length) {
      return;
    }
    String raw = lines[t.line() - 1];
    String stripped = raw.strip();
    if (stripped.isEmpty()) {
      return;
    }
    sb.append("    ").append(stripped).append('\n');
    String carets = carets(raw, t.line(), t.span());
    if (carets != null) {
      sb.append(carets).append('\n');
    }
  }

  /**
   * The caret line under source line {@code line} (its text {@code raw}) for an instruction's span,
   * or null when the span is unknown or covers the whole line. As CPython 3.11: a span that goes on
   * to later lines is marked to the end of this one; within one line, a binary operation marks its
   * operands with {@code ~} and its operator with {@code ^}, a subscript its value with {@code ~}
   * and its brackets with {@code ^}, anything else all {@code ^}.
   */
  public static String carets(String raw, int line, long span) {
    if (span == -1 || PyCode.spanEndLine(span) < line) {
      return null;
    }
    String stripped = raw.strip();
    int lead = raw.length() - raw.stripLeading().length();
    int start = PyCode.spanCol(span);
    int end;
    int[] anchors = null;
    if (PyCode.spanEndLine(span) == line) {
      end = PyCode.spanEndCol(span);
      if (end > raw.length() || start > end) {
        return null;
      }
      anchors = anchors(raw.substring(start, end));
    } else {
      end = lead + stripped.length();
    }
    boolean marksLess = end - start < stripped.length();
    if (!marksLess && (anchors == null || anchors[1] <= anchors[0])) {
      return null;
    }
    StringBuilder sb = new StringBuilder("    ");
    sb.append(" ".repeat(Math.max(0, start - lead)));
    if (anchors != null) {
      sb.append("~".repeat(Math.max(0, anchors[0])));
      sb.append("^".repeat(Math.max(0, anchors[1] - anchors[0])));
      sb.append("~".repeat(Math.max(0, end - start - anchors[1])));
    } else {
      sb.append("^".repeat(Math.max(0, end - start)));
    }
    return sb.toString();
  }

  /**
   * Where the secondary marks of a one-line expression's carets begin and end, relative to the
   * expression's text: a binary operation's operator, a subscript's brackets; else null.
   */
  private static int[] anchors(String segment) {
    io.gilvm.lang.Positions positions = new io.gilvm.lang.Positions();
    io.gilvm.lang.Node.Module m;
    try {
      m = io.gilvm.lang.Parser.parse(segment, "<segment>", positions);
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
    if (m.body().size() != 1 || !(m.body().get(0) instanceof io.gilvm.lang.Node.ExprStmt s)) {
      return null;
    }
    if (s.value() instanceof io.gilvm.lang.Node.BinOp b) {
      int leftEnd = positions.endCol(b.left());
      int rightStart = b.right().col();
      if (positions.endLine(b.left()) != 1
          || b.right().line() != 1
          || leftEnd < 0
          || rightStart < leftEnd) {
        return null;
      }
      String op = segment.substring(leftEnd, rightStart);
      int skip = op.length() - op.stripLeading().length();
      int left = leftEnd + skip;
      int right = left + 1;
      if (skip + 1 < op.length() && !Character.isWhitespace(op.charAt(skip + 1))) {
        right++;
      }
      // Past the left operand's closing parentheses (and a comment), as CPython 3.11 does.
      while (left < segment.length()
          && (Character.isWhitespace(segment.charAt(left))
              || segment.charAt(left) == ')'
              || segment.charAt(left) == '#')) {
        left++;
        right++;
      }
      return new int[] {left, right};
    }
    if (s.value() instanceof io.gilvm.lang.Node.Subscript sub) {
      int valueEnd = positions.endCol(sub.value());
      int sliceEnd = positions.endCol(sub.slice());
      if (valueEnd < 0 || sliceEnd < 0 || positions.endLine(sub.slice()) != 1) {
        return null;
      }
      // From the opening bracket to just past the closing one.
      int left = valueEnd;
      while (left < segment.length() && segment.charAt(left) != '[') {
        left++;
      }
      int right = sliceEnd + 1;
      while (right < segment.length() && segment.charAt(right) != ']') {
        right++;
      }
      if (right < segment.length()) {
        right++;
      }
      return new int[] {left, right};
    }
    return null;
  }

  /** The whole report CPython prints for an uncaught exception. */
  public static String format(PyBaseException e) {
    if (ExceptionGroups.isGroup(e)) {
      return formatGroupReport(e);
    }
    StringBuilder sb = new StringBuilder();
    format(e, sb, Collections.newSetFromMap(new IdentityHashMap<>()));
    return sb.toString();
  }

  private static void format(PyBaseException e, StringBuilder sb, Set<PyBaseException> seen) {
    seen.add(e);
    if (e.cause() != null && !seen.contains(e.cause())) {
      format(e.cause(), sb, seen);
      sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (e.context() != null && !e.suppressContext() && !seen.contains(e.context())) {
      format(e.context(), sb, seen);
      sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    List<PyBaseException.TracebackEntry> tb = e.traceback();
    if (!tb.isEmpty()) {
      sb.append("Traceback (most recent call last):\n");
      PyBaseException.TracebackEntry last = null;
      int repeats = 0;
      for (PyBaseException.TracebackEntry t : tb) {
        if (t.sameLine(last)) {
          repeats++;
          if (repeats >= 3) {
            continue;
          }
        } else {
          if (repeats >= 3) {
            appendRepeated(sb, repeats - 2);
          }
          repeats = 0;
        }
        last = t;
        appendEntry(sb, t);
      }
      if (repeats >= 3) {
        appendRepeated(sb, repeats - 2);
      }
    }
    String syntax = syntaxErrorReport(e);
    sb.append(syntax != null ? syntax : lastLine(e) + "\n");
    appendNotes(e, sb);
  }

  /** The exception's {@code __notes__}, one line each after its last line, as CPython. */
  private static void appendNotes(PyBaseException e, StringBuilder sb) {
    PyDict d = e.dict();
    PyObject notes = d == null ? null : d.getStr("__notes__");
    if (notes == null) {
      return;
    }
    if (!(notes instanceof PyList || notes instanceof PyTuple)) {
      sb.append(safeRepr(notes)).append('\n');
      return;
    }
    for (PyObject n : Ops.toArray(notes)) {
      sb.append(n instanceof PyStr ns ? ns.value() : safeRepr(n)).append('\n');
    }
  }

  private static String safeRepr(PyObject o) {
    try {
      return Ops.repr(o);
    } catch (PyException failed) {
      return "<note repr() failed>";
    }
  }

  /**
   * An exception group's report: the group's own traceback, then each sub-exception's report in a
   * numbered box, nested groups boxed inside, as CPython 3.11 prints them.
   */
  private static String formatGroupReport(PyBaseException e) {
    List<String> lines = render(e, Collections.newSetFromMap(new IdentityHashMap<>()));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (i == 0 && l.startsWith("|")) {
        l = "+" + l.substring(1);
      }
      sb.append("  ").append(l).append('\n');
    }
    return sb.toString();
  }

  /** The box-drawn lines of one exception and what is chained to it, without the margin. */
  private static List<String> render(PyBaseException e, Set<PyBaseException> seen) {
    seen.add(e);
    List<String> out = new java.util.ArrayList<>();
    if (e.cause() != null && !seen.contains(e.cause())) {
      out.addAll(render(e.cause(), seen));
      out.add("| ");
      out.add("| The above exception was the direct cause of the following exception:");
      out.add("| ");
    } else if (e.context() != null && !e.suppressContext() && !seen.contains(e.context())) {
      out.addAll(render(e.context(), seen));
      out.add("| ");
      out.add("| During handling of the above exception, another exception occurred:");
      out.add("| ");
    }
    boolean group = ExceptionGroups.isGroup(e);
    StringBuilder own = new StringBuilder();
    if (!e.traceback().isEmpty()) {
      own.append(group ? "Exception Group Traceback" : "Traceback")
          .append(" (most recent call last):\n");
      for (PyBaseException.TracebackEntry t : e.traceback()) {
        appendEntry(own, t);
      }
    }
    String syntax = syntaxErrorReport(e);
    own.append(syntax != null ? syntax : lastLine(e) + "\n");
    appendNotes(e, own);
    for (String l : own.toString().split("\n", -1)) {
      if (!l.isEmpty()) {
        out.add("| " + l);
      }
    }
    if (group) {
      PyObject[] subs = ExceptionGroups.items(e);
      for (int i = 0; i < subs.length; i++) {
        String label = "---------------- " + (i + 1) + " ----------------";
        out.add(i == 0 ? "+-+" + label : "  +" + label);
        for (String l : render((PyBaseException) subs[i], seen)) {
          out.add("  " + l);
        }
      }
      // One closing line where the innermost last box ends closes the enclosing boxes too.
      if (!out.get(out.size() - 1).endsWith("+------------------------------------")) {
        out.add("  +------------------------------------");
      }
    }
    return out;
  }

  /**
   * A SyntaxError's own lines, as CPython prints them after the traceback: its file and line, the
   * source line with a caret under the offset, then the type and message; null for other
   * exceptions, or a SyntaxError without a file and line.
   */
  private static String syntaxErrorReport(PyBaseException e) {
    if (!e.type().isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
      return null;
    }
    PyObject file = e.lookupAttr("filename");
    PyObject line = e.lookupAttr("lineno");
    PyObject msg = e.lookupAttr("msg");
    if (!(file instanceof PyStr f) || !(line instanceof PyInt l) || !(msg instanceof PyStr m)) {
      return null;
    }
    PyObject text = e.lookupAttr("text");
    PyObject offset = e.lookupAttr("offset");
    String source = text instanceof PyStr t ? t.value().replaceAll("\r?\n$", "") : null;
    int col = offset instanceof PyInt o ? (int) o.asLong() - 1 : 0;
    String kind = e.type().name();
    io.gilvm.lang.PySyntaxError report =
        new io.gilvm.lang.PySyntaxError(kind, m.value(), f.value(), (int) l.asLong(), col, source);
    if (e.lookupAttr("end_lineno") instanceof PyInt el
        && e.lookupAttr("end_offset") instanceof PyInt eo
        && eo.asLong() > 0) {
      report.withEnd((int) el.asLong(), (int) eo.asLong() - 1);
    }
    return report.format();
  }

  private static void appendRepeated(StringBuilder sb, int n) {
    sb.append("  [Previous line repeated ")
        .append(n)
        .append(" more time")
        .append(n > 1 ? "s" : "")
        .append("]\n");
  }

  /** {@code Type: message}, or the bare type name when the message is empty. */
  public static String lastLine(PyBaseException e) {
    PyType t = e.type();
    String name =
        t.isBuiltin() || "__main__".equals(t.module()) || t.module() == null
            ? t.name()
            : t.module() + "." + t.name();
    String msg;
    try {
      msg = e.str();
    } catch (PyException inner) {
      msg = "<exception str() failed>";
    }
    return msg.isEmpty() ? name : name + ": " + msg;
  }
}
