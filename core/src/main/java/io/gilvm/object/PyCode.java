package io.gilvm.object;

import io.gilvm.eval.Builtins;
import io.gilvm.eval.CompiledCode;
import io.gilvm.eval.Insns;
import io.gilvm.eval.Tier;
import java.util.Arrays;

/**
 * A code object: the compiled body of a module, class or function, shaped like CPython 3.9's.
 * Immutable and immortal (code lives as long as the program); it holds a reference to each of its
 * constants.
 */
public final class PyCode extends PyObject {
  public static final int CO_OPTIMIZED = 0x1;
  public static final int CO_NEWLOCALS = 0x2;
  public static final int CO_VARARGS = 0x4;
  public static final int CO_VARKEYWORDS = 0x8;
  public static final int CO_NESTED = 0x10;
  public static final int CO_GENERATOR = 0x20;
  public static final int CO_NOFREE = 0x40;
  public static final int CO_COROUTINE = 0x80;
  public static final int CO_ITERABLE_COROUTINE = 0x100;
  public static final int CO_ASYNC_GENERATOR = 0x200;

  /** Compiled under {@code from __future__ import annotations}: compile() and exec inherit it. */
  public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

  public final String name;
  public final String qualname;
  public final String filename;
  public final int firstLineNo;

  /** Positional parameters, including positional-only ones. */
  public final int argcount;

  public final int posonlyargcount;
  public final int kwonlyargcount;
  public final int flags;

  /** Fast locals: parameters first (positional, keyword-only, *args, **kwargs), then others. */
  public final String[] varnames;

  /** Variables of this scope captured by inner scopes. */
  public final String[] cellvars;

  /** Variables of enclosing scopes this scope uses. */
  public final String[] freevars;

  /** Global, attribute and imported names used by name-based instructions. */
  public final String[] names;

  public final PyObject[] consts;

  /** Two ints per instruction: opcode, argument (see {@link io.gilvm.bytecode.Opcode}). */
  public final int[] code;

  /** The source line of each instruction: {@code lines[offset / 2]}. */
  public final int[] lines;

  /**
   * The rest of each instruction's source position (PEP 657), {@code spans[offset / 2]}: the end
   * line and the start and end columns of the expression or statement it was compiled from, packed
   * by {@link #span}; -1 when unknown. The start line is {@link #lines}'.
   */
  public final long[] spans;

  /** The deepest the value stack gets. */
  public final int stacksize;

  /**
   * For each cell variable, the index of the parameter it is (whose value the frame copies into the
   * cell on entry), or -1.
   */
  public final int[] cell2arg;

  /** This code's compiled form ({@link Tier}), once it has one; read by every call. */
  public volatile CompiledCode compiled;

  /** LOAD_GLOBAL's caches, by instruction index (made at the first cached load). */
  public Insns.GlobalSlot[] globalSlots;

  /**
   * LOAD_ATTR's, LOAD_METHOD's and STORE_ATTR's caches ({@link AttrCache}), by instruction index
   * (made at the first use; a racing second array only loses the other's entries).
   */
  public AttrCache.Entry[] attrSlots;

  /** Calls and back edges counted towards compilation (racy by design: a heuristic). */
  public int heat;

  /** Set when the compiled tier declined this code: it stays interpreted. */
  public volatile boolean notCompilable;

  public PyCode(
      String name,
      String qualname,
      String filename,
      int firstLineNo,
      int argcount,
      int posonlyargcount,
      int kwonlyargcount,
      int flags,
      String[] varnames,
      String[] cellvars,
      String[] freevars,
      String[] names,
      PyObject[] consts,
      int[] code,
      int[] lines,
      long[] spans,
      int stacksize) {
    this.name = name;
    this.qualname = qualname;
    this.filename = filename;
    this.firstLineNo = firstLineNo;
    this.argcount = argcount;
    this.posonlyargcount = posonlyargcount;
    this.kwonlyargcount = kwonlyargcount;
    this.flags = flags | (freevars.length == 0 && cellvars.length == 0 ? CO_NOFREE : 0);
    this.varnames = varnames;
    this.cellvars = cellvars;
    this.freevars = freevars;
    this.names = names;
    this.consts = consts;
    this.code = code;
    this.lines = lines;
    this.spans = spans;
    this.stacksize = stacksize;
    int[] c2a = new int[cellvars.length];
    Arrays.fill(c2a, -1);
    int nargs =
        argcount
            + kwonlyargcount
            + ((flags & CO_VARARGS) != 0 ? 1 : 0)
            + ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
    for (int i = 0; i < cellvars.length; i++) {
      for (int j = 0; j < nargs; j++) {
        if (cellvars[i].equals(varnames[j])) {
          c2a[i] = j;
        }
      }
    }
    this.cell2arg = c2a;
    for (PyObject c : consts) {
      immortalizeConstant(c);
    }
    immortalize();
  }

