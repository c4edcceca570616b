package io.gilvm.lang;

import java.util.List;

/**
 * The abstract syntax tree of Python source, shaped like CPython's {@code ast} module. Every node
 * records the line and column (0-based, in characters) where it starts.
 */
public sealed interface Node {
  int line();

  int col();

  // ---------------------------------------------------------------- module

  /** A whole source file or {@code -c} string. */
  record Module(List<Stmt> body, int line, int col) implements Node {}

  // ---------------------------------------------------------------- statements

  sealed interface Stmt extends Node {}

  /**
   * {@code [async] def name(args) -> returns: body}, with decorators applied bottom-up; returns
   * (the return annotation) may be null. Whether it is a generator is left to the compiler (it
   * looks for yield).
   */
  record FunctionDef(
      String name,
      Arguments args,
      List<Stmt> body,
      List<Expr> decorators,
      Expr returns,
      boolean isAsync,
      int line,
      int col)
      implements Stmt {
    /** A plain {@code def} without a return annotation. */
    public FunctionDef(
        String name, Arguments args, List<Stmt> body, List<Expr> decorators, int line, int col) {
      this(name, args, body, decorators, null, false, line, col);
    }
  }

  /** {@code class name(bases, keywords): body}, with decorators applied bottom-up. */
  record ClassDef(
      String name,
      List<Expr> bases,
      List<Keyword> keywords,
      List<Stmt> body,
      List<Expr> decorators,
      int line,
      int col)
      implements Stmt {}

  /** {@code return [value]}; value may be null. */
  record Return(Expr value, int line, int col) implements Stmt {}

  /** {@code del a, b[i], c.x}. */
  record Delete(List<Expr> targets, int line, int col) implements Stmt {}

  /** {@code t1 = t2 = value}: targets in source order. */
  record Assign(List<Expr> targets, Expr value, int line, int col) implements Stmt {}

  /** {@code target op= value}; op is one of the BinOp operators. */
  record AugAssign(Expr target, BinOpKind op, Expr value, int line, int col) implements Stmt {}

  /**
   * {@code target: annotation [= value]}: accepted, the annotation is evaluated as CPython does not
   * for locals (ignored); value may be null.
   */
  record AnnAssign(Expr target, Expr annotation, Expr value, int line, int col) implements Stmt {}

