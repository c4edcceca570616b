package io.gilvm.lang;

import io.gilvm.lang.Node.Arg;
import io.gilvm.lang.Node.BinOpKind;
import io.gilvm.lang.Node.CmpOpKind;
import io.gilvm.lang.Node.Ctx;
import io.gilvm.lang.Node.Expr;
import io.gilvm.lang.Node.Stmt;
import io.gilvm.lang.Node.UnaryOpKind;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A recursive-descent parser for the Python 3.11 grammar, one method per rule. It reports the
 * errors CPython reports, on the same line: its specific messages where CPython's grammar has an
 * {@code invalid_*} rule for the situation, "invalid syntax" at the furthest token looked at
 * otherwise, and the errors CPython finds only when compiling ('return' outside function, duplicate
 * argument, ...) after the whole file has parsed, in CPython's order.
 */
public final class Parser {
  private static final String NOT_SUPPORTED = " not supported by gilvm";
  private static final Set<String> FUTURE_FEATURES =
      Set.of(
          "nested_scopes",
          "generators",
          "division",
          "absolute_import",
          "with_statement",
          "print_function",
          "unicode_literals",
          "barry_as_FLUFL",
          "generator_stop",
          "annotations");

  /** Where a statement runs, for the checks CPython's compiler makes. */
  private enum Scope {
    MODULE,
    CLASS,
    FUNCTION
  }

  /** What kind of target list is being checked, as CPython names them in its errors. */
  private enum Targets {
    STAR,
    FOR,
    DEL
  }

  /** The four comprehensions, named as CPython's errors name them. */
  private enum CompKind {
    LIST("list comprehension"),
    SET("set comprehension"),
    DICT("dict comprehension"),
    GENERATOR("generator expression");

    final String description;

    CompKind(String description) {
      this.description = description;
    }
  }

  /** A yield not yet known to be inside a function, comprehension or lambda. */
  private record PendingYield(Expr node, int offset) {}

  /** Everything speculative parsing has to put back. */
  private record Mark(
      int pos,
      int furthest,
      int bracketDepth,
      PySyntaxError symtableError,
      PySyntaxError compilerError,
      int pendingYields) {}

  private final Lexer lexer;
  private List<Token> tokens;
  private final List<Token> mainTokens;
  private final Token mainEof;
  private int maxFetchedLine;
  private int refineFrom = -1;
  private int pos;
  private int furthest;
  private int bracketDepth;
  private boolean checkInvalid = true;
  private boolean withoutInvalid;
  private int speculating;

  /**
   * Source offsets where a disjunction was read without CPython's error rules while checking for a
   * missing comma. CPython remembers such results and reuses them, so its error rules never look
   * inside them again; so do we, to report the same errors.
   */
  private final Set<Integer> plainDisjunctions = new HashSet<>();

  private Scope scope = Scope.MODULE;
  private int loopDepth;
  private final List<PendingYield> pendingYields = new ArrayList<>();
  private PySyntaxError futureError;
  private PySyntaxError symtableError;
  private PySyntaxError compilerError;
  private int blockDepth;
  private int moduleStatements;
  private boolean futureOpen = true;
  private PySyntaxError unclosedError;
  private final Set<PySyntaxError> tokenizerErrors =
      Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Expr> grouped = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Expr> parenTuples = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Where each node ends: see {@link Positions}. */
  private final Positions positions;

  private Parser(Lexer lexer, List<Token> tokens, Positions positions) {
    this.positions = positions;
    this.lexer = lexer;
    this.tokens = tokens;
    this.mainTokens = tokens;
    this.mainEof = tokens.get(tokens.size() - 1);
  }

  /**
   * Parses a whole file.
   *
   * @param source the text of the file
   * @param filename the name errors report
   * @throws PySyntaxError for invalid source and for constructs gilvm does not support
   */
  public static Node.Module parse(String source, String filename) {
    return parse(source, filename, new Positions());
  }

  /** Parses a whole file, recording in {@code positions} where each node ends. */
  public static Node.Module parse(String source, String filename, Positions positions) {
    Lexer lexer = Lexer.forFile(source, filename);
    return new Parser(lexer, lexer.tokenize(), positions).module();
  }

  /**
   * A node just made: it ends where the last token consumed ends, since every node is made once its
   * last token has been read.
   */
  private <T> T at(T node) {
    if (node instanceof Node n && pos > 0) {
      Token last = tokens.get(pos - 1);
      positions.end(n, last.endLine(), last.endCol());
    }
    return node;
  }

  /**
   * A display or comprehension whose closing bracket was just read: it ends there when it began at
   * the opening one (a parenthesized expression keeps its own span, as in CPython).
   */
  private Expr closed(Expr e, Token open) {
    if (e.line() == open.line() && e.col() == open.col()) {
      Token last = tokens.get(pos - 1);
      positions.reend(e, last.endLine(), last.endCol());
    }
    return e;
  }

  /** A node rebuilt from {@code original} (with another context): it ends where that one did. */
  private <T extends Node> T like(Node original, T copy) {
    positions.copy(original, copy);
    return copy;
  }

  private Node.Module module() {
    List<Stmt> body = new ArrayList<>();
    try {
      while (!check(TokenKind.EOF)) {
        statement(body);
      }
    } catch (PySyntaxError e) {
      throw reconcile(e);
    } catch (StackOverflowError e) {
      // CPython gives up on such nesting too (MemoryError); a syntax error is what gilvm reports.
      Token t = tokens.get(Math.min(furthest, tokens.size() - 1));
      throw reconcile(
          lexer.syntaxError(
              "SyntaxError", "expression nested too deeply to parse", t.line(), t.col()));
    }
    if (futureError != null) {
      throw futureError;
    }
    if (symtableError != null) {
      throw symtableError;
    }
    if (compilerError != null) {
      throw compilerError;
    }
    return at(new Node.Module(body, 1, 0));
  }

  /**
   * Picks the error CPython would report: a tokenizer error anywhere in the file wins over a parser
   * error, and so does a bracket left open on a line before the furthest one read.
   */
  private PySyntaxError reconcile(PySyntaxError e) {
    if (e.getMessage().equals("unexpected indent")) {
      return e;
    }
    if (lexer.error() != null && !lexer.errorIsLate()) {
      return lexer.error();
    }
    Token open = lexer.unclosed();
    if (open != null && maxFetchedLine > open.line()) {
      return unclosedError();
    }
    return e;
  }

  // ---------------------------------------------------------------- token helpers

  private Token peek() {
    if (pos > furthest) {
      furthest = pos;
    }
    return fetched(tokens.get(pos));
  }

  private Token peekAt(int ahead) {
    int i = Math.min(pos + ahead, tokens.size() - 1);
    if (i > furthest) {
      furthest = i;
    }
    return fetched(tokens.get(i));
  }

  /**
   * Like CPython's tokenizer, which raises as soon as the parser asks for the token it failed on,
   * even while trying an alternative: reaching the lexer's error, or the end of the file inside
   * brackets, is an error at once.
   */
  private Token fetched(Token t) {
    if (t.line() > maxFetchedLine && tokens == mainTokens) {
      maxFetchedLine = t.line();
    }
    if (t.kind() == TokenKind.LEXERROR) {
      throw lexer.error();
    }
    if (t == mainEof && lexer.unclosed() != null) {
      throw unclosedError();
    }
    return t;
  }

  private PySyntaxError unclosedError() {
    if (unclosedError == null) {
      Token open = lexer.unclosed();
      unclosedError =
          lexer.syntaxError(
              "SyntaxError", "'" + open.text() + "' was never closed", open.line(), open.col());
    }
    return unclosedError;
  }

  /** Whether {@code e} is the fallback "invalid syntax", which a closer look may refine. */
  private boolean isGeneric(PySyntaxError e) {
    return !isFatal(e)
        && (e.getMessage().equals("invalid syntax") || e.getMessage().equals("unexpected indent"));
  }

  /**
   * Runs {@code rule} the way CPython's second pass does, to find a specific error: such an error
   * is thrown, any other failure is forgotten, and the position is always rewound.
   */
  private void probe(Runnable rule) {
    Mark m = mark();
    boolean saved = checkInvalid;
    checkInvalid = true;
    try {
      rule.run();
    } catch (PySyntaxError e) {
      if (!isGeneric(e)) {
        throw e;
      }
    } finally {
      checkInvalid = saved;
      reset(m);
    }
  }

  /** Errors that no alternative can recover from: they come from the tokenizer. */
  private boolean isFatal(PySyntaxError e) {
    return e == lexer.error() || e == unclosedError || tokenizerErrors.contains(e);
  }

  /**
   * Whether the token after the current one is {@code kind}, without counting it as looked at for
   * "invalid syntax": CPython only looks there when refining an error.
   */
  private boolean nextIs(TokenKind kind) {
    return fetched(tokens.get(Math.min(pos + 1, tokens.size() - 1))).kind() == kind;
  }

  private boolean check(TokenKind kind) {
    return peek().kind() == kind;
  }

  private boolean match(TokenKind kind) {
    if (check(kind)) {
      advance();
      return true;
    }
    return false;
  }

  private Token advance() {
    Token t = peek();
    switch (t.kind()) {
      case EOF, LEXERROR -> {
        return t;
      }
      case LPAR, LSQB, LBRACE -> bracketDepth++;
      case RPAR, RSQB, RBRACE -> bracketDepth--;
      default -> {}
    }
    pos++;
    return t;
  }

  private Token previous() {
    return tokens.get(pos - 1);
  }

  private Token consume(TokenKind kind) {
    if (check(kind)) {
      return advance();
    }
    throw invalidSyntax();
  }

  private Mark mark() {
    return new Mark(
        pos, furthest, bracketDepth, symtableError, compilerError, pendingYields.size());
  }

  private void reset(Mark m) {
    pos = m.pos();
    furthest = m.furthest();
    bracketDepth = m.bracketDepth();
    symtableError = m.symtableError();
    compilerError = m.compilerError();
    while (pendingYields.size() > m.pendingYields()) {
      pendingYields.remove(pendingYields.size() - 1);
    }
  }

  /**
   * Runs {@code rule} and always rewinds; returns what it produced, or null if it failed. The
   * furthest token is rewound too, so a look-ahead never moves where "invalid syntax" points.
   */
  private <T> T lookahead(Supplier<T> rule) {
    return speculate(rule, true);
  }

  /**
   * Runs an alternative of the grammar itself and rewinds; unlike a {@link #lookahead} the tokens
   * it read count for where "invalid syntax" points, as in CPython's first pass.
   */
  private <T> T alternative(Supplier<T> rule) {
    return speculate(rule, false);
  }

  private <T> T speculate(Supplier<T> rule, boolean rewindFurthest) {
    Mark m = mark();
    boolean saved = checkInvalid;
    checkInvalid = false;
    speculating++;
    try {
      return rule.get();
    } catch (PySyntaxError e) {
      if (isFatal(e)) {
        throw e;
      }
      return null;
    } finally {
      speculating--;
      checkInvalid = saved;
      int reached = furthest;
      reset(m);
      if (!rewindFurthest) {
        furthest = Math.max(furthest, reached);
      }
    }
  }

  // ---------------------------------------------------------------- errors

  private PySyntaxError error(Token at, String message) {
    // The carets span the token, as CPython's do.
    return lexer
        .syntaxError("SyntaxError", message, at.line(), at.col())
        .withEnd(at.endLine(), at.endCol());
  }

  private PySyntaxError errorAt(Node at, String message) {
    return spanning(lexer.syntaxError("SyntaxError", message, at.line(), at.col()), at);
  }

  /** Error {@code e}, its caret spanning node {@code at} when where it ends is known. */
  private PySyntaxError spanning(PySyntaxError e, Node at) {
    int endLine = positions.endLine(at);
    return endLine < 0 ? e : e.withEnd(endLine, positions.endCol(at));
  }

  private PySyntaxError indentationError(Token at, String message, int col) {
    return lexer.syntaxError("IndentationError", message, at.line(), col);
  }

  private PySyntaxError unsupported(Token at, String what) {
    return error(at, what + NOT_SUPPORTED);
  }

  /** CPython's fallback error, at the furthest token it had to look at. */
  private PySyntaxError invalidSyntax() {
    Token t = tokens.get(furthest);
    return switch (t.kind()) {
      case INDENT -> indentationError(t, "unexpected indent", Math.max(0, t.col() - 1));
      case DEDENT -> indentationError(t, "unexpected unindent", t.col());
      default -> error(t, "invalid syntax");
    };
  }

  /** Records an error CPython's symbol table pass would raise; the earliest one wins. */
  private void symtableError(Node at, String message) {
    PySyntaxError e = spanning(lexer.syntaxError("SyntaxError", message, at.line(), at.col()), at);
    if (symtableError == null || isBefore(e, symtableError)) {
      symtableError = e;
    }
  }

