package io.gilvm.compiler;

import static io.gilvm.bytecode.Opcode.*;

import io.gilvm.compiler.CodeBuilder.Label;
import io.gilvm.lang.Node;
import io.gilvm.lang.Node.*;
import io.gilvm.lang.Parser;
import io.gilvm.lang.Positions;
import io.gilvm.lang.PySyntaxError;
import io.gilvm.object.PyCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles the AST to CPython-3.9-shaped bytecode: the instructions, their order, their line
 * numbers and their constants are the ones CPython 3.9's compiler (and its peephole pass) would
 * produce, so that {@code dis} output and the instruction boundaries where a lock can switch match
 * the GIL literature. The passes are CPython's: constant folding on the AST, the symbol table, then
 * one code generator per code object (module, class body, function, lambda, comprehension).
 *
 * <p>Two deliberate differences from CPython 3.9, both forced by the VM contract: arguments are
 * never split with EXTENDED_ARG, and a handler saves the previous exception in one stack slot, so
 * where CPython moves a return value under the three saved slots with ROT_FOUR this emits ROT_TWO.
 */
public final class Compiler {
  private static final int MAX_BLOCKS = 20;

  private enum UnitType {
    MODULE,
    CLASS,
    FUNCTION,
    LAMBDA,
    COMPREHENSION
  }

  private enum BlockType {
    WHILE_LOOP,
    FOR_LOOP,
    TRY_EXCEPT,
    FINALLY_TRY,
    FINALLY_END,
    WITH,
    ASYNC_WITH,
    HANDLER_CLEANUP,
    POP_VALUE,
    EXCEPT_STAR
  }

  /** What an enclosing statement must undo when control leaves it by break, continue or return. */
  private record FBlock(BlockType type, Label block, Label exit, Object datum) {}

  /** The compilation of one code object. */
  private static final class Unit {
    final UnitType type;
    final Scope scope;
    final CodeBuilder cb;
    final String name;
    final int firstLineNo;
    String qualname;
    String privateName;
    int col;
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    final ArrayList<FBlock> fblocks = new ArrayList<>();

    Unit(UnitType type, Scope scope, String name, int firstLineNo) {
      this.type = type;
      this.scope = scope;
      this.name = name;
      this.firstLineNo = firstLineNo;
      this.cb = new CodeBuilder(scope.params, scope.cellvars(), scope.freevars());
    }
  }

  private final Source source;
  private final Symtable symtable;
  private final ArrayDeque<Unit> stack = new ArrayDeque<>();
  private Unit u;
  private CodeBuilder cb;

  /** {@code from __future__ import annotations}: annotations are strings, made before folding. */
  private boolean futureAnnotations;

  /** Mode "single": the module's expression statements print their values. */
  private boolean interactive;

  /** Where the tree's nodes end, for the instructions' source spans. */
  private final Positions positions;

  private Compiler(Source source, Symtable symtable, Positions positions) {
    this.source = source;
    this.symtable = symtable;
    this.positions = positions;
  }

  /** Parses and compiles a source file to its module code object. */
  public static PyCode compile(String source, String filename) {
    Positions positions = new Positions();
    return compile(
        Parser.parse(source, filename, positions), new Source(filename, source), positions);
  }

  /**
   * {@code compile(source, filename, mode)}: mode "exec" (a module), "eval" (one expression, whose
   * value the code returns) or "single" (one interactive statement, whose expressions' values are
   * printed). {@code futureAnnotations} is the caller's flag CO_FUTURE_ANNOTATIONS.
   */
  public static PyCode compile(
      String source, String filename, String mode, boolean futureAnnotations) {
    Positions positions = new Positions();
    Node.Module m = Parser.parse(source, filename, positions);
    Source src = new Source(filename, source);
    if (mode.equals("eval")) {
      if (m.body().size() != 1 || !(m.body().get(0) instanceof ExprStmt)) {
        Node at =
            m.body().size() > 1 ? m.body().get(1) : m.body().isEmpty() ? null : m.body().get(0);
        throw src.error("invalid syntax", at == null ? 0 : at.line(), at == null ? 0 : at.col());
      }
    } else if (mode.equals("single") && m.body().size() > 1) {
      throw src.error(
          "multiple statements found while compiling a single statement",
          m.body().get(0).line(),
          m.body().get(0).col());
    }
    NestingDepth.check(m, filename);
    try {
      futureAnnotations |= FutureAnnotations.declared(m);
      if (futureAnnotations) {
        m = FutureAnnotations.stringify(m);
      }
      Node.Module folded = ConstantFolder.fold(m, positions);
      Symtable st = Symtable.build(folded, src);
      Compiler c = new Compiler(src, st, positions);
      c.futureAnnotations = futureAnnotations;
      if (mode.equals("eval")) {
        c.enterScope("<module>", UnitType.MODULE, folded, 1);
        c.expr(((ExprStmt) folded.body().get(0)).value());
        c.cb.emit(RETURN_VALUE);
        PyCode co = c.assemble(true);
        c.exitScope();
        return co;
      }
      c.interactive = mode.equals("single");
      return c.module(folded);
    } catch (StackOverflowError e) {
      throw new PySyntaxError(
          "RecursionError",
          "maximum recursion depth exceeded during compilation",
          filename,
          1,
          0,
          null);
    }
  }

  /** Compiles a parsed module to its code object ({@code <module>}). */
  public static PyCode compile(Node.Module module, String filename) {
    return compile(module, new Source(filename, null), new Positions());
  }

  private static PyCode compile(Node.Module module, Source source, Positions positions) {
    NestingDepth.check(module, source.filename);
    try {
      boolean futureAnnotations = FutureAnnotations.declared(module);
      if (futureAnnotations) {
        module = FutureAnnotations.stringify(module);
      }
      Node.Module folded = ConstantFolder.fold(module, positions);
      Symtable st = Symtable.build(folded, source);
      Compiler c = new Compiler(source, st, positions);
      c.futureAnnotations = futureAnnotations;
      return c.module(folded);
    } catch (StackOverflowError e) {
      // The passes recurse on the tree; an absurdly deep expression is CPython's RecursionError.
      throw new PySyntaxError(
          "RecursionError",
          "maximum recursion depth exceeded during compilation",
          source.filename,
          1,
          0,
          null);
    }
  }

  private PyCode module(Node.Module m) {
    enterScope("<module>", UnitType.MODULE, m, 1);
    body(m.body());
    PyCode co = assemble(true);
    exitScope();
    return co;
  }

  // ---------------------------------------------------------------- units

  private void enterScope(String name, UnitType type, Node node, int firstLineNo) {
    Scope scope = symtable.scopeOf(node);
    Unit unit = new Unit(type, scope, name, firstLineNo);
    if (u != null) {
      unit.privateName = u.privateName;
      unit.cb.suppress = cb.suppress;
      stack.push(u);
    }
    unit.qualname = qualname(unit);
    u = unit;
    cb = unit.cb;
  }

  private void exitScope() {
    u = stack.isEmpty() ? null : stack.pop();
    cb = u == null ? null : u.cb;
  }

  /** The dotted path CPython gives functions and classes: {@code C.m}, {@code f.<locals>.g}. */
  private String qualname(Unit unit) {
    Unit parent = stack.peek();
    if (parent == null || parent.type == UnitType.MODULE) {
      return unit.name;
    }
    if (unit.type == UnitType.FUNCTION || unit.type == UnitType.CLASS) {
      String mangled = Symtable.mangle(parent.privateName, unit.name);
      if (parent.scope.scopeOf(mangled) == Scope.GLOBAL_EXPLICIT) {
        return unit.name;
      }
    }
    String base = parent.qualname;
    if (parent.type == UnitType.FUNCTION || parent.type == UnitType.LAMBDA) {
      base += ".<locals>";
    }
    return base + "." + unit.name;
  }

  /** Finishes the current unit, adding the implicit return if its last block does not return. */
  private PyCode assemble(boolean addNone) {
    if (!cb.blockReturns()) {
      cb.nextBlock();
      if (addNone) {
        cb.loadConst(null);
      }
      cb.emit(RETURN_VALUE);
    }
    int flags = futureAnnotations ? PyCode.CO_FUTURE_ANNOTATIONS : 0;
    Scope s = u.scope;
    if (s.kind == Scope.Kind.FUNCTION) {
      flags |= PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
      if (s.nested) {
        flags |= PyCode.CO_NESTED;
      }
      if (s.coroutine && s.generator) {
        flags |= PyCode.CO_ASYNC_GENERATOR;
      } else if (s.coroutine) {
        flags |= PyCode.CO_COROUTINE;
      } else if (s.generator) {
        flags |= PyCode.CO_GENERATOR;
      }
      if (s.varargs) {
        flags |= PyCode.CO_VARARGS;
      }
      if (s.varkeywords) {
        flags |= PyCode.CO_VARKEYWORDS;
      }
    }
    return cb.assemble(
        u.name,
        u.qualname,
        source.filename,
        u.firstLineNo,
        u.posonlyargcount + u.argcount,
        u.posonlyargcount,
        u.kwonlyargcount,
        flags);
  }

  /** The value of the return statement being compiled while it unwinds the blocks, or null. */
  private Expr returnValue;

  private PySyntaxError error(String message) {
    PySyntaxError e = source.error(message, cb.line, u.col);
    // The carets span the node being compiled, when where it ends is known.
    return cb.span == -1 ? e : e.withEnd(PyCode.spanEndLine(cb.span), PyCode.spanEndCol(cb.span));
  }

  private void setLoc(Node n) {
    cb.line = n.line();
    u.col = n.col();
    cb.span = PyCode.span(positions.endLine(n), n.col(), positions.endCol(n));
  }

  private String mangle(String name) {
    return Symtable.mangle(u.privateName, name);
  }

  /** An instruction on co_names with CPython's private-name mangling applied. */
  private void namesOp(int op, String name) {
    cb.emitName(op, mangle(name));
  }

  private void pushBlock(BlockType type, Label block, Label exit, Object datum) {
    if (u.fblocks.size() >= MAX_BLOCKS) {
      throw error("too many statically nested blocks");
    }
    u.fblocks.add(new FBlock(type, block, exit, datum));
  }

  private void popBlock() {
    u.fblocks.remove(u.fblocks.size() - 1);
  }

  // ---------------------------------------------------------------- bodies and statements

