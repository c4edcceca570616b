package io.gilvm.lang;

/**
 * A syntax error found while reading source, with what CPython prints for it: the file, the line
 * number, the source line, the column of the caret, and the message.
 */
public final class PySyntaxError extends RuntimeException {
  private final String kind;
  private final String filename;
  private final int line;
  private final int col;
  private final String sourceLine;

  /** Where the offending code ends (line, and the column after it); -1 when only a point. */
  private int endLine = -1;

  private int endCol = -1;

  /**
   * @param kind "SyntaxError", "IndentationError" or "TabError"; "RecursionError" for source nested
   *     too deeply to compile, as CPython reports it
   * @param line 1-based line number
   * @param col 0-based column of the offending character
   * @param sourceLine the text of that line, without its newline; may be null
   */
  public PySyntaxError(
      String kind, String message, String filename, int line, int col, String sourceLine) {
    super(message, null, false, false);
    this.kind = kind;
    this.filename = filename;
    this.line = line;
    this.col = col;
    this.sourceLine = sourceLine;
  }

  /**
   * Marks the offending code as ending at {@code endLine}, just before column {@code endCol}: the
   * caret then spans it, as CPython's does for an error it attributes to a whole node. Returns this
   * error.
   */
  public PySyntaxError withEnd(int endLine, int endCol) {
    if (endLine > line || endLine == line && endCol > col) {
      this.endLine = endLine;
      this.endCol = endCol;
    }
    return this;
  }

  /** The line the offending code ends on, or -1 when the error is at one point. */
  public int endLine() {
    return endLine;
  }

  /** The 0-based column just after the offending code, or -1 when the error is at one point. */
  public int endCol() {
    return endCol;
  }

  public String kind() {
    return kind;
  }

  public String filename() {
    return filename;
  }

  public int line() {
    return line;
  }

  public int col() {
    return col;
  }

  public String sourceLine() {
    return sourceLine;
  }

  /**
   * The report CPython prints for this error:
   *
   * <pre>
   *   File "p.py", line 2
   *     x = = 1
   *         ^
   * SyntaxError: invalid syntax
   * </pre>
   */
  public String format() {
    StringBuilder sb = new StringBuilder();
    if (kind.equals("RecursionError") || kind.equals("MemoryError")) {
      // Not a syntax error: CPython prints no location for a program too deep to compile.
      return kind + ": " + getMessage() + "\n";
    }
    sb.append("  File \"").append(filename).append("\", line ").append(line).append('\n');
    if (sourceLine != null) {
      String stripped = sourceLine.stripLeading();
      int removed = sourceLine.length() - stripped.length();
      String text = stripped.stripTrailing();
      sb.append("    ").append(text).append('\n');
      int caret = Math.max(0, Math.min(col - removed, text.length()));
      int width = 1;
      if (endLine == line) {
        width = Math.max(1, Math.min(endCol - removed, text.length()) - caret);
      } else if (endLine > line) {
        // Code that goes on past this line: the carets run to its end.
        width = Math.max(1, text.length() - caret);
      }
      sb.append("    ").append(" ".repeat(caret)).append("^".repeat(width)).append('\n');
    }
    sb.append(kind).append(": ").append(getMessage()).append('\n');
    return sb.toString();
  }
}
