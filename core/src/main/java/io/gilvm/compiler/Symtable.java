package io.gilvm.compiler;

import io.gilvm.lang.Node;
import io.gilvm.lang.Node.*;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPython's symbol-table pass: one walk records how every block uses every name, then an analysis
 * from the module down decides which names are fast locals, cells, free variables or globals, with
 * CPython's rules for {@code global}, {@code nonlocal}, class bodies, comprehensions, assignment
 * expressions and the implicit {@code __class__} cell.
 */
final class Symtable {
  private final Source source;
  private final Map<Node, Scope> scopes = new IdentityHashMap<>();
  private Scope top;
  private Scope cur;
  private String privateName;
  private final ArrayDeque<Scope> stack = new ArrayDeque<>();

  private Symtable(Source source) {
    this.source = source;
  }

  static Symtable build(Node.Module module, Source source) {
    Symtable st = new Symtable(source);
    st.enter(Scope.Kind.MODULE, "top", module, 0, 0);
    st.top = st.cur;
    for (Stmt s : module.body()) {
      st.stmt(s);
    }
    st.exit();
    st.analyze(st.top, null, new HashSet<>(), new HashSet<>());
    return st;
  }

  Scope top() {
    return top;
  }

  /** The block a function, class, lambda or comprehension node opens. */
  Scope scopeOf(Node n) {
    return scopes.get(n);
  }

  /** CPython's private-name mangling: {@code __x} in class {@code C} becomes {@code _C__x}. */
  static String mangle(String privateName, String name) {
    if (privateName == null || !name.startsWith("__")) {
      return name;
    }
    if (name.endsWith("__") || name.indexOf('.') >= 0) {
      return name;
    }
    int i = 0;
    while (i < privateName.length() && privateName.charAt(i) == '_') {
      i++;
    }
    if (i == privateName.length()) {
      return name;
    }
    return "_" + privateName.substring(i) + name;
  }

  // ---------------------------------------------------------------- the walk

  private void enter(Scope.Kind kind, String name, Node node, int line, int col) {
    Scope s = new Scope(kind, name, node, line, col, cur);
    if (cur != null) {
      cur.children.add(s);
      stack.push(cur);
    }
    scopes.put(node, s);
    cur = s;
  }

  private void exit() {
    cur = stack.isEmpty() ? null : stack.pop();
  }

  private void addDef(String name, int flag, int line, int col) {
    addDef(name, flag, cur, line, col);
  }

  private void addDef(String name, int flag, Scope scope, int line, int col) {
    String mangled = mangle(privateName, name);
    Integer old = scope.symbols.get(mangled);
    int val = flag;
    if (old != null) {
      if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
        throw source.error(
            "duplicate argument '" + name + "' in function definition", scope.line, scope.col);
      }
      val |= old;
    }
    if (scope.compIterTarget) {
      if ((val & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0) {
        throw source.error(
            "comprehension inner loop cannot rebind assignment expression target '" + name + "'",
            scope.line,
            scope.col);
      }
      val |= Scope.DEF_COMP_ITER;
    }
    scope.symbols.put(mangled, val);
    if ((flag & Scope.DEF_PARAM) != 0) {
      scope.params.add(mangled);
    } else if ((flag & Scope.DEF_GLOBAL) != 0) {
      // A global declaration anywhere also marks the name in the module's own table.
      top.symbols.merge(mangled, flag, (a, b) -> a | b);
    }
  }

  private void directive(String name, int line, int col) {
    cur.directives.putIfAbsent(mangle(privateName, name), new int[] {line, col});
  }

  private void stmts(List<Stmt> body) {
    for (Stmt s : body) {
      stmt(s);
    }
  }

  private void exprs(List<Expr> es) {
    for (Expr e : es) {
      if (e != null) {
        expr(e);
      }
    }
  }