  /** A module or class body: the docstring goes to {@code __doc__}. */
  private void body(List<Stmt> stmts) {
    if (u.type == UnitType.MODULE && !stmts.isEmpty()) {
      setLoc(stmts.get(0));
    }
    if (findAnnotation(stmts)) {
      cb.emit(SETUP_ANNOTATIONS);
    }
    int i = 0;
    if (!interactive && ConstantFolder.docstring(stmts) != null) {
      i = 1;
      expr(((ExprStmt) stmts.get(0)).value());
      nameop("__doc__", Ctx.STORE);
    }
    for (; i < stmts.size(); i++) {
      stmt(stmts.get(i));
    }
  }

  private void stmts(List<Stmt> stmts) {
    for (Stmt s : stmts) {
      stmt(s);
    }
  }

  private void stmt(Stmt s) {
    setLoc(s);
    if (s instanceof ExprStmt e) {
      if (interactive && u.type == UnitType.MODULE) {
        expr(e.value());
        cb.emit(PRINT_EXPR);
        return;
      }
      // A constant statement (a string used as a comment, "...") compiles to nothing.
      if (!(e.value() instanceof Constant)) {
        expr(e.value());
        cb.emit(POP_TOP);
      }
    } else if (s instanceof Assign a) {
      expr(a.value());
      int n = a.targets().size();
      for (int i = 0; i < n; i++) {
        if (i < n - 1) {
          cb.emit(DUP_TOP);
        }
        expr(a.targets().get(i));
      }
    } else if (s instanceof AugAssign a) {
      augAssign(a);
    } else if (s instanceof If i) {
      ifStmt(i);
    } else if (s instanceof For f) {
      forStmt(f);
    } else if (s instanceof While w) {
      whileStmt(w);
    } else if (s instanceof Match m) {
      matchStmt(m);
    } else if (s instanceof AsyncFor f) {
      asyncFor(f);
    } else if (s instanceof AsyncWith w) {
      asyncWith(w, 0);
    } else if (s instanceof FunctionDef f) {
      functionDef(f);
    } else if (s instanceof Return r) {
      returnStmt(r);
    } else if (s instanceof ClassDef c) {
      classDef(c);
    } else if (s instanceof Try t) {
      if (!t.finalbody().isEmpty()) {
        tryFinally(t);
      } else {
        tryExcept(t);
      }
    } else if (s instanceof With w) {
      with(w, 0);
    } else if (s instanceof Raise r) {
      int n = 0;
      if (r.exc() != null) {
        expr(r.exc());
        n++;
        if (r.cause() != null) {
          expr(r.cause());
          n++;
        }
      }
      cb.emit(RAISE_VARARGS, n);
    } else if (s instanceof Break) {
      breakStmt();
    } else if (s instanceof Continue) {
      continueStmt();
    } else if (s instanceof Delete d) {
      for (Expr t : d.targets()) {
        expr(t);
      }
    } else if (s instanceof Assert a) {
      assertStmt(a);
    } else if (s instanceof Import i) {
      importStmt(i);
    } else if (s instanceof ImportFrom i) {
      importFrom(i);
    } else if (s instanceof AnnAssign a) {
      annAssign(a);
    }
    // Pass, Global and Nonlocal emit nothing.
  }

  private void augAssign(AugAssign s) {
    Expr e = s.target();
    int line = cb.line;
    int col = u.col;
    long span = cb.span;
    setLoc(e);
    if (e instanceof Attribute a) {
      expr(a.value());
      cb.emit(DUP_TOP);
      namesOp(LOAD_ATTR, a.attr());
    } else if (e instanceof Subscript x) {
      expr(x.value());
      expr(x.slice());
      cb.emit(DUP_TOP_TWO);
      cb.emit(BINARY_SUBSCR);
    } else if (e instanceof Name n) {
      nameop(n.id(), Ctx.LOAD);
    } else {
      throw error("illegal expression for augmented assignment");
    }
    cb.line = line;
    u.col = col;
    cb.span = span;
    expr(s.value());
    cb.emit(inplaceOp(s.op()));
    setLoc(e);
    if (e instanceof Attribute a) {
      cb.emit(ROT_TWO);
      namesOp(STORE_ATTR, a.attr());
    } else if (e instanceof Subscript) {
      cb.emit(ROT_THREE);
      cb.emit(STORE_SUBSCR);
    } else {
      nameop(((Name) e).id(), Ctx.STORE);
    }
  }

