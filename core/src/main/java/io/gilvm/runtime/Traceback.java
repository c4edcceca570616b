package io.gilvm.runtime;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Prints exceptions as CPython does: chained tracebacks, source lines, repeated lines folded. */
public final class Traceback {
  private Traceback() {}

  private static final Map<String, String[]> SOURCES = new ConcurrentHashMap<>();

  /** Remembers a program's source so tracebacks can show its lines. */
  public static void registerSource(String filename, String source) {
    SOURCES.put(filename, source.split("\r?\n", -1));
  }

  /** The stripped text of a source line, or null. */
  static String sourceLine(String filename, int line) {
    String[] lines = SOURCES.get(filename);
    if (lines == null || line < 1 || line > lines.length) {
      return null;
    }
    String s = lines[line - 1].strip();
    return s.isEmpty() ? null : s;
  }

  /** The whole report CPython prints for an uncaught exception. */
  public static String format(PyBaseException e) {
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
        if (t.equals(last)) {
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
        sb.append("  File \"").append(t.filename()).append("\", line ").append(t.line())
            .append(", in ").append(t.function()).append('\n');
        String src = sourceLine(t.filename(), t.line());
        if (src != null) {
          sb.append("    ").append(src).append('\n');
        }
      }
      if (repeats >= 3) {
        appendRepeated(sb, repeats - 2);
      }
    }
    if (e.type().isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
      appendSyntaxLocation(e, sb);
      return;
    }
    sb.append(lastLine(e)).append('\n');
  }

  /** A SyntaxError ends with where it was found, the line and a caret, then its bare message. */
  private static void appendSyntaxLocation(PyBaseException e, StringBuilder sb) {
    PyObject file = e.lookupAttr("filename");
    PyObject line = e.lookupAttr("lineno");
    PyObject text = e.lookupAttr("text");
    PyObject offset = e.lookupAttr("offset");
    if (file instanceof PyStr f) {
      sb.append("  File \"").append(f.value()).append('"');
      if (line instanceof PyInt) {
        sb.append(", line ").append(Ops.str(line));
      }
      sb.append('\n');
    }
    if (text instanceof PyStr t) {
      String raw = t.value();
      String stripped = raw.stripLeading();
      int removed = raw.length() - stripped.length();
      String shown = stripped.stripTrailing();
      sb.append("    ").append(shown).append('\n');
      if (offset instanceof PyInt o) {
        int caret = Math.max(0, Math.min((int) o.asLong() - 1 - removed, shown.length()));
        sb.append("    ").append(" ".repeat(caret)).append("^\n");
      }
    }
    PyType t = e.type();
    String name = t.isBuiltin() || "__main__".equals(t.module()) || t.module() == null
        ? t.name() : t.module() + "." + t.name();
    PyObject msg = e.lookupAttr("msg");
    String m = msg == PyNone.NONE ? "" : Ops.str(msg);
    sb.append(m.isEmpty() ? name : name + ": " + m).append('\n');
  }

  private static void appendRepeated(StringBuilder sb, int n) {
    sb.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "")
        .append("]\n");
  }

  /** {@code Type: message}, or the bare type name when the message is empty. */
  public static String lastLine(PyBaseException e) {
    PyType t = e.type();
    String name = t.isBuiltin() || "__main__".equals(t.module()) || t.module() == null
        ? t.name() : t.module() + "." + t.name();
    String msg;
    try {
      msg = e.str();
    } catch (PyException inner) {
      msg = "<exception str() failed>";
    }
    return msg.isEmpty() ? name : name + ": " + msg;
  }
}