  /** Records an error CPython's compiler would raise; the earliest one wins. */
  private void compilerError(Node at, String message) {
    compilerError(spanning(lexer.syntaxError("SyntaxError", message, at.line(), at.col()), at));
  }

  private void compilerError(int line, int col, String message) {
    compilerError(lexer.syntaxError("SyntaxError", message, line, col));
  }

  private void compilerError(PySyntaxError e) {
    if (compilerError == null || isBefore(e, compilerError)) {
      compilerError = e;
    }
  }

  private static boolean isBefore(PySyntaxError a, PySyntaxError b) {
    return a.line() < b.line() || (a.line() == b.line() && a.col() < b.col());
  }

  // ---------------------------------------------------------------- statements

  private void statement(List<Stmt> out) {
    Token t = peek();
    switch (t.kind()) {
      case DEF -> out.add(noteStatement(functionDef(List.of())));
      case CLASS -> out.add(noteStatement(classDef(List.of())));
      case AT -> out.add(noteStatement(decorated()));
      case IF -> out.add(noteStatement(ifStatement()));
      case WHILE -> out.add(noteStatement(whileStatement()));
      case FOR -> out.add(noteStatement(forStatement()));
      case TRY -> out.add(noteStatement(tryStatement()));
      case WITH -> out.add(noteStatement(withStatement()));
      case ASYNC -> out.add(noteStatement(asyncStatement(List.of())));
      default -> {
        if (t.isName("match") && isMatchStatement()) {
          out.add(noteStatement(matchStatement()));
          return;
        }
        if (!t.isName("match")) {
          simpleStatements(out);
          return;
        }
        try {
          simpleStatements(out);
        } catch (PySyntaxError e) {
          matchWithoutColon(indexOf(t));
          throw e;
        }
      }
    }
  }

  /**
   * Whether a line starting with the soft keyword 'match' is a match statement: its subject parses
   * and the line ends with ':', which no other statement starting with a name does.
   */
  private boolean isMatchStatement() {
    int i = pos + 1;
    while (tokens.get(i).kind() != TokenKind.NEWLINE
        && tokens.get(i).kind() != TokenKind.EOF
        && tokens.get(i).kind() != TokenKind.LEXERROR) {
      i++;
    }
    if (i == pos + 1 || tokens.get(i - 1).kind() != TokenKind.COLON) {
      return false;
    }
    int colon = i - 1;
    Boolean ends =
        alternative(
            () -> {
              advance();
              starNamedExpressions(TokenKind.COLON);
              return pos == colon;
            });
    return ends != null && ends;
  }

  // ---------------------------------------------------------------- match

  private Stmt matchStatement() {
    Token t = advance();
    Expr subject = starNamedExpressions(TokenKind.COLON);
    headerColon();
    if (!match(TokenKind.NEWLINE)) {
      throw invalidSyntax();
    }
    if (!check(TokenKind.INDENT)) {
      Token at = peek();
      throw indentationError(
          at, "expected an indented block after 'match' statement on line " + t.line(), at.col());
    }
    advance();
    List<Node.MatchCase> cases = new ArrayList<>();
    blockDepth++;
    try {
      do {
        if (!peek().isName("case")) {
          throw invalidSyntax();
        }
        cases.add(caseBlock());
      } while (!check(TokenKind.DEDENT));
      advance();
    } finally {
      blockDepth--;
    }
    return at(new Node.Match(subject, cases, t.line(), t.col()));
  }

  private Node.MatchCase caseBlock() {
    Token c = advance();
    Node.Pattern pattern = patterns();
    Expr guard = match(TokenKind.IF) ? namedExpression() : null;
    headerColon();
    List<Stmt> body = block("'case' statement", c);
    return at(new Node.MatchCase(pattern, guard, body, c.line(), c.col()));
  }

  /** patterns: an open sequence ({@code case a, *b:}) or one pattern. */
  private Node.Pattern patterns() {
    Token start = peek();
    Node.Pattern first = maybeStarPattern();
    if (!check(TokenKind.COMMA)) {
      if (first instanceof Node.MatchStar) {
        throw invalidSyntax();
      }
      return first;
    }
    List<Node.Pattern> items = new ArrayList<>();
    items.add(first);
    while (match(TokenKind.COMMA)) {
      if (check(TokenKind.IF) || check(TokenKind.COLON)) {
        break;
      }
      items.add(maybeStarPattern());
    }
    return at(new Node.MatchSequence(items, start.line(), start.col()));
  }

  private Node.Pattern maybeStarPattern() {
    Token t = peek();
    if (match(TokenKind.STAR)) {
      Token n = consume(TokenKind.NAME);
      return at(new Node.MatchStar(n.text().equals("_") ? null : n.text(), t.line(), t.col()));
    }
    return pattern();
  }

  /** pattern: or_pattern ['as' NAME]. */
  private Node.Pattern pattern() {
    Token start = peek();
    Node.Pattern p = orPattern();
    if (match(TokenKind.AS)) {
      Token n = peek();
      if (!n.is(TokenKind.NAME)) {
        throw invalidSyntax();
      }
      advance();
      if (n.text().equals("_")) {
        throw error(n, "cannot use '_' as a target");
      }
      return at(new Node.MatchAs(p, n.text(), start.line(), start.col()));
    }
    return p;
  }

  private Node.Pattern orPattern() {
    Token start = peek();
    Node.Pattern first = closedPattern();
    if (!check(TokenKind.VBAR)) {
      return first;
    }
    List<Node.Pattern> alts = new ArrayList<>();
    alts.add(first);
    while (match(TokenKind.VBAR)) {
      alts.add(closedPattern());
    }
    return at(new Node.MatchOr(alts, start.line(), start.col()));
  }

  private Node.Pattern closedPattern() {
    Token t = peek();
    switch (t.kind()) {
      case NUMBER, MINUS -> {
        return at(new Node.MatchValue(numberPattern(), t.line(), t.col()));
      }
      case STRING -> {
        Expr e = strings();
        if (!(e instanceof Node.Constant)) {
          throw errorAt(e, "patterns may only match literals and attribute lookups");
        }
        return at(new Node.MatchValue(e, t.line(), t.col()));
      }
      case NONE, TRUE, FALSE -> {
        advance();
        Object v = t.is(TokenKind.NONE) ? null : t.is(TokenKind.TRUE);
        return at(new Node.MatchSingleton(v, t.line(), t.col()));
      }
      case NAME -> {
        return namePattern();
      }
      case LPAR -> {
        advance();
        if (match(TokenKind.RPAR)) {
          return at(new Node.MatchSequence(List.of(), t.line(), t.col()));
        }
        Node.Pattern first = maybeStarPattern();
        if (match(TokenKind.RPAR)) {
          if (first instanceof Node.MatchStar) {
            throw invalidSyntax();
          }
          return first;
        }
        List<Node.Pattern> items = new ArrayList<>();
        items.add(first);
        while (match(TokenKind.COMMA)) {
          if (check(TokenKind.RPAR)) {
            break;
          }
          items.add(maybeStarPattern());
        }
        consume(TokenKind.RPAR);
        return at(new Node.MatchSequence(items, t.line(), t.col()));
      }
      case LSQB -> {
        advance();
        List<Node.Pattern> items = new ArrayList<>();
        while (!check(TokenKind.RSQB)) {
          items.add(maybeStarPattern());
          if (!match(TokenKind.COMMA)) {
            break;
          }
        }
        consume(TokenKind.RSQB);
        return at(new Node.MatchSequence(items, t.line(), t.col()));
      }
      case LBRACE -> {
        return mappingPattern();
      }
      default -> throw invalidSyntax();
    }
  }

  /** A signed number, or a complex literal {@code real +/- imag}, folded to a Constant. */
  private Expr numberPattern() {
    Token start = peek();
    boolean negative = match(TokenKind.MINUS);
    Token n = consume(TokenKind.NUMBER);
    Object v = n.value();
    if (negative) {
      v = negate(v);
    }
    if (check(TokenKind.PLUS) || check(TokenKind.MINUS)) {
      boolean minus = advance().is(TokenKind.MINUS);
      Token im = peek();
      if (!im.is(TokenKind.NUMBER)) {
        throw invalidSyntax();
      }
      advance();
      if (v instanceof Node.Complex) {
        throw error(n, "real number required in complex literal");
      }
      if (!(im.value() instanceof Node.Complex c)) {
        throw error(im, "imaginary number required in complex literal");
      }
      double real = v instanceof Double d ? d : ((Number) v).doubleValue();
      if (v instanceof java.math.BigInteger b) {
        real = b.doubleValue();
      }
      v = new Node.Complex(real, minus ? -c.imag() : c.imag());
    }
    return at(new Node.Constant(v, start.line(), start.col()));
  }

  private static Object negate(Object v) {
    if (v instanceof Long l) {
      return l == Long.MIN_VALUE ? java.math.BigInteger.valueOf(l).negate() : (Object) (-l);
    }
    if (v instanceof java.math.BigInteger b) {
      java.math.BigInteger r = b.negate();
      return r.bitLength() < 64 ? (Object) r.longValue() : r;
    }
    if (v instanceof Double d) {
      return -d;
    }
    Node.Complex c = (Node.Complex) v;
    return new Node.Complex(-c.real(), -c.imag());
  }

  /** A capture, the wildcard, a dotted value, or a class pattern. */
  private Node.Pattern namePattern() {
    Token t = advance();
    Expr e = at(new Node.Name(t.text(), Ctx.LOAD, t.line(), t.col()));
    boolean dotted = false;
    while (match(TokenKind.DOT)) {
      Token attr = consume(TokenKind.NAME);
      e = at(new Node.Attribute(e, attr.text(), Ctx.LOAD, t.line(), t.col()));
      dotted = true;
    }
    if (check(TokenKind.LPAR)) {
      return classPattern(e, t);
    }
    if (dotted) {
      return at(new Node.MatchValue(e, t.line(), t.col()));
    }
    if (t.text().equals("_")) {
      return at(new Node.MatchAs(null, null, t.line(), t.col()));
    }
    return at(new Node.MatchAs(null, t.text(), t.line(), t.col()));
  }

  private Node.Pattern classPattern(Expr cls, Token start) {
    advance();
    List<Node.Pattern> positional = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Node.Pattern> keywords = new ArrayList<>();
    while (!check(TokenKind.RPAR)) {
      Token at = peek();
      if (at.is(TokenKind.NAME) && nextIs(TokenKind.EQUAL)) {
        advance();
        advance();
        names.add(at.text());
        keywords.add(pattern());
      } else {
        Node.Pattern p = pattern();
        if (!names.isEmpty()) {
          throw error(at, "positional patterns follow keyword patterns");
        }
        positional.add(p);
      }
      if (!match(TokenKind.COMMA)) {
        break;
      }
    }
    consume(TokenKind.RPAR);
    return at(new Node.MatchClass(cls, positional, names, keywords, start.line(), start.col()));
  }

  private Node.Pattern mappingPattern() {
    Token t = advance();
    List<Expr> keys = new ArrayList<>();
    List<Node.Pattern> values = new ArrayList<>();
    String rest = null;
    while (!check(TokenKind.RBRACE)) {
      if (match(TokenKind.DOUBLESTAR)) {
        Token n = consume(TokenKind.NAME);
        if (n.text().equals("_")) {
          throw invalidSyntax();
        }
        rest = n.text();
        match(TokenKind.COMMA);
        break;
      }
      Token k = peek();
      Expr key;
      switch (k.kind()) {
        case NUMBER, MINUS -> key = numberPattern();
        case STRING -> {
          key = strings();
          if (!(key instanceof Node.Constant)) {
            throw errorAt(key, "patterns may only match literals and attribute lookups");
          }
        }
        case NONE, TRUE, FALSE -> {
          advance();
          key =
              at(
                  new Node.Constant(
                      k.is(TokenKind.NONE) ? null : k.is(TokenKind.TRUE), k.line(), k.col()));
        }
        case NAME -> {
          advance();
          key = at(new Node.Name(k.text(), Ctx.LOAD, k.line(), k.col()));
          if (!check(TokenKind.DOT)) {
            throw invalidSyntax();
          }
          while (match(TokenKind.DOT)) {
            Token attr = consume(TokenKind.NAME);
            key = at(new Node.Attribute(key, attr.text(), Ctx.LOAD, k.line(), k.col()));
          }
        }
        default -> throw invalidSyntax();
      }
      consume(TokenKind.COLON);
      keys.add(key);
      values.add(pattern());
      if (!match(TokenKind.COMMA)) {
        break;
      }
    }
    consume(TokenKind.RBRACE);
    return at(new Node.MatchMapping(keys, values, rest, t.line(), t.col()));
  }

  /** CPython's "expected ':'" for {@code match subject} alone on a line that did not parse. */
  private void matchWithoutColon(int startIndex) {
    Token[] newline = new Token[1];
    probe(
        () -> {
          pos = startIndex + 1;
          starNamedExpressions(TokenKind.NEWLINE);
          newline[0] = check(TokenKind.NEWLINE) ? peek() : null;
        });
    if (newline[0] != null) {
      throw error(newline[0], "expected ':'");
    }
  }