  /** Whether a module or class body annotates a variable anywhere outside nested scopes. */
  private static boolean findAnnotation(List<Stmt> stmts) {
    for (Stmt s : stmts) {
      if (s instanceof AnnAssign) {
        return true;
      }
      boolean found = false;
      if (s instanceof For f) {
        found = findAnnotation(f.body()) || findAnnotation(f.orelse());
      } else if (s instanceof While w) {
        found = findAnnotation(w.body()) || findAnnotation(w.orelse());
      } else if (s instanceof Match m) {
        for (MatchCase c : m.cases()) {
          found = found || findAnnotation(c.body());
        }
      } else if (s instanceof AsyncFor f) {
        found = findAnnotation(f.body()) || findAnnotation(f.orelse());
      } else if (s instanceof AsyncWith w) {
        found = findAnnotation(w.body());
      } else if (s instanceof If i) {
        found = findAnnotation(i.body()) || findAnnotation(i.orelse());
      } else if (s instanceof With w) {
        found = findAnnotation(w.body());
      } else if (s instanceof Try t) {
        found =
            findAnnotation(t.body()) || findAnnotation(t.orelse()) || findAnnotation(t.finalbody());
        for (ExceptHandler h : t.handlers()) {
          found = found || findAnnotation(h.body());
        }
      }
      if (found) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code target: annotation = value}. A plain name's annotation in a module or class body is
   * recorded in {@code __annotations__}; in a function it is never evaluated. Other targets'
   * annotations are evaluated (unless they are strings from {@code __future__}) and discarded.
   */
  private void annAssign(AnnAssign s) {
    Expr target = s.target();
    if (s.value() != null) {
      expr(s.value());
      expr(target);
    }
    boolean evaluated =
        (u.type == UnitType.MODULE || u.type == UnitType.CLASS) && !futureAnnotations;
    if (target instanceof Name n) {
      if (n.id().equals("__debug__")) {
        throw error("cannot assign to __debug__");
      }
      if (u.type == UnitType.MODULE || u.type == UnitType.CLASS) {
        expr(s.annotation());
        nameop("__annotations__", Ctx.LOAD);
        cb.loadConst(mangle(n.id()));
        cb.emit(STORE_SUBSCR);
      }
      return;
    } else if (target instanceof Attribute a) {
      if (s.value() == null) {
        discard(a.value());
      }
    } else if (target instanceof Subscript x) {
      if (s.value() == null) {
        discard(x.value());
        annotationSubscript(x.slice());
      }
    }
    if (evaluated) {
      discard(s.annotation());
    }
  }

  private void annotationSubscript(Expr e) {
    if (e instanceof Slice sl) {
      for (Expr part : new Expr[] {sl.lower(), sl.upper(), sl.step()}) {
        if (part != null) {
          discard(part);
        }
      }
    } else if (e instanceof Tuple t) {
      for (Expr x : t.elts()) {
        annotationSubscript(x);
      }
    } else {
      discard(e);
    }
  }

  private void discard(Expr e) {
    expr(e);
    cb.emit(POP_TOP);
  }

  private static int exprConstant(Expr e) {
    if (e instanceof Constant c) {
      return ConstValue.isTrue(c.value()) ? 1 : 0;
    }
    return -1;
  }

  private void ifStmt(If s) {
    Label end = new Label();
    int constant = exprConstant(s.test());
    if (constant == 0) {
      cb.suppress++;
      stmts(s.body());
      cb.suppress--;
      stmts(s.orelse());
    } else if (constant == 1) {
      stmts(s.body());
      cb.suppress++;
      stmts(s.orelse());
      cb.suppress--;
    } else {
      Label next = s.orelse().isEmpty() ? end : new Label();
      jumpIf(s.test(), next, false);
      stmts(s.body());
      if (!s.orelse().isEmpty()) {
        cb.jump(JUMP_FORWARD, end);
        cb.bind(next);
        stmts(s.orelse());
      }
    }
    cb.bind(end);
  }

  private void whileStmt(While s) {
    int constant = exprConstant(s.test());
    if (constant == 0) {
      cb.suppress++;
      pushBlock(BlockType.WHILE_LOOP, null, null, null);
      stmts(s.body());
      popBlock();
      cb.suppress--;
      stmts(s.orelse());
      return;
    }
    Label loop = new Label();
    Label end = new Label();
    Label anchor = constant == -1 ? new Label() : null;
    cb.bind(loop);
    pushBlock(BlockType.WHILE_LOOP, loop, end, null);
    if (anchor != null) {
      jumpIf(s.test(), anchor, false);
    }
    stmts(s.body());
    cb.jump(JUMP_ABSOLUTE, loop);
    if (anchor != null) {
      cb.bind(anchor);
    }
    popBlock();
    stmts(s.orelse());
    cb.bind(end);
  }

  private void forStmt(For s) {
    Label start = new Label();
    Label cleanup = new Label();
    Label end = new Label();
    pushBlock(BlockType.FOR_LOOP, start, end, null);
    expr(s.iter());
    cb.emit(GET_ITER);
    cb.bind(start);
    cb.jump(FOR_ITER, cleanup);
    expr(s.target());
    stmts(s.body());
    cb.jump(JUMP_ABSOLUTE, start);
    cb.bind(cleanup);
    popBlock();
    stmts(s.orelse());
    cb.bind(end);
  }

  // ---------------------------------------------------------------- match

  /**
   * Where a failing pattern goes: {@code failPop.get(n)} pops n values and then falls into the next
   * case (or alternative). {@code onTop} counts the values above the case's own below the subject
   * being matched; names collects what the pattern binds.
   */
  private static final class PatternCtx {
    final ArrayList<Label> failPop;
    int onTop;

    /** Captured values waiting on the stack, below the onTop values, to be stored on success. */
    int captures;

    boolean allowIrrefutable;
    List<String> names;

    PatternCtx(ArrayList<Label> failPop, boolean allowIrrefutable, List<String> names) {
      this.failPop = failPop;
      this.allowIrrefutable = allowIrrefutable;
      this.names = names;
    }
  }

  private static Label fail(PatternCtx pc, int n) {
    n += pc.captures;
    while (pc.failPop.size() <= n) {
      pc.failPop.add(new Label());
    }
    return pc.failPop.get(n);
  }

  /** The pops of a pattern's failure paths, falling into what follows. */
  private void emitFailPops(ArrayList<Label> failPop) {
    for (int i = failPop.size() - 1; i >= 0; i--) {
      cb.bind(failPop.get(i));
      if (i > 0) {
        cb.emit(POP_TOP);
      }
    }
  }

  /**
   * {@code match}: the subject stays on the stack while the cases try it in turn; each case but the
   * last matches a copy. What a pattern captures waits on the stack and is bound only once the
   * whole pattern has matched (before the guard), as CPython binds.
   */
  private void matchStmt(Match m) {
    expr(m.subject());
    Label end = new Label();
    int n = m.cases().size();
    for (int i = 0; i < n; i++) {
      MatchCase c = m.cases().get(i);
      boolean last = i == n - 1;
      setLoc(c.pattern());
      if (!last) {
        cb.emit(DUP_TOP);
      }
      PatternCtx pc =
          new PatternCtx(new ArrayList<>(), c.guard() != null || last, new ArrayList<>());
      pattern(c.pattern(), pc);
      for (int k = pc.names.size() - 1; k >= 0; k--) {
        nameop(pc.names.get(k), Ctx.STORE);
      }
      pc.captures = 0;
      if (c.guard() != null) {
        jumpIf(c.guard(), fail(pc, 0), false);
      }
      if (!last) {
        cb.emit(POP_TOP);
      }
      stmts(c.body());
      cb.jump(JUMP_FORWARD, end);
      emitFailPops(pc.failPop);
    }
    cb.bind(end);
  }

  private void bindCapture(String name, PatternCtx pc) {
    if (pc.names.contains(name)) {
      throw error("multiple assignments to name '" + name + "' in pattern");
    }
    pc.names.add(name);
    // The value waits below the values still being matched.
    rotN(pc.onTop + 1);
    pc.captures++;
  }

  /** Moves the top of the stack down to depth n (nothing for n of 1 or less). */
  private void rotN(int n) {
    if (n == 2) {
      cb.emit(ROT_TWO);
    } else if (n == 3) {
      cb.emit(ROT_THREE);
    } else if (n == 4) {
      cb.emit(ROT_FOUR);
    } else if (n > 4) {
      cb.emit(ROT_N, n);
    }
  }

  /** Brings the value at depth d (1 is the top) to the top, keeping the others' order. */
  private void liftToTop(int d) {
    for (int i = 1; i < d; i++) {
      rotN(d);
    }
  }

  /** Matches the value on top of the stack, consuming it; on failure jumps into pc.failPop. */
  private void pattern(Pattern p, PatternCtx pc) {
    int line = cb.line;
    int col = u.col;
    long span = cb.span;
    setLoc(p);
    if (p instanceof MatchAs a) {
      if (a.pattern() == null) {
        if (!pc.allowIrrefutable) {
          throw error(
              a.name() == null
                  ? "wildcard makes remaining patterns unreachable"
                  : "name capture '" + a.name() + "' makes remaining patterns unreachable");
        }
        if (a.name() == null) {
          cb.emit(POP_TOP);
        } else {
          bindCapture(a.name(), pc);
        }
      } else {
        cb.emit(DUP_TOP);
        pc.onTop++;
        pattern(a.pattern(), pc);
        pc.onTop--;
        setLoc(p);
        bindCapture(a.name(), pc);
      }
    } else if (p instanceof MatchValue v) {
      expr(v.value());
      cb.emit(COMPARE_OP, 2);
      cb.jump(POP_JUMP_IF_FALSE, fail(pc, pc.onTop));
    } else if (p instanceof MatchSingleton v) {
      cb.loadConst(v.value());
      cb.emit(IS_OP, 0);
      cb.jump(POP_JUMP_IF_FALSE, fail(pc, pc.onTop));
    } else if (p instanceof MatchSequence q) {
      sequencePattern(q, pc);
    } else if (p instanceof MatchMapping mp) {
      mappingPattern(mp, pc);
    } else if (p instanceof MatchClass c) {
      classPattern(c, pc);
    } else if (p instanceof MatchOr o) {
      orPattern(o, pc);
    } else {
      throw error("can't use starred expression here");
    }
    cb.line = line;
    u.col = col;
    cb.span = span;
  }

  /** Sub-patterns of a sequence, mapping or class, whose values were pushed first on top. */
  private void subPatterns(List<Pattern> patterns, PatternCtx pc) {
    boolean allow = pc.allowIrrefutable;
    int base = pc.onTop;
    pc.allowIrrefutable = true;
    int n = patterns.size();
    for (int i = 0; i < n; i++) {
      pc.onTop = base + n - 1 - i;
      Pattern p = patterns.get(i);
      if (p instanceof MatchStar st) {
        if (st.name() == null) {
          cb.emit(POP_TOP);
        } else {
          setLoc(st);
          bindCapture(st.name(), pc);
        }
      } else {
        pattern(p, pc);
      }
    }
    pc.onTop = base;
    pc.allowIrrefutable = allow;
  }

  private void sequencePattern(MatchSequence q, PatternCtx pc) {
    List<Pattern> ps = q.patterns();
    int n = ps.size();
    int star = -1;
    for (int i = 0; i < n; i++) {
      if (ps.get(i) instanceof MatchStar) {
        if (star >= 0) {
          throw error("multiple starred names in sequence pattern");
        }
        star = i;
      }
    }
    cb.emit(MATCH_SEQUENCE);
    cb.jump(POP_JUMP_IF_FALSE, fail(pc, pc.onTop + 1));
    if (star < 0) {
      cb.emit(GET_LEN);
      cb.loadConst((long) n);
      cb.emit(COMPARE_OP, 2);
      cb.jump(POP_JUMP_IF_FALSE, fail(pc, pc.onTop + 1));
      cb.emit(UNPACK_SEQUENCE, n);
    } else {
      if (n > 1) {
        cb.emit(GET_LEN);
        cb.loadConst((long) (n - 1));
        cb.emit(COMPARE_OP, 5);
        cb.jump(POP_JUMP_IF_FALSE, fail(pc, pc.onTop + 1));
      }
      cb.emit(UNPACK_EX, star + ((n - star - 1) << 8));
    }
    subPatterns(ps, pc);
  }

  private void mappingPattern(MatchMapping mp, PatternCtx pc) {
    int k = mp.keys().size();
    java.util.Set<Object> seen = new java.util.HashSet<>();
    for (Expr key : mp.keys()) {
      if (key instanceof Constant c && !seen.add(ConstValue.key(c.value()))) {
        throw error(
            "mapping pattern checks duplicate key (" + ConstValue.toPy(c.value()).repr() + ")");
      }
    }
    cb.emit(MATCH_MAPPING);
    cb.jump(POP_JUMP_IF_FALSE, fail(pc, pc.onTop + 1));
    if (k == 0 && mp.rest() == null) {
      cb.emit(POP_TOP);
      return;
    }
    if (k > 0) {
      cb.emit(GET_LEN);
      cb.loadConst((long) k);
      cb.emit(COMPARE_OP, 5);
      cb.jump(POP_JUMP_IF_FALSE, fail(pc, pc.onTop + 1));
    }
    if (k == 0) {
      cb.emit(BUILD_TUPLE, 0);
      cb.emit(COPY_DICT_WITHOUT_KEYS);
      // The rest goes below the subject, which is still on the stack.
      pc.onTop++;
      bindCapture(mp.rest(), pc);
      pc.onTop--;
      cb.emit(POP_TOP);
      return;
    }
    for (Expr key : mp.keys()) {
      expr(key);
    }
    cb.emit(BUILD_TUPLE, k);
    cb.emit(MATCH_KEYS);
    cb.emit(DUP_TOP);
    cb.loadConst(null);
    cb.emit(IS_OP, 0);
    cb.jump(POP_JUMP_IF_TRUE, fail(pc, pc.onTop + 3));
    cb.emit(ROT_THREE);
    if (mp.rest() != null) {
      cb.emit(COPY_DICT_WITHOUT_KEYS);
      // The rest goes below the values and the subject, still on the stack.
      pc.onTop += 2;
      bindCapture(mp.rest(), pc);
      pc.onTop -= 2;
    } else {
      cb.emit(POP_TOP);
    }
    cb.emit(POP_TOP);
    cb.emit(UNPACK_SEQUENCE, k);
    subPatterns(mp.patterns(), pc);
  }

  private void classPattern(MatchClass c, PatternCtx pc) {
    List<String> kw = c.kwdAttrs();
    for (int i = 0; i < kw.size(); i++) {
      if (kw.subList(0, i).contains(kw.get(i))) {
        throw error("attribute name repeated in class pattern: " + kw.get(i));
      }
    }
    expr(c.cls());
    cb.loadConst(new ConstValue.Tuple(new ArrayList<>(kw)));
    cb.emit(MATCH_CLASS, c.patterns().size());
    cb.emit(DUP_TOP);
    cb.loadConst(null);
    cb.emit(IS_OP, 0);
    cb.jump(POP_JUMP_IF_TRUE, fail(pc, pc.onTop + 1));
    List<Pattern> all = new ArrayList<>(c.patterns());
    all.addAll(c.kwdPatterns());
    if (all.isEmpty()) {
      cb.emit(POP_TOP);
      return;
    }
    cb.emit(UNPACK_SEQUENCE, all.size());
    subPatterns(all, pc);
  }

  /**
   * {@code p1 | p2 | ...}: each alternative matches a copy of the subject with its own failure
   * paths; the names one binds are put in the first alternative's order, the subject dropped and
   * the captures moved below the values still being matched.
   */
  private void orPattern(MatchOr o, PatternCtx pc) {
    Label end = new Label();
    List<String> control = null;
    int n = o.patterns().size();
    for (int i = 0; i < n; i++) {
      Pattern alt = o.patterns().get(i);
      boolean lastAlt = i == n - 1;
      PatternCtx sub =
          new PatternCtx(new ArrayList<>(), lastAlt && pc.allowIrrefutable, new ArrayList<>());
      cb.emit(DUP_TOP);
      pattern(alt, sub);
      java.util.Set<String> names = new java.util.HashSet<>(sub.names);
      if (control == null) {
        control = sub.names;
      } else if (!names.equals(new java.util.HashSet<>(control))) {
        setLoc(alt);
        throw error("alternative patterns bind different names");
      }
      // [..., working, subject, captures in this alternative's order]
      int k = control.size();
      List<String> order = new ArrayList<>(sub.names);
      for (String name : control) {
        liftToTop(k - order.indexOf(name));
        order.remove(name);
        order.add(name);
      }
      liftToTop(k + 1);
      cb.emit(POP_TOP);
      for (int w = 0; w < pc.onTop; w++) {
        liftToTop(k + pc.onTop);
      }
      cb.jump(JUMP_FORWARD, end);
      emitFailPops(sub.failPop);
    }
    // Every alternative failed: [..., working, subject].
    cb.jump(JUMP_ABSOLUTE, fail(pc, pc.onTop + 1));
    cb.bind(end);
    for (String name : control) {
      if (pc.names.contains(name)) {
        throw error("multiple assignments to name '" + name + "' in pattern");
      }
      pc.names.add(name);
    }
    pc.captures += control.size();
  }

  // ---------------------------------------------------------------- async

  /** Whether the current code may await: an async def, or a comprehension (checked later). */
  private boolean inAsyncFunction() {
    return u.scope.kind == Scope.Kind.FUNCTION && u.scope.asyncDef;
  }

  /** {@code await}: GET_AWAITABLE, then YIELD_FROM until the awaitable finishes. */
  private void awaitValue() {
    cb.emit(GET_AWAITABLE);
    cb.loadConst(null);
    cb.emit(YIELD_FROM);
  }

  private void asyncFor(AsyncFor s) {
    if (!inAsyncFunction()) {
      throw error("'async for' outside async function");
    }
    Label start = new Label();
    Label except = new Label();
    Label end = new Label();
    expr(s.iter());
    cb.emit(GET_AITER);
    cb.bind(start);
    pushBlock(BlockType.FOR_LOOP, start, end, null);
    cb.jump(SETUP_FINALLY, except);
    cb.emit(GET_ANEXT);
    awaitValue();
    cb.emit(POP_BLOCK);
    expr(s.target());
    stmts(s.body());
    cb.jump(JUMP_ABSOLUTE, start);
    popBlock();
    cb.bind(except);
    cb.emit(END_ASYNC_FOR);
    stmts(s.orelse());
    cb.bind(end);
  }

  private void asyncWith(AsyncWith s, int pos) {
    if (!inAsyncFunction()) {
      throw error("'async with' outside async function");
    }
    WithItem item = s.items().get(pos);
    Label block = new Label();
    Label fin = new Label();
    Label exit = new Label();
    expr(item.contextExpr());
    cb.emit(BEFORE_ASYNC_WITH);
    awaitValue();
    cb.jump(SETUP_ASYNC_WITH, fin);
    cb.bind(block);
    pushBlock(BlockType.ASYNC_WITH, block, fin, null);
    if (item.optionalVars() != null) {
      expr(item.optionalVars());
    } else {
      cb.emit(POP_TOP);
    }
    if (pos + 1 == s.items().size()) {
      stmts(s.body());
    } else {
      asyncWith(s, pos + 1);
    }
    cb.emit(POP_BLOCK);
    popBlock();
    callExitWithNones();
    awaitValue();
    cb.emit(POP_TOP);
    cb.jump(JUMP_FORWARD, exit);
    cb.bind(fin);
    cb.emit(WITH_EXCEPT_START);
    awaitValue();
    Label suppress = new Label();
    cb.jump(POP_JUMP_IF_TRUE, suppress);
    cb.emit(RERAISE);
    cb.bind(suppress);
    cb.emit(POP_TOP);
    cb.emit(POP_TOP);
    cb.emit(POP_TOP);
    cb.emit(POP_EXCEPT);
    cb.emit(POP_TOP);
    cb.bind(exit);
  }

  private void returnStmt(Return s) {
    if (u.scope.kind != Scope.Kind.FUNCTION) {
      throw error("'return' outside function");
    }
    if (s.value() != null && u.scope.coroutine && u.scope.generator) {
      throw error("'return' with value in async generator");
    }
    Expr value = s.value();
    boolean preserveTos = value != null && !(value instanceof Constant);
    if (preserveTos) {
      expr(value);
    }
    returnValue = value;
    try {
      unwindBlockStack(preserveTos, false);
    } finally {
      returnValue = null;
    }
    if (value == null) {
      cb.loadConst(null);
    } else if (!preserveTos) {
      expr(value);
    }
    cb.emit(RETURN_VALUE);
  }

  private void breakStmt() {
    FBlock loop = unwindBlockStack(false, true);
    if (loop == null) {
      throw error("'break' outside loop");
    }
    unwindBlock(loop, false);
    cb.jump(JUMP_ABSOLUTE, loop.exit());
    cb.nextBlock();
  }

  private void continueStmt() {
    FBlock loop = unwindBlockStack(false, true);
    if (loop == null) {
      throw error("'continue' not properly in loop");
    }
    cb.jump(JUMP_ABSOLUTE, loop.block());
    cb.nextBlock();
  }

  /**
   * Emits the clean-up of every enclosing block up to the innermost loop (when {@code toLoop}) or
   * all of them, innermost first, and answers that loop.
   */
  private FBlock unwindBlockStack(boolean preserveTos, boolean toLoop) {
    if (u.fblocks.isEmpty()) {
      return null;
    }
    FBlock top = u.fblocks.get(u.fblocks.size() - 1);
    if (toLoop && (top.type() == BlockType.WHILE_LOOP || top.type() == BlockType.FOR_LOOP)) {
      return top;
    }
    popBlock();
    unwindBlock(top, preserveTos);
    FBlock loop = unwindBlockStack(preserveTos, toLoop);
    u.fblocks.add(top);
    return loop;
  }

  /** The code that leaves one block early; with {@code preserveTos} a return value stays on top. */
  @SuppressWarnings("unchecked")
  private void unwindBlock(FBlock info, boolean preserveTos) {
    switch (info.type()) {
      case WHILE_LOOP:
        break;
      case FOR_LOOP:
        if (preserveTos) {
          cb.emit(ROT_TWO);
        }
        cb.emit(POP_TOP);
        break;
      case TRY_EXCEPT:
        cb.emit(POP_BLOCK);
        break;
      case FINALLY_TRY:
        {
          cb.emit(POP_BLOCK);
          if (preserveTos) {
            pushBlock(BlockType.POP_VALUE, null, null, null);
          }
          int line = cb.line;
          int col = u.col;
          long span = cb.span;
          stmts((List<Stmt>) info.datum());
          cb.line = line;
          u.col = col;
          cb.span = span;
          if (preserveTos) {
            popBlock();
          }
          break;
        }
      case FINALLY_END:
        if (preserveTos) {
          cb.emit(ROT_FOUR);
        }
        cb.emit(POP_TOP);
        cb.emit(POP_TOP);
        cb.emit(POP_TOP);
        if (preserveTos) {
          // Below the saved previous exception (one slot here; CPython's three need ROT_FOUR).
          cb.emit(ROT_TWO);
        }
        cb.emit(POP_EXCEPT);
        break;
      case WITH:
        cb.emit(POP_BLOCK);
        if (preserveTos) {
          cb.emit(ROT_TWO);
        }
        callExitWithNones();
        cb.emit(POP_TOP);
        break;
      case ASYNC_WITH:
        cb.emit(POP_BLOCK);
        if (preserveTos) {
          cb.emit(ROT_TWO);
        }
        callExitWithNones();
        awaitValue();
        cb.emit(POP_TOP);
        break;
      case HANDLER_CLEANUP:
        if (info.datum() != null) {
          cb.emit(POP_BLOCK);
        }
        if (preserveTos) {
          // Below the saved previous exception (one slot here; CPython's three need ROT_FOUR).
          cb.emit(ROT_TWO);
        }
        cb.emit(POP_EXCEPT);
        if (info.datum() != null) {
          cb.loadConst(null);
          nameop((String) info.datum(), Ctx.STORE);
          nameop((String) info.datum(), Ctx.DEL);
        }
        break;
      case POP_VALUE:
        if (preserveTos) {
          cb.emit(ROT_TWO);
        }
        cb.emit(POP_TOP);
        break;
      case EXCEPT_STAR:
        if (returnValue != null) {
          // CPython reports this one where the returned value is.
          setLoc(returnValue);
        }
        throw error("'break', 'continue' and 'return' cannot appear in an except* block");
      default:
        throw new IllegalStateException(info.type().name());
    }
  }

  private void tryExcept(Try s) {
    if (s.handlers().get(0).star()) {
      tryExceptStar(s);
      return;
    }
    Label body = new Label();
    Label except = new Label();
    Label orelse = new Label();
    Label end = new Label();
    cb.jump(SETUP_FINALLY, except);
    cb.bind(body);
    pushBlock(BlockType.TRY_EXCEPT, body, null, null);
    stmts(s.body());
    cb.emit(POP_BLOCK);
    popBlock();
    cb.jump(JUMP_FORWARD, orelse);
    int n = s.handlers().size();
    cb.bind(except);
    for (int i = 0; i < n; i++) {
      ExceptHandler h = s.handlers().get(i);
      setLoc(h);
      if (h.type() == null && i < n - 1) {
        throw error("default 'except:' must be last");
      }
      except = new Label();
      if (h.type() != null) {
        cb.emit(DUP_TOP);
        expr(h.type());
        cb.jump(JUMP_IF_NOT_EXC_MATCH, except);
      }
      cb.emit(POP_TOP);
      if (h.name() != null) {
        Label cleanupEnd = new Label();
        Label cleanupBody = new Label();
        nameop(h.name(), Ctx.STORE);
        cb.emit(POP_TOP);
        // The body runs in a try/finally that unbinds the name, as "except E as e" promises.
        cb.jump(SETUP_FINALLY, cleanupEnd);
        cb.bind(cleanupBody);
        pushBlock(BlockType.HANDLER_CLEANUP, cleanupBody, null, h.name());
        stmts(h.body());
        popBlock();
        cb.emit(POP_BLOCK);
        cb.emit(POP_EXCEPT);
        cb.loadConst(null);
        nameop(h.name(), Ctx.STORE);
        nameop(h.name(), Ctx.DEL);
        cb.jump(JUMP_FORWARD, end);
        cb.bind(cleanupEnd);
        cb.loadConst(null);
        nameop(h.name(), Ctx.STORE);
        nameop(h.name(), Ctx.DEL);
        cb.emit(RERAISE);
      } else {
        Label cleanupBody = new Label();
        cb.emit(POP_TOP);
        cb.emit(POP_TOP);
        cb.bind(cleanupBody);
        pushBlock(BlockType.HANDLER_CLEANUP, cleanupBody, null, null);
        stmts(h.body());
        popBlock();
        cb.emit(POP_EXCEPT);
        cb.jump(JUMP_FORWARD, end);
      }
      cb.bind(except);
    }
    cb.emit(RERAISE);
    cb.bind(orelse);
    stmts(s.orelse());
    cb.bind(end);
  }

  /**
   * {@code try: ... except* T as e: ...}. Stack in the handler: [prev, raised, orig, rest], where
   * raised is the list of what the clauses raised, orig the exception being handled and rest what
   * no clause has matched yet (None once everything has); each clause splits rest with
   * CHECK_EG_MATCH and runs its body with the match on the stack; PREP_RERAISE_STAR then works out
   * what to raise from orig and raised + [rest].
   */
  private void tryExceptStar(Try s) {
    Label body = new Label();
    Label except = new Label();
    Label orelse = new Label();
    Label end = new Label();
    cb.jump(SETUP_FINALLY, except);
    cb.bind(body);
    pushBlock(BlockType.TRY_EXCEPT, body, null, null);
    stmts(s.body());
    cb.emit(POP_BLOCK);
    popBlock();
    cb.jump(JUMP_FORWARD, orelse);
    cb.bind(except);
    // [prev, tb, exc, type] -> [prev, raised, orig, rest]
    cb.emit(POP_TOP);
    cb.emit(ROT_TWO);
    cb.emit(POP_TOP);
    cb.emit(BUILD_LIST, 0);
    cb.emit(ROT_TWO);
    cb.emit(DUP_TOP);
    for (ExceptHandler h : s.handlers()) {
      setLoc(h);
      Label noMatch = new Label();
      Label next = new Label();
      Label caught = new Label();
      Label handlerBody = new Label();
      expr(h.type());
      cb.emit(CHECK_EG_MATCH);
      cb.emit(DUP_TOP);
      cb.loadConst(null);
      cb.emit(IS_OP, 0);
      cb.jump(POP_JUMP_IF_TRUE, noMatch);
      // [prev, raised, orig, rest, match]
      if (h.name() != null) {
        cb.emit(DUP_TOP);
        nameop(h.name(), Ctx.STORE);
      }
      cb.jump(SETUP_FINALLY, caught);
      cb.bind(handlerBody);
      pushBlock(BlockType.EXCEPT_STAR, handlerBody, null, null);
      stmts(h.body());
      popBlock();
      cb.emit(POP_BLOCK);
      cb.emit(POP_TOP);
      unbindHandlerName(h);
      cb.jump(JUMP_FORWARD, next);
      // What the body raised: [..., rest, match, prev2, tb, e, type] -> raised.append(e)
      cb.bind(caught);
      cb.emit(POP_TOP);
      cb.emit(ROT_TWO);
      cb.emit(POP_TOP);
      cb.emit(LIST_APPEND, 5);
      cb.emit(POP_EXCEPT);
      cb.emit(POP_TOP);
      unbindHandlerName(h);
      cb.jump(JUMP_FORWARD, next);
      cb.bind(noMatch);
      cb.emit(POP_TOP);
      cb.bind(next);
    }
    // [prev, raised, orig, rest] -> [prev, to raise or None]
    cb.emit(LIST_APPEND, 2);
    cb.emit(ROT_TWO);
    cb.emit(PREP_RERAISE_STAR);
    Label reraise = new Label();
    cb.emit(DUP_TOP);
    cb.loadConst(null);
    cb.emit(IS_OP, 0);
    cb.jump(POP_JUMP_IF_FALSE, reraise);
    cb.emit(POP_TOP);
    cb.emit(POP_EXCEPT);
    cb.jump(JUMP_FORWARD, end);
    // [prev, exc] -> [prev, exc, None, exc, exc]: RERAISE pops the last three, and the first
    // copy keeps exc alive until the raise has taken its own reference.
    cb.bind(reraise);
    cb.emit(DUP_TOP);
    cb.loadConst(null);
    cb.emit(ROT_TWO);
    cb.emit(DUP_TOP);
    cb.emit(RERAISE);
    cb.bind(orelse);
    stmts(s.orelse());
    cb.bind(end);
  }

  private void unbindHandlerName(ExceptHandler h) {
    if (h.name() != null) {
      cb.loadConst(null);
      nameop(h.name(), Ctx.STORE);
      nameop(h.name(), Ctx.DEL);
    }
  }

  private void tryFinally(Try s) {
    Label body = new Label();
    Label end = new Label();
    Label exit = new Label();
    cb.jump(SETUP_FINALLY, end);
    cb.bind(body);
    pushBlock(BlockType.FINALLY_TRY, body, end, s.finalbody());
    if (!s.handlers().isEmpty()) {
      tryExcept(s);
    } else {
      stmts(s.body());
    }
    cb.emit(POP_BLOCK);
    popBlock();
    stmts(s.finalbody());
    cb.jump(JUMP_FORWARD, exit);
    cb.bind(end);
    pushBlock(BlockType.FINALLY_END, end, null, null);
    stmts(s.finalbody());
    popBlock();
    cb.emit(RERAISE);
    cb.bind(exit);
  }

  private void with(With s, int pos) {
    WithItem item = s.items().get(pos);
    Label block = new Label();
    Label fin = new Label();
    Label exit = new Label();
    expr(item.contextExpr());
    cb.jump(SETUP_WITH, fin);
    cb.bind(block);
    pushBlock(BlockType.WITH, block, fin, null);
    if (item.optionalVars() != null) {
      expr(item.optionalVars());
    } else {
      cb.emit(POP_TOP);
    }
    if (pos + 1 == s.items().size()) {
      stmts(s.body());
    } else {
      with(s, pos + 1);
    }
    cb.emit(POP_BLOCK);
    popBlock();
    callExitWithNones();
    cb.emit(POP_TOP);
    cb.jump(JUMP_FORWARD, exit);
    cb.bind(fin);
    cb.emit(WITH_EXCEPT_START);
    Label suppress = new Label();
    cb.jump(POP_JUMP_IF_TRUE, suppress);
    cb.emit(RERAISE);
    cb.bind(suppress);
    cb.emit(POP_TOP);
    cb.emit(POP_TOP);
    cb.emit(POP_TOP);
    cb.emit(POP_EXCEPT);
    cb.emit(POP_TOP);
    cb.bind(exit);
  }

  private void callExitWithNones() {
    cb.loadConst(null);
    cb.emit(DUP_TOP);
    cb.emit(DUP_TOP);
    cb.emit(CALL_FUNCTION, 3);
  }

  private void assertStmt(Assert s) {
    Label end = new Label();
    jumpIf(s.test(), end, true);
    // The failure is reported at the test, as CPython's compiler places it.
    long span = cb.span;
    setLoc(s.test());
    cb.emit(LOAD_ASSERTION_ERROR);
    if (s.msg() != null) {
      expr(s.msg());
      cb.emit(CALL_FUNCTION, 1);
    }
    cb.emit(RAISE_VARARGS, 1);
    setLoc(s);
    cb.span = span;
    cb.bind(end);
  }

  /**
   * Calls the decorators on the function or class on the stack, innermost first, each call at its
   * decorator's position (so a decorator that raises is reported at its own line).
   */
  private void applyDecorators(List<Expr> decorators) {
    int line = cb.line;
    int col = u.col;
    long span = cb.span;
    for (int i = decorators.size() - 1; i >= 0; i--) {
      setLoc(decorators.get(i));
      cb.emit(CALL_FUNCTION, 1);
    }
    cb.line = line;
    u.col = col;
    cb.span = span;
  }

  private void importStmt(Import s) {
    for (Alias a : s.names()) {
      cb.loadConst(0L);
      cb.loadConst(null);
      namesOp(IMPORT_NAME, a.name());
      int dot = a.name().indexOf('.');
      if (a.asname() == null) {
        nameop(dot >= 0 ? a.name().substring(0, dot) : a.name(), Ctx.STORE);
      } else if (dot < 0) {
        nameop(a.asname(), Ctx.STORE);
      } else {
        // import a.b.c as d: IMPORT_NAME leaves package a; walk down to c.
        String[] parts = a.name().split("\\.");
        for (int i = 1; i < parts.length; i++) {
          namesOp(IMPORT_FROM, parts[i]);
          if (i < parts.length - 1) {
            cb.emit(ROT_TWO);
            cb.emit(POP_TOP);
          }
        }
        nameop(a.asname(), Ctx.STORE);
        cb.emit(POP_TOP);
      }
    }
  }

  private void importFrom(ImportFrom s) {
    cb.loadConst((long) s.level());
    List<Object> names = new ArrayList<>(s.names().size());
    for (Alias a : s.names()) {
      names.add(a.name());
    }
    cb.loadConst(new ConstValue.Tuple(names));
    namesOp(IMPORT_NAME, s.module() == null ? "" : s.module());
    if (s.names().size() == 1 && s.names().get(0).name().equals("*")) {
      cb.emit(IMPORT_STAR);
      return;
    }
    for (Alias a : s.names()) {
      namesOp(IMPORT_FROM, a.name());
      nameop(a.asname() != null ? a.asname() : a.name(), Ctx.STORE);
    }
    cb.emit(POP_TOP);
  }

  // ---------------------------------------------------------------- functions and classes

  private void functionDef(FunctionDef s) {
    for (Expr d : s.decorators()) {
      expr(d);
    }
    int firstLineNo = s.decorators().isEmpty() ? s.line() : s.decorators().get(0).line();
    int flags = defaultArguments(s.args());
    flags |= annotations(s.args(), s.returns());
    enterScope(s.name(), UnitType.FUNCTION, s, firstLineNo);
    String doc = ConstantFolder.docstring(s.body());
    // A function's first constant is always its docstring, or None.
    cb.addConst(doc);
    setArgCounts(s.args());
    for (int i = doc != null ? 1 : 0; i < s.body().size(); i++) {
      stmt(s.body().get(i));
    }
    PyCode co = assemble(true);
    String qualname = u.qualname;
    exitScope();
    makeClosure(co, flags, qualname);
    applyDecorators(s.decorators());
    nameop(s.name(), Ctx.STORE);
  }

  private void setArgCounts(Arguments a) {
    u.argcount = a.args().size();
    u.posonlyargcount = a.posonly().size();
    u.kwonlyargcount = a.kwonly().size();
  }

  /** Pushes the positional defaults tuple and keyword-only defaults dict; answers the flags. */
  private int defaultArguments(Arguments a) {
    int flags = 0;
    if (!a.defaults().isEmpty()) {
      for (Expr d : a.defaults()) {
        expr(d);
      }
      cb.emit(BUILD_TUPLE, a.defaults().size());
      flags |= 0x01;
    }
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < a.kwonly().size(); i++) {
      Expr d = i < a.kwDefaults().size() ? a.kwDefaults().get(i) : null;
      if (d != null) {
        keys.add(mangle(a.kwonly().get(i).name()));
        expr(d);
      }
    }
    if (!keys.isEmpty()) {
      cb.loadConst(new ConstValue.Tuple(keys));
      cb.emit(BUILD_CONST_KEY_MAP, keys.size());
      flags |= 0x02;
    }
    return flags;
  }

