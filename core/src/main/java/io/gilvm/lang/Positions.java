package io.gilvm.lang;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where the nodes of a parsed tree end, as CPython's {@code end_lineno} and {@code end_col_offset}
 * (a node's start is its own {@code line} and {@code col}): the line and the column just after the
 * node's last token. Kept beside the tree, by node identity, for the compiler's instruction
 * positions (PEP 657), from which tracebacks draw their carets.
 */
public final class Positions {
  private final Map<Node, Long> ends = new IdentityHashMap<>();

  /** Records where {@code n} ends, unless already known (a node ends where it was first made). */
  void end(Node n, int line, int col) {
    ends.putIfAbsent(n, ((long) line << 32) | (col & 0xffffffffL));
  }

  /** Records where {@code n} ends, replacing what was known. */
  void reend(Node n, int line, int col) {
    ends.put(n, ((long) line << 32) | (col & 0xffffffffL));
  }

  /** Gives {@code copy} (a node rebuilt from {@code original}) the original's end. */
  public void copy(Node original, Node copy) {
    Long e = ends.get(original);
    if (e != null) {
      ends.put(copy, e);
    }
  }

  /** The line {@code n} ends on, or -1 when unknown. */
  public int endLine(Node n) {
    Long e = ends.get(n);
    return e == null ? -1 : (int) (e >>> 32);
  }

  /** The column just after {@code n}'s last character, or -1 when unknown. */
  public int endCol(Node n) {
    Long e = ends.get(n);
    return e == null ? -1 : (int) (long) e;
  }
}
