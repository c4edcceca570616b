package io.gilvm.compiler;

import io.gilvm.lang.Node;
import io.gilvm.lang.Node.*;
import io.gilvm.lang.Positions;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.9's AST optimizer: folds operators on constants, tuples of constants, constant
 * subscripts and {@code __debug__}; turns {@code not (a is b)} into {@code a is not b}; and turns a
 * list or set literal that is only iterated over or tested for membership into a tuple or
 * frozenset. Works bottom-up and returns a new tree; the input is not changed.
 */
final class ConstantFolder {
  /** Where the parsed nodes end: each folded node ends where the node it replaces did. */
  private final Positions positions;

  private ConstantFolder(Positions positions) {
    this.positions = positions;
  }

  static Node.Module fold(Node.Module m, Positions positions) {
    return new ConstantFolder(positions).module(m);
  }

  private Node.Module module(Node.Module m) {
    return new Node.Module(body(m.body()), m.line(), m.col());
  }

  /**
   * Folds a body; if folding turned a first statement that was not a docstring into a string
   * constant, wraps it so that it does not become one.
   */
  private List<Stmt> body(List<Stmt> stmts) {
    boolean hadDocstring = docstring(stmts) != null;
    List<Stmt> out = stmts(stmts);
    if (!hadDocstring && docstring(out) != null) {
      ExprStmt first = (ExprStmt) out.get(0);
      Expr v = first.value();
      out.set(
          0, new ExprStmt(new JoinedStr(List.of(v), v.line(), v.col()), first.line(), first.col()));
    }
    return out;
  }

  /** The docstring of a body: its first statement when that is a string constant. */
  static String docstring(List<Stmt> body) {
    if (!body.isEmpty()
        && body.get(0) instanceof ExprStmt e
        && e.value() instanceof Constant c
        && c.value() instanceof String s) {
      return s;
    }
    return null;
  }

  private List<Stmt> stmts(List<Stmt> stmts) {
    List<Stmt> out = new ArrayList<>(stmts.size());
    for (Stmt s : stmts) {
      out.add(stmt(s));
    }
    return out;
  }

  private List<Expr> exprs(List<Expr> es) {
    List<Expr> out = new ArrayList<>(es.size());
    for (Expr e : es) {
      out.add(e == null ? null : expr(e));
    }
    return out;
  }

  private Expr opt(Expr e) {
    return e == null ? null : expr(e);
  }

  private List<Keyword> keywords(List<Keyword> ks) {
    List<Keyword> out = new ArrayList<>(ks.size());
    for (Keyword k : ks) {
      out.add(new Keyword(k.name(), expr(k.value()), k.line(), k.col()));
    }
    return out;
  }

  private Arguments arguments(Arguments a) {
    return new Arguments(
        a.posonly(),
        a.args(),
        a.vararg(),
        a.kwonly(),
        exprs(a.kwDefaults()),
        a.kwarg(),
        exprs(a.defaults()));
  }

  private Stmt stmt(Stmt s) {
    Stmt out = foldStmt(s);
    positions.copy(s, out);
    return out;
  }