  /**
   * Pushes a function's annotations as a tuple of (name, value) pairs laid flat, in CPython's order
   * (positional, positional-only, *args, keyword-only, **kwargs, return); answers the MAKE_FUNCTION
   * flag, or 0 when nothing is annotated.
   */
  private int annotations(Arguments a, Expr returns) {
    int n = 0;
    n += argAnnotations(a.args());
    n += argAnnotations(a.posonly());
    if (a.vararg() != null) {
      n += argAnnotations(List.of(a.vararg()));
    }
    n += argAnnotations(a.kwonly());
    if (a.kwarg() != null) {
      n += argAnnotations(List.of(a.kwarg()));
    }
    if (returns != null) {
      cb.loadConst("return");
      expr(returns);
      n++;
    }
    if (n == 0) {
      return 0;
    }
    cb.emit(BUILD_TUPLE, 2 * n);
    return 0x04;
  }

  private int argAnnotations(List<Node.Arg> args) {
    int n = 0;
    for (Node.Arg arg : args) {
      if (arg.annotation() != null) {
        cb.loadConst(mangle(arg.name()));
        expr(arg.annotation());
        n++;
      }
    }
    return n;
  }

  /** MAKE_FUNCTION for a code object, with its closure tuple when it has free variables. */
  private void makeClosure(PyCode co, int flags, String qualname) {
    if (co.freevars.length > 0) {
      for (String name : co.freevars) {
        boolean cell =
            (u.type == UnitType.CLASS && name.equals("__class__"))
                || u.scope.scopeOf(name) == Scope.CELL;
        int arg = cb.derefIndex(name, cell);
        if (arg < 0 && cb.suppress == 0) {
          throw new IllegalStateException(
              "no cell for free variable " + name + " of " + co.qualname);
        }
        cb.emit(LOAD_CLOSURE, arg);
      }
      flags |= 0x08;
      cb.emit(BUILD_TUPLE, co.freevars.length);
    }
    cb.loadConst(co);
    cb.loadConst(qualname);
    cb.emit(MAKE_FUNCTION, flags);
  }