  private void stmt(Stmt s) {
    if (s instanceof ExprStmt e) {
      expr(e.value());
    } else if (s instanceof Assign a) {
      exprs(a.targets());
      expr(a.value());
    } else if (s instanceof AugAssign a) {
      expr(a.target());
      expr(a.value());
    } else if (s instanceof AnnAssign a) {
      annAssign(a);
    } else if (s instanceof If i) {
      expr(i.test());
      stmts(i.body());
      stmts(i.orelse());
    } else if (s instanceof AsyncFor f) {
      expr(f.target());
      expr(f.iter());
      stmts(f.body());
      stmts(f.orelse());
    } else if (s instanceof AsyncWith w) {
      for (WithItem item : w.items()) {
        expr(item.contextExpr());
        if (item.optionalVars() != null) {
          expr(item.optionalVars());
        }
      }
      stmts(w.body());
    } else if (s instanceof Match m) {
      expr(m.subject());
      for (MatchCase c : m.cases()) {
        pattern(c.pattern());
        if (c.guard() != null) {
          expr(c.guard());
        }
        stmts(c.body());
      }
    } else if (s instanceof While w) {
      expr(w.test());
      stmts(w.body());
      stmts(w.orelse());
    } else if (s instanceof For f) {
      expr(f.target());
      expr(f.iter());
      stmts(f.body());
      stmts(f.orelse());
    } else if (s instanceof FunctionDef f) {
      addDef(f.name(), Scope.DEF_LOCAL, f.line(), f.col());
      exprs(f.args().defaults());
      exprs(f.args().kwDefaults());
      annotations(f.args());
      if (f.returns() != null) {
        expr(f.returns());
      }
      exprs(f.decorators());
      enter(Scope.Kind.FUNCTION, f.name(), f, f.line(), f.col());
      cur.coroutine = f.isAsync();
      cur.asyncDef = f.isAsync();
      params(f.args());
      stmts(f.body());
      exit();
    } else if (s instanceof ClassDef c) {
      addDef(c.name(), Scope.DEF_LOCAL, c.line(), c.col());
      exprs(c.bases());
      for (Keyword k : c.keywords()) {
        expr(k.value());
      }
      exprs(c.decorators());
      enter(Scope.Kind.CLASS, c.name(), c, c.line(), c.col());
      String saved = privateName;
      privateName = c.name();
      stmts(c.body());
      privateName = saved;
      exit();
    } else if (s instanceof Return r) {
      if (r.value() != null) {
        expr(r.value());
      }
    } else if (s instanceof Delete d) {
      exprs(d.targets());
    } else if (s instanceof With w) {
      for (WithItem item : w.items()) {
        expr(item.contextExpr());
        if (item.optionalVars() != null) {
          expr(item.optionalVars());
        }
      }
      stmts(w.body());
    } else if (s instanceof Raise r) {
      if (r.exc() != null) {
        expr(r.exc());
        if (r.cause() != null) {
          expr(r.cause());
        }
      }
    } else if (s instanceof Try t) {
      stmts(t.body());
      stmts(t.orelse());
      for (ExceptHandler h : t.handlers()) {
        if (h.type() != null) {
          expr(h.type());
        }
        if (h.name() != null) {
          addDef(h.name(), Scope.DEF_LOCAL, h.line(), h.col());
        }
        stmts(h.body());
      }
      stmts(t.finalbody());
    } else if (s instanceof Assert a) {
      expr(a.test());
      if (a.msg() != null) {
        expr(a.msg());
      }
    } else if (s instanceof Import i) {
      for (Alias a : i.names()) {
        alias(a);
      }
    } else if (s instanceof ImportFrom i) {
      for (Alias a : i.names()) {
        alias(a);
      }
    } else if (s instanceof Global g) {
      declare(g.names(), true, g.line(), g.col());
    } else if (s instanceof Nonlocal n) {
      declare(n.names(), false, n.line(), n.col());
    }
  }