  /** {@code for target in iter: body else: orelse}. */
  record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, int line, int col)
      implements Stmt {}

  /** {@code while test: body else: orelse}. */
  record While(Expr test, List<Stmt> body, List<Stmt> orelse, int line, int col) implements Stmt {}

  /** {@code if test: body elif …: … else: orelse}; elif is a nested If in orelse. */
  record If(Expr test, List<Stmt> body, List<Stmt> orelse, int line, int col) implements Stmt {}

  /** {@code async for target in iter: body else: orelse}, in a coroutine. */
  record AsyncFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, int line, int col)
      implements Stmt {}

  /** {@code async with a as x: body}, in a coroutine. */
  record AsyncWith(List<WithItem> items, List<Stmt> body, int line, int col) implements Stmt {}

  /** {@code with a as x, b as y: body}. */
  record With(List<WithItem> items, List<Stmt> body, int line, int col) implements Stmt {}

  /** {@code raise [exc [from cause]]}; both may be null. */
  record Raise(Expr exc, Expr cause, int line, int col) implements Stmt {}

  /** {@code try: body except …: … else: orelse finally: finalbody}; lists may be empty. */
  record Try(
      List<Stmt> body,
      List<ExceptHandler> handlers,
      List<Stmt> orelse,
      List<Stmt> finalbody,
      int line,
      int col)
      implements Stmt {}

  /** {@code assert test[, msg]}; msg may be null. */
  record Assert(Expr test, Expr msg, int line, int col) implements Stmt {}

  /** {@code import a.b as c, d}. */
  record Import(List<Alias> names, int line, int col) implements Stmt {}

  /**
   * {@code from ..module import a as b, c}: {@code level} leading dots (0 for an absolute import);
   * module is null for {@code from . import x}; {@code import *} is one alias named {@code *}.
   */
  record ImportFrom(String module, List<Alias> names, int level, int line, int col)
      implements Stmt {}

  record Global(List<String> names, int line, int col) implements Stmt {}

  record Nonlocal(List<String> names, int line, int col) implements Stmt {}

  /** An expression evaluated for its effect. */
  record ExprStmt(Expr value, int line, int col) implements Stmt {}

  record Pass(int line, int col) implements Stmt {}

  /** {@code match subject: case pattern if guard: body ...}. */
  record Match(Expr subject, List<MatchCase> cases, int line, int col) implements Stmt {}

  /** One {@code case pattern [if guard]: body}; guard may be null. */
  record MatchCase(Pattern pattern, Expr guard, List<Stmt> body, int line, int col)
      implements Node {}

  // ---------------------------------------------------------------- patterns

  sealed interface Pattern extends Node {}

  /** A literal (folded to a Constant) or a dotted name, compared with ==. */
  record MatchValue(Expr value, int line, int col) implements Pattern {}

  /** {@code None}, {@code True} or {@code False}, compared with is; value as in Constant. */
  record MatchSingleton(Object value, int line, int col) implements Pattern {}

  /** {@code [p, *rest, q]} or {@code (p, q)}: at most one MatchStar among the patterns. */
  record MatchSequence(List<Pattern> patterns, int line, int col) implements Pattern {}

  /** {@code {key: p, **rest}}; rest may be null. */
  record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, int line, int col)
      implements Pattern {}

  /** {@code Cls(p, q, name=r)}. */
  record MatchClass(
      Expr cls,
      List<Pattern> patterns,
      List<String> kwdAttrs,
      List<Pattern> kwdPatterns,
      int line,
      int col)
      implements Pattern {}

  /** {@code *name} in a sequence pattern; name null for {@code *_}. */
  record MatchStar(String name, int line, int col) implements Pattern {}

  /**
   * {@code pattern as name}; a capture when pattern is null, the wildcard {@code _} when both are
   * null.
   */
  record MatchAs(Pattern pattern, String name, int line, int col) implements Pattern {}

  /** {@code p | q | r}. */
  record MatchOr(List<Pattern> patterns, int line, int col) implements Pattern {}

  record Break(int line, int col) implements Stmt {}

  record Continue(int line, int col) implements Stmt {}

  // ---------------------------------------------------------------- expressions

  sealed interface Expr extends Node {}

  /** {@code a and b and c} / {@code a or b}: values has two or more elements. */
  record BoolOp(boolean isAnd, List<Expr> values, int line, int col) implements Expr {}

  /** {@code (name := value)}. */
  record NamedExpr(Name target, Expr value, int line, int col) implements Expr {}

  record BinOp(Expr left, BinOpKind op, Expr right, int line, int col) implements Expr {}

  record UnaryOp(UnaryOpKind op, Expr operand, int line, int col) implements Expr {}

  record Lambda(Arguments args, Expr body, int line, int col) implements Expr {}

  /** {@code body if test else orelse}. */
  record IfExp(Expr test, Expr body, Expr orelse, int line, int col) implements Expr {}

  /** {@code {k: v, **d}}: a null key marks a {@code **d} entry whose mapping is the value. */
  record Dict(List<Expr> keys, List<Expr> values, int line, int col) implements Expr {}

  record Set(List<Expr> elts, int line, int col) implements Expr {}

  record ListComp(Expr elt, List<Comprehension> generators, int line, int col) implements Expr {}

  record SetComp(Expr elt, List<Comprehension> generators, int line, int col) implements Expr {}

  record DictComp(Expr key, Expr value, List<Comprehension> generators, int line, int col)
      implements Expr {}

  record GeneratorExp(Expr elt, List<Comprehension> generators, int line, int col)
      implements Expr {}

  /** {@code yield [value]}; value may be null. */
  record Yield(Expr value, int line, int col) implements Expr {}

  /** {@code await value}. */
  record Await(Expr value, int line, int col) implements Expr {}

  /** {@code yield from value}. */
  record YieldFrom(Expr value, int line, int col) implements Expr {}

  /** {@code a < b <= c}: ops.size() == comparators.size(). */
  record Compare(Expr left, List<CmpOpKind> ops, List<Expr> comparators, int line, int col)
      implements Expr {}

  /** {@code func(args, name=value, *a, **k)}; starred args are Starred nodes in args. */
  record Call(Expr func, List<Expr> args, List<Keyword> keywords, int line, int col)
      implements Expr {}

  /**
   * One {@code {value!conversion:format_spec}} of an f-string. conversion is -1, 's', 'r' or 'a';
   * formatSpec is null or a JoinedStr.
   */
  record FormattedValue(Expr value, int conversion, Expr formatSpec, int line, int col)
      implements Expr {}

  /** An f-string: Constant(str) and FormattedValue parts. */
  record JoinedStr(List<Expr> values, int line, int col) implements Expr {}

  /**
   * A literal: value is a Java {@code java.math.BigInteger} or {@code Long} (int), Double (float),
   * {@link Complex}, String (str), byte[] (bytes), Boolean, null for None, or {@link #ELLIPSIS}.
   */
  record Constant(Object value, int line, int col) implements Expr {}

  /** A complex constant in {@link Constant#value()}: {@code 2j}, or folded {@code 1+2j}. */
  record Complex(double real, double imag) {}

  /** The marker for the {@code ...} literal in {@link Constant#value()}. */
  Object ELLIPSIS =
      new Object() {
        @Override
        public String toString() {
          return "Ellipsis";
        }
      };

  record Attribute(Expr value, String attr, Ctx ctx, int line, int col) implements Expr {}

  /** {@code value[slice]}; slice is an Expr, a Slice, or a Tuple containing Slices. */
  record Subscript(Expr value, Expr slice, Ctx ctx, int line, int col) implements Expr {}

  /** {@code *value} in a call, a display or an assignment target. */
  record Starred(Expr value, Ctx ctx, int line, int col) implements Expr {}

  record Name(String id, Ctx ctx, int line, int col) implements Expr {}

  record ListExpr(List<Expr> elts, Ctx ctx, int line, int col) implements Expr {}

  record Tuple(List<Expr> elts, Ctx ctx, int line, int col) implements Expr {}

  /** {@code lower:upper:step} inside a subscript; each part may be null. */
  record Slice(Expr lower, Expr upper, Expr step, int line, int col) implements Expr {}

  // ---------------------------------------------------------------- parts

  enum Ctx {
    LOAD,
    STORE,
    DEL
  }

  enum BinOpKind {
    ADD("+"),
    SUB("-"),
    MULT("*"),
    MATMULT("@"),
    DIV("/"),
    MOD("%"),
    POW("**"),
    LSHIFT("<<"),
    RSHIFT(">>"),
    BITOR("|"),
    BITXOR("^"),
    BITAND("&"),
    FLOORDIV("//");

    public final String symbol;

    BinOpKind(String symbol) {
      this.symbol = symbol;
    }
  }

  enum UnaryOpKind {
    INVERT,
    NOT,
    UADD,
    USUB
  }

  enum CmpOpKind {
    EQ("=="),
    NOT_EQ("!="),
    LT("<"),
    LT_E("<="),
    GT(">"),
    GT_E(">="),
    IS("is"),
    IS_NOT("is not"),
    IN("in"),
    NOT_IN("not in");

    public final String symbol;

    CmpOpKind(String symbol) {
      this.symbol = symbol;
    }
  }

  /** One {@code [async] for target in iter if cond…} clause of a comprehension. */
  record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync, int line, int col)
      implements Node {
    /** A plain (not async) clause. */
    public Comprehension(Expr target, Expr iter, List<Expr> ifs, int line, int col) {
      this(target, iter, ifs, false, line, col);
    }
  }

  /** {@code except type as name: body}, or {@code except*} when star; type and name may be null. */
  record ExceptHandler(Expr type, String name, List<Stmt> body, boolean star, int line, int col)
      implements Node {}

  /**
   * A parameter list. {@code defaults} align with the last positional parameters ({@code posonly}
   * then {@code args}); {@code kwDefaults} align with {@code kwonly}, null where there is none.
   * vararg and kwarg are null when absent.
   */
  record Arguments(
      List<Arg> posonly,
      List<Arg> args,
      Arg vararg,
      List<Arg> kwonly,
      List<Expr> kwDefaults,
      Arg kwarg,
      List<Expr> defaults)
      implements Node {
    @Override
    public int line() {
      return 0;
    }

    @Override
    public int col() {
      return 0;
    }
  }

  /** One parameter; annotation may be null. */
  record Arg(String name, Expr annotation, int line, int col) implements Node {}

  /** {@code name=value} in a call, or {@code **value} when name is null. */
  record Keyword(String name, Expr value, int line, int col) implements Node {}

  /** {@code name as asname} in an import; asname may be null. */
  record Alias(String name, String asname, int line, int col) implements Node {}

  /** {@code context_expr as optional_vars}; optionalVars may be null. */
  record WithItem(Expr contextExpr, Expr optionalVars, int line, int col) implements Node {}
}