  private void classDef(ClassDef s) {
    for (Expr d : s.decorators()) {
      expr(d);
    }
    int firstLineNo = s.decorators().isEmpty() ? s.line() : s.decorators().get(0).line();
    enterScope(s.name(), UnitType.CLASS, s, firstLineNo);
    u.privateName = s.name();
    nameop("__name__", Ctx.LOAD);
    nameop("__module__", Ctx.STORE);
    cb.loadConst(u.qualname);
    nameop("__qualname__", Ctx.STORE);
    body(s.body());
    if (u.scope.needsClassClosure) {
      // Methods using super() or __class__ share this cell; type() fills it with the class.
      cb.emit(LOAD_CLOSURE, cb.derefIndex("__class__", true));
      cb.emit(DUP_TOP);
      nameop("__classcell__", Ctx.STORE);
    } else {
      cb.loadConst(null);
    }
    cb.emit(RETURN_VALUE);
    PyCode co = assemble(true);
    exitScope();
    cb.emit(LOAD_BUILD_CLASS);
    makeClosure(co, 0, s.name());
    cb.loadConst(s.name());
    callHelper(2, s.bases(), s.keywords());
    applyDecorators(s.decorators());
    nameop(s.name(), Ctx.STORE);
  }

  private void lambda(Lambda e) {
    int flags = defaultArguments(e.args());
    enterScope("<lambda>", UnitType.LAMBDA, e, e.line());
    // None first, so a lambda never has a docstring.
    cb.addConst(null);
    setArgCounts(e.args());
    expr(e.body());
    PyCode co;
    if (u.scope.generator) {
      co = assemble(false);
    } else {
      cb.emit(RETURN_VALUE);
      co = assemble(true);
    }
    String qualname = u.qualname;
    exitScope();
    makeClosure(co, flags, qualname);
  }