  private void simpleStatements(List<Stmt> out) {
    while (true) {
      refineFrom = -1;
      out.add(noteStatement(simpleStatement()));
      resolveYields();
      if (!match(TokenKind.SEMI) || check(TokenKind.NEWLINE)) {
        break;
      }
    }
    if (!match(TokenKind.NEWLINE)) {
      if (refineFrom >= 0) {
        refineExpressionStatement(refineFrom);
      }
      throw invalidSyntax();
    }
  }

  /**
   * Follows the module's first statements: {@code from __future__} imports are allowed only before
   * anything but a docstring.
   */
  private Stmt noteStatement(Stmt s) {
    if (blockDepth == 0) {
      boolean docstring =
          moduleStatements == 0
              && s instanceof Node.ExprStmt e
              && e.value() instanceof Node.Constant c
              && c.value() instanceof String;
      boolean future = s instanceof Node.ImportFrom f && "__future__".equals(f.module());
      if (!docstring && !future) {
        futureOpen = false;
      }
      moduleStatements++;
    }
    return s;
  }

  private Stmt simpleStatement() {
    Token t = peek();
    switch (t.kind()) {
      case PASS -> {
        advance();
        return at(new Node.Pass(t.line(), t.col()));
      }
      case BREAK -> {
        advance();
        Stmt s = at(new Node.Break(t.line(), t.col()));
        if (loopDepth == 0) {
          compilerError(s, "'break' outside loop");
        }
        return s;
      }
      case CONTINUE -> {
        advance();
        Stmt s = at(new Node.Continue(t.line(), t.col()));
        if (loopDepth == 0) {
          compilerError(s, "'continue' not properly in loop");
        }
        return s;
      }
      case RETURN -> {
        return returnStatement();
      }
      case RAISE -> {
        return raiseStatement();
      }
      case GLOBAL, NONLOCAL -> {
        return globalStatement();
      }
      case DEL -> {
        return delStatement();
      }
      case ASSERT -> {
        advance();
        Expr test = expression();
        Expr msg = match(TokenKind.COMMA) ? expression() : null;
        return at(new Node.Assert(test, msg, t.line(), t.col()));
      }
      case IMPORT -> {
        return importStatement();
      }
      case FROM -> {
        return fromImportStatement();
      }
      default -> {
        return expressionStatement();
      }
    }
  }

  private Stmt returnStatement() {
    Token t = advance();
    Expr value = startsExpression(peek(), true) ? starExpressions() : null;
    Stmt s = at(new Node.Return(value, t.line(), t.col()));
    if (scope != Scope.FUNCTION) {
      compilerError(s, "'return' outside function");
    }
    checkNotStarred(value);
    return s;
  }

  private Stmt raiseStatement() {
    Token t = advance();
    Expr exc = null;
    Expr cause = null;
    if (startsExpression(peek(), false)) {
      exc = expression();
      if (match(TokenKind.FROM)) {
        cause = expression();
      }
    }
    return at(new Node.Raise(exc, cause, t.line(), t.col()));
  }

  private Stmt globalStatement() {
    Token t = advance();
    List<String> names = new ArrayList<>();
    do {
      names.add(consume(TokenKind.NAME).text());
    } while (match(TokenKind.COMMA));
    if (t.is(TokenKind.GLOBAL)) {
      return at(new Node.Global(names, t.line(), t.col()));
    }
    Stmt s = at(new Node.Nonlocal(names, t.line(), t.col()));
    if (scope == Scope.MODULE) {
      symtableError(s, "nonlocal declaration not allowed at module level");
    }
    return s;
  }

  private Stmt delStatement() {
    Token t = advance();
    Expr targets = starExpressions();
    if (!check(TokenKind.SEMI) && !check(TokenKind.NEWLINE)) {
      throw invalidSyntax();
    }
    Expr bad = invalidTarget(targets, Targets.DEL);
    if (bad != null) {
      throw errorAt(bad, "cannot delete " + exprName(bad));
    }
    List<Expr> list = new ArrayList<>();
    if (targets instanceof Node.Tuple tuple && !parenTuples.contains(tuple)) {
      for (Expr e : tuple.elts()) {
        list.add(withCtx(e, Ctx.DEL));
      }
    } else {
      list.add(withCtx(targets, Ctx.DEL));
    }
    return at(new Node.Delete(list, t.line(), t.col()));
  }

  private Stmt importStatement() {
    Token t = advance();
    List<Node.Alias> names = new ArrayList<>();
    do {
      Token first = peek();
      String name = dottedName();
      String asname = match(TokenKind.AS) ? consume(TokenKind.NAME).text() : null;
      names.add(at(new Node.Alias(name, asname, first.line(), first.col())));
    } while (match(TokenKind.COMMA));
    Stmt s = at(new Node.Import(names, t.line(), t.col()));
    for (Node.Alias a : names) {
      if ("__debug__".equals(a.asname())) {
        compilerError(s, "cannot assign to __debug__");
      }
    }
    return s;
  }

  private void checkFuture(Stmt s, List<Node.Alias> names) {
    if (blockDepth > 0 || !futureOpen) {
      compilerError(s, "from __future__ imports must occur at the beginning of the file");
      return;
    }
    for (Node.Alias a : names) {
      String message =
          a.name().equals("braces")
              ? "not a chance"
              : FUTURE_FEATURES.contains(a.name())
                  ? null
                  : "future feature " + a.name() + " is not defined";
      if (message != null && futureError == null) {
        futureError = lexer.syntaxError("SyntaxError", message, s.line(), s.col());
      }
    }
  }

  private String dottedName() {
    StringBuilder sb = new StringBuilder(consume(TokenKind.NAME).text());
    while (match(TokenKind.DOT)) {
      sb.append('.').append(consume(TokenKind.NAME).text());
    }
    return sb.toString();
  }

  private Stmt fromImportStatement() {
    Token t = advance();
    int level = 0;
    while (check(TokenKind.DOT) || check(TokenKind.ELLIPSIS)) {
      level += advance().kind() == TokenKind.ELLIPSIS ? 3 : 1;
    }
    String module = level == 0 || check(TokenKind.NAME) ? dottedName() : null;
    consume(TokenKind.IMPORT);
    List<Node.Alias> names = new ArrayList<>();
    if (check(TokenKind.STAR)) {
      Token star = advance();
      names.add(at(new Node.Alias("*", null, star.line(), star.col())));
      Stmt s = at(new Node.ImportFrom(module, names, level, t.line(), t.col()));
      if ("__future__".equals(module) && level == 0) {
        checkFuture(s, names);
      }
      return s;
    }
    boolean parenthesized = match(TokenKind.LPAR);
    do {
      if (parenthesized && check(TokenKind.RPAR) && !names.isEmpty()) {
        break;
      }
      if (!parenthesized && check(TokenKind.NEWLINE) && !names.isEmpty()) {
        throw error(peek(), "trailing comma not allowed without surrounding parentheses");
      }
      Token name = consume(TokenKind.NAME);
      String asname = match(TokenKind.AS) ? consume(TokenKind.NAME).text() : null;
      names.add(at(new Node.Alias(name.text(), asname, name.line(), name.col())));
    } while (match(TokenKind.COMMA));
    if (parenthesized) {
      consume(TokenKind.RPAR);
    }
    Stmt s = at(new Node.ImportFrom(module, names, level, t.line(), t.col()));
    if ("__future__".equals(module) && level == 0) {
      checkFuture(s, names);
    }
    for (Node.Alias a : names) {
      if ("__debug__".equals(a.asname() == null ? a.name() : a.asname())) {
        compilerError(s, "cannot assign to __debug__");
      }
    }
    return s;
  }

  /** Expression statements and the three kinds of assignment, which all start the same way. */
  private Stmt expressionStatement() {
    int startIndex = pos;
    Token start = peek();
    refineFrom = startIndex;
    try {
      Expr first = check(TokenKind.YIELD) ? yieldExpression() : starExpressions();
      Token next = peek();
      Token after = tokens.get(Math.min(pos + 1, tokens.size() - 1));
      boolean single =
          first instanceof Node.Name
              || first instanceof Node.Attribute
              || first instanceof Node.Subscript;
      if (next.is(TokenKind.COLON)) {
        if (single && startsExpression(after, false)) {
          refineFrom = -1;
        }
        return annotatedAssignment(start, first);
      }
      BinOpKind op = next.kind().augmentedOp();
      if (op != null) {
        if (single) {
          refineFrom = -1;
        }
        return augmentedAssignment(start, first, op);
      }
      if (next.is(TokenKind.EQUAL)) {
        return assignment(start, first);
      }
      checkNotStarred(first);
      return at(new Node.ExprStmt(first, start.line(), start.col()));
    } catch (PySyntaxError e) {
      if (refineFrom >= 0 && isGeneric(e)) {
        refineExpressionStatement(refineFrom);
      }
      throw e;
    }
  }

  /**
   * CPython's second look at a statement that is no valid assignment: it re-reads it as
   * comma-separated expressions (its invalid_assignment rule), which finds a '=' meant as a
   * comparison and, inside brackets, a missing comma.
   */
  private void refineExpressionStatement(int startIndex) {
    probe(
        () -> {
          pos = startIndex;
          starNamedExpression();
          if (!match(TokenKind.COMMA)) {
            return;
          }
          while (startsExpression(peek(), true)) {
            starNamedExpression();
            while (match(TokenKind.COMMA) && startsExpression(peek(), true)) {
              starNamedExpression();
            }
          }
        });
  }

  private Stmt annotatedAssignment(Token start, Expr target) {
    boolean single =
        target instanceof Node.Name
            || target instanceof Node.Attribute
            || target instanceof Node.Subscript;
    boolean isExpression =
        grouped.contains(target)
            || !(target instanceof Node.Starred
                || target instanceof Node.Yield
                || target instanceof Node.YieldFrom);
    if (!single
        && (!isExpression
            || lookahead(
                    () -> {
                      advance();
                      return expression();
                    })
                == null)) {
      throw invalidSyntax();
    }
    advance();
    Expr annotation = expression();
    if (target instanceof Node.Tuple) {
      throw errorAt(target, "only single target (not tuple) can be annotated");
    }
    if (target instanceof Node.ListExpr) {
      throw errorAt(target, "only single target (not list) can be annotated");
    }
    if (!(target instanceof Node.Name
        || target instanceof Node.Attribute
        || target instanceof Node.Subscript)) {
      throw errorAt(target, "illegal target for annotation");
    }
    Expr value = null;
    if (match(TokenKind.EQUAL)) {
      value = check(TokenKind.YIELD) ? yieldExpression() : starExpressions();
      checkNotStarred(value);
    }
    return at(new Node.AnnAssign(store(target), annotation, value, start.line(), start.col()));
  }

  private Stmt augmentedAssignment(Token start, Expr target, BinOpKind op) {
    if (!(target instanceof Node.Name
        || target instanceof Node.Attribute
        || target instanceof Node.Subscript)) {
      if (lookahead(
              () -> {
                advance();
                return check(TokenKind.YIELD) ? yieldExpression() : starExpressions();
              })
          == null) {
        throw invalidSyntax();
      }
      throw errorAt(
          target, "'" + exprName(target) + "' is an illegal expression for augmented assignment");
    }
    advance();
    Expr value = check(TokenKind.YIELD) ? yieldExpression() : starExpressions();
    checkNotStarred(value);
    return at(new Node.AugAssign(store(target), op, value, start.line(), start.col()));
  }

  private Stmt assignment(Token start, Expr first) {
    List<Expr> targets = new ArrayList<>();
    targets.add(first);
    Token rhs = tokens.get(Math.min(pos + 1, tokens.size() - 1));
    if (invalidTarget(first, Targets.STAR) == null
        && !isBareYield(first)
        && (startsExpression(rhs, true) || rhs.is(TokenKind.YIELD))) {
      refineFrom = -1;
    }
    Expr value;
    try {
      while (true) {
        advance();
        Expr v = check(TokenKind.YIELD) ? yieldExpression() : starExpressions();
        if (!check(TokenKind.EQUAL)) {
          value = v;
          break;
        }
        targets.add(v);
      }
    } catch (PySyntaxError e) {
      PySyntaxError better = isGeneric(e) ? invalidTargets(targets, start) : null;
      throw better != null ? better : e;
    }
    PySyntaxError bad = invalidTargets(targets, start);
    if (bad != null) {
      throw bad;
    }
    checkNotStarred(value);
    List<Expr> stored = new ArrayList<>(targets.size());
    for (Expr t : targets) {
      stored.add(store(t));
    }
    return at(new Node.Assign(stored, value, start.line(), start.col()));
  }

