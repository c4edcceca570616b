package io.gilvm.lang;

/**
 * One token of source. {@code text} is the identifier (normalized) for a NAME and the source
 * spelling otherwise; {@code value} is the Long, BigInteger or Double of a NUMBER. Lines are
 * 1-based, columns 0-based characters, and {@code start}/{@code end} are offsets into the source.
 */
record Token(
    TokenKind kind,
    String text,
    Object value,
    int line,
    int col,
    int endLine,
    int endCol,
    int start,
    int end) {

  boolean is(TokenKind k) {
    return kind == k;
  }

  /** True for a NAME spelling {@code word}; how the parser sees soft keywords like 'match'. */
  boolean isName(String word) {
    return kind == TokenKind.NAME && text.equals(word);
  }

  @Override
  public String toString() {
    return kind + (text.isEmpty() ? "" : " '" + text + "'") + " @" + line + ":" + col;
  }
}