  private enum CompKind {
    GENEXP,
    LIST,
    SET,
    DICT
  }

  /**
   * A comprehension is a nested function called with the iterator of its outermost iterable, which
   * is evaluated in the enclosing scope.
   */
  private void comprehension(
      Expr e, CompKind kind, String name, List<Comprehension> generators, Expr elt, Expr val) {
    Comprehension outermost = generators.get(0);
    enterScope(name, UnitType.COMPREHENSION, e, e.line());
    boolean isAsync = u.scope.coroutine;
    Unit outer = stack.peek();
    if (isAsync
        && kind != CompKind.GENEXP
        && !(outer.scope.kind == Scope.Kind.FUNCTION && outer.scope.asyncDef)
        && outer.type != UnitType.COMPREHENSION) {
      throw error("asynchronous comprehension outside of an asynchronous function");
    }
    switch (kind) {
      case LIST -> cb.emit(BUILD_LIST, 0);
      case SET -> cb.emit(BUILD_SET, 0);
      case DICT -> cb.emit(BUILD_MAP, 0);
      default -> {}
    }
    comprehensionGenerator(generators, 0, 0, elt, val, kind);
    if (kind != CompKind.GENEXP) {
      cb.emit(RETURN_VALUE);
    }
    PyCode co = assemble(true);
    String qualname = u.qualname;
    exitScope();
    makeClosure(co, 0, qualname);
    expr(outermost.iter());
    cb.emit(outermost.isAsync() ? GET_AITER : GET_ITER);
    cb.emit(CALL_FUNCTION, 1);
    if (isAsync && kind != CompKind.GENEXP) {
      awaitValue();
    }
  }

