package io.gilvm.compiler;

import io.gilvm.lang.Node;
import io.gilvm.lang.Node.*;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code from __future__ import annotations} (PEP 563): every annotation of the module becomes the
 * string of its source text, so none is evaluated. Done on the tree before constant folding, as
 * CPython leaves such annotations unfolded.
 */
final class FutureAnnotations {
  private FutureAnnotations() {}

  /** Whether the module's leading {@code __future__} imports name {@code annotations}. */
  static boolean declared(Node.Module m) {
    List<Stmt> body = m.body();
    for (int i = 0; i < body.size(); i++) {
      Stmt s = body.get(i);
      if (i == 0
          && s instanceof ExprStmt e
          && e.value() instanceof Constant c
          && c.value() instanceof String) {
        continue;
      }
      if (!(s instanceof ImportFrom f) || !"__future__".equals(f.module())) {
        return false;
      }
      for (Alias a : f.names()) {
        if (a.name().equals("annotations")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The module with each annotation replaced by its source text. */
  static Node.Module stringify(Node.Module m) {
    return new Node.Module(stmts(m.body()), m.line(), m.col());
  }

  private static Expr text(Expr e) {
    return e == null ? null : new Constant(Unparse.expr(e), e.line(), e.col());
  }

  private static List<Stmt> stmts(List<Stmt> body) {
    List<Stmt> out = new ArrayList<>(body.size());
    for (Stmt s : body) {
      out.add(stmt(s));
    }
    return out;
  }

  private static Arg arg(Arg a) {
    return a == null || a.annotation() == null
        ? a
        : new Arg(a.name(), text(a.annotation()), a.line(), a.col());
  }

  private static List<Arg> args(List<Arg> as) {
    List<Arg> out = new ArrayList<>(as.size());
    for (Arg a : as) {
      out.add(arg(a));
    }
    return out;
  }

  private static Stmt stmt(Stmt s) {
    if (s instanceof AnnAssign a) {
      return new AnnAssign(a.target(), text(a.annotation()), a.value(), a.line(), a.col());
    } else if (s instanceof FunctionDef f) {
      Arguments a = f.args();
      Arguments args =
          new Arguments(
              args(a.posonly()),
              args(a.args()),
              arg(a.vararg()),
              args(a.kwonly()),
              a.kwDefaults(),
              arg(a.kwarg()),
              a.defaults());
      return new FunctionDef(
          f.name(),
          args,
          stmts(f.body()),
          f.decorators(),
          text(f.returns()),
          f.isAsync(),
          f.line(),
          f.col());
    } else if (s instanceof ClassDef c) {
      return new ClassDef(
          c.name(), c.bases(), c.keywords(), stmts(c.body()), c.decorators(), c.line(), c.col());
    } else if (s instanceof If i) {
      return new If(i.test(), stmts(i.body()), stmts(i.orelse()), i.line(), i.col());
    } else if (s instanceof For f) {
      return new For(f.target(), f.iter(), stmts(f.body()), stmts(f.orelse()), f.line(), f.col());
    } else if (s instanceof Match m) {
      List<MatchCase> cases = new ArrayList<>(m.cases().size());
      for (MatchCase c : m.cases()) {
        cases.add(new MatchCase(c.pattern(), c.guard(), stmts(c.body()), c.line(), c.col()));
      }
      return new Match(m.subject(), cases, m.line(), m.col());
    } else if (s instanceof AsyncFor f) {
      return new AsyncFor(
          f.target(), f.iter(), stmts(f.body()), stmts(f.orelse()), f.line(), f.col());
    } else if (s instanceof AsyncWith w) {
      return new AsyncWith(w.items(), stmts(w.body()), w.line(), w.col());
    } else if (s instanceof While w) {
      return new While(w.test(), stmts(w.body()), stmts(w.orelse()), w.line(), w.col());
    } else if (s instanceof With w) {
      return new With(w.items(), stmts(w.body()), w.line(), w.col());
    } else if (s instanceof Try t) {
      List<ExceptHandler> handlers = new ArrayList<>(t.handlers().size());
      for (ExceptHandler h : t.handlers()) {
        handlers.add(
            new ExceptHandler(h.type(), h.name(), stmts(h.body()), h.star(), h.line(), h.col()));
      }
      return new Try(
          stmts(t.body()), handlers, stmts(t.orelse()), stmts(t.finalbody()), t.line(), t.col());
    }
    return s;
  }
}