  /** A pattern's captures are assignments; its values and classes are loads. */
  private void pattern(Pattern p) {
    if (p instanceof MatchValue v) {
      expr(v.value());
    } else if (p instanceof MatchSequence q) {
      q.patterns().forEach(this::pattern);
    } else if (p instanceof MatchMapping m) {
      exprs(m.keys());
      m.patterns().forEach(this::pattern);
      if (m.rest() != null) {
        addDef(m.rest(), Scope.DEF_LOCAL, m.line(), m.col());
      }
    } else if (p instanceof MatchClass c) {
      expr(c.cls());
      c.patterns().forEach(this::pattern);
      c.kwdPatterns().forEach(this::pattern);
    } else if (p instanceof MatchStar st) {
      if (st.name() != null) {
        addDef(st.name(), Scope.DEF_LOCAL, st.line(), st.col());
      }
    } else if (p instanceof MatchAs a) {
      if (a.pattern() != null) {
        pattern(a.pattern());
      }
      if (a.name() != null) {
        addDef(a.name(), Scope.DEF_LOCAL, a.line(), a.col());
      }
    } else if (p instanceof MatchOr o) {
      o.patterns().forEach(this::pattern);
    }
  }

  private void annAssign(AnnAssign a) {
    if (a.target() instanceof Name n) {
      int old = cur.flags(mangle(privateName, n.id()));
      if ((old & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && cur != top) {
        String kind = (old & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
        throw source.error("annotated name '" + n.id() + "' can't be " + kind, a.line(), a.col());
      }
      addDef(n.id(), Scope.DEF_ANNOT | Scope.DEF_LOCAL, n.line(), n.col());
    } else {
      expr(a.target());
    }
    expr(a.annotation());
    if (a.value() != null) {
      expr(a.value());
    }
  }

  private void declare(List<String> names, boolean global, int line, int col) {
    String what = global ? "global" : "nonlocal";
    for (String name : names) {
      int old = cur.flags(mangle(privateName, name));
      if ((old & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
        String msg;
        if ((old & Scope.DEF_PARAM) != 0) {
          msg = "name '" + name + "' is parameter and " + what;
        } else if ((old & Scope.USE) != 0) {
          msg = "name '" + name + "' is used prior to " + what + " declaration";
        } else if ((old & Scope.DEF_ANNOT) != 0) {
          msg = "annotated name '" + name + "' can't be " + what;
        } else {
          msg = "name '" + name + "' is assigned to before " + what + " declaration";
        }
        throw source.error(msg, line, col);
      }
      addDef(name, global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL, line, col);
      directive(name, line, col);
    }
  }

  private void alias(Alias a) {
    String name = a.asname() != null ? a.asname() : a.name();
    int dot = name.indexOf('.');
    String store = dot >= 0 ? name.substring(0, dot) : name;
    if (name.equals("*")) {
      if (cur.kind != Scope.Kind.MODULE) {
        throw source.error("import * only allowed at module level", a.line(), a.col());
      }
      return;
    }
    addDef(store, Scope.DEF_IMPORT, a.line(), a.col());
  }

  /** Argument annotations are evaluated (by CPython) in the scope around the function. */
  private void annotations(Arguments a) {
    for (Arg arg : a.posonly()) {
      annotation(arg);
    }
    for (Arg arg : a.args()) {
      annotation(arg);
    }
    annotation(a.vararg());
    annotation(a.kwarg());
    for (Arg arg : a.kwonly()) {
      annotation(arg);
    }
  }

  private void annotation(Arg arg) {
    if (arg != null && arg.annotation() != null) {
      expr(arg.annotation());
    }
  }

  private void params(Arguments a) {
    for (Arg arg : a.posonly()) {
      addDef(arg.name(), Scope.DEF_PARAM, arg.line(), arg.col());
    }
    for (Arg arg : a.args()) {
      addDef(arg.name(), Scope.DEF_PARAM, arg.line(), arg.col());
    }
    for (Arg arg : a.kwonly()) {
      addDef(arg.name(), Scope.DEF_PARAM, arg.line(), arg.col());
    }
    if (a.vararg() != null) {
      addDef(a.vararg().name(), Scope.DEF_PARAM, a.vararg().line(), a.vararg().col());
      cur.varargs = true;
    }
    if (a.kwarg() != null) {
      addDef(a.kwarg().name(), Scope.DEF_PARAM, a.kwarg().line(), a.kwarg().col());
      cur.varkeywords = true;
    }
  }

  /** Records an expression's names; the deepest-nesting nodes come first, with few locals. */
  private void expr(Expr e) {
    if (e instanceof Name n) {
      name(n);
    } else if (e instanceof BinOp b) {
      expr(b.left());
      expr(b.right());
    } else if (e instanceof Attribute a) {
      expr(a.value());
    } else if (e instanceof Call c) {
      call(c);
    } else if (!(e instanceof Constant)) {
      compound(e);
    }
  }

  private void name(Name n) {
    addDef(n.id(), n.ctx() == Ctx.LOAD ? Scope.USE : Scope.DEF_LOCAL, n.line(), n.col());
    // A bare super() needs the class cell, so a use of super counts as a use of __class__.
    if (n.ctx() == Ctx.LOAD && cur.kind == Scope.Kind.FUNCTION && n.id().equals("super")) {
      addDef("__class__", Scope.USE, n.line(), n.col());
    }
  }

  private void call(Call c) {
    expr(c.func());
    exprs(c.args());
    for (Keyword k : c.keywords()) {
      expr(k.value());
    }
  }

  private void compound(Expr e) {
    if (e instanceof UnaryOp u) {
      expr(u.operand());
    } else if (e instanceof BoolOp b) {
      exprs(b.values());
    } else if (e instanceof Compare c) {
      expr(c.left());
      exprs(c.comparators());
    } else if (e instanceof Subscript s) {
      expr(s.value());
      expr(s.slice());
    } else if (e instanceof Tuple t) {
      exprs(t.elts());
    } else if (e instanceof ListExpr l) {
      exprs(l.elts());
    } else if (e instanceof Node.Set s) {
      exprs(s.elts());
    } else if (e instanceof Dict d) {
      exprs(d.keys());
      exprs(d.values());
    } else if (e instanceof IfExp i) {
      expr(i.test());
      expr(i.body());
      expr(i.orelse());
    } else if (e instanceof Starred s) {
      expr(s.value());
    } else if (e instanceof Slice s) {
      if (s.lower() != null) {
        expr(s.lower());
      }
      if (s.upper() != null) {
        expr(s.upper());
      }
      if (s.step() != null) {
        expr(s.step());
      }
    } else if (e instanceof JoinedStr j) {
      exprs(j.values());
    } else if (e instanceof FormattedValue f) {
      expr(f.value());
      if (f.formatSpec() != null) {
        expr(f.formatSpec());
      }
    } else if (e instanceof Lambda l) {
      exprs(l.args().defaults());
      exprs(l.args().kwDefaults());
      enter(Scope.Kind.FUNCTION, "lambda", l, l.line(), l.col());
      params(l.args());
      expr(l.body());
      exit();
    } else if (e instanceof NamedExpr n) {
      namedExpr(n);
    } else if (e instanceof Yield y) {
      if (y.value() != null) {
        expr(y.value());
      }
      cur.generator = true;
    } else if (e instanceof YieldFrom y) {
      expr(y.value());
      cur.generator = true;
    } else if (e instanceof Await a) {
      expr(a.value());
      cur.coroutine = true;
    } else if (e instanceof ListComp c) {
      comprehension(c, "listcomp", c.generators(), c.elt(), null);
    } else if (e instanceof SetComp c) {
      comprehension(c, "setcomp", c.generators(), c.elt(), null);
    } else if (e instanceof DictComp c) {
      comprehension(c, "dictcomp", c.generators(), c.key(), c.value());
    } else if (e instanceof GeneratorExp c) {
      comprehension(c, "genexpr", c.generators(), c.elt(), null);
    }
  }

  private void comprehension(
      Expr e, String name, List<Comprehension> generators, Expr elt, Expr value) {
    Comprehension outermost = generators.get(0);
    // The outermost iterable is evaluated in the enclosing scope.
    cur.compIterExpr++;
    expr(outermost.iter());
    cur.compIterExpr--;
    enter(Scope.Kind.FUNCTION, name, e, e.line(), e.col());
    cur.comprehension = true;
    for (Comprehension g : generators) {
      cur.coroutine |= g.isAsync();
    }
    addDef(".0", Scope.DEF_PARAM, e.line(), e.col());
    cur.compIterTarget = true;
    expr(outermost.target());
    cur.compIterTarget = false;
    exprs(outermost.ifs());
    for (int i = 1; i < generators.size(); i++) {
      Comprehension g = generators.get(i);
      cur.compIterTarget = true;
      expr(g.target());
      cur.compIterTarget = false;
      cur.compIterExpr++;
      expr(g.iter());
      cur.compIterExpr--;
      exprs(g.ifs());
    }
    if (value != null) {
      expr(value);
    }
    expr(elt);
    if (cur.generator) {
      String what =
          switch (name) {
            case "listcomp" -> "list comprehension";
            case "setcomp" -> "set comprehension";
            case "dictcomp" -> "dict comprehension";
            default -> "generator expression";
          };
      throw source.error("'yield' inside " + what, e.line(), e.col());
    }
    cur.generator = e instanceof GeneratorExp;
    // An awaiting list, set or dict comprehension makes its caller await it too.
    boolean awaits = cur.coroutine && !cur.generator;
    exit();
    if (awaits) {
      cur.coroutine = true;
    }
  }

  private void namedExpr(NamedExpr n) {
    if (cur.compIterExpr > 0) {
      throw source.error(
          "assignment expression cannot be used in a comprehension iterable expression",
          n.line(),
          n.col());
    }
    if (cur.comprehension) {
      extendNamedExprScope(n.target());
    }
    expr(n.value());
    expr(n.target());
  }

  /** A walrus inside a comprehension binds in the nearest enclosing function or the module. */
  private void extendNamedExprScope(Name target) {
    String name = target.id();
    Scope inner = cur;
    Iterator<Scope> it = stack.iterator();
    Scope s = cur;
    while (true) {
      if (s.comprehension) {
        if ((s.flags(mangle(privateName, name)) & Scope.DEF_COMP_ITER) != 0) {
          throw source.error(
              "assignment expression cannot rebind comprehension iteration variable '" + name + "'",
              target.line(),
              target.col());
        }
      } else if (s.kind == Scope.Kind.FUNCTION) {
        boolean global = (s.flags(mangle(privateName, name)) & Scope.DEF_GLOBAL) != 0;
        addDef(name, global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL, target.line(), target.col());
        directive(name, target.line(), target.col());
        addDef(name, Scope.DEF_LOCAL, s, target.line(), target.col());
        return;
      } else if (s.kind == Scope.Kind.MODULE) {
        addDef(name, Scope.DEF_GLOBAL, target.line(), target.col());
        directive(name, target.line(), target.col());
        addDef(name, Scope.DEF_GLOBAL, s, target.line(), target.col());
        return;
      } else {
        throw source.error(
            "assignment expression within a comprehension cannot be used in a class body",
            target.line(),
            target.col());
      }
      if (!it.hasNext()) {
        throw new IllegalStateException("no scope for " + name + " in " + inner.name);
      }
      s = it.next();
    }
  }

  // ---------------------------------------------------------------- the analysis

  /**
   * Resolves every name of {@code s}. {@code bound} holds the names bound by enclosing function
   * blocks (null at the module), {@code global} the names known to be global; free variables of
   * this block and its children that must come from further out are added to {@code free}.
   */
  private void analyze(Scope s, Set<String> bound, Set<String> free, Set<String> global) {
    Set<String> local = new HashSet<>();
    Set<String> newGlobal = new HashSet<>();
    Set<String> newFree = new HashSet<>();
    Set<String> newBound = new HashSet<>();
    // Class bindings are invisible to nested functions, so a class passes down what it received.
    if (s.kind == Scope.Kind.CLASS) {
      newGlobal.addAll(global);
      if (bound != null) {
        newBound.addAll(bound);
      }
    }
    for (Map.Entry<String, Integer> e : s.symbols.entrySet()) {
      analyzeName(s, e.getKey(), e.getValue(), bound, local, free, global);
    }
    if (s.kind != Scope.Kind.CLASS) {
      if (s.kind == Scope.Kind.FUNCTION) {
        newBound.addAll(local);
      }
      if (bound != null) {
        newBound.addAll(bound);
      }
      newGlobal.addAll(global);
    } else {
      newBound.add("__class__");
    }
    Set<String> allFree = new HashSet<>();
    for (Scope child : s.children) {
      Set<String> childFree = new HashSet<>(newFree);
      analyze(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
      allFree.addAll(childFree);
    }
    newFree.addAll(allFree);
    if (s.kind == Scope.Kind.FUNCTION) {
      for (Map.Entry<String, Integer> e : s.resolved.entrySet()) {
        if (e.getValue() == Scope.LOCAL && newFree.remove(e.getKey())) {
          e.setValue(Scope.CELL);
        }
      }
    } else if (s.kind == Scope.Kind.CLASS && newFree.remove("__class__")) {
      s.needsClassClosure = true;
    }
    for (String name : newFree) {
      Integer flags = s.symbols.get(name);
      if (flags != null) {
        if (s.kind == Scope.Kind.CLASS && (flags & (Scope.DEF_BOUND | Scope.DEF_GLOBAL)) != 0) {
          s.symbols.put(name, flags | Scope.DEF_FREE_CLASS);
        }
        continue;
      }
      if (bound != null && !bound.contains(name)) {
        continue;
      }
      s.resolved.put(name, Scope.FREE);
    }
    free.addAll(newFree);
  }

  private void analyzeName(
      Scope s,
      String name,
      int flags,
      Set<String> bound,
      Set<String> local,
      Set<String> free,
      Set<String> global) {
    if ((flags & Scope.DEF_GLOBAL) != 0) {
      if ((flags & Scope.DEF_NONLOCAL) != 0) {
        throw errorAtDirective(s, name, "name '" + name + "' is nonlocal and global");
      }
      s.resolved.put(name, Scope.GLOBAL_EXPLICIT);
      global.add(name);
      if (bound != null) {
        bound.remove(name);
      }
      return;
    }
    if ((flags & Scope.DEF_NONLOCAL) != 0) {
      if (bound == null) {
        throw errorAtDirective(s, name, "nonlocal declaration not allowed at module level");
      }
      if (!bound.contains(name)) {
        throw errorAtDirective(s, name, "no binding for nonlocal '" + name + "' found");
      }
      s.resolved.put(name, Scope.FREE);
      free.add(name);
      return;
    }
    if ((flags & Scope.DEF_BOUND) != 0) {
      s.resolved.put(name, Scope.LOCAL);
      local.add(name);
      global.remove(name);
      return;
    }
    if (bound != null && bound.contains(name)) {
      s.resolved.put(name, Scope.FREE);
      free.add(name);
      return;
    }
    s.resolved.put(name, Scope.GLOBAL_IMPLICIT);
  }

  private RuntimeException errorAtDirective(Scope s, String name, String message) {
    int[] at = s.directives.get(name);
    return at != null ? source.error(message, at[0], at[1]) : source.error(message, s.line, s.col);
  }
}