  private void comprehensionGenerator(
      List<Comprehension> generators, int index, int depth, Expr elt, Expr val, CompKind kind) {
    Label start = new Label();
    Label ifCleanup = new Label();
    Label anchor = new Label();
    Comprehension gen = generators.get(index);
    boolean loop = true;
    if (gen.isAsync()) {
      asyncComprehensionGenerator(generators, index, depth, elt, val, kind);
      return;
    }
    if (index == 0) {
      u.argcount = 1;
      cb.emit(LOAD_FAST, 0);
    } else {
      // "for y in [expr]" just binds y: no loop.
      List<Expr> elts = null;
      if (gen.iter() instanceof ListExpr l) {
        elts = l.elts();
      } else if (gen.iter() instanceof Tuple t) {
        elts = t.elts();
      }
      if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Starred)) {
        expr(elts.get(0));
        loop = false;
      } else {
        expr(gen.iter());
        cb.emit(GET_ITER);
      }
    }
    if (loop) {
      depth++;
      cb.bind(start);
      cb.jump(FOR_ITER, anchor);
      cb.nextBlock();
    }
    comprehensionBody(generators, index, depth, elt, val, kind, gen, ifCleanup);
    cb.bind(ifCleanup);
    if (loop) {
      cb.jump(JUMP_ABSOLUTE, start);
      cb.bind(anchor);
    }
  }

  /**
   * One clause's body, once its target is about to be bound: the target, the {@code if}s (which
   * jump to {@code ifCleanup}), then the next clause or, after the last, the element.
   */
  private void comprehensionBody(
      List<Comprehension> generators,
      int index,
      int depth,
      Expr elt,
      Expr val,
      CompKind kind,
      Comprehension gen,
      Label ifCleanup) {
    expr(gen.target());
    for (Expr cond : gen.ifs()) {
      jumpIf(cond, ifCleanup, false);
      cb.nextBlock();
    }
    if (index + 1 < generators.size()) {
      comprehensionGenerator(generators, index + 1, depth, elt, val, kind);
      return;
    }
    switch (kind) {
      case GENEXP -> {
        expr(elt);
        cb.emit(YIELD_VALUE);
        cb.emit(POP_TOP);
      }
      case LIST -> {
        expr(elt);
        cb.emit(LIST_APPEND, depth + 1);
      }
      case SET -> {
        expr(elt);
        cb.emit(SET_ADD, depth + 1);
      }
      case DICT -> {
        expr(elt);
        expr(val);
        cb.emit(MAP_ADD, depth + 1);
      }
    }
    cb.nextBlock();
  }

  /** An {@code async for} clause: its iterator's items are awaited, until StopAsyncIteration. */
  private void asyncComprehensionGenerator(
      List<Comprehension> generators, int index, int depth, Expr elt, Expr val, CompKind kind) {
    Comprehension gen = generators.get(index);
    Label start = new Label();
    Label except = new Label();
    Label ifCleanup = new Label();
    if (index == 0) {
      u.argcount = 1;
      cb.emit(LOAD_FAST, 0);
    } else {
      expr(gen.iter());
      cb.emit(GET_AITER);
    }
    depth++;
    cb.bind(start);
    cb.jump(SETUP_FINALLY, except);
    cb.emit(GET_ANEXT);
    awaitValue();
    cb.emit(POP_BLOCK);
    comprehensionBody(generators, index, depth, elt, val, kind, gen, ifCleanup);
    cb.bind(ifCleanup);
    cb.jump(JUMP_ABSOLUTE, start);
    cb.bind(except);
    cb.emit(END_ASYNC_FOR);
  }

  // ---------------------------------------------------------------- expressions

  private void expr(Expr e) {
    int line = cb.line;
    int col = u.col;
    long span = cb.span;
    setLoc(e);
    expr1(e);
    cb.line = line;
    u.col = col;
    cb.span = span;
  }

  /** The code of one expression; the deepest-nesting nodes come first, with few locals. */
  private void expr1(Expr e) {
    if (e instanceof Name n) {
      nameop(n.id(), n.ctx());
    } else if (e instanceof Constant c) {
      cb.loadConst(c.value());
    } else if (e instanceof Attribute a) {
      attribute(a);
    } else if (e instanceof Call c) {
      call(c);
    } else if (e instanceof BinOp b) {
      expr(b.left());
      expr(b.right());
      cb.emit(binaryOp(b.op()));
    } else {
      compound(e);
    }
  }

  /**
   * When an attribute's name is on a later line than where its expression starts, the next
   * instructions' position starts at the name and ends where {@code node} ends, as CPython's
   * compiler places them (so the carets of {@code (obj\n .name)} mark {@code name}).
   */
  private void startAtAttributeName(Attribute a, Node node) {
    int endLine = positions.endLine(a);
    int col = positions.endCol(a) - a.attr().length();
    if (endLine > a.line() && col >= 0) {
      cb.line = endLine;
      cb.span = PyCode.span(positions.endLine(node), col, positions.endCol(node));
    }
  }

  private void attribute(Attribute a) {
    expr(a.value());
    startAtAttributeName(a, a);
    switch (a.ctx()) {
      case LOAD -> namesOp(LOAD_ATTR, a.attr());
      case STORE -> {
        if (a.attr().equals("__debug__")) {
          throw error("cannot assign to __debug__");
        }
        namesOp(STORE_ATTR, a.attr());
      }
      case DEL -> namesOp(DELETE_ATTR, a.attr());
    }
  }

  private void compound(Expr e) {
    if (e instanceof Compare c) {
      compare(c);
    } else if (e instanceof Subscript s) {
      expr(s.value());
      expr(s.slice());
      cb.emit(
          switch (s.ctx()) {
            case LOAD -> BINARY_SUBSCR;
            case STORE -> STORE_SUBSCR;
            case DEL -> DELETE_SUBSCR;
          });
    } else if (e instanceof Tuple t) {
      switch (t.ctx()) {
        case LOAD -> starUnpack(t.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        case STORE -> assignment(t.elts());
        case DEL -> t.elts().forEach(this::expr);
      }
    } else if (e instanceof ListExpr l) {
      switch (l.ctx()) {
        case LOAD -> starUnpack(l.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
        case STORE -> assignment(l.elts());
        case DEL -> l.elts().forEach(this::expr);
      }
    } else if (e instanceof UnaryOp x) {
      expr(x.operand());
      cb.emit(
          switch (x.op()) {
            case INVERT -> UNARY_INVERT;
            case NOT -> UNARY_NOT;
            case UADD -> UNARY_POSITIVE;
            case USUB -> UNARY_NEGATIVE;
          });
    } else if (e instanceof BoolOp b) {
      Label end = new Label();
      int jump = b.isAnd() ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
      int n = b.values().size() - 1;
      for (int i = 0; i < n; i++) {
        expr(b.values().get(i));
        cb.jump(jump, end);
      }
      expr(b.values().get(n));
      cb.bind(end);
    } else if (e instanceof Dict d) {
      dict(d);
    } else if (e instanceof Set s) {
      starUnpack(s.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
    } else if (e instanceof IfExp x) {
      Label end = new Label();
      Label next = new Label();
      jumpIf(x.test(), next, false);
      expr(x.body());
      cb.jump(JUMP_FORWARD, end);
      cb.bind(next);
      expr(x.orelse());
      cb.bind(end);
    } else if (e instanceof JoinedStr j) {
      for (Expr v : j.values()) {
        expr(v);
      }
      if (j.values().size() != 1) {
        cb.emit(BUILD_STRING, j.values().size());
      }
    } else if (e instanceof FormattedValue f) {
      expr(f.value());
      int arg =
          switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
          };
      if (f.formatSpec() != null) {
        expr(f.formatSpec());
        arg |= 0x04;
      }
      cb.emit(FORMAT_VALUE, arg);
    } else if (e instanceof Slice s) {
      slice(s);
    } else if (e instanceof Lambda l) {
      lambda(l);
    } else if (e instanceof ListComp c) {
      comprehension(c, CompKind.LIST, "<listcomp>", c.generators(), c.elt(), null);
    } else if (e instanceof SetComp c) {
      comprehension(c, CompKind.SET, "<setcomp>", c.generators(), c.elt(), null);
    } else if (e instanceof DictComp c) {
      comprehension(c, CompKind.DICT, "<dictcomp>", c.generators(), c.key(), c.value());
    } else if (e instanceof GeneratorExp c) {
      comprehension(c, CompKind.GENEXP, "<genexpr>", c.generators(), c.elt(), null);
    } else if (e instanceof NamedExpr n) {
      expr(n.value());
      cb.emit(DUP_TOP);
      int line = cb.line;
      int col = u.col;
      long span = cb.span;
      setLoc(n.target());
      nameop(n.target().id(), Ctx.STORE);
      cb.line = line;
      u.col = col;
      cb.span = span;
    } else if (e instanceof Yield y) {
      if (u.scope.kind != Scope.Kind.FUNCTION) {
        throw error("'yield' outside function");
      }
      if (y.value() != null) {
        expr(y.value());
      } else {
        cb.loadConst(null);
      }
      cb.emit(YIELD_VALUE);
    } else if (e instanceof Await a) {
      if (u.scope.kind != Scope.Kind.FUNCTION) {
        throw error("'await' outside function");
      }
      if (!u.scope.asyncDef && u.type != UnitType.COMPREHENSION) {
        throw error("'await' outside async function");
      }
      expr(a.value());
      awaitValue();
    } else if (e instanceof YieldFrom y) {
      if (u.scope.kind != Scope.Kind.FUNCTION) {
        throw error("'yield' outside function");
      }
      if (u.scope.coroutine) {
        throw error("'yield from' inside async function");
      }
      expr(y.value());
      cb.emit(GET_YIELD_FROM_ITER);
      cb.loadConst(null);
      cb.emit(YIELD_FROM);
    } else if (e instanceof Starred s) {
      throw error(
          s.ctx() == Ctx.STORE
              ? "starred assignment target must be in a list or tuple"
              : "can't use starred expression here");
    } else {
      throw new IllegalStateException("unknown expression " + e.getClass().getSimpleName());
    }
  }

  /** LOAD/STORE/DELETE of a variable, by where the symbol table says it lives. */
  private void nameop(String name, Ctx ctx) {
    if (ctx == Ctx.STORE && name.equals("__debug__")) {
      throw error("cannot assign to __debug__");
    }
    String mangled = mangle(name);
    int scope = u.scope.scopeOf(mangled);
    boolean function = u.scope.kind == Scope.Kind.FUNCTION;
    if (scope == Scope.FREE || scope == Scope.CELL) {
      int op =
          switch (ctx) {
            case LOAD -> u.scope.kind == Scope.Kind.CLASS ? LOAD_CLASSDEREF : LOAD_DEREF;
            case STORE -> STORE_DEREF;
            case DEL -> DELETE_DEREF;
          };
      cb.emit(op, cb.derefIndex(mangled, scope == Scope.CELL));
    } else if (scope == Scope.LOCAL && function) {
      cb.emitFast(
          switch (ctx) {
            case LOAD -> LOAD_FAST;
            case STORE -> STORE_FAST;
            case DEL -> DELETE_FAST;
          },
          mangled);
    } else if (scope == Scope.GLOBAL_EXPLICIT || (scope == Scope.GLOBAL_IMPLICIT && function)) {
      cb.emitName(
          switch (ctx) {
            case LOAD -> LOAD_GLOBAL;
            case STORE -> STORE_GLOBAL;
            case DEL -> DELETE_GLOBAL;
          },
          mangled);
    } else {
      cb.emitName(
          switch (ctx) {
            case LOAD -> LOAD_NAME;
            case STORE -> STORE_NAME;
            case DEL -> DELETE_NAME;
          },
          mangled);
    }
  }

  private void slice(Slice s) {
    int n = 2;
    if (s.lower() != null) {
      expr(s.lower());
    } else {
      cb.loadConst(null);
    }
    if (s.upper() != null) {
      expr(s.upper());
    } else {
      cb.loadConst(null);
    }
    if (s.step() != null) {
      n++;
      expr(s.step());
    }
    cb.emit(BUILD_SLICE, n);
  }

  private void compareOp(CmpOpKind op) {
    switch (op) {
      case IS -> cb.emit(IS_OP, 0);
      case IS_NOT -> cb.emit(IS_OP, 1);
      case IN -> cb.emit(CONTAINS_OP, 0);
      case NOT_IN -> cb.emit(CONTAINS_OP, 1);
      case LT -> cb.emit(COMPARE_OP, 0);
      case LT_E -> cb.emit(COMPARE_OP, 1);
      case EQ -> cb.emit(COMPARE_OP, 2);
      case NOT_EQ -> cb.emit(COMPARE_OP, 3);
      case GT -> cb.emit(COMPARE_OP, 4);
      case GT_E -> cb.emit(COMPARE_OP, 5);
    }
  }

  private void compare(Compare c) {
    expr(c.left());
    int n = c.ops().size() - 1;
    if (n == 0) {
      expr(c.comparators().get(0));
      compareOp(c.ops().get(0));
      return;
    }
    Label cleanup = new Label();
    for (int i = 0; i < n; i++) {
      expr(c.comparators().get(i));
      cb.emit(DUP_TOP);
      cb.emit(ROT_THREE);
      compareOp(c.ops().get(i));
      cb.jump(JUMP_IF_FALSE_OR_POP, cleanup);
      cb.nextBlock();
    }
    expr(c.comparators().get(n));
    compareOp(c.ops().get(n));
    Label end = new Label();
    cb.jump(JUMP_FORWARD, end);
    cb.bind(cleanup);
    cb.emit(ROT_TWO);
    cb.emit(POP_TOP);
    cb.bind(end);
  }

  /** Jumps to {@code next} when {@code e} is {@code cond}, with short cuts for not/and/or. */
  private void jumpIf(Expr e, Label next, boolean cond) {
    if (e instanceof UnaryOp x && x.op() == UnaryOpKind.NOT) {
      jumpIf(x.operand(), next, !cond);
      return;
    }
    if (e instanceof BoolOp b) {
      boolean cond2 = !b.isAnd();
      Label next2 = cond2 != cond ? new Label() : next;
      int n = b.values().size() - 1;
      for (int i = 0; i < n; i++) {
        jumpIf(b.values().get(i), next2, cond2);
      }
      jumpIf(b.values().get(n), next, cond);
      if (next2 != next) {
        cb.bind(next2);
      }
      return;
    }
    if (e instanceof IfExp x) {
      Label end = new Label();
      Label next2 = new Label();
      jumpIf(x.test(), next2, false);
      jumpIf(x.body(), next, cond);
      cb.jump(JUMP_FORWARD, end);
      cb.bind(next2);
      jumpIf(x.orelse(), next, cond);
      cb.bind(end);
      return;
    }
    if (e instanceof Compare c && c.ops().size() > 1) {
      int n = c.ops().size() - 1;
      Label cleanup = new Label();
      expr(c.left());
      for (int i = 0; i < n; i++) {
        expr(c.comparators().get(i));
        cb.emit(DUP_TOP);
        cb.emit(ROT_THREE);
        compareOp(c.ops().get(i));
        cb.jump(POP_JUMP_IF_FALSE, cleanup);
        cb.nextBlock();
      }
      expr(c.comparators().get(n));
      compareOp(c.ops().get(n));
      cb.jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
      Label end = new Label();
      cb.jump(JUMP_FORWARD, end);
      cb.bind(cleanup);
      cb.emit(POP_TOP);
      if (!cond) {
        cb.jump(JUMP_FORWARD, next);
      }
      cb.bind(end);
      return;
    }
    expr(e);
    cb.jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
  }

  private void call(Call c) {
    if (c.func() instanceof Attribute a
        && a.ctx() == Ctx.LOAD
        && c.keywords().isEmpty()
        && c.args().stream().noneMatch(x -> x instanceof Starred)) {
      // o.m(args): LOAD_METHOD avoids creating a bound method.
      expr(a.value());
      int line = cb.line;
      long span = cb.span;
      cb.span = PyCode.span(positions.endLine(a), a.col(), positions.endCol(a));
      startAtAttributeName(a, a);
      namesOp(LOAD_METHOD, a.attr());
      cb.line = line;
      cb.span = span;
      for (Expr arg : c.args()) {
        expr(arg);
      }
      startAtAttributeName(a, c);
      cb.emit(CALL_METHOD, c.args().size());
      return;
    }
    expr(c.func());
    callHelper(0, c.args(), c.keywords());
  }

  /** The arguments and call instruction of a call; {@code n} values are already pushed. */
  private void callHelper(int n, List<Expr> args, List<Keyword> keywords) {
    validateKeywords(keywords);
    boolean star =
        args.stream().anyMatch(x -> x instanceof Starred)
            || keywords.stream().anyMatch(k -> k.name() == null);
    if (!star) {
      for (Expr arg : args) {
        expr(arg);
      }
      if (!keywords.isEmpty()) {
        List<Object> names = new ArrayList<>(keywords.size());
        for (Keyword k : keywords) {
          expr(k.value());
          names.add(k.name());
        }
        cb.loadConst(new ConstValue.Tuple(names));
        cb.emit(CALL_FUNCTION_KW, n + args.size() + keywords.size());
      } else {
        cb.emit(CALL_FUNCTION, n + args.size());
      }
      return;
    }
    if (n == 0 && args.size() == 1 && args.get(0) instanceof Starred s) {
      expr(s.value());
    } else {
      starUnpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
    }
    if (!keywords.isEmpty()) {
      boolean haveDict = false;
      int seen = 0;
      for (int i = 0; i < keywords.size(); i++) {
        Keyword k = keywords.get(i);
        if (k.name() == null) {
          if (seen > 0) {
            subKwargs(keywords, i - seen, i);
            if (haveDict) {
              cb.emit(DICT_MERGE, 1);
            }
            haveDict = true;
            seen = 0;
          }
          if (!haveDict) {
            cb.emit(BUILD_MAP, 0);
            haveDict = true;
          }
          expr(k.value());
          cb.emit(DICT_MERGE, 1);
        } else {
          seen++;
        }
      }
      if (seen > 0) {
        subKwargs(keywords, keywords.size() - seen, keywords.size());
        if (haveDict) {
          cb.emit(DICT_MERGE, 1);
        }
      }
    }
    cb.emit(CALL_FUNCTION_EX, keywords.isEmpty() ? 0 : 1);
  }

  private void validateKeywords(List<Keyword> keywords) {
    for (int i = 0; i < keywords.size(); i++) {
      Keyword k = keywords.get(i);
      if (k.name() == null) {
        continue;
      }
      if (k.name().equals("__debug__")) {
        throw error("cannot assign to __debug__");
      }
      for (int j = i + 1; j < keywords.size(); j++) {
        Keyword other = keywords.get(j);
        if (k.name().equals(other.name())) {
          throw source.error("keyword argument repeated: " + k.name(), other.line(), other.col());
        }
      }
    }
  }

  private void subKwargs(List<Keyword> keywords, int begin, int end) {
    int n = end - begin;
    if (n > 1) {
      List<Object> names = new ArrayList<>(n);
      for (int i = begin; i < end; i++) {
        expr(keywords.get(i).value());
        names.add(keywords.get(i).name());
      }
      cb.loadConst(new ConstValue.Tuple(names));
      cb.emit(BUILD_CONST_KEY_MAP, n);
    } else {
      cb.loadConst(keywords.get(begin).name());
      expr(keywords.get(begin).value());
      cb.emit(BUILD_MAP, 1);
    }
  }

  private static boolean allConstant(List<Expr> elts, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (!(elts.get(i) instanceof Constant)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A list, set or tuple display (or positional call arguments) with {@code pushed} items already
   * on the stack. Three or more constants are loaded as one tuple or frozenset constant.
   */
  private void starUnpack(
      List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple) {
    int n = elts.size();
    if (n > 2 && pushed == 0 && allConstant(elts, 0, n)) {
      List<Object> values = new ArrayList<>(n);
      for (Expr x : elts) {
        values.add(((Constant) x).value());
      }
      if (tuple) {
        cb.loadConst(new ConstValue.Tuple(values));
      } else {
        cb.emit(build, 0);
        cb.loadConst(
            add == SET_ADD ? new ConstValue.FrozenSet(values) : new ConstValue.Tuple(values));
        cb.emit(extend, 1);
      }
      return;
    }
    boolean anyStar = elts.stream().anyMatch(x -> x instanceof Starred);
    if (anyStar) {
      boolean seen = false;
      for (int i = 0; i < n; i++) {
        Expr x = elts.get(i);
        if (x instanceof Starred s) {
          if (!seen) {
            cb.emit(build, i + pushed);
            seen = true;
          }
          expr(s.value());
          cb.emit(extend, 1);
        } else {
          expr(x);
          if (seen) {
            cb.emit(add, 1);
          }
        }
      }
      if (tuple) {
        cb.emit(LIST_TO_TUPLE);
      }
    } else {
      for (Expr x : elts) {
        expr(x);
      }
      cb.emit(tuple ? BUILD_TUPLE : build, n + pushed);
    }
  }

  /** Unpacks the value on the stack into the targets of a tuple or list. */
  private void assignment(List<Expr> elts) {
    int n = elts.size();
    boolean seen = false;
    for (int i = 0; i < n; i++) {
      if (elts.get(i) instanceof Starred) {
        if (seen) {
          throw error("multiple starred expressions in assignment");
        }
        if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
          throw error("too many expressions in star-unpacking assignment");
        }
        cb.emit(UNPACK_EX, i + ((n - i - 1) << 8));
        seen = true;
      }
    }
    if (!seen) {
      cb.emit(UNPACK_SEQUENCE, n);
    }
    for (Expr x : elts) {
      expr(x instanceof Starred s ? s.value() : x);
    }
  }

  private void dict(Dict d) {
    int n = d.values().size();
    boolean haveDict = false;
    int elements = 0;
    for (int i = 0; i < n; i++) {
      if (d.keys().get(i) == null) {
        if (elements > 0) {
          subDict(d, i - elements, i);
          if (haveDict) {
            cb.emit(DICT_UPDATE, 1);
          }
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          cb.emit(BUILD_MAP, 0);
          haveDict = true;
        }
        expr(d.values().get(i));
        cb.emit(DICT_UPDATE, 1);
      } else {
        if (elements == 0xFFFF) {
          subDict(d, i - elements, i);
          if (haveDict) {
            cb.emit(DICT_UPDATE, 1);
          }
          haveDict = true;
          elements = 0;
        }
        elements++;
      }
    }
    if (elements > 0) {
      subDict(d, n - elements, n);
      if (haveDict) {
        cb.emit(DICT_UPDATE, 1);
      }
      haveDict = true;
    }
    if (!haveDict) {
      cb.emit(BUILD_MAP, 0);
    }
  }

  private void subDict(Dict d, int begin, int end) {
    int n = end - begin;
    if (n > 1 && allConstant(d.keys(), begin, end)) {
      List<Object> keys = new ArrayList<>(n);
      for (int i = begin; i < end; i++) {
        expr(d.values().get(i));
        keys.add(((Constant) d.keys().get(i)).value());
      }
      cb.loadConst(new ConstValue.Tuple(keys));
      cb.emit(BUILD_CONST_KEY_MAP, n);
    } else {
      for (int i = begin; i < end; i++) {
        expr(d.keys().get(i));
        expr(d.values().get(i));
      }
      cb.emit(BUILD_MAP, n);
    }
  }

  private static int binaryOp(BinOpKind op) {
    return switch (op) {
      case ADD -> BINARY_ADD;
      case SUB -> BINARY_SUBTRACT;
      case MULT -> BINARY_MULTIPLY;
      case MATMULT -> BINARY_MATRIX_MULTIPLY;
      case DIV -> BINARY_TRUE_DIVIDE;
      case MOD -> BINARY_MODULO;
      case POW -> BINARY_POWER;
      case LSHIFT -> BINARY_LSHIFT;
      case RSHIFT -> BINARY_RSHIFT;
      case BITOR -> BINARY_OR;
      case BITXOR -> BINARY_XOR;
      case BITAND -> BINARY_AND;
      case FLOORDIV -> BINARY_FLOOR_DIVIDE;
    };
  }

  private static int inplaceOp(BinOpKind op) {
    return switch (op) {
      case ADD -> INPLACE_ADD;
      case SUB -> INPLACE_SUBTRACT;
      case MULT -> INPLACE_MULTIPLY;
      case MATMULT -> INPLACE_MATRIX_MULTIPLY;
      case DIV -> INPLACE_TRUE_DIVIDE;
      case MOD -> INPLACE_MODULO;
      case POW -> INPLACE_POWER;
      case LSHIFT -> INPLACE_LSHIFT;
      case RSHIFT -> INPLACE_RSHIFT;
      case BITOR -> INPLACE_OR;
      case BITXOR -> INPLACE_XOR;
      case BITAND -> INPLACE_AND;
      case FLOORDIV -> INPLACE_FLOOR_DIVIDE;
    };
  }
}