  private Stmt foldStmt(Stmt s) {
    if (s instanceof ExprStmt e) {
      return new ExprStmt(expr(e.value()), e.line(), e.col());
    } else if (s instanceof Assign a) {
      return new Assign(exprs(a.targets()), expr(a.value()), a.line(), a.col());
    } else if (s instanceof AugAssign a) {
      return new AugAssign(expr(a.target()), a.op(), expr(a.value()), a.line(), a.col());
    } else if (s instanceof AnnAssign a) {
      return new AnnAssign(
          expr(a.target()), expr(a.annotation()), opt(a.value()), a.line(), a.col());
    } else if (s instanceof If i) {
      return new If(expr(i.test()), stmts(i.body()), stmts(i.orelse()), i.line(), i.col());
    } else if (s instanceof Match m) {
      List<MatchCase> cases = new ArrayList<>(m.cases().size());
      for (MatchCase c : m.cases()) {
        cases.add(new MatchCase(c.pattern(), opt(c.guard()), stmts(c.body()), c.line(), c.col()));
      }
      return new Match(expr(m.subject()), cases, m.line(), m.col());
    } else if (s instanceof While w) {
      return new While(expr(w.test()), stmts(w.body()), stmts(w.orelse()), w.line(), w.col());
    } else if (s instanceof For f) {
      Expr iter = iterable(expr(f.iter()));
      return new For(expr(f.target()), iter, stmts(f.body()), stmts(f.orelse()), f.line(), f.col());
    } else if (s instanceof AsyncFor f) {
      return new AsyncFor(
          expr(f.target()), expr(f.iter()), stmts(f.body()), stmts(f.orelse()), f.line(), f.col());
    } else if (s instanceof AsyncWith w) {
      List<WithItem> items = new ArrayList<>(w.items().size());
      for (WithItem it : w.items()) {
        items.add(
            new WithItem(expr(it.contextExpr()), opt(it.optionalVars()), it.line(), it.col()));
      }
      return new AsyncWith(items, stmts(w.body()), w.line(), w.col());
    } else if (s instanceof Return r) {
      return new Return(opt(r.value()), r.line(), r.col());
    } else if (s instanceof FunctionDef f) {
      return new FunctionDef(
          f.name(),
          arguments(f.args()),
          body(f.body()),
          exprs(f.decorators()),
          opt(f.returns()),
          f.isAsync(),
          f.line(),
          f.col());
    } else if (s instanceof ClassDef c) {
      return new ClassDef(
          c.name(),
          exprs(c.bases()),
          keywords(c.keywords()),
          body(c.body()),
          exprs(c.decorators()),
          c.line(),
          c.col());
    } else if (s instanceof Delete d) {
      return new Delete(exprs(d.targets()), d.line(), d.col());
    } else if (s instanceof With w) {
      List<WithItem> items = new ArrayList<>(w.items().size());
      for (WithItem it : w.items()) {
        items.add(
            new WithItem(expr(it.contextExpr()), opt(it.optionalVars()), it.line(), it.col()));
      }
      return new With(items, stmts(w.body()), w.line(), w.col());
    } else if (s instanceof Raise r) {
      return new Raise(opt(r.exc()), opt(r.cause()), r.line(), r.col());
    } else if (s instanceof Try t) {
      List<ExceptHandler> hs = new ArrayList<>(t.handlers().size());
      for (ExceptHandler h : t.handlers()) {
        hs.add(
            new ExceptHandler(
                opt(h.type()), h.name(), stmts(h.body()), h.star(), h.line(), h.col()));
      }
      return new Try(
          stmts(t.body()), hs, stmts(t.orelse()), stmts(t.finalbody()), t.line(), t.col());
    } else if (s instanceof Assert a) {
      return new Assert(expr(a.test()), opt(a.msg()), a.line(), a.col());
    }
    return s;
  }

  private List<Comprehension> generators(List<Comprehension> gens) {
    List<Comprehension> out = new ArrayList<>(gens.size());
    for (Comprehension g : gens) {
      Expr iter = iterable(expr(g.iter()));
      out.add(
          new Comprehension(
              expr(g.target()),
              g.isAsync() ? expr(g.iter()) : iter,
              exprs(g.ifs()),
              g.isAsync(),
              g.line(),
              g.col()));
    }
    return out;
  }

  /**
   * Folds an expression. The nodes that nest deepest in real code are handled here, with few
   * locals, so that long operator chains do not exhaust the thread's stack.
   */
  private Expr expr(Expr e) {
    Expr out = foldExpr(e);
    positions.copy(e, out);
    return out;
  }

  private Expr foldExpr(Expr e) {
    if (e instanceof Name n) {
      return name(n);
    } else if (e instanceof BinOp b) {
      return binOp(b);
    } else if (e instanceof Attribute a) {
      return new Attribute(expr(a.value()), a.attr(), a.ctx(), a.line(), a.col());
    } else if (e instanceof Call c) {
      return new Call(expr(c.func()), exprs(c.args()), keywords(c.keywords()), c.line(), c.col());
    } else if (e instanceof Constant) {
      return e;
    }
    return compound(e);
  }

  private Expr name(Name n) {
    if (n.ctx() == Ctx.LOAD && n.id().equals("__debug__")) {
      return new Constant(Boolean.TRUE, n.line(), n.col());
    }
    return n;
  }

  private Expr binOp(BinOp b) {
    Expr l = expr(b.left());
    Expr r = expr(b.right());
    if (l instanceof Constant lc && r instanceof Constant rc) {
      Object v = ConstantOps.binary(b.op(), lc.value(), rc.value());
      if (v != ConstantOps.FAIL) {
        return new Constant(v, b.line(), b.col());
      }
    }
    return new BinOp(l, b.op(), r, b.line(), b.col());
  }

