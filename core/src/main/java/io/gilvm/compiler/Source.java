package io.gilvm.compiler;

import io.gilvm.lang.PySyntaxError;

/**
 * The file being compiled: its name and, when the compiler was given the text, its lines, so that a
 * SyntaxError found after parsing can quote the offending line as CPython does.
 */
final class Source {
  final String filename;
  private final String text;
  private String[] lines;

  Source(String filename, String text) {
    this.filename = filename;
    this.text = text;
  }

  /** A SyntaxError at {@code line} (1-based) and {@code col} (0-based). */
  PySyntaxError error(String message, int line, int col) {
    return new PySyntaxError("SyntaxError", message, filename, line, col, line(line));
  }

  private String line(int n) {
    if (text == null || n < 1) {
      return null;
    }
    if (lines == null) {
      lines = text.split("\r\n|\r|\n", -1);
    }
    return n <= lines.length ? lines[n - 1] : null;
  }
}