  /**
   * Constants live as long as their code object, which lives as long as the program; a tuple
   * constant's items too, or freeing one would corrupt the tuple.
   */
  private static void immortalizeConstant(PyObject c) {
    c.immortalize();
    if (c instanceof PyTuple t) {
      for (PyObject item : t.items()) {
        immortalizeConstant(item);
      }
    } else if (c instanceof PySet s) {
      for (PyObject item : s.toArray()) {
        immortalizeConstant(item);
      }
    }
  }

  @Override
  public PyType type() {
    return PyType.CODE;
  }

  public boolean isGenerator() {
    return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
  }

  /** The source line of the instruction at {@code offset}. */
  public int lineAt(int offset) {
    int i = offset / 2;
    if (i < 0 || i >= lines.length) {
      return firstLineNo;
    }
    return lines[i];
  }

  /**
   * Packs a source span: the end line, and the start and end columns (in characters, 0-based; the
   * end is exclusive); -1 when any is unknown or a column does not fit in 16 bits.
   */
  public static long span(int endLine, int col, int endCol) {
    if (endLine < 0 || col < 0 || endCol < 0 || col > 0xffff || endCol > 0xffff) {
      return -1;
    }
    return ((long) endLine << 32) | ((long) col << 16) | endCol;
  }

  /** The packed span of the instruction at {@code offset} ({@link #span}), or -1. */
  public long spanAt(int offset) {
    int i = offset / 2;
    return i < 0 || i >= spans.length ? -1 : spans[i];
  }

  /** A packed span's end line. */
  public static int spanEndLine(long span) {
    return (int) (span >>> 32);
  }

  /** A packed span's start column. */
  public static int spanCol(long span) {
    return (int) (span >>> 16) & 0xffff;
  }

  /** A packed span's end column. */
  public static int spanEndCol(long span) {
    return (int) span & 0xffff;
  }

  @Override
  public String repr() {
    return "<code object "
        + name
        + " at 0x"
        + Long.toHexString(Builtins.id(this))
        + ", file \""
        + filename
        + "\", line "
        + firstLineNo
        + ">";
  }

  @Override
  public PyObject lookupAttr(String attr) {
    switch (attr) {
      case "co_name":
        return new PyStr(name);
      case "co_qualname":
        return new PyStr(qualname);
      case "co_filename":
        return new PyStr(filename);
      case "co_firstlineno":
        return PyInt.of(firstLineNo);
      case "co_argcount":
        return PyInt.of(argcount);
      case "co_varnames":
        return strTuple(varnames);
      case "co_names":
        return strTuple(names);
      case "co_consts":
        return PyTuple.of(consts);
      case "co_freevars":
        return strTuple(freevars);
      case "co_cellvars":
        return strTuple(cellvars);
      case "co_posonlyargcount":
        return PyInt.of(posonlyargcount);
      case "co_kwonlyargcount":
        return PyInt.of(kwonlyargcount);
      case "co_flags":
        return PyInt.of(flags);
      case "co_nlocals":
        return PyInt.of(varnames.length);
      case "co_stacksize":
        return PyInt.of(stacksize);
      default:
        return super.lookupAttr(attr);
    }
  }

  private static PyTuple strTuple(String[] s) {
    PyObject[] o = new PyObject[s.length];
    for (int i = 0; i < s.length; i++) {
      o[i] = new PyStr(s[i]);
    }
    return PyTuple.of(o);
  }
}