  private Expr compound(Expr e) {
    if (e instanceof UnaryOp u) {
      Expr operand = expr(u.operand());
      if (operand instanceof Constant c) {
        Object v = ConstantOps.unary(u.op(), c.value());
        if (v != ConstantOps.FAIL) {
          return new Constant(v, u.line(), u.col());
        }
      } else if (u.op() == UnaryOpKind.NOT && operand instanceof Compare c && c.ops().size() == 1) {
        CmpOpKind inverse =
            switch (c.ops().get(0)) {
              case IS -> CmpOpKind.IS_NOT;
              case IS_NOT -> CmpOpKind.IS;
              case IN -> CmpOpKind.NOT_IN;
              case NOT_IN -> CmpOpKind.IN;
              default -> null;
            };
        if (inverse != null) {
          return new Compare(c.left(), List.of(inverse), c.comparators(), c.line(), c.col());
        }
      }
      return new UnaryOp(u.op(), operand, u.line(), u.col());
    } else if (e instanceof Tuple t) {
      List<Expr> elts = exprs(t.elts());
      if (t.ctx() == Ctx.LOAD) {
        Object v = constTuple(elts);
        if (v != null) {
          return new Constant(v, t.line(), t.col());
        }
      }
      return new Tuple(elts, t.ctx(), t.line(), t.col());
    } else if (e instanceof Subscript s) {
      Expr value = expr(s.value());
      Expr slice = expr(s.slice());
      if (s.ctx() == Ctx.LOAD && value instanceof Constant vc && slice instanceof Constant sc) {
        Object v = ConstantOps.subscript(vc.value(), sc.value());
        if (v != ConstantOps.FAIL) {
          return new Constant(v, s.line(), s.col());
        }
      }
      return new Subscript(value, slice, s.ctx(), s.line(), s.col());
    } else if (e instanceof Compare c) {
      List<Expr> comparators = exprs(c.comparators());
      int last = c.ops().size() - 1;
      CmpOpKind op = c.ops().get(last);
      if (op == CmpOpKind.IN || op == CmpOpKind.NOT_IN) {
        comparators.set(last, iterable(comparators.get(last)));
      }
      return new Compare(expr(c.left()), c.ops(), comparators, c.line(), c.col());
    } else if (e instanceof BoolOp b) {
      return new BoolOp(b.isAnd(), exprs(b.values()), b.line(), b.col());
    } else if (e instanceof ListExpr l) {
      return new ListExpr(exprs(l.elts()), l.ctx(), l.line(), l.col());
    } else if (e instanceof Dict d) {
      return new Dict(exprs(d.keys()), exprs(d.values()), d.line(), d.col());
    } else if (e instanceof Set s) {
      return new Set(exprs(s.elts()), s.line(), s.col());
    } else if (e instanceof IfExp i) {
      return new IfExp(expr(i.test()), expr(i.body()), expr(i.orelse()), i.line(), i.col());
    } else if (e instanceof NamedExpr n) {
      return new NamedExpr(n.target(), expr(n.value()), n.line(), n.col());
    } else if (e instanceof Lambda l) {
      return new Lambda(arguments(l.args()), expr(l.body()), l.line(), l.col());
    } else if (e instanceof ListComp c) {
      return new ListComp(expr(c.elt()), generators(c.generators()), c.line(), c.col());
    } else if (e instanceof SetComp c) {
      return new SetComp(expr(c.elt()), generators(c.generators()), c.line(), c.col());
    } else if (e instanceof DictComp c) {
      return new DictComp(
          expr(c.key()), expr(c.value()), generators(c.generators()), c.line(), c.col());
    } else if (e instanceof GeneratorExp c) {
      return new GeneratorExp(expr(c.elt()), generators(c.generators()), c.line(), c.col());
    } else if (e instanceof Yield y) {
      return new Yield(opt(y.value()), y.line(), y.col());
    } else if (e instanceof YieldFrom y) {
      return new YieldFrom(expr(y.value()), y.line(), y.col());
    } else if (e instanceof Await a) {
      return new Await(expr(a.value()), a.line(), a.col());
    } else if (e instanceof FormattedValue f) {
      return new FormattedValue(
          expr(f.value()), f.conversion(), opt(f.formatSpec()), f.line(), f.col());
    } else if (e instanceof JoinedStr j) {
      return new JoinedStr(exprs(j.values()), j.line(), j.col());
    } else if (e instanceof Starred s) {
      return new Starred(expr(s.value()), s.ctx(), s.line(), s.col());
    } else if (e instanceof Slice s) {
      return new Slice(opt(s.lower()), opt(s.upper()), opt(s.step()), s.line(), s.col());
    }
    return e;
  }

  /** A tuple constant of the elements, or null when one of them is not a constant. */
  private Object constTuple(List<Expr> elts) {
    List<Object> values = new ArrayList<>(elts.size());
    for (Expr x : elts) {
      if (!(x instanceof Constant c)) {
        return null;
      }
      values.add(c.value());
    }
    return new ConstValue.Tuple(values);
  }

  /**
   * An expression that is only iterated over or searched: a list display becomes a tuple (a
   * constant one when it can), a set display of constants a frozenset constant.
   */
  private Expr iterable(Expr e) {
    if (e instanceof ListExpr l) {
      for (Expr x : l.elts()) {
        if (x instanceof Starred) {
          return e;
        }
      }
      Object v = constTuple(l.elts());
      if (v != null) {
        return new Constant(v, l.line(), l.col());
      }
      return new Tuple(l.elts(), l.ctx(), l.line(), l.col());
    }
    if (e instanceof Set s) {
      Object v = constTuple(s.elts());
      if (v != null) {
        return new Constant(
            new ConstValue.FrozenSet(((ConstValue.Tuple) v).items()), s.line(), s.col());
      }
    }
    return e;
  }
}
