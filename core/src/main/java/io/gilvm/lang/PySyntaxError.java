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
      sb.append("    ").append(" ".repeat(caret)).append("^\n");
    }
    sb.append(kind).append(": ").append(getMessage()).append('\n');
    return sb.toString();
  }
}
