package io.gilvm.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.lang.Node.Ctx;
import io.gilvm.lang.Node.Expr;
import io.gilvm.lang.Node.Stmt;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParserTest {

  private static List<Stmt> parse(String source) {
    return Parser.parse(source, "t.py").body();
  }

  private static Stmt stmt(String source) {
    List<Stmt> body = parse(source);
    assertEquals(1, body.size(), "one statement in " + source);
    return body.get(0);
  }

  private static Expr expr(String source) {
    return assertInstanceOf(Node.ExprStmt.class, stmt(source + "\n")).value();
  }

  /** A compact prefix form of an expression, to state precedence and structure tersely. */
  static String sexp(Expr e) {
    if (e == null) {
      return "_";
    }
    if (e instanceof Node.Name n) {
      return n.id() + (n.ctx() == Ctx.STORE ? "!" : n.ctx() == Ctx.DEL ? "~" : "");
    }
    if (e instanceof Node.Constant c) {
      Object v = c.value();
      if (v == null) {
        return "None";
      }
      if (v instanceof Boolean b) {
        return b ? "True" : "False";
      }
      return v instanceof String s
          ? "'" + s + "'"
          : v instanceof byte[] b ? "b'" + new String(b) + "'" : String.valueOf(v);
    }
    if (e instanceof Node.BinOp b) {
      return "(" + b.op().symbol + " " + sexp(b.left()) + " " + sexp(b.right()) + ")";
    }
    if (e instanceof Node.UnaryOp u) {
      return "(" + u.op().name().toLowerCase() + " " + sexp(u.operand()) + ")";
    }
    if (e instanceof Node.BoolOp b) {
      return "(" + (b.isAnd() ? "and" : "or") + " " + all(b.values()) + ")";
    }
    if (e instanceof Node.Compare c) {
      StringBuilder sb = new StringBuilder("(cmp ").append(sexp(c.left()));
      for (int i = 0; i < c.ops().size(); i++) {
        sb.append(' ')
            .append(c.ops().get(i).symbol)
            .append(' ')
            .append(sexp(c.comparators().get(i)));
      }
      return sb.append(')').toString();
    }
    if (e instanceof Node.Call c) {
      String kw =
          c.keywords().stream()
              .map(k -> (k.name() == null ? "**" : k.name() + "=") + sexp(k.value()))
              .collect(Collectors.joining(" "));
      return "(call "
          + sexp(c.func())
          + (c.args().isEmpty() ? "" : " " + all(c.args()))
          + (kw.isEmpty() ? "" : " " + kw)
          + ")";
    }
    if (e instanceof Node.Attribute a) {
      return sexp(a.value()) + "." + a.attr() + (a.ctx() == Ctx.STORE ? "!" : "");
    }
    if (e instanceof Node.Subscript s) {
      return sexp(s.value()) + "[" + sexp(s.slice()) + "]" + (s.ctx() == Ctx.STORE ? "!" : "");
    }
    if (e instanceof Node.Slice s) {
      return sexp(s.lower()) + ":" + sexp(s.upper()) + ":" + sexp(s.step());
    }
    if (e instanceof Node.Starred s) {
      return "*" + sexp(s.value());
    }
    if (e instanceof Node.Tuple t) {
      return "(tuple" + (t.elts().isEmpty() ? "" : " " + all(t.elts())) + ")";
    }
    if (e instanceof Node.ListExpr l) {
      return "[" + all(l.elts()) + "]";
    }
    if (e instanceof Node.Set s) {
      return "{" + all(s.elts()) + "}";
    }
    if (e instanceof Node.Dict d) {
      StringBuilder sb = new StringBuilder("{");
      for (int i = 0; i < d.keys().size(); i++) {
        sb.append(i == 0 ? "" : " ")
            .append(d.keys().get(i) == null ? "**" : sexp(d.keys().get(i)) + ": ")
            .append(sexp(d.values().get(i)));
      }
      return sb.append('}').toString();
    }
    if (e instanceof Node.IfExp i) {
      return "(if " + sexp(i.test()) + " " + sexp(i.body()) + " " + sexp(i.orelse()) + ")";
    }
    if (e instanceof Node.Lambda l) {
      return "(lambda " + params(l.args()) + " " + sexp(l.body()) + ")";
    }
    if (e instanceof Node.NamedExpr n) {
      return "(:= " + sexp(n.target()) + " " + sexp(n.value()) + ")";
    }
    if (e instanceof Node.Yield y) {
      return "(yield " + sexp(y.value()) + ")";
    }
    if (e instanceof Node.YieldFrom y) {
      return "(yield-from " + sexp(y.value()) + ")";
    }
    if (e instanceof Node.ListComp c) {
      return "(listcomp " + sexp(c.elt()) + " " + generators(c.generators()) + ")";
    }
    if (e instanceof Node.SetComp c) {
      return "(setcomp " + sexp(c.elt()) + " " + generators(c.generators()) + ")";
    }
    if (e instanceof Node.GeneratorExp c) {
      return "(genexp " + sexp(c.elt()) + " " + generators(c.generators()) + ")";
    }
    if (e instanceof Node.DictComp c) {
      return "(dictcomp "
          + sexp(c.key())
          + " "
          + sexp(c.value())
          + " "
          + generators(c.generators())
          + ")";
    }
    if (e instanceof Node.JoinedStr j) {
      return "(f" + (j.values().isEmpty() ? "" : " " + all(j.values())) + ")";
    }
    if (e instanceof Node.FormattedValue f) {
      return "{"
          + sexp(f.value())
          + (f.conversion() < 0 ? "" : "!" + (char) f.conversion())
          + (f.formatSpec() == null ? "" : ":" + sexp(f.formatSpec()))
          + "}";
    }
    throw new AssertionError("no form for " + e);
  }

  private static String all(List<? extends Expr> es) {
    return es.stream().map(ParserTest::sexp).collect(Collectors.joining(" "));
  }

  private static String generators(List<Node.Comprehension> gens) {
    return gens.stream()
        .map(
            g ->
                "(for "
                    + sexp(g.target())
                    + " "
                    + sexp(g.iter())
                    + g.ifs().stream()
                        .map(i -> " (if " + sexp(i) + ")")
                        .collect(Collectors.joining())
                    + ")")
        .collect(Collectors.joining(" "));
  }

  private static String params(Node.Arguments a) {
    StringBuilder sb = new StringBuilder("(");
    a.posonly().forEach(p -> sb.append(p.name()).append(' '));
    if (!a.posonly().isEmpty()) {
      sb.append("/ ");
    }
    a.args().forEach(p -> sb.append(p.name()).append(' '));
    if (a.vararg() != null) {
      sb.append('*').append(a.vararg().name()).append(' ');
    } else if (!a.kwonly().isEmpty()) {
      sb.append("* ");
    }
    a.kwonly().forEach(p -> sb.append(p.name()).append(' '));
    if (a.kwarg() != null) {
      sb.append("**").append(a.kwarg().name()).append(' ');
    }
    return sb.toString().trim() + ")";
  }

  private static void assertExpr(String expected, String source) {
    assertEquals(expected, sexp(expr(source)), source);
  }

  // ---------------------------------------------------------------- precedence

  @Test
  void powerBindsTighterThanUnaryMinusOnItsLeft() {
    assertExpr("(usub (** 2 2))", "-2**2");
    assertExpr("(** 2 (usub 1))", "2**-1");
    assertExpr("(** a (** b c))", "a ** b ** c");
    assertExpr("(** (usub a) b)", "(-a) ** b");
  }

  @Test
  void arithmeticAndBitwisePrecedence() {
    assertExpr("(+ a (* b c))", "a + b * c");
    assertExpr("(- (- a b) c)", "a - b - c");
    assertExpr("(| a (^ b (& c (<< d (+ e (* f (** g h)))))))", "a | b ^ c & d << e + f * g ** h");
    assertExpr("(% (// (/ (@ a b) c) d) e)", "a @ b / c // d % e");
    assertExpr("(>> (<< a b) c)", "a << b >> c");
    assertExpr("(invert (uadd (usub x)))", "~+-x");
  }

  @Test
  void booleanOperatorsAndNot() {
    assertExpr("(or a (and b (not c)) d)", "a or b and not c or d");
    assertExpr("(not (cmp a in b))", "not a in b");
    assertExpr("(and a b c)", "a and b and c");
  }

  @Test
  void chainedComparisons() {
    assertExpr("(cmp a < b <= c == d != e > f >= g)", "a < b <= c == d != e > f >= g");
    assertExpr("(cmp a is not b not in c is d in e)", "a is not b not in c is d in e");
    assertExpr("(cmp (| a b) < (+ c 1))", "a | b < c + 1");
  }

  @Test
  void conditionalExpressionsAndLambda() {
    assertExpr("(if c a (if d b e))", "a if c else b if d else e");
    assertExpr("(lambda (x y) (+ x y))", "lambda x, y: x + y");
    assertExpr("(lambda () (if c a b))", "lambda: a if c else b");
    assertExpr("(lambda (a / b * c **d) a)", "lambda a, /, b, *, c, **d: a");
    assertExpr("(or (lambda (x) x) y)", "(lambda x: x) or y");
  }

  @Test
  void walrus() {
    assertExpr("(:= x! (+ y 1))", "(x := y + 1)");
    Node.If s = assertInstanceOf(Node.If.class, stmt("if (n := len(a)) > 10: pass\n"));
    assertEquals("(cmp (:= n! (call len a)) > 10)", sexp(s.test()));
    assertExpr("(call f (:= y! 1))", "f(y := 1)");
    assertExpr("a[(:= x! 1)]", "a[x := 1]");
  }

  // ---------------------------------------------------------------- primaries and atoms

  @Test
  void callsAttributesAndSubscripts() {
    assertExpr("(call a.b.c 1 x=2)", "a.b.c(1, x=2)");
    assertExpr("(call f *args **kwargs)", "f(*args, **kwargs)");
    assertExpr("(call f a *b *d c=1 **e)", "f(a, *b, c=1, *d, **e)");
    assertExpr("(call (call f) 1)[0].x", "f()(1)[0].x");
    assertExpr("(call f (genexp x (for x! y)))", "f(x for x in y)");
    assertExpr("(call f)", "f()");
    assertExpr("(call f a)", "f(a,)");
  }

  @Test
  void slices() {
    assertExpr("a[1:2:_]", "a[1:2]");
    assertExpr("a[_:_:_]", "a[:]");
    assertExpr("a[_:_:(usub 1)]", "a[::-1]");
    assertExpr("a[(tuple 1:_:_ _:2:_)]", "a[1:, :2]");
    assertExpr("a[(tuple 1 2)]", "a[1, 2]");
    assertExpr("a[(tuple *b)]", "a[*b]");
  }

  @Test
  void constants() {
    assertExpr("None", "None");
    assertNull(((Node.Constant) expr("None")).value());
    assertEquals(Boolean.TRUE, ((Node.Constant) expr("True")).value());
    assertEquals(Boolean.FALSE, ((Node.Constant) expr("False")).value());
    assertEquals(Node.ELLIPSIS, ((Node.Constant) expr("...")).value());
    assertEquals(42L, ((Node.Constant) expr("42")).value());
    assertEquals(
        new BigInteger("100000000000000000000"),
        ((Node.Constant) expr("100_000_000_000_000_000_000")).value());
    assertEquals(2.5, ((Node.Constant) expr("2.5")).value());
    assertEquals("ab", ((Node.Constant) expr("'a' 'b'")).value());
  }

  @Test
  void displays() {
    assertExpr("(tuple)", "()");
    assertExpr("(tuple 1)", "(1,)");
    assertExpr("(tuple 1 2)", "1, 2");
    assertExpr("1", "(1)");
    assertExpr("[]", "[]");
    assertExpr("[1 *a 2]", "[1, *a, 2,]");
    assertExpr("{}", "{}");
    assertExpr("{1 *a}", "{1, *a}");
    assertExpr("{'a': 1 **b 'c': 2}", "{'a': 1, **b, 'c': 2}");
  }

  @Test
  void comprehensions() {
    assertExpr(
        "(listcomp (* x 2) (for x! xs (if (cmp x > 0)) (if x)))",
        "[x * 2 for x in xs if x > 0 if x]");
    assertExpr("(listcomp (tuple x y) (for x! a) (for y! b))", "[(x, y) for x in a for y in b]");
    assertExpr("(setcomp x (for (tuple x! y!) z))", "{x for x, y in z}");
    assertExpr("(dictcomp k v (for (tuple k! v!) (call d.items)))", "{k: v for k, v in d.items()}");
    assertExpr("(genexp x (for x! (if a b c)))", "(x for x in (b if a else c))");
    assertExpr("(listcomp x (for x! (or a b)))", "[x for x in a or b]");
  }

  @Test
  void fStrings() {
    assertExpr("(f 'a' {x} 'b')", "f'a{x}b'");
    assertExpr("(f {x!r:(f '>10')})", "f'{x!r:>10}'");
    assertExpr("(f {x:(f '>' {width})})", "f'{x:>{width}}'");
    assertExpr("(f '{}' {(+ a 1)})", "f'{{}}{a + 1}'");
    assertExpr("(f 'x=' {x!r})", "f'{x=}'");
    assertExpr("(f 'x = ' {x:(f '.2f')})", "f'{x = :.2f}'");
    assertExpr("(f {(tuple a b)})", "f'{a, b}'");
    assertExpr("(f {'s'})", "f\"{'s'}\"");
    assertExpr("(f)", "f''");
    assertExpr("(f 'plain' {x} 'tail\n')", "'plain' f'{x}' 'tail\\n'");
    assertExpr("(f 'a' {b})", "f'a' f'{b}'");
    assertExpr("(f '\\d' {n})", "rf'\\d{n}'");
  }

  @Test
  void fStringExpressionPositionsAreInTheSource() {
    Node.JoinedStr j = (Node.JoinedStr) expr("f'ab{value}'");
    Node.FormattedValue fv = (Node.FormattedValue) j.values().get(1);
    assertEquals(1, fv.value().line());
    assertEquals(5, fv.value().col());
    assertEquals(0, fv.col());
    Node.Assign a = (Node.Assign) stmt("s = f'''\n  {a +\n b}'''\n");
    Node.BinOp b =
        (Node.BinOp) ((Node.FormattedValue) ((Node.JoinedStr) a.value()).values().get(1)).value();
    assertEquals(2, b.line());
    assertEquals(3, b.col());
    assertEquals(3, b.right().line());
  }

  @Test
  void yieldExpressions() {
    Node.FunctionDef f =
        (Node.FunctionDef)
            stmt("def g():\n  yield\n  yield 1, 2\n  x = yield from h()\n  y = (yield)\n");
    assertEquals("(yield _)", sexp(((Node.ExprStmt) f.body().get(0)).value()));
    assertEquals("(yield (tuple 1 2))", sexp(((Node.ExprStmt) f.body().get(1)).value()));
    assertEquals("(yield-from (call h))", sexp(((Node.Assign) f.body().get(2)).value()));
    assertEquals("(yield _)", sexp(((Node.Assign) f.body().get(3)).value()));
  }

  // ---------------------------------------------------------------- statements

  @Test
  void assignments() {
    Node.Assign a = (Node.Assign) stmt("a = b = 1\n");
    assertEquals("a! b! 1", all(a.targets()) + " " + sexp(a.value()));
    a = (Node.Assign) stmt("a, *b = c\n");
    assertEquals("(tuple a! *b!)", sexp(a.targets().get(0)));
    assertEquals(Ctx.STORE, ((Node.Starred) ((Node.Tuple) a.targets().get(0)).elts().get(1)).ctx());
    a = (Node.Assign) stmt("[x, (y, z)] = w\n");
    assertEquals("[x! (tuple y! z!)]", sexp(a.targets().get(0)));
    assertEquals(Ctx.STORE, ((Node.ListExpr) a.targets().get(0)).ctx());
    a = (Node.Assign) stmt("x.y, z[0] = 1, 2\n");
    assertEquals("(tuple x.y! z[0]!)", sexp(a.targets().get(0)));
    Node.AugAssign aug = (Node.AugAssign) stmt("x.count **= 2\n");
    assertEquals(Node.BinOpKind.POW, aug.op());
    assertEquals("x.count!", sexp(aug.target()));
    assertEquals(Node.BinOpKind.FLOORDIV, ((Node.AugAssign) stmt("x //= 2\n")).op());
    assertEquals(Node.BinOpKind.MATMULT, ((Node.AugAssign) stmt("x @= m\n")).op());
    Node.AnnAssign ann = (Node.AnnAssign) stmt("x: int = 5\n");
    assertEquals(
        "x! int 5", sexp(ann.target()) + " " + sexp(ann.annotation()) + " " + sexp(ann.value()));
    assertNull(((Node.AnnAssign) stmt("self.x: list[int]\n")).value());
  }

  @Test
  void deleteTargetsHaveDelContext() {
    Node.Delete d = (Node.Delete) stmt("del a, b.c, d[0], (e, [f])\n");
    assertEquals("a~ b.c d[0] (tuple e~ [f~])", all(d.targets()));
    assertEquals(Ctx.DEL, ((Node.Attribute) d.targets().get(1)).ctx());
    assertEquals(Ctx.DEL, ((Node.Subscript) d.targets().get(2)).ctx());
    assertEquals(Ctx.DEL, ((Node.Tuple) d.targets().get(3)).ctx());
  }

  @Test
  void functionDefinitions() {
    Node.FunctionDef f =
        (Node.FunctionDef)
            stmt(
                "@dec\n@dec2(1)\ndef f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n  return a\n");
    assertEquals("f", f.name());
    assertEquals(3, f.line());
    assertEquals("dec (call dec2 1)", all(f.decorators()));
    Node.Arguments a = f.args();
    assertEquals("(a b / c *args d e **kw)", params(a));
    assertEquals("1 2", all(a.defaults()));
    assertEquals(2, a.kwDefaults().size());
    assertNull(a.kwDefaults().get(0));
    assertEquals("3", sexp(a.kwDefaults().get(1)));
    Node.FunctionDef g = (Node.FunctionDef) stmt("def g(x: int, *, y: str = 'a'): pass\n");
    assertEquals("int", sexp(g.args().args().get(0).annotation()));
    assertEquals("str", sexp(g.args().kwonly().get(0).annotation()));
    Node.Arguments h = ((Node.FunctionDef) stmt("def h(*args): pass\n")).args();
    assertEquals("args", h.vararg().name());
    assertEquals(0, h.args().size());
  }

  @Test
  void classDefinitions() {
    Node.ClassDef c = (Node.ClassDef) stmt("@d\nclass C(A, B, metaclass=M):\n  x = 1\n");
    assertEquals("C", c.name());
    assertEquals("A B", all(c.bases()));
    assertEquals("metaclass", c.keywords().get(0).name());
    assertEquals("d", all(c.decorators()));
    assertEquals(2, c.line());
    assertEquals(0, ((Node.ClassDef) stmt("class D: pass\n")).bases().size());
    assertEquals(0, ((Node.ClassDef) stmt("class D(): pass\n")).bases().size());
  }

  @Test
  void ifElifElse() {
    Node.If s = (Node.If) stmt("if a:\n  x\nelif b:\n  y\nelse:\n  z\n");
    Node.If elif = (Node.If) s.orelse().get(0);
    assertEquals("b", sexp(elif.test()));
    assertEquals(3, elif.line());
    assertEquals("z", sexp(((Node.ExprStmt) elif.orelse().get(0)).value()));
  }

  @Test
  void loops() {
    Node.For f = (Node.For) stmt("for i, (j, *k) in pairs:\n  continue\nelse:\n  pass\n");
    assertEquals("(tuple i! (tuple j! *k!))", sexp(f.target()));
    assertInstanceOf(Node.Continue.class, f.body().get(0));
    assertInstanceOf(Node.Pass.class, f.orelse().get(0));
    Node.While w = (Node.While) stmt("while x:\n  break\nelse:\n  y\n");
    assertInstanceOf(Node.Break.class, w.body().get(0));
    assertEquals(1, w.orelse().size());
    assertEquals("(tuple 1 2)", sexp(((Node.For) stmt("for x in 1, 2: pass\n")).iter()));
  }

  @Test
  void tryStatements() {
    Node.Try t =
        (Node.Try)
            stmt(
                "try:\n  a\nexcept E as e:\n  b\nexcept (F, G):\n  c\n"
                    + "except:\n  d\nelse:\n  e\nfinally:\n  f\n");
    assertEquals(3, t.handlers().size());
    assertEquals("e", t.handlers().get(0).name());
    assertEquals("(tuple F G)", sexp(t.handlers().get(1).type()));
    assertNull(t.handlers().get(2).type());
    assertEquals(1, t.orelse().size());
    assertEquals(1, t.finalbody().size());
    Node.Try tf = (Node.Try) stmt("try:\n  a\nfinally:\n  b\n");
    assertEquals(0, tf.handlers().size());
  }

  @Test
  void withStatements() {
    Node.With w = (Node.With) stmt("with open(a) as f, lock, g() as (x, y):\n  pass\n");
    assertEquals(3, w.items().size());
    assertEquals("f!", sexp(w.items().get(0).optionalVars()));
    assertNull(w.items().get(1).optionalVars());
    assertEquals("(tuple x! y!)", sexp(w.items().get(2).optionalVars()));
    Node.With p = (Node.With) stmt("with (a as b, c as d,):\n  pass\n");
    assertEquals(2, p.items().size());
    Node.With t = (Node.With) stmt("with (a, b):\n  pass\n");
    assertEquals(2, t.items().size());
    Node.With g = (Node.With) stmt("with (a) as b:\n  pass\n");
    assertEquals("a", sexp(g.items().get(0).contextExpr()));
  }

  @Test
  void simpleStatements() {
    Node.Raise r = (Node.Raise) stmt("raise E('x') from err\n");
    assertEquals("(call E 'x') err", sexp(r.exc()) + " " + sexp(r.cause()));
    assertNull(((Node.Raise) stmt("raise\n")).exc());
    Node.Assert a = (Node.Assert) stmt("assert x, 'message'\n");
    assertEquals("x 'message'", sexp(a.test()) + " " + sexp(a.msg()));
    assertEquals(List.of("a", "b"), ((Node.Global) stmt("global a, b\n")).names());
    Node.FunctionDef f = (Node.FunctionDef) stmt("def f():\n  nonlocal x\n");
    assertEquals(List.of("x"), ((Node.Nonlocal) f.body().get(0)).names());
    assertNull(
        ((Node.Return) ((Node.FunctionDef) stmt("def f(): return\n")).body().get(0)).value());
  }

  @Test
  void imports() {
    Node.Import i = (Node.Import) stmt("import os, os.path as p\n");
    assertEquals("os", i.names().get(0).name());
    assertEquals("os.path", i.names().get(1).name());
    assertEquals("p", i.names().get(1).asname());
    assertEquals(11, i.names().get(1).col());
    Node.ImportFrom f = (Node.ImportFrom) stmt("from a.b import (c as d,\n  e,)\n");
    assertEquals("a.b", f.module());
    assertEquals("d", f.names().get(0).asname());
    assertEquals("e", f.names().get(1).name());
    assertEquals(2, f.names().get(1).line());
    assertEquals(0, f.level());
  }

  @Test
  void relativeAndStarImports() {
    Node.ImportFrom f = (Node.ImportFrom) stmt("from . import x\n");
    assertEquals(null, f.module());
    assertEquals(1, f.level());
    f = (Node.ImportFrom) stmt("from ...pkg.m import y as z\n");
    assertEquals("pkg.m", f.module());
    assertEquals(3, f.level());
    f = (Node.ImportFrom) stmt("from .... import y\n");
    assertEquals(4, f.level());
    f = (Node.ImportFrom) stmt("from os import *\n");
    assertEquals("*", f.names().get(0).name());
    f = (Node.ImportFrom) stmt("from .m import *\n");
    assertEquals(1, f.level());
    assertEquals("*", f.names().get(0).name());
  }

  @Test
  void semicolonsAndBodiesOnTheHeaderLine() {
    assertEquals(3, parse("a = 1; b = 2; c = 3;\n").size());
    Node.If s = (Node.If) stmt("if x: y = 1; z = 2\n");
    assertEquals(2, s.body().size());
    Node.While w = (Node.While) stmt("while x: pass\n");
    assertEquals(1, w.body().size());
  }

  @Test
  void matchStatementsParseIntoCases() {
    List<Stmt> body =
        parse("match p:\n    case [x, *r] if x: pass\n    case {'k': v, **m} | C(1, a=b): pass\n");
    Node.Match m = (Node.Match) body.get(0);
    assertEquals(2, m.cases().size());
    assertTrue(m.cases().get(0).pattern() instanceof Node.MatchSequence);
    assertTrue(m.cases().get(0).guard() != null);
    Node.MatchOr or = (Node.MatchOr) m.cases().get(1).pattern();
    assertEquals("m", ((Node.MatchMapping) or.patterns().get(0)).rest());
    assertEquals(List.of("a"), ((Node.MatchClass) or.patterns().get(1)).kwdAttrs());
  }

  @Test
  void matchIsASoftKeyword() {
    List<Stmt> body =
        parse(
            "match = re.match(p, s)\nmatch.group(1)\nprint(match)\n"
                + "match(x)\nmatch[0] = 1\nmatch: int = 2\ndef match(): pass\n");
    assertEquals(7, body.size());
    assertEquals("match!", sexp(((Node.Assign) body.get(0)).targets().get(0)));
    assertEquals("(call match x)", sexp(((Node.ExprStmt) body.get(3)).value()));
    assertEquals("case! _!", all(((Node.Assign) stmt("case = _ = 1\n")).targets()));
  }

  // ---------------------------------------------------------------- positions

  @Test
  void statementPositions() {
    List<Stmt> body = parse("x = 1\n\nif x:\n    y = (1 +\n         2)\n    z = 3\n");
    assertEquals(1, body.get(0).line());
    Node.If s = (Node.If) body.get(1);
    assertEquals(3, s.line());
    assertEquals(4, s.body().get(0).line());
    assertEquals(4, s.body().get(0).col());
    assertEquals(6, s.body().get(1).line());
  }

  @Test
  void multiLineCallStartsWhereItStarts() {
    Node.ExprStmt s = (Node.ExprStmt) stmt("print(\n  1,\n  2)\n");
    Node.Call c = (Node.Call) s.value();
    assertEquals(1, c.line());
    assertEquals(0, c.col());
    assertEquals(2, c.args().get(0).line());
    assertEquals(2, c.args().get(0).col());
  }

  @Test
  void expressionPositionsFollowCPython() {
    Node.BinOp b = (Node.BinOp) expr("(a).b + c");
    assertEquals(0, b.col());
    assertEquals(0, b.left().col());
    assertEquals(1, ((Node.Attribute) b.left()).value().col());
    Node.Tuple t = (Node.Tuple) expr("(1, 2)");
    assertEquals(0, t.col());
    assertEquals(1, t.elts().get(0).col());
    Node.Tuple bare = (Node.Tuple) expr("a, b");
    assertEquals(0, bare.col());
    Node.Call call = (Node.Call) expr("f(x for x in y)");
    assertEquals(1, call.args().get(0).col());
    Node.Subscript sub = (Node.Subscript) expr("a[1:2]");
    assertEquals(2, sub.slice().col());
    Node.Starred st = (Node.Starred) ((Node.Call) expr("f(*a)")).args().get(0);
    assertEquals(2, st.col());
    Node.Keyword kw = ((Node.Call) expr("f(**a)")).keywords().get(0);
    assertEquals(2, kw.col());
    Node.UnaryOp neg = (Node.UnaryOp) expr("-x");
    assertEquals(0, neg.col());
    assertEquals(1, neg.operand().col());
  }

  @Test
  void decoratedFunctionIsOnItsDefLine() {
    Node.FunctionDef f = (Node.FunctionDef) stmt("@a\n@b\ndef f(): pass\n");
    assertEquals(3, f.line());
    assertEquals(1, f.decorators().get(0).line());
  }

  // ---------------------------------------------------------------- except*

  private static void assertSyntaxError(String message, int line, int col, String source) {
    PySyntaxError e = assertThrows(PySyntaxError.class, () -> parse(source), source);
    assertEquals(message, e.getMessage(), source);
    assertEquals(line, e.line(), source);
    assertEquals(col, e.col(), source);
  }

  @Test
  void exceptStarHandlersAreMarked() {
    Node.Try t =
        (Node.Try) stmt("try:\n  pass\nexcept* E as g:\n  pass\nexcept* (A, B):\n  pass\n");
    assertEquals(2, t.handlers().size());
    assertTrue(t.handlers().get(0).star());
    assertEquals("g", t.handlers().get(0).name());
    assertTrue(t.handlers().get(1).star());
    Node.Try plain = (Node.Try) stmt("try:\n  pass\nexcept E:\n  pass\n");
    assertFalse(plain.handlers().get(0).star());
  }

  @Test
  void exceptAndExceptStarDoNotMix() {
    assertSyntaxError(
        "cannot have both 'except' and 'except*' on the same 'try'",
        5,
        0,
        "try:\n  pass\nexcept E:\n  pass\nexcept* F:\n  pass\n");
    assertSyntaxError(
        "expected one or more exception types", 3, 7, "try:\n  pass\nexcept*:\n  pass\n");
  }

  // ---------------------------------------------------------------- scale

  /** A large file parses whole; its speed is measured by the benchmarks, not asserted here. */
  @Test
  void parsesFiveThousandLines() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      sb.append("def f")
          .append(i)
          .append("(a, b=1, *args, **kw):\n")
          .append("    '''Docstring'''\n")
          .append("    x = [i * 2 for i in range(a) if i % 3]\n")
          .append("    y = {'k': (a, b), 'v': f\"{a!r:>10} {b}\"}\n")
          .append("    if x and not y or a < b <= 10:\n")
          .append("        return g(*args, key=lambda t: t[0], **kw)\n")
          .append("    for k, v in y.items():\n")
          .append("        x += [k, v]; del x[0]\n")
          .append("    return x[1:-1:2], -a ** 2\n")
          .append("\n");
    }
    String source = sb.toString();
    assertEquals(5000, source.split("\n", -1).length - 1);
    Node.Module m = Parser.parse(source, "big.py");
    assertEquals(500, m.body().size());
    Node.FunctionDef last = (Node.FunctionDef) m.body().get(499);
    assertEquals("f499", last.name());
    assertEquals(4991, last.line());
    assertEquals(6, last.body().size());
  }
}
