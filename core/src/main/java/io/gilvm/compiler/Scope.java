package io.gilvm.compiler;

import io.gilvm.lang.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of the symbol table (CPython's symtable entry): a module, a class body, or a function
 * (which includes lambdas and comprehensions). Holds how each name is used in the block and, after
 * analysis, where each name lives: a fast local, a cell, a free variable, or a global.
 */
final class Scope {
  enum Kind {
    MODULE,
    CLASS,
    FUNCTION
  }

  // How a name is used in this block (flags, OR-ed together).
  static final int DEF_GLOBAL = 1;
  static final int DEF_LOCAL = 2;
  static final int DEF_PARAM = 4;
  static final int DEF_NONLOCAL = 8;
  static final int USE = 16;
  static final int DEF_FREE_CLASS = 64;
  static final int DEF_IMPORT = 128;
  static final int DEF_ANNOT = 256;
  static final int DEF_COMP_ITER = 512;
  static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

  // Where a name lives after analysis; 0 means the block never mentions it.
  static final int LOCAL = 1;
  static final int GLOBAL_EXPLICIT = 2;
  static final int GLOBAL_IMPLICIT = 3;
  static final int FREE = 4;
  static final int CELL = 5;

  final Kind kind;
  final String name;
  final Node node;
  final int line;
  final int col;

  /** Symbols in the order first seen, with their flags. */
  final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();

  /** Parameter names in order: the first fast locals. */
  final List<String> params = new ArrayList<>();

  final List<Scope> children = new ArrayList<>();

  /** Where each name was first declared global or nonlocal, for error positions. */
  final Map<String, int[]> directives = new HashMap<>();

  final Map<String, Integer> resolved = new HashMap<>();
  final boolean nested;
  boolean generator;

  /** An async def, or a comprehension that awaits (CPython's ste_coroutine). */
  boolean coroutine;

  /** An async def itself (not a comprehension inside one). */
  boolean asyncDef;

  boolean varargs;
  boolean varkeywords;
  boolean comprehension;
  boolean needsClassClosure;
  int compIterExpr;
  boolean compIterTarget;

  Scope(Kind kind, String name, Node node, int line, int col, Scope parent) {
    this.kind = kind;
    this.name = name;
    this.node = node;
    this.line = line;
    this.col = col;
    this.nested = parent != null && (parent.nested || parent.kind == Kind.FUNCTION);
    if (parent != null) {
      this.compIterExpr = parent.compIterExpr;
    }
  }

  int flags(String name) {
    Integer f = symbols.get(name);
    return f == null ? 0 : f;
  }

  /** Where {@code name} lives in this block: LOCAL, CELL, FREE, a GLOBAL kind, or 0. */
  int scopeOf(String name) {
    Integer s = resolved.get(name);
    return s == null ? 0 : s;
  }

  /** The cell variables, sorted as CPython sorts them (the implicit __class__ cell alone). */
  List<String> cellvars() {
    List<String> cells = new ArrayList<>();
    if (needsClassClosure) {
      cells.add("__class__");
      return cells;
    }
    for (Map.Entry<String, Integer> e : resolved.entrySet()) {
      if (e.getValue() == CELL) {
        cells.add(e.getKey());
      }
    }
    cells.sort(null);
    return cells;
  }

  /** The free variables, sorted; in a class also the names it both binds and passes through. */
  List<String> freevars() {
    List<String> free = new ArrayList<>();
    for (Map.Entry<String, Integer> e : resolved.entrySet()) {
      if (e.getValue() == FREE || (flags(e.getKey()) & DEF_FREE_CLASS) != 0) {
        free.add(e.getKey());
      }
    }
    free.sort(null);
    return free;
  }
}