  /** The error for assignment targets that cannot be assigned to, or null if all can. */
  private PySyntaxError invalidTargets(List<Expr> targets, Token start) {
    boolean anyInvalid = false;
    for (Expr t : targets) {
      anyInvalid |= invalidTarget(t, Targets.STAR) != null;
    }
    if (!anyInvalid) {
      return null;
    }
    refineExpressionStatement(indexOf(start));
    for (Expr t : targets) {
      if (isBareYield(t)) {
        return errorAt(t, "assignment to yield expression not possible");
      }
      Expr bad = invalidTarget(t, Targets.STAR);
      if (bad != null) {
        return errorAt(bad, "cannot assign to " + exprName(bad));
      }
    }
    return null;
  }

  /**
   * CPython's guess that a '=' after {@code e} was meant as a comparison: {@code if x = 1:}. It
   * applies when a simple operand follows the '=' and is not itself followed by '='.
   */
  private PySyntaxError equalsMisuse(Expr e, int rhsIndex) {
    boolean bareName = e instanceof Node.Name && !grouped.contains(e);
    if (!bareName && (!isBitwiseOrLevel(e) || startsWithDisplayOrSingleton(e))) {
      return null;
    }
    Token rhsStart = tokens.get(rhsIndex);
    if (!startsExpression(rhsStart, false)
        || rhsStart.is(TokenKind.NOT)
        || rhsStart.is(TokenKind.LAMBDA)) {
      return null;
    }
    Boolean rhsOk =
        lookahead(
            () -> {
              pos = rhsIndex;
              bitwiseOr();
              return !check(TokenKind.EQUAL) && !check(TokenKind.COLONEQUAL);
            });
    if (rhsOk != null && !rhsOk) {
      return null;
    }
    if (bareName) {
      return errorAt(e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    return errorAt(
        e, "cannot assign to " + exprName(e) + " here. Maybe you meant '==' instead of '='?");
  }

  private boolean isBareYield(Expr e) {
    return (e instanceof Node.Yield || e instanceof Node.YieldFrom) && !grouped.contains(e);
  }

  /** The index of token {@code t} in the current token list. */
  private int indexOf(Token t) {
    int i = pos;
    while (i > 0 && tokens.get(i) != t) {
      i--;
    }
    return i;
  }

  private boolean isBitwiseOrLevel(Expr e) {
    if (grouped.contains(e)) {
      return true;
    }
    if (e instanceof Node.UnaryOp u) {
      return u.op() != UnaryOpKind.NOT;
    }
    if (e instanceof Node.Tuple t) {
      return parenTuples.contains(t);
    }
    return !(e instanceof Node.BoolOp
        || e instanceof Node.Compare
        || e instanceof Node.IfExp
        || e instanceof Node.Lambda
        || e instanceof Node.Starred
        || e instanceof Node.NamedExpr
        || e instanceof Node.Yield
        || e instanceof Node.YieldFrom);
  }

  /** Whether {@code e} starts with a list or tuple display, a generator, True, False or None. */
  private boolean startsWithDisplayOrSingleton(Expr e) {
    Expr left = e;
    while (!grouped.contains(left)) {
      Expr next = null;
      if (left instanceof Node.BinOp b) {
        next = b.left();
      } else if (left instanceof Node.Call c) {
        next = c.func();
      } else if (left instanceof Node.Attribute a) {
        next = a.value();
      } else if (left instanceof Node.Subscript s) {
        next = s.value();
      }
      if (next == null) {
        break;
      }
      left = next;
    }
    if (grouped.contains(left)) {
      return false;
    }
    return left instanceof Node.ListExpr
        || left instanceof Node.GeneratorExp
        || (left instanceof Node.Tuple t && parenTuples.contains(t))
        || (left instanceof Node.Constant c && (c.value() == null || c.value() instanceof Boolean));
  }

  /** The part of a target that cannot be assigned to (or deleted), or null. */
  private Expr invalidTarget(Expr e, Targets kind) {
    if (e instanceof Node.ListExpr l) {
      return firstInvalid(l.elts(), kind);
    }
    if (e instanceof Node.Tuple t) {
      return firstInvalid(t.elts(), kind);
    }
    if (e instanceof Node.Starred s) {
      return kind == Targets.DEL ? e : invalidTarget(s.value(), kind);
    }
    if (e instanceof Node.Compare c && kind == Targets.FOR) {
      return c.ops().get(0) == CmpOpKind.IN ? invalidTarget(c.left(), kind) : null;
    }
    if (e instanceof Node.Name || e instanceof Node.Attribute || e instanceof Node.Subscript) {
      return null;
    }
    return e;
  }

  private Expr firstInvalid(List<Expr> elts, Targets kind) {
    for (Expr x : elts) {
      Expr bad = invalidTarget(x, kind);
      if (bad != null) {
        return bad;
      }
    }
    return null;
  }

  /** CPython's name for a kind of expression in "cannot assign to …" messages. */
  private static String exprName(Expr e) {
    if (e instanceof Node.Constant c) {
      Object v = c.value();
      return v == null
          ? "None"
          : v == Node.ELLIPSIS
              ? "ellipsis"
              : v instanceof Boolean b ? (b ? "True" : "False") : "literal";
    }
    if (e instanceof Node.Attribute) {
      return "attribute";
    } else if (e instanceof Node.Subscript) {
      return "subscript";
    } else if (e instanceof Node.Starred) {
      return "starred";
    } else if (e instanceof Node.Name) {
      return "name";
    } else if (e instanceof Node.ListExpr) {
      return "list";
    } else if (e instanceof Node.Tuple) {
      return "tuple";
    } else if (e instanceof Node.Lambda) {
      return "lambda";
    } else if (e instanceof Node.Call) {
      return "function call";
    } else if (e instanceof Node.BoolOp || e instanceof Node.BinOp || e instanceof Node.UnaryOp) {
      return "expression";
    } else if (e instanceof Node.GeneratorExp) {
      return "generator expression";
    } else if (e instanceof Node.Yield || e instanceof Node.YieldFrom) {
      return "yield expression";
    } else if (e instanceof Node.Await) {
      return "await expression";
    } else if (e instanceof Node.ListComp) {
      return "list comprehension";
    } else if (e instanceof Node.SetComp) {
      return "set comprehension";
    } else if (e instanceof Node.DictComp) {
      return "dict comprehension";
    } else if (e instanceof Node.Dict) {
      return "dict literal";
    } else if (e instanceof Node.Set) {
      return "set display";
    } else if (e instanceof Node.JoinedStr || e instanceof Node.FormattedValue) {
      return "f-string expression";
    } else if (e instanceof Node.Compare) {
      return "comparison";
    } else if (e instanceof Node.IfExp) {
      return "conditional expression";
    } else if (e instanceof Node.NamedExpr) {
      return "named expression";
    }
    return "expression";
  }

  /** {@code e} with STORE (or DEL) context, checked the way CPython's compiler checks it. */
  private Expr store(Expr e) {
    if (e instanceof Node.Starred) {
      compilerError(e, "starred assignment target must be in a list or tuple");
    }
    return withCtx(e, Ctx.STORE);
  }

  private Expr withCtx(Expr e, Ctx ctx) {
    if (e instanceof Node.Name n) {
      if (n.id().equals("__debug__")) {
        compilerError(n, ctx == Ctx.DEL ? "cannot delete __debug__" : "cannot assign to __debug__");
      }
      return like(e, new Node.Name(n.id(), ctx, n.line(), n.col()));
    }
    if (e instanceof Node.Attribute a) {
      if (a.attr().equals("__debug__") && ctx == Ctx.STORE) {
        compilerError(a, "cannot assign to __debug__");
      }
      return like(e, new Node.Attribute(a.value(), a.attr(), ctx, a.line(), a.col()));
    }
    if (e instanceof Node.Subscript s) {
      return like(e, new Node.Subscript(s.value(), s.slice(), ctx, s.line(), s.col()));
    }
    if (e instanceof Node.Starred s) {
      return like(e, new Node.Starred(withCtx(s.value(), ctx), ctx, s.line(), s.col()));
    }
    if (e instanceof Node.Tuple t) {
      return like(e, new Node.Tuple(eltsWithCtx(t, t.elts(), ctx), ctx, t.line(), t.col()));
    }
    if (e instanceof Node.ListExpr l) {
      return like(e, new Node.ListExpr(eltsWithCtx(l, l.elts(), ctx), ctx, l.line(), l.col()));
    }
    return e;
  }

  private List<Expr> eltsWithCtx(Expr container, List<Expr> elts, Ctx ctx) {
    List<Expr> out = new ArrayList<>(elts.size());
    int starred = 0;
    for (Expr x : elts) {
      if (x instanceof Node.Starred) {
        starred++;
      }
      out.add(withCtx(x, ctx));
    }
    if (starred > 1 && ctx == Ctx.STORE) {
      compilerError(container, "multiple starred expressions in assignment");
    }
    return out;
  }

  /** A starred expression on its own is only valid inside a display or a call. */
  private void checkNotStarred(Expr e) {
    if (e instanceof Node.Starred) {
      compilerError(e, "can't use starred expression here");
    }
  }

  // ---------------------------------------------------------------- compound statements

  /** The body after a ':': an indented block or simple statements on the same line. */
  private List<Stmt> block(String what, Token header) {
    blockDepth++;
    try {
      return blockBody(what, header);
    } finally {
      blockDepth--;
    }
  }

  private List<Stmt> blockBody(String what, Token header) {
    List<Stmt> body = new ArrayList<>();
    if (!match(TokenKind.NEWLINE)) {
      simpleStatements(body);
      return body;
    }
    if (!check(TokenKind.INDENT)) {
      Token t = peek();
      throw indentationError(
          t, "expected an indented block after " + what + " on line " + header.line(), t.col());
    }
    advance();
    do {
      statement(body);
    } while (!check(TokenKind.DEDENT));
    advance();
    return body;
  }

  /** The ':' ending a header that CPython reports as "expected ':'" when a newline comes. */
  private void headerColon() {
    if (check(TokenKind.COLON)) {
      advance();
      resolveYields();
      return;
    }
    if (check(TokenKind.NEWLINE)) {
      throw error(peek(), "expected ':'");
    }
    throw invalidSyntax();
  }

  /** The ':' CPython's grammar insists on ("&&':'"): anything else is "expected ':'". */
  private void forcedColon() {
    if (!check(TokenKind.COLON)) {
      throw error(peek(), "expected ':'");
    }
    advance();
    resolveYields();
  }

  private Stmt ifStatement() {
    Token t = advance();
    Expr test = namedExpression();
    headerColon();
    List<Stmt> body = block("'" + t.text() + "' statement", t);
    List<Stmt> orelse = List.of();
    if (check(TokenKind.ELIF)) {
      orelse = List.of(ifStatement());
    } else if (check(TokenKind.ELSE)) {
      orelse = elseBlock();
    }
    return at(new Node.If(test, body, orelse, t.line(), t.col()));
  }

  private List<Stmt> elseBlock() {
    Token t = advance();
    forcedColon();
    return block("'else' statement", t);
  }

  private Stmt whileStatement() {
    Token t = advance();
    Expr test = namedExpression();
    headerColon();
    List<Stmt> body = loopBody("'while' statement", t);
    List<Stmt> orelse = check(TokenKind.ELSE) ? elseBlock() : List.of();
    return at(new Node.While(test, body, orelse, t.line(), t.col()));
  }

  private List<Stmt> loopBody(String what, Token header) {
    loopDepth++;
    try {
      return block(what, header);
    } finally {
      loopDepth--;
    }
  }

  private Stmt forStatement() {
    return forStatement(null);
  }

  private Stmt forStatement(Token async) {
    Token t = advance();
    Expr target = forTargets();
    Expr iter = starExpressions();
    checkNotStarred(iter);
    headerColon();
    List<Stmt> body = loopBody("'for' statement", t);
    List<Stmt> orelse = check(TokenKind.ELSE) ? elseBlock() : List.of();
    if (async != null) {
      return at(new Node.AsyncFor(target, iter, body, orelse, async.line(), async.col()));
    }
    return at(new Node.For(target, iter, body, orelse, t.line(), t.col()));
  }

  /**
   * The targets of a for loop or comprehension ({@code a, (b, *c)}) and the 'in' after them, given
   * STORE context. When they are not valid targets CPython re-reads them as expressions to say what
   * cannot be assigned to.
   */
  private Expr forTargets() {
    int startIndex = pos;
    Expr target = null;
    try {
      target = targetList();
    } catch (PySyntaxError e) {
      if (!isGeneric(e)) {
        throw e;
      }
    }
    if (target != null && invalidTarget(target, Targets.FOR) == null && check(TokenKind.IN)) {
      advance();
      return store(target);
    }
    Expr[] reread = new Expr[1];
    probe(
        () -> {
          pos = startIndex;
          reread[0] = starExpressions();
        });
    Expr bad = reread[0] == null ? null : invalidTarget(reread[0], Targets.FOR);
    if (bad != null) {
      throw errorAt(bad, "cannot assign to " + exprName(bad));
    }
    throw invalidSyntax();
  }

  private Expr targetList() {
    Token start = peek();
    Expr first = targetElement();
    if (!check(TokenKind.COMMA)) {
      return first;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (match(TokenKind.COMMA)) {
      if (check(TokenKind.IN)) {
        break;
      }
      elts.add(targetElement());
    }
    return at(new Node.Tuple(elts, Ctx.LOAD, start.line(), start.col()));
  }

  private Expr targetElement() {
    Token t = peek();
    if (match(TokenKind.STAR)) {
      return at(new Node.Starred(bitwiseOr(), Ctx.LOAD, t.line(), t.col()));
    }
    return bitwiseOr();
  }

  private Stmt withStatement() {
    return withStatement(null);
  }

  private Stmt withStatement(Token async) {
    Token t = advance();
    List<Node.WithItem> items = null;
    if (check(TokenKind.LPAR)) {
      items = alternative(this::parenthesizedWithItems);
      if (items != null) {
        items = parenthesizedWithItems();
      }
    }
    if (items == null) {
      items = new ArrayList<>();
      do {
        items.add(withItem());
      } while (match(TokenKind.COMMA));
    }
    headerColon();
    List<Stmt> body = block("'with' statement", t);
    if (async != null) {
      return at(new Node.AsyncWith(items, body, async.line(), async.col()));
    }
    return at(new Node.With(items, body, t.line(), t.col()));
  }

  /** {@code with (a as b, c as d):}; fails unless the closing ')' is followed by ':'. */
  private List<Node.WithItem> parenthesizedWithItems() {
    advance();
    List<Node.WithItem> items = new ArrayList<>();
    do {
      if (check(TokenKind.RPAR) && !items.isEmpty()) {
        break;
      }
      items.add(withItem());
    } while (match(TokenKind.COMMA));
    consume(TokenKind.RPAR);
    if (!check(TokenKind.COLON)) {
      throw invalidSyntax();
    }
    return items;
  }

  private Node.WithItem withItem() {
    Token start = peek();
    Expr context = expression();
    Expr vars = null;
    if (match(TokenKind.AS)) {
      Expr target = targetElement();
      if (!check(TokenKind.COMMA)
          && !check(TokenKind.RPAR)
          && !check(TokenKind.COLON)
          && !check(TokenKind.NEWLINE)) {
        throw invalidSyntax();
      }
      Expr bad = invalidTarget(target, Targets.STAR);
      if (bad != null) {
        throw errorAt(bad, "cannot assign to " + exprName(bad));
      }
      vars = store(target);
    }
    return at(new Node.WithItem(context, vars, start.line(), start.col()));
  }

  private Stmt tryStatement() {
    Token t = advance();
    forcedColon();
    List<Stmt> body = block("'try' statement", t);
    List<Node.ExceptHandler> handlers = new ArrayList<>();
    while (check(TokenKind.EXCEPT)) {
      Node.ExceptHandler h = exceptBlock();
      if (!handlers.isEmpty() && handlers.get(0).star() != h.star()) {
        throw errorAt(h, "cannot have both 'except' and 'except*' on the same 'try'");
      }
      handlers.add(h);
    }
    List<Stmt> orelse = List.of();
    if (!handlers.isEmpty() && check(TokenKind.ELSE)) {
      orelse = elseBlock();
    }
    List<Stmt> finalbody = List.of();
    if (check(TokenKind.FINALLY)) {
      Token f = advance();
      forcedColon();
      finalbody = block("'finally' statement", f);
    } else if (handlers.isEmpty()) {
      throw error(peek(), "expected 'except' or 'finally' block");
    }
    for (int i = 0; i < handlers.size() - 1; i++) {
      if (handlers.get(i).type() == null) {
        compilerError(handlers.get(i), "default 'except:' must be last");
      }
    }
    return at(new Node.Try(body, handlers, orelse, finalbody, t.line(), t.col()));
  }

  private Node.ExceptHandler exceptBlock() {
    Token t = advance();
    boolean star = match(TokenKind.STAR);
    Expr type = null;
    String name = null;
    if (star && (check(TokenKind.COLON) || check(TokenKind.NEWLINE))) {
      throw error(peek(), "expected one or more exception types");
    }
    if (check(TokenKind.NEWLINE)) {
      throw error(peek(), "expected ':'");
    }
    if (!check(TokenKind.COLON)) {
      type = expression();
      if (check(TokenKind.COMMA)) {
        Expr first = type;
        Boolean more =
            lookahead(
                () -> {
                  while (match(TokenKind.COMMA)) {
                    expression();
                  }
                  if (match(TokenKind.AS)) {
                    consume(TokenKind.NAME);
                  }
                  return check(TokenKind.COLON);
                });
        if (more != null && more) {
          throw errorAt(first, "multiple exception types must be parenthesized");
        }
      }
      if (match(TokenKind.AS)) {
        name = consume(TokenKind.NAME).text();
      }
      if (check(TokenKind.NEWLINE)) {
        throw error(peek(), "expected ':'");
      }
    }
    consume(TokenKind.COLON);
    resolveYields();
    List<Stmt> body = block(star ? "'except*' statement" : "'except' statement", t);
    return at(new Node.ExceptHandler(type, name, body, star, t.line(), t.col()));
  }

  private Stmt decorated() {
    List<Expr> decorators = new ArrayList<>();
    while (match(TokenKind.AT)) {
      decorators.add(namedExpression());
      if (!match(TokenKind.NEWLINE)) {
        throw invalidSyntax();
      }
    }
    resolveYields();
    if (check(TokenKind.DEF)) {
      return functionDef(decorators);
    }
    if (check(TokenKind.CLASS)) {
      return classDef(decorators);
    }
    if (check(TokenKind.ASYNC) && nextIs(TokenKind.DEF)) {
      return asyncStatement(decorators);
    }
    throw invalidSyntax();
  }

  /** {@code async def}, {@code async for} or {@code async with}. */
  private Stmt asyncStatement(List<Expr> decorators) {
    Token a = advance();
    if (check(TokenKind.DEF)) {
      return functionDef(decorators, a);
    }
    if (decorators.isEmpty() && check(TokenKind.FOR)) {
      return forStatement(a);
    }
    if (decorators.isEmpty() && check(TokenKind.WITH)) {
      return withStatement(a);
    }
    throw invalidSyntax();
  }

  private Stmt functionDef(List<Expr> decorators) {
    return functionDef(decorators, null);
  }

  private Stmt functionDef(List<Expr> decorators, Token async) {
    Token t = advance();
    Token name = consume(TokenKind.NAME);
    if (!check(TokenKind.LPAR)) {
      throw error(peek(), "expected '('");
    }
    advance();
    Node.Arguments args = parameters(false);
    consume(TokenKind.RPAR);
    Expr returns = null;
    if (check(TokenKind.RARROW)) {
      // The ':' after the annotation is required at once, before any closer look at errors.
      Mark beforeArrow = mark();
      advance();
      boolean saved = checkInvalid;
      checkInvalid = false;
      try {
        returns = expression();
      } catch (PySyntaxError e) {
        if (!isGeneric(e)) {
          throw e;
        }
        int reached = furthest;
        reset(beforeArrow);
        furthest = reached;
      } finally {
        checkInvalid = saved;
      }
    }
    forcedColon();
    checkParameters(args, t);
    Scope savedScope = scope;
    int savedLoops = loopDepth;
    scope = Scope.FUNCTION;
    loopDepth = 0;
    try {
      List<Stmt> body = block("function definition", t);
      Token at = async != null ? async : t;
      return at(
          new Node.FunctionDef(
              name.text(), args, body, decorators, returns, async != null, at.line(), at.col()));
    } finally {
      scope = savedScope;
      loopDepth = savedLoops;
    }
  }

  /** Duplicate and {@code __debug__} parameters, which CPython finds after parsing. */
  private void checkParameters(Node.Arguments args, Token definition) {
    List<Arg> all = new ArrayList<>(args.posonly());
    all.addAll(args.args());
    all.addAll(args.kwonly());
    if (args.vararg() != null) {
      all.add(args.vararg());
    }
    if (args.kwarg() != null) {
      all.add(args.kwarg());
    }
    Set<String> seen = new HashSet<>();
    for (Arg a : all) {
      if (!seen.add(a.name())) {
        symtableError(a, "duplicate argument '" + a.name() + "' in function definition");
      }
      if (a.name().equals("__debug__")) {
        compilerError(definition.line(), definition.col(), "cannot assign to __debug__");
      }
    }
  }

  private Stmt classDef(List<Expr> decorators) {
    Token t = advance();
    Token name = consume(TokenKind.NAME);
    List<Expr> bases = new ArrayList<>();
    List<Node.Keyword> keywords = new ArrayList<>();
    if (match(TokenKind.LPAR)) {
      if (!check(TokenKind.RPAR)) {
        arguments(bases, keywords, null);
      }
      consume(TokenKind.RPAR);
    }
    headerColon();
    Scope savedScope = scope;
    int savedLoops = loopDepth;
    scope = Scope.CLASS;
    loopDepth = 0;
    try {
      List<Stmt> body = block("class definition", t);
      return at(
          new Node.ClassDef(name.text(), bases, keywords, body, decorators, t.line(), t.col()));
    } finally {
      scope = savedScope;
      loopDepth = savedLoops;
    }
  }

  /**
   * A parameter list up to ')' (or ':' for a lambda), with CPython's messages for parameters in the
   * wrong order.
   */
  private Node.Arguments parameters(boolean lambda) {
    TokenKind close = lambda ? TokenKind.COLON : TokenKind.RPAR;
    List<Arg> posonly = new ArrayList<>();
    List<Arg> args = new ArrayList<>();
    List<Expr> defaults = new ArrayList<>();
    List<Arg> kwonly = new ArrayList<>();
    List<Expr> kwDefaults = new ArrayList<>();
    Arg vararg = null;
    Arg kwarg = null;
    boolean sawStar = false;
    boolean sawSlash = false;
    int afterSlash = 0;
    while (!check(close)) {
      Token t = peek();
      if (kwarg != null) {
        throw error(t, "arguments cannot follow var-keyword argument");
      }
      if (t.is(TokenKind.SLASH)) {
        if (sawSlash) {
          throw error(t, "/ may appear only once");
        }
        if (sawStar) {
          throw error(t, "/ must be ahead of *");
        }
        if (args.isEmpty()) {
          if (nextIs(TokenKind.COMMA)) {
            throw error(t, "at least one argument must precede /");
          }
          throw invalidSyntax();
        }
        advance();
        if (check(TokenKind.STAR)) {
          throw error(peek(), "expected comma between / and *");
        }
        posonly.addAll(args);
        args.clear();
        sawSlash = true;
      } else if (t.is(TokenKind.STAR)) {
        if (sawStar) {
          throw error(t, "* argument may appear only once");
        }
        advance();
        sawStar = true;
        if (check(close)
            || (check(TokenKind.COMMA)
                && (peekAt(1).is(close) || peekAt(1).is(TokenKind.DOUBLESTAR)))) {
          throw error(
              lambda ? peekAt(check(close) ? 0 : 1) : t, "named arguments must follow bare *");
        }
        if (!check(TokenKind.COMMA)) {
          vararg = parameter(lambda, true);
          if (check(TokenKind.EQUAL)) {
            throw error(peek(), "var-positional argument cannot have default value");
          }
        }
      } else if (t.is(TokenKind.DOUBLESTAR)) {
        advance();
        kwarg = parameter(lambda, false);
        if (check(TokenKind.EQUAL)) {
          throw error(peek(), "var-keyword argument cannot have default value");
        }
      } else if (t.is(TokenKind.NAME)) {
        Arg a = parameter(lambda, false);
        Expr value = null;
        if (check(TokenKind.EQUAL)) {
          Token eq = advance();
          if (check(TokenKind.COMMA) || check(TokenKind.RPAR)) {
            throw error(eq, "expected default value expression");
          }
          value = expression();
        }
        if (sawStar) {
          kwonly.add(a);
          kwDefaults.add(value);
        } else {
          if (value != null) {
            defaults.add(value);
          } else if (!defaults.isEmpty()) {
            // CPython names this only right after the defaults, or right after their '/'.
            if ((check(TokenKind.COMMA) || check(close)) && afterSlash == 0) {
              throw errorAt(a, "non-default argument follows default argument")
                  .withEnd(previous().endLine(), previous().endCol());
            }
            throw invalidSyntax();
          }
          args.add(a);
          if (sawSlash) {
            afterSlash++;
          }
        }
      } else if (t.is(TokenKind.LPAR)
          && !lambda
          && !sawStar
          && !sawSlash
          && defaults.isEmpty()
          && parenthesizedParameters()) {
        throw error(t, "Function parameters cannot be parenthesized");
      } else {
        throw invalidSyntax();
      }
      if (!match(TokenKind.COMMA)) {
        break;
      }
    }
    return at(new Node.Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults));
  }

  private boolean parenthesizedParameters() {
    Boolean ok =
        lookahead(
            () -> {
              advance();
              do {
                if (check(TokenKind.RPAR) && previous().is(TokenKind.COMMA)) {
                  break;
                }
                consume(TokenKind.NAME);
              } while (match(TokenKind.COMMA));
              consume(TokenKind.RPAR);
              return true;
            });
    return ok != null;
  }

  private Arg parameter(boolean lambda, boolean star) {
    Token n = consume(TokenKind.NAME);
    Expr annotation = null;
    if (!lambda && match(TokenKind.COLON)) {
      annotation = star && check(TokenKind.STAR) ? starExpression() : expression();
    }
    return new Arg(n.text(), annotation, n.line(), n.col());
  }

  // ---------------------------------------------------------------- yield bookkeeping

  /** Settles the yields of a finished statement: valid only directly inside a function. */
  private void resolveYields() {
    if (pendingYields.isEmpty()) {
      return;
    }
    if (scope != Scope.FUNCTION) {
      for (PendingYield y : pendingYields) {
        symtableError(y.node(), "'yield' outside function");
      }
    }
    pendingYields.clear();
  }

  /**
   * Takes the pending yields between source offsets {@code from} and {@code to} (except those in
   * {@code [skipFrom, skipTo)}, the part evaluated outside) into a nested scope: a lambda, where
   * they are fine, or a comprehension named {@code comprehension}, where they are not.
   */
  private void claimYields(int from, int to, int skipFrom, int skipTo, String comprehension) {
    for (int i = pendingYields.size() - 1; i >= 0; i--) {
      PendingYield y = pendingYields.get(i);
      if (y.offset() >= from
          && y.offset() < to
          && !(y.offset() >= skipFrom && y.offset() < skipTo)) {
        if (comprehension != null) {
          symtableError(y.node(), "'yield' inside " + comprehension);
        }
        pendingYields.remove(i);
      }
    }
  }

  // ---------------------------------------------------------------- expressions

  /** Whether {@code t} can begin an expression ({@code star} also allows a starred one). */
  private static boolean startsExpression(Token t, boolean star) {
    return switch (t.kind()) {
      case NAME,
          NUMBER,
          STRING,
          LPAR,
          LSQB,
          LBRACE,
          MINUS,
          PLUS,
          TILDE,
          NOT,
          LAMBDA,
          AWAIT,
          TRUE,
          FALSE,
          NONE,
          ELLIPSIS ->
          true;
      case STAR -> star;
      default -> false;
    };
  }

  /** star_expressions: an expression, or a tuple of them without parentheses. */
  private Expr starExpressions() {
    Token start = peek();
    Expr first = starExpression();
    if (!check(TokenKind.COMMA)) {
      return first;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (match(TokenKind.COMMA)) {
      if (!startsExpression(peek(), true)) {
        break;
      }
      elts.add(starExpression());
    }
    return at(new Node.Tuple(elts, Ctx.LOAD, start.line(), start.col()));
  }

  private Expr starExpression() {
    Token t = peek();
    if (match(TokenKind.STAR)) {
      return at(new Node.Starred(bitwiseOr(), Ctx.LOAD, t.line(), t.col()));
    }
    return expression();
  }

  /** Comma-separated star_named_expressions up to {@code close}, as a tuple if more than one. */
  private Expr starNamedExpressions(TokenKind close) {
    Token start = peek();
    Expr first = starNamedExpression();
    if (!check(TokenKind.COMMA)) {
      return first;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (match(TokenKind.COMMA)) {
      if (check(close)) {
        break;
      }
      elts.add(starNamedExpression());
    }
    return at(new Node.Tuple(elts, Ctx.LOAD, start.line(), start.col()));
  }

  private Expr starNamedExpression() {
    Token t = peek();
    if (match(TokenKind.STAR)) {
      return at(new Node.Starred(bitwiseOr(), Ctx.LOAD, t.line(), t.col()));
    }
    return namedExpression();
  }

  /** named_expression: {@code name := value} or an expression. */
  private Expr namedExpression() {
    Token start = peek();
    if (start.is(TokenKind.NAME) && peekAt(1).is(TokenKind.COLONEQUAL)) {
      advance();
      advance();
      Expr value = expression();
      Node.Name target = at(new Node.Name(start.text(), Ctx.STORE, start.line(), start.col()));
      return at(new Node.NamedExpr(target, value, start.line(), start.col()));
    }
    Expr e = expression();
    if (checkInvalid
        && check(TokenKind.COLONEQUAL)
        && lookahead(
                () -> {
                  advance();
                  return expression();
                })
            != null) {
      throw errorAt(e, "cannot use assignment expressions with " + exprName(e));
    }
    if (checkInvalid && check(TokenKind.EQUAL)) {
      PySyntaxError misuse = equalsMisuse(e, pos + 1);
      if (misuse != null) {
        throw misuse;
      }
    }
    return e;
  }

  private Expr expression() {
    Token start = peek();
    if (start.is(TokenKind.LAMBDA)) {
      return lambda();
    }
    int startIndex = pos;
    Expr body = disjunction();
    if (checkInvalid) {
      juxtaposed(startIndex, body);
    }
    if (!check(TokenKind.IF)) {
      return body;
    }
    // Without 'else', CPython's grammar settles for the expression before 'if'.
    Mark beforeIf = mark();
    advance();
    int testStart = pos;
    Expr test = null;
    try {
      test = disjunction();
    } catch (PySyntaxError e) {
      if (!isGeneric(e)) {
        throw e;
      }
      if (checkInvalid
          && lookahead(
                  () -> {
                    pos = testStart;
                    return atom();
                  })
              != null) {
        throw errorAt(body, "expected 'else' after 'if' expression");
      }
    }
    if (test == null || !check(TokenKind.ELSE)) {
      if (test != null && checkInvalid && !check(TokenKind.COLON)) {
        // The carets span the body and the condition.
        throw errorAt(body, "expected 'else' after 'if' expression")
            .withEnd(positions.endLine(test), positions.endCol(test));
      }
      int reached = furthest;
      reset(beforeIf);
      furthest = reached;
      return body;
    }
    advance();
    Expr orelse = expression();
    return at(new Node.IfExp(test, body, orelse, start.line(), start.col()));
  }

  /**
   * Two expressions side by side. Inside brackets CPython guesses a missing comma when what follows
   * parses as an expression; anywhere, a name followed by an expression may be a Python 2 print
   * statement later on the line, which it reports instead.
   */
  private void juxtaposed(int startIndex, Expr a) {
    Token next = peek();
    if (!startsExpression(next, false) || next.is(TokenKind.NOT) && nextIs(TokenKind.IN)) {
      return;
    }
    Token first = tokens.get(startIndex);
    boolean bareName = a instanceof Node.Name && startIndex + 1 == pos;
    // CPython tests the expression, not its tokens: '(print)' is as much a legacy name.
    boolean legacyName =
        a instanceof Node.Name n && (n.id().equals("print") || n.id().equals("exec"));
    boolean legacy = bareName && legacyName;
    // CPython compares only the name's length of a soft keyword, so 'c' counts as 'case'.
    boolean excluded =
        first.is(TokenKind.NAME)
            && (tokens.get(startIndex + 1).is(TokenKind.STRING)
                || "match".startsWith(first.text())
                || "case".startsWith(first.text())
                || first.text().equals("_"));
    if (!excluded && expressionWithoutInvalid() && !legacyName && bracketDepth > 0) {
      throw errorAt(a, "invalid syntax. Perhaps you forgot a comma?");
    }
    if (bareName && !next.is(TokenKind.LPAR)) {
      Mark m = mark();
      boolean parsed = true;
      Token argsEnd = null;
      try {
        starExpressions();
        argsEnd = tokens.get(pos - 1);
      } catch (PySyntaxError e) {
        if (!isGeneric(e)) {
          throw e;
        }
        parsed = false;
      } finally {
        reset(m);
      }
      // CPython's grammar accepts a prefix, so an operand that parses is enough.
      if (legacy && (parsed || lookahead(this::atom) != null)) {
        PySyntaxError e =
            errorAt(
                a,
                "Missing parentheses in call to '"
                    + first.text()
                    + "'. Did you mean "
                    + first.text()
                    + "(...)?");
        // The carets span the statement: the name and what follows it.
        throw argsEnd == null ? e : e.withEnd(argsEnd.endLine(), argsEnd.endCol());
      }
    }
  }

  /**
   * Whether an expression starts here, as CPython's PEG grammar sees it: the longest expression
   * that parses, so 'y' in 'y*)' or '_' in '_.(2)' counts, the operator or trailer after it being
   * left unparsed. This parser raises on such a dangling operator instead of settling for the
   * shorter expression; an expression that does not parse whole still starts here when its prefix
   * operators ('not', '-', '+', '~', 'await') lead to an atom that parses, or a lambda's parameters
   * and colon to a body that does. A lambda is looked at only so (a whole lambda that parses has a
   * body that does): parsing it whole first, then its body again on the way in, made a chain of n
   * lambdas cost n²/2 lambda parses (5,000 after a juxtaposed operand took minutes and gigabytes).
   */
  private boolean expressionWithoutInvalid() {
    boolean saved = withoutInvalid;
    withoutInvalid = true;
    try {
      if (check(TokenKind.LAMBDA)) {
        return lookahead(this::expressionPrefix) != null;
      }
      return lookahead(this::expression) != null || lookahead(this::expressionPrefix) != null;
    } finally {
      withoutInvalid = saved;
    }
  }

  /** The shortest start of an expression ({@link #expressionWithoutInvalid}); returns true. */
  private Boolean expressionPrefix() {
    while (check(TokenKind.NOT)
        || check(TokenKind.MINUS)
        || check(TokenKind.PLUS)
        || check(TokenKind.TILDE)
        || check(TokenKind.AWAIT)) {
      advance();
    }
    if (check(TokenKind.LAMBDA)) {
      advance();
      parameters(true);
      consume(TokenKind.COLON);
      return expressionWithoutInvalid() ? Boolean.TRUE : null;
    }
    atom();
    return Boolean.TRUE;
  }

  private Expr lambda() {
    Token t = advance();
    Node.Arguments args = parameters(true);
    consume(TokenKind.COLON);
    int bodyStart = peek().start();
    Expr body = expression();
    claimYields(bodyStart, previous().end(), 0, 0, null);
    checkParameters(args, t);
    return at(new Node.Lambda(args, body, t.line(), t.col()));
  }

  private Expr disjunction() {
    Token start = peek();
    if (!checkInvalid && withoutInvalid) {
      plainDisjunctions.add(start.start());
    } else if (checkInvalid
        && !plainDisjunctions.isEmpty()
        && plainDisjunctions.contains(start.start())) {
      checkInvalid = false;
      try {
        return disjunction();
      } finally {
        checkInvalid = true;
      }
    }
    Expr first = conjunction();
    if (!check(TokenKind.OR)) {
      return first;
    }
    List<Expr> values = new ArrayList<>();
    values.add(first);
    while (match(TokenKind.OR)) {
      values.add(conjunction());
    }
    return at(new Node.BoolOp(false, values, start.line(), start.col()));
  }

  private Expr conjunction() {
    Token start = peek();
    Expr first = inversion();
    if (!check(TokenKind.AND)) {
      return first;
    }
    List<Expr> values = new ArrayList<>();
    values.add(first);
    while (match(TokenKind.AND)) {
      values.add(inversion());
    }
    return at(new Node.BoolOp(true, values, start.line(), start.col()));
  }

  private Expr inversion() {
    Token t = peek();
    if (match(TokenKind.NOT)) {
      return at(new Node.UnaryOp(UnaryOpKind.NOT, inversion(), t.line(), t.col()));
    }
    return comparison();
  }

  private Expr comparison() {
    Token start = peek();
    Expr left = bitwiseOr();
    List<CmpOpKind> ops = null;
    List<Expr> comparators = null;
    while (true) {
      CmpOpKind op = compareOperator();
      if (op == null) {
        break;
      }
      if (ops == null) {
        ops = new ArrayList<>();
        comparators = new ArrayList<>();
      }
      ops.add(op);
      comparators.add(bitwiseOr());
    }
    if (ops == null) {
      return left;
    }
    return at(new Node.Compare(left, ops, comparators, start.line(), start.col()));
  }

  /** Consumes a comparison operator (one or two tokens) and returns it, or returns null. */
  private CmpOpKind compareOperator() {
    Token t = peek();
    CmpOpKind op =
        switch (t.kind()) {
          case EQEQUAL -> CmpOpKind.EQ;
          case NOTEQUAL -> CmpOpKind.NOT_EQ;
          case LESS -> CmpOpKind.LT;
          case LESSEQUAL -> CmpOpKind.LT_E;
          case GREATER -> CmpOpKind.GT;
          case GREATEREQUAL -> CmpOpKind.GT_E;
          case IN -> CmpOpKind.IN;
          case IS -> CmpOpKind.IS;
          case NOT -> peekAt(1).is(TokenKind.IN) ? CmpOpKind.NOT_IN : null;
          default -> null;
        };
    if (op == null) {
      return null;
    }
    if (op == CmpOpKind.LT && peekAt(1).is(TokenKind.GREATER) && peekAt(1).start() == t.end()) {
      throw error(t, "invalid syntax");
    }
    advance();
    if (op == CmpOpKind.NOT_IN) {
      advance();
    } else if (op == CmpOpKind.IS && match(TokenKind.NOT)) {
      op = CmpOpKind.IS_NOT;
    }
    return op;
  }

  private Expr bitwiseOr() {
    Token start = peek();
    Expr left = bitwiseXor();
    while (match(TokenKind.VBAR)) {
      left = binOp(left, BinOpKind.BITOR, bitwiseXor(), start);
    }
    return left;
  }

  private Expr bitwiseXor() {
    Token start = peek();
    Expr left = bitwiseAnd();
    while (match(TokenKind.CIRCUMFLEX)) {
      left = binOp(left, BinOpKind.BITXOR, bitwiseAnd(), start);
    }
    return left;
  }

  private Expr bitwiseAnd() {
    Token start = peek();
    Expr left = shift();
    while (match(TokenKind.AMPER)) {
      left = binOp(left, BinOpKind.BITAND, shift(), start);
    }
    return left;
  }

  private Expr shift() {
    Token start = peek();
    Expr left = sum();
    while (true) {
      BinOpKind op =
          switch (peek().kind()) {
            case LEFTSHIFT -> BinOpKind.LSHIFT;
            case RIGHTSHIFT -> BinOpKind.RSHIFT;
            default -> null;
          };
      if (op == null) {
        return left;
      }
      advance();
      left = binOp(left, op, sum(), start);
    }
  }

  private Expr sum() {
    Token start = peek();
    Expr left = term();
    while (true) {
      BinOpKind op =
          switch (peek().kind()) {
            case PLUS -> BinOpKind.ADD;
            case MINUS -> BinOpKind.SUB;
            default -> null;
          };
      if (op == null) {
        return left;
      }
      advance();
      left = binOp(left, op, term(), start);
    }
  }

  private Expr term() {
    Token start = peek();
    Expr left = factor();
    while (true) {
      BinOpKind op =
          switch (peek().kind()) {
            case STAR -> BinOpKind.MULT;
            case SLASH -> BinOpKind.DIV;
            case DOUBLESLASH -> BinOpKind.FLOORDIV;
            case PERCENT -> BinOpKind.MOD;
            case AT -> BinOpKind.MATMULT;
            default -> null;
          };
      if (op == null) {
        return left;
      }
      advance();
      left = binOp(left, op, factor(), start);
    }
  }

  private Expr binOp(Expr left, BinOpKind op, Expr right, Token start) {
    return at(new Node.BinOp(left, op, right, start.line(), start.col()));
  }

  private Expr factor() {
    Token t = peek();
    UnaryOpKind op =
        switch (t.kind()) {
          case PLUS -> UnaryOpKind.UADD;
          case MINUS -> UnaryOpKind.USUB;
          case TILDE -> UnaryOpKind.INVERT;
          default -> null;
        };
    if (op == null) {
      return power();
    }
    advance();
    return at(new Node.UnaryOp(op, factor(), t.line(), t.col()));
  }

  /** {@code a ** b}: binds tighter than a unary minus on its left, looser on its right. */
  private Expr power() {
    Token start = peek();
    Expr base;
    if (start.is(TokenKind.AWAIT)) {
      advance();
      base = at(new Node.Await(primary(), start.line(), start.col()));
    } else {
      base = primary();
    }
    if (match(TokenKind.DOUBLESTAR)) {
      return binOp(base, BinOpKind.POW, factor(), start);
    }
    return base;
  }

  private Expr primary() {
    Token start = peek();
    Expr e = atom();
    while (true) {
      Token t = peek();
      if (t.is(TokenKind.DOT)) {
        advance();
        Token name = consume(TokenKind.NAME);
        e = at(new Node.Attribute(e, name.text(), Ctx.LOAD, start.line(), start.col()));
      } else if (t.is(TokenKind.LPAR) || t.is(TokenKind.LSQB)) {
        Mark m = mark();
        try {
          e = t.is(TokenKind.LPAR) ? call(e, start) : subscript(e, start);
        } catch (PySyntaxError x) {
          if (!isGeneric(x)) {
            throw x;
          }
          // Like CPython's grammar, settle for the primary without the trailer that failed.
          int reached = furthest;
          reset(m);
          furthest = reached;
          return e;
        }
      } else {
        return e;
      }
    }
  }

  private Expr subscript(Expr value, Token start) {
    advance();
    Expr slice = slices();
    consume(TokenKind.RSQB);
    return at(new Node.Subscript(value, slice, Ctx.LOAD, start.line(), start.col()));
  }

  private Expr call(Expr func, Token start) {
    Token open = advance();
    List<Expr> args = new ArrayList<>();
    List<Node.Keyword> keywords = new ArrayList<>();
    if (!check(TokenKind.RPAR)) {
      arguments(args, keywords, open);
    }
    consume(TokenKind.RPAR);
    if (args.size() == 1 && args.get(0) instanceof Node.GeneratorExp g) {
      closed(g, open);
    }
    Node.Call call = at(new Node.Call(func, args, keywords, start.line(), start.col()));
    Set<String> names = keywords.isEmpty() ? Set.of() : new HashSet<>();
    for (Node.Keyword k : keywords) {
      if (k.name() != null && !names.add(k.name())) {
        compilerError(k, "keyword argument repeated: " + k.name());
      }
      if ("__debug__".equals(k.name())) {
        compilerError(call, "cannot assign to __debug__");
      }
    }
    return call;
  }

  /**
   * Call arguments (or class bases, when {@code open} is null) up to ')': positional, {@code *a},
   * {@code name=value} and {@code **k}, with CPython's messages for misordered ones. A generator
   * expression may be the only argument of a call.
   */
  private void arguments(List<Expr> args, List<Node.Keyword> keywords, Token open) {
    boolean sawKeyword = false;
    boolean sawDoubleStar = false;
    String misordered = null;
    do {
      if (check(TokenKind.RPAR)) {
        break;
      }
      Token t = peek();
      if (t.is(TokenKind.STAR)) {
        if (sawDoubleStar) {
          throw error(t, "iterable argument unpacking follows keyword argument unpacking");
        }
        advance();
        args.add(at(new Node.Starred(expression(), Ctx.LOAD, t.line(), t.col())));
      } else if (t.is(TokenKind.DOUBLESTAR)) {
        advance();
        keywords.add(at(new Node.Keyword(null, expression(), t.line(), t.col())));
        sawDoubleStar = true;
      } else if (t.is(TokenKind.NAME) && peekAt(1).is(TokenKind.EQUAL)) {
        advance();
        advance();
        Expr value = expression();
        if (check(TokenKind.FOR)) {
          throw error(t, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        keywords.add(at(new Node.Keyword(t.text(), value, t.line(), t.col())));
        sawKeyword = true;
      } else if ((t.is(TokenKind.TRUE) || t.is(TokenKind.FALSE) || t.is(TokenKind.NONE))
          && nextIs(TokenKind.EQUAL)) {
        throw error(t, "cannot assign to " + t.text());
      } else {
        Expr e = argumentExpression();
        if (check(TokenKind.EQUAL)) {
          throw errorAt(e, "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        if (check(TokenKind.FOR) || check(TokenKind.ASYNC)) {
          if (open == null) {
            throw invalidSyntax();
          }
          Expr genexp = comprehension(t, open, e, null, CompKind.GENERATOR);
          boolean first = args.isEmpty() && keywords.isEmpty();
          if (first && check(TokenKind.RPAR)) {
            args.add(genexp);
            return;
          }
          // CPython's rule for a first argument wants a comma after its clauses: with anything
          // else there, it is plain invalid syntax where parsing stopped.
          if (first && !check(TokenKind.COMMA)) {
            throw invalidSyntax();
          }
          // The carets span the generator expression, up to its last clause.
          Token last = tokens.get(pos - 1);
          throw errorAt(e, "Generator expression must be parenthesized")
              .withEnd(last.endLine(), last.endCol());
        }
        if (misordered == null && (sawKeyword || sawDoubleStar)) {
          misordered =
              sawDoubleStar
                  ? "positional argument follows keyword argument unpacking"
                  : "positional argument follows keyword argument";
        }
        args.add(e);
      }
    } while (match(TokenKind.COMMA));
    if (misordered != null) {
      throw error(peek(), misordered);
    }
  }

  /** One positional argument: {@code name := value} or an expression. */
  private Expr argumentExpression() {
    Token start = peek();
    if (start.is(TokenKind.NAME) && peekAt(1).is(TokenKind.COLONEQUAL)) {
      return namedExpression();
    }
    return expression();
  }

  /** A subscript: one index or slice, or a tuple of them. */
  private Expr slices() {
    Token start = peek();
    Expr first = slice();
    if (!check(TokenKind.COMMA)) {
      return first instanceof Node.Starred
          ? at(new Node.Tuple(List.of(first), Ctx.LOAD, start.line(), start.col()))
          : first;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (match(TokenKind.COMMA)) {
      if (check(TokenKind.RSQB)) {
        break;
      }
      elts.add(slice());
    }
    return at(new Node.Tuple(elts, Ctx.LOAD, start.line(), start.col()));
  }

  private Expr slice() {
    Token start = peek();
    if (match(TokenKind.STAR)) {
      return at(new Node.Starred(expression(), Ctx.LOAD, start.line(), start.col()));
    }
    Expr lower = null;
    if (!check(TokenKind.COLON)) {
      lower = namedExpression();
      if (!check(TokenKind.COLON)) {
        return lower;
      }
      if (lower instanceof Node.NamedExpr && !grouped.contains(lower)) {
        throw invalidSyntax();
      }
    }
    advance();
    Expr upper = endsSlicePart() ? null : expression();
    Expr step = null;
    if (match(TokenKind.COLON) && !endsSlicePart()) {
      step = expression();
    }
    return at(new Node.Slice(lower, upper, step, start.line(), start.col()));
  }

  private boolean endsSlicePart() {
    return check(TokenKind.COLON) || check(TokenKind.COMMA) || check(TokenKind.RSQB);
  }

  private Expr atom() {
    Token t = peek();
    return switch (t.kind()) {
      case NAME -> {
        advance();
        yield at(new Node.Name(t.text(), Ctx.LOAD, t.line(), t.col()));
      }
      case TRUE, FALSE -> {
        advance();
        yield at(new Node.Constant(t.is(TokenKind.TRUE), t.line(), t.col()));
      }
      case NONE -> {
        advance();
        yield at(new Node.Constant(null, t.line(), t.col()));
      }
      case NUMBER -> {
        advance();
        yield at(new Node.Constant(t.value(), t.line(), t.col()));
      }
      case ELLIPSIS -> {
        advance();
        yield at(new Node.Constant(Node.ELLIPSIS, t.line(), t.col()));
      }
      case STRING -> strings();
      case LPAR -> {
        advance();
        Expr e = parenthesized(t, TokenKind.RPAR);
        consume(TokenKind.RPAR);
        yield closed(e, t);
      }
      case LSQB -> list();
      case LBRACE -> dictOrSet();
      default -> throw invalidSyntax();
    };
  }

  /**
   * What follows '(' up to {@code close}: the empty tuple, a tuple, a generator expression, a
   * yield, or one expression in parentheses. f-string fields are parsed with this too, with their
   * '{' as the opening token and the end of the field as {@code close}.
   */
  private Expr parenthesized(Token open, TokenKind close) {
    if (check(close) && close == TokenKind.RPAR) {
      Expr empty = at(new Node.Tuple(new ArrayList<>(), Ctx.LOAD, open.line(), open.col()));
      parenTuples.add(empty);
      return empty;
    }
    if (check(TokenKind.YIELD)) {
      Expr y = yieldExpression();
      if (!check(close)) {
        throw invalidSyntax();
      }
      grouped.add(y);
      return y;
    }
    if (check(TokenKind.DOUBLESTAR)) {
      Token star = peek();
      Boolean closes =
          lookahead(
              () -> {
                advance();
                expression();
                return check(close);
              });
      if (closes != null && closes) {
        throw error(star, "cannot use double starred expression here");
      }
      throw invalidSyntax();
    }
    Token start = peek();
    Expr first = firstDisplayElement();
    if (check(TokenKind.FOR) || check(TokenKind.ASYNC)) {
      if (first instanceof Node.Starred) {
        throw errorAt(first, "iterable unpacking cannot be used in comprehension");
      }
      return comprehension(start, open, first, null, CompKind.GENERATOR);
    }
    if (check(TokenKind.COMMA)) {
      List<Expr> elts = new ArrayList<>();
      elts.add(first);
      while (match(TokenKind.COMMA)) {
        if (check(close)) {
          break;
        }
        elts.add(starNamedExpression());
      }
      Expr tuple = at(new Node.Tuple(elts, Ctx.LOAD, open.line(), open.col()));
      parenTuples.add(tuple);
      return tuple;
    }
    if (first instanceof Node.Starred) {
      int star = indexOf(start);
      Boolean closes =
          check(close)
              ? Boolean.TRUE
              : lookahead(
                  () -> {
                    pos = star + 1;
                    expression();
                    return check(close);
                  });
      if (closes != null && closes) {
        throw errorAt(first, "cannot use starred expression here");
      }
    }
    if (!check(close)) {
      throw invalidSyntax();
    }
    grouped.add(first);
    return first;
  }

  /**
   * The first element of a display. When a starred one is followed by something unexpected, CPython
   * re-reads it as {@code *expression}, which may find a missing comma.
   */
  private Expr firstDisplayElement() {
    int start = pos;
    Expr first = starNamedExpression();
    if (first instanceof Node.Starred
        && !check(TokenKind.COMMA)
        && !check(TokenKind.FOR)
        && !check(TokenKind.RPAR)
        && !check(TokenKind.RSQB)
        && !check(TokenKind.RBRACE)
        && !check(TokenKind.EOF)) {
      probe(
          () -> {
            pos = start + 1;
            expression();
          });
    }
    return first;
  }

  private Expr list() {
    Token open = advance();
    if (match(TokenKind.RSQB)) {
      return at(new Node.ListExpr(new ArrayList<>(), Ctx.LOAD, open.line(), open.col()));
    }
    Token start = peek();
    Expr first = firstDisplayElement();
    if (check(TokenKind.FOR) || check(TokenKind.ASYNC)) {
      if (first instanceof Node.Starred) {
        throw errorAt(first, "iterable unpacking cannot be used in comprehension");
      }
      Expr comp = comprehension(start, open, first, null, CompKind.LIST);
      consume(TokenKind.RSQB);
      return closed(comp, open);
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    elementsAfterFirst(elts, TokenKind.RSQB);
    consume(TokenKind.RSQB);
    return at(new Node.ListExpr(elts, Ctx.LOAD, open.line(), open.col()));
  }

  /**
   * The rest of a list or set display; a 'for' after several elements is CPython's "did you forget
   * parentheses around the comprehension target?".
   */
  private void elementsAfterFirst(List<Expr> elts, TokenKind close) {
    while (match(TokenKind.COMMA)) {
      if (check(close) || check(TokenKind.FOR)) {
        break;
      }
      elts.add(starNamedExpression());
    }
    if (check(TokenKind.FOR)) {
      boolean[] parsed = new boolean[1];
      probe(
          () -> {
            forIfClauses(null);
            parsed[0] = true;
          });
      if (parsed[0]) {
        throw errorAt(elts.get(0), "did you forget parentheses around the comprehension target?");
      }
    }
  }

  private Expr dictOrSet() {
    Token open = advance();
    if (match(TokenKind.RBRACE)) {
      return at(new Node.Dict(new ArrayList<>(), new ArrayList<>(), open.line(), open.col()));
    }
    Token start = peek();
    if (start.is(TokenKind.DOUBLESTAR)) {
      advance();
      Expr mapping = bitwiseOr();
      if (check(TokenKind.FOR)) {
        throw error(start, "dict unpacking cannot be used in dict comprehension");
      }
      return dictRest(open, null, mapping);
    }
    Expr first = firstDisplayElement();
    if (check(TokenKind.COLON)) {
      if (first instanceof Node.Starred
          || (first instanceof Node.NamedExpr && !grouped.contains(first))) {
        throw invalidSyntax();
      }
      advance();
      Expr value = dictValue();
      if (check(TokenKind.FOR) || check(TokenKind.ASYNC)) {
        Expr comp = comprehension(start, open, first, value, CompKind.DICT);
        consume(TokenKind.RBRACE);
        return closed(comp, open);
      }
      return dictRest(open, first, value);
    }
    if (check(TokenKind.FOR) || check(TokenKind.ASYNC)) {
      if (first instanceof Node.Starred) {
        throw errorAt(first, "iterable unpacking cannot be used in comprehension");
      }
      Expr comp = comprehension(start, open, first, null, CompKind.SET);
      consume(TokenKind.RBRACE);
      return closed(comp, open);
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    elementsAfterFirst(elts, TokenKind.RBRACE);
    consume(TokenKind.RBRACE);
    return at(new Node.Set(elts, open.line(), open.col()));
  }

  /** The entries of a dict display after the first; a null key marks {@code **mapping}. */
  private Expr dictRest(Token open, Expr firstKey, Expr firstValue) {
    List<Expr> keys = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    keys.add(firstKey);
    values.add(firstValue);
    while (match(TokenKind.COMMA)) {
      if (check(TokenKind.RBRACE)) {
        break;
      }
      if (match(TokenKind.DOUBLESTAR)) {
        keys.add(null);
        values.add(bitwiseOr());
        continue;
      }
      Expr key = expression();
      if (!check(TokenKind.COLON)) {
        Token last = previous();
        throw lexer.syntaxError(
            "SyntaxError",
            "':' expected after dictionary key",
            last.endLine(),
            Math.max(0, last.endCol() - 1));
      }
      advance();
      keys.add(key);
      values.add(dictValue());
    }
    consume(TokenKind.RBRACE);
    return at(new Node.Dict(keys, values, open.line(), open.col()));
  }

  private Expr dictValue() {
    if (check(TokenKind.STAR)) {
      throw error(peek(), "cannot use a starred expression in a dictionary value");
    }
    if (check(TokenKind.RBRACE) || check(TokenKind.COMMA)) {
      throw error(previous(), "expression expected after dictionary key and ':'");
    }
    return expression();
  }

  /**
   * The 'for' clauses of a comprehension whose element ({@code key}, and {@code value} for a dict)
   * has been parsed; builds the node named by {@code kind}.
   */
  private Expr comprehension(Token start, Token open, Expr key, Expr value, CompKind kind) {
    int[] firstIter = new int[2];
    List<Node.Comprehension> generators = forIfClauses(firstIter);
    int end = previous().end();
    claimYields(start.start(), end, firstIter[0], firstIter[1], kind.description);
    int line = open.line();
    int col = open.col();
    return switch (kind) {
      case LIST -> at(new Node.ListComp(key, generators, line, col));
      case SET -> at(new Node.SetComp(key, generators, line, col));
      case DICT -> at(new Node.DictComp(key, value, generators, line, col));
      case GENERATOR -> at(new Node.GeneratorExp(key, generators, line, col));
    };
  }

  /**
   * {@code for target in iter if cond ...}, repeated. {@code firstIter} receives the source range
   * of the first iterable, which is evaluated outside the comprehension.
   */
  private List<Node.Comprehension> forIfClauses(int[] firstIter) {
    List<Node.Comprehension> generators = new ArrayList<>();
    do {
      boolean isAsync = match(TokenKind.ASYNC);
      Token t = consume(TokenKind.FOR);
      Expr target = forTargets();
      int iterStart = peek().start();
      Expr iter = disjunction();
      if (generators.isEmpty() && firstIter != null) {
        firstIter[0] = iterStart;
        firstIter[1] = previous().end();
      }
      List<Expr> ifs = new ArrayList<>();
      while (match(TokenKind.IF)) {
        ifs.add(disjunction());
      }
      generators.add(at(new Node.Comprehension(target, iter, ifs, isAsync, t.line(), t.col())));
    } while (check(TokenKind.FOR) || check(TokenKind.ASYNC));
    return generators;
  }

  private Expr yieldExpression() {
    Token t = advance();
    Expr y;
    if (match(TokenKind.FROM)) {
      y = at(new Node.YieldFrom(expression(), t.line(), t.col()));
    } else if (startsExpression(peek(), true)) {
      Expr value = starExpressions();
      checkNotStarred(value);
      y = at(new Node.Yield(value, t.line(), t.col()));
    } else {
      y = at(new Node.Yield(null, t.line(), t.col()));
    }
    pendingYields.add(new PendingYield(y, t.start()));
    return y;
  }

  // ---------------------------------------------------------------- strings

  /**
   * Adjacent string literals, concatenated: a str or bytes Constant, or a JoinedStr when any is an
   * f-string. Errors in their bodies point at the token after them, as CPython's do.
   */
  private Expr strings() {
    Token first = peek();
    List<Token> parts = new ArrayList<>();
    while (check(TokenKind.STRING)) {
      parts.add(advance());
    }
    Token errorAt = peek();
    List<Lexer.StringForm> forms = new ArrayList<>(parts.size());
    boolean anyFormat = false;
    for (Token p : parts) {
      Lexer.StringForm f = Lexer.form(p);
      if (f.bytes() != Lexer.form(first).bytes()) {
        throw error(errorAt, "cannot mix bytes and nonbytes literals");
      }
      anyFormat |= f.format();
      forms.add(f);
    }
    if (forms.get(0).bytes()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int i = 0; i < parts.size(); i++) {
        out.writeBytes((byte[]) lexer.literal(parts.get(i), forms.get(i), errorAt));
      }
      return at(new Node.Constant(out.toByteArray(), first.line(), first.col()));
    }
    if (!anyFormat) {
      if (parts.size() == 1) {
        return at(
            new Node.Constant(
                lexer.literal(first, forms.get(0), errorAt), first.line(), first.col()));
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < parts.size(); i++) {
        sb.append((String) lexer.literal(parts.get(i), forms.get(i), errorAt));
      }
      return at(new Node.Constant(sb.toString(), first.line(), first.col()));
    }
    List<Expr> values = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (forms.get(i).format()) {
        for (Lexer.FPart part : lexer.fstring(forms.get(i), errorAt, this::fieldExpression)) {
          addFStringPart(part, values, text, first, parts.get(i));
        }
      } else {
        text.append((String) lexer.literal(parts.get(i), forms.get(i), errorAt));
      }
    }
    flushText(values, text, first);
    return at(new Node.JoinedStr(values, first.line(), first.col()));
  }

  /**
   * Adds one f-string part. As in CPython 3.11, every part takes the position of the first string
   * of the concatenation, except a format spec and the text that ends it, which take that of their
   * own string.
   */
  private void addFStringPart(
      Lexer.FPart part, List<Expr> values, StringBuilder text, Token at, Token current) {
    if (part instanceof Lexer.FText t) {
      text.append(t.value());
      return;
    }
    Lexer.FField f = (Lexer.FField) part;
    if (f.debugText() != null) {
      text.append(f.debugText());
    }
    flushText(values, text, at);
    Expr spec = null;
    if (f.spec() != null) {
      List<Expr> specValues = new ArrayList<>();
      StringBuilder specText = new StringBuilder();
      for (Lexer.FPart p : f.spec()) {
        addFStringPart(p, specValues, specText, at, current);
      }
      flushText(specValues, specText, current);
      spec = at(new Node.JoinedStr(specValues, current.line(), current.col()));
    }
    values.add(at(new Node.FormattedValue(f.expr(), f.conversion(), spec, at.line(), at.col())));
  }

  private void flushText(List<Expr> values, StringBuilder text, Token at) {
    if (text.length() > 0) {
      values.add(at(new Node.Constant(text.toString(), at.line(), at.col())));
      text.setLength(0);
    }
  }

  /**
   * Parses the expression of an f-string field, found at {@code start..end} of the source, as if it
   * stood in parentheses; parser errors get CPython's "f-string: " prefix.
   */
  private Expr fieldExpression(int start, int end, int line, int col) {
    Lexer sub = lexer.fragment(start, end);
    List<Token> subTokens = sub.tokenize();
    if (sub.error() != null) {
      tokenizerErrors.add(sub.error());
      throw sub.error();
    }
    List<Token> savedTokens = tokens;
    int savedPos = pos;
    int savedFurthest = furthest;
    int savedDepth = bracketDepth;
    tokens = subTokens;
    pos = 0;
    furthest = 0;
    bracketDepth = 1;
    try {
      Token brace =
          new Token(
              TokenKind.LPAR, "(", null, line, Math.max(0, col - 1), line, col, start - 1, start);
      Expr e = parenthesized(brace, TokenKind.EOF);
      if (!check(TokenKind.EOF)) {
        throw invalidSyntax();
      }
      return e;
    } catch (PySyntaxError e) {
      if (e.getMessage().startsWith("f-string") || isFatal(e)) {
        throw e;
      }
      throw new PySyntaxError(
              e.kind(),
              "f-string: " + e.getMessage(),
              e.filename(),
              e.line(),
              e.col(),
              e.sourceLine())
          .withEnd(e.endLine(), e.endCol());
    } finally {
      tokens = savedTokens;
      pos = savedPos;
      furthest = savedFurthest;
      bracketDepth = savedDepth;
    }
  }
}
