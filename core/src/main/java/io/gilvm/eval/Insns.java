package io.gilvm.eval;

import io.gilvm.mem.Refs;
import io.gilvm.object.AttrCache;
import io.gilvm.object.Ops;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyFunction;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyIterators;
import io.gilvm.object.PyList;
import io.gilvm.object.PyMethodDescriptor;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.spi.EvalBreaker;
import io.gilvm.spi.RefCounts;
import io.gilvm.state.ThreadState;

/**
 * The bodies of the instructions the eval loop runs inline, as static methods that both tiers call:
 * {@link Eval#execute}'s switch and the code the compiled tier ({@link Tier}) generates for a code
 * object. One body per instruction, so the two tiers cannot drift apart in what an instruction does
 * to the stack and to reference counts; where a lock may switch stays with the caller, read from
 * the opcode table.
 *
 * <p>Each takes the value stack and {@code sp}, the stack depth before the instruction, and returns
 * the depth after it (the compiled tier knows it statically and drops the result). Same invariant
 * as the eval loop: operands are popped only after the operation succeeded.
 */
public final class Insns {
  private Insns() {}

  static int loadFast(
      ThreadState ts, PyCode co, PyObject[] fast, PyObject[] stack, int sp, int arg) {
    PyObject v = fast[arg];
    if (v == null) {
      throw EvalSupport.unboundLocal(co, arg);
    }
    ts.refs.incref(v);
    stack[sp] = v;
    return sp + 1;
  }

  static int loadConst(ThreadState ts, PyObject[] consts, PyObject[] stack, int sp, int arg) {
    PyObject v = consts[arg];
    ts.refs.incref(v);
    stack[sp] = v;
    return sp + 1;
  }

  static int storeFast(ThreadState ts, PyObject[] fast, PyObject[] stack, int sp, int arg) {
    PyObject v = stack[--sp];
    stack[sp] = null;
    PyObject old = fast[arg];
    fast[arg] = v;
    if (old != null && ts.refs.decref(old)) {
      Refs.dealloc(ts, old);
    }
    return sp;
  }

  static int popTop(ThreadState ts, PyObject[] stack, int sp) {
    PyObject v = stack[--sp];
    stack[sp] = null;
    if (v != null && ts.refs.decref(v)) {
      Refs.dealloc(ts, v);
    }
    return sp;
  }

  static int rotTwo(PyObject[] stack, int sp) {
    PyObject t = stack[sp - 1];
    stack[sp - 1] = stack[sp - 2];
    stack[sp - 2] = t;
    return sp;
  }

  static int dupTop(ThreadState ts, PyObject[] stack, int sp) {
    PyObject v = stack[sp - 1];
    ts.refs.incref(v);
    stack[sp] = v;
    return sp + 1;
  }

  /** Replaces [a, b] on top by r (owned by the stack from here) and releases a and b. */
  private static int replaceTwo(
      ThreadState ts, RefCounts rc, PyObject[] stack, int sp, PyObject a, PyObject b, PyObject r) {
    rc.incref(r);
    stack[--sp] = null;
    stack[sp - 1] = r;
    if (rc.decref(a)) {
      Refs.dealloc(ts, a);
    }
    if (rc.decref(b)) {
      Refs.dealloc(ts, b);
    }
    return sp;
  }

  /**
   * BINARY_ADD and INPLACE_ADD. {@code storeSlot} is the fast local the next instruction stores
   * into when it is a STORE_FAST, else -1: a str that only the stack and that variable hold grows
   * in place (as CPython's unicode_concatenate).
   */
  static int add(
      ThreadState ts, PyObject[] fast, PyObject[] stack, int sp, boolean inplace, int storeSlot) {
    RefCounts rc = ts.refs;
    PyObject b = stack[sp - 1];
    PyObject a = stack[sp - 2];
    PyObject r = null;
    if (a.getClass() == PyInt.class
        && b.getClass() == PyInt.class
        && a instanceof PyInt x
        && b instanceof PyInt y
        && x.big == null
        && y.big == null) {
      long xv = x.value;
      long yv = y.value;
      long s = xv + yv;
      if (((xv ^ s) & (yv ^ s)) >= 0) {
        r = ts.freeLists.intOf(s);
      }
    }
    if (r == null && (a.getClass() == PyFloat.class || b.getClass() == PyFloat.class)) {
      r = arith(ts, a, b, Ops.ADD);
    }
    if (r == null
        && storeSlot >= 0
        && a.getClass() == PyStr.class
        && a instanceof PyStr x
        && b instanceof PyStr y
        && fast[storeSlot] == a
        && !a.isImmortal()
        && (ts.exactCounts ? rc.count(a) == 2 : rc.hasExactly(a, 2))) {
      // The stack and the variable about to be overwritten are the string's only owners, so it
      // grows where it is. Only where the count is certain: under a global lock, or when the
      // memory strategy can prove it for this thread (atomic, biased for the owner).
      x.appendInPlace(y.value());
      r = a;
    }
    if (r == null) {
      r = inplace ? Ops.inplace(a, b, Ops.ADD) : Ops.binary(a, b, Ops.ADD);
    }
    return replaceTwo(ts, rc, stack, sp, a, b, r);
  }

  /** BINARY_SUBTRACT and INPLACE_SUBTRACT. */
  static int subtract(ThreadState ts, PyObject[] stack, int sp, boolean inplace) {
    PyObject b = stack[sp - 1];
    PyObject a = stack[sp - 2];
    PyObject r = null;
    if (a.getClass() == PyInt.class
        && b.getClass() == PyInt.class
        && a instanceof PyInt x
        && b instanceof PyInt y
        && x.big == null
        && y.big == null) {
      long xv = x.value;
      long yv = y.value;
      long s = xv - yv;
      if (((xv ^ yv) & (xv ^ s)) >= 0) {
        r = ts.freeLists.intOf(s);
      }
    }
    if (r == null && (a.getClass() == PyFloat.class || b.getClass() == PyFloat.class)) {
      r = arith(ts, a, b, Ops.SUB);
    }
    if (r == null) {
      r = inplace ? Ops.inplace(a, b, Ops.SUB) : Ops.binary(a, b, Ops.SUB);
    }
    return replaceTwo(ts, ts.refs, stack, sp, a, b, r);
  }

  /** Exactly representable as a double: ints up to 2**53 in magnitude convert without rounding. */
  private static final long EXACT_DOUBLE = 1L << 53;

  /**
   * The binary operators other than + and - (which have their own bodies), by opcode: an exact int
   * or float on both sides is computed here (CPython 3.11's BINARY_OP_MULTIPLY_FLOAT and kin),
   * everything else, and every case that raises, goes to the general {@link Ops#binary}/{@link
   * Ops#inplace} through {@link EvalSupport#binaryOp}. Immutable numbers have no in-place forms, so
   * both opcodes of a pair compute the same.
   */
  static int binaryOp(ThreadState ts, PyObject[] stack, int sp, int op) {
    PyObject b = stack[sp - 1];
    PyObject a = stack[sp - 2];
    PyObject r = arith(ts, a, b, numberOp(op));
    if (r == null) {
      return EvalSupport.binaryOp(ts, stack, sp, op);
    }
    return replaceTwo(ts, ts.refs, stack, sp, a, b, r);
  }

  /** The {@link Ops} operator of a binary opcode, or -1 for one no fast path handles. */
  static int numberOp(int op) {
    return switch (op) {
      case io.gilvm.bytecode.Opcode.BINARY_MULTIPLY, io.gilvm.bytecode.Opcode.INPLACE_MULTIPLY ->
          Ops.MUL;
      case io.gilvm.bytecode.Opcode.BINARY_TRUE_DIVIDE,
          io.gilvm.bytecode.Opcode.INPLACE_TRUE_DIVIDE ->
          Ops.TRUEDIV;
      case io.gilvm.bytecode.Opcode.BINARY_FLOOR_DIVIDE,
          io.gilvm.bytecode.Opcode.INPLACE_FLOOR_DIVIDE ->
          Ops.FLOORDIV;
      case io.gilvm.bytecode.Opcode.BINARY_MODULO, io.gilvm.bytecode.Opcode.INPLACE_MODULO ->
          Ops.MOD;
      case io.gilvm.bytecode.Opcode.BINARY_AND, io.gilvm.bytecode.Opcode.INPLACE_AND -> Ops.AND;
      case io.gilvm.bytecode.Opcode.BINARY_OR, io.gilvm.bytecode.Opcode.INPLACE_OR -> Ops.OR;
      case io.gilvm.bytecode.Opcode.BINARY_XOR, io.gilvm.bytecode.Opcode.INPLACE_XOR -> Ops.XOR;
      case io.gilvm.bytecode.Opcode.BINARY_RSHIFT, io.gilvm.bytecode.Opcode.INPLACE_RSHIFT ->
          Ops.RSHIFT;
      default -> -1;
    };
  }

  /**
   * {@code a op b} for exact ints that fit a long and exact floats, when the result is certain and
   * nothing is raised; null otherwise (the caller takes the general path, which computes the same
   * value or raises CPython's error). {@code op} is an {@link Ops} operator, a constant where the
   * compiled tier calls it, so the JIT keeps only its case.
   */
  static PyObject arith(ThreadState ts, PyObject a, PyObject b, int op) {
    Class<?> ca = a.getClass();
    Class<?> cb = b.getClass();
    double x;
    double y;
    if (ca == PyFloat.class) {
      x = ((PyFloat) a).value;
      if (cb == PyFloat.class) {
        y = ((PyFloat) b).value;
      } else if (cb == PyInt.class
          && ((PyInt) b).big == null
          && Math.abs(((PyInt) b).value) <= EXACT_DOUBLE) {
        y = ((PyInt) b).value;
      } else {
        return null;
      }
    } else if (ca == PyInt.class && ((PyInt) a).big == null) {
      long xv = ((PyInt) a).value;
      if (cb == PyInt.class && ((PyInt) b).big == null) {
        return intArith(ts, xv, ((PyInt) b).value, op);
      }
      if (cb != PyFloat.class || Math.abs(xv) > EXACT_DOUBLE) {
        return null;
      }
      x = xv;
      y = ((PyFloat) b).value;
    } else {
      return null;
    }
    double v;
    switch (op) {
      case Ops.ADD -> v = x + y;
      case Ops.SUB -> v = x - y;
      case Ops.MUL -> v = x * y;
      case Ops.TRUEDIV -> {
        if (y == 0) {
          return null;
        }
        v = x / y;
      }
      case Ops.FLOORDIV -> {
        if (y == 0) {
          return null;
        }
        v = PyFloat.floorDiv(x, y);
      }
      case Ops.MOD -> {
        if (y == 0) {
          return null;
        }
        v = PyFloat.mod(x, y);
      }
      default -> {
        return null;
      }
    }
    return ts.freeLists.floatOf(v);
  }

  private static PyObject intArith(ThreadState ts, long x, long y, int op) {
    long v;
    switch (op) {
      case Ops.ADD -> {
        v = x + y;
        if (((x ^ v) & (y ^ v)) < 0) {
          return null;
        }
      }
      case Ops.SUB -> {
        v = x - y;
        if (((x ^ y) & (x ^ v)) < 0) {
          return null;
        }
      }
      case Ops.MUL -> {
        v = x * y;
        if (Math.multiplyHigh(x, y) != (v >> 63)) {
          return null;
        }
      }
      case Ops.TRUEDIV -> {
        // Both exact as doubles: one IEEE division is the correctly rounded quotient.
        if (y == 0 || Math.abs(x) > EXACT_DOUBLE || Math.abs(y) > EXACT_DOUBLE) {
          return null;
        }
        return ts.freeLists.floatOf((double) x / (double) y);
      }
      case Ops.FLOORDIV -> {
        if (y == 0 || (x == Long.MIN_VALUE && y == -1)) {
          return null;
        }
        v = Math.floorDiv(x, y);
      }
      case Ops.MOD -> {
        if (y == 0) {
          return null;
        }
        v = Math.floorMod(x, y);
      }
      case Ops.AND -> v = x & y;
      case Ops.OR -> v = x | y;
      case Ops.XOR -> v = x ^ y;
      case Ops.RSHIFT -> {
        if (y < 0) {
          return null;
        }
        v = y >= 64 ? (x < 0 ? -1 : 0) : x >> y;
      }
      default -> {
        return null;
      }
    }
    return ts.freeLists.intOf(v);
  }

  static int compareOp(ThreadState ts, PyObject[] stack, int sp, int arg) {
    PyObject b = stack[sp - 1];
    PyObject a = stack[sp - 2];
    PyObject r;
    if (a.getClass() == PyInt.class
        && b.getClass() == PyInt.class
        && a instanceof PyInt x
        && b instanceof PyInt y
        && x.big == null
        && y.big == null) {
      r = PyBool.of(Ops.compareResult(Long.compare(x.value, y.value), arg));
    } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
      double x = ((PyFloat) a).value;
      double y = ((PyFloat) b).value;
      boolean t;
      switch (arg) {
        case Ops.LT -> t = x < y;
        case Ops.LE -> t = x <= y;
        case Ops.EQ -> t = x == y;
        case Ops.NE -> t = x != y;
        case Ops.GT -> t = x > y;
        case Ops.GE -> t = x >= y;
        default -> {
          return replaceTwo(ts, ts.refs, stack, sp, a, b, Ops.compare(a, b, arg));
        }
      }
      r = PyBool.of(t);
    } else {
      r = Ops.compare(a, b, arg);
    }
    return replaceTwo(ts, ts.refs, stack, sp, a, b, r);
  }

  /** POP_JUMP_IF_FALSE and POP_JUMP_IF_TRUE: pops the top and returns its truth. */
  static boolean popTruth(ThreadState ts, PyObject[] stack, int sp) {
    PyObject v = stack[sp - 1];
    boolean t = v == PyBool.TRUE || (v != PyBool.FALSE && v != PyNone.NONE && Ops.isTrue(v));
    stack[sp - 1] = null;
    if (ts.refs.decref(v)) {
      Refs.dealloc(ts, v);
    }
    return t;
  }

  /**
   * FOR_ITER: pushes the iterator's next value and returns true, or, when it is exhausted, pops the
   * iterator and returns false (the caller jumps).
   */
  static boolean forIter(ThreadState ts, PyObject[] stack, int sp) {
    PyObject it = stack[sp - 1];
    PyObject v;
    if (it instanceof PyIterators.RangeIterator ri) {
      v = ri.hasNext() ? ts.freeLists.intOf(ri.nextLong()) : null;
    } else {
      v = it.next();
    }
    RefCounts rc = ts.refs;
    if (v != null) {
      rc.incref(v);
      stack[sp] = v;
      return true;
    }
    stack[sp - 1] = null;
    if (rc.decref(it)) {
      Refs.dealloc(ts, it);
    }
    return false;
  }

  static int getIter(ThreadState ts, PyObject[] stack, int sp) {
    PyObject o = stack[sp - 1];
    PyObject it = Ops.iter(o);
    RefCounts rc = ts.refs;
    rc.incref(it);
    stack[sp - 1] = it;
    if (rc.decref(o)) {
      Refs.dealloc(ts, o);
    }
    return sp;
  }

  /**
   * Where a LOAD_GLOBAL found its name last time (CPython 3.11's LOAD_GLOBAL_MODULE and
   * LOAD_GLOBAL_BUILTIN): the entry of the globals dict holding it ({@code ix} >= 0), or, when the
   * globals lacked it at dict version {@code version}, the entry of the builtins. An entry still
   * holds the name when its key is the same str object: the value is read from the entry each time,
   * so a store to the global is seen; an insertion or deletion in the globals changes their
   * version. Immutable, so a slot read by one thread while another replaces it is whole.
   */
  public record GlobalSlot(
      PyDict globals, PyObject key, int ix, int version, PyDict builtins, PyObject bkey, int bix) {}

  /**
   * LOAD_GLOBAL at instruction {@code at}, through its cache where no other thread can change a
   * dict meanwhile (a global lock, no object locks); elsewhere, and on a miss, the dict lookups.
   */
  static int loadGlobal(ThreadState ts, Frame f, PyObject[] stack, int sp, String name, int at) {
    if (!ts.exactCounts || ts.objectLocks) {
      return loadGlobal(ts, f, stack, sp, name);
    }
    PyCode co = f.code;
    GlobalSlot[] slots = co.globalSlots;
    if (slots == null) {
      slots = new GlobalSlot[co.code.length / 2];
      co.globalSlots = slots;
    }
    GlobalSlot s = slots[at >> 1];
    PyDict g = f.globals;
    if (s != null && s.globals == g) {
      PyObject v = null;
      if (s.ix >= 0) {
        v = entryValue(g, s.ix, s.key);
      } else if (g.version == s.version && s.builtins == f.builtins) {
        v = entryValue(f.builtins, s.bix, s.bkey);
      }
      if (v != null) {
        ts.refs.incref(v);
        stack[sp] = v;
        return sp + 1;
      }
    }
    slots[at >> 1] = fill(g, f.builtins, name);
    return loadGlobal(ts, f, stack, sp, name);
  }

  /** The value in entry {@code ix} of {@code d} if the entry still holds {@code key}, else null. */
  private static PyObject entryValue(PyDict d, int ix, PyObject key) {
    PyObject[] ks = d.keys;
    PyObject[] vs = d.values;
    return ix < ks.length && ix < vs.length && ks[ix] == key ? vs[ix] : null;
  }

  /** A slot for {@code name} as the dicts are now, or null when neither has it. */
  private static GlobalSlot fill(PyDict g, PyDict b, String name) {
    int ix = g.entryOfStr(name);
    if (ix >= 0) {
      return new GlobalSlot(g, g.keys[ix], ix, 0, null, null, -1);
    }
    int bix = b.entryOfStr(name);
    return bix < 0 ? null : new GlobalSlot(g, null, -1, g.version, b, b.keys[bix], bix);
  }

  static int loadGlobal(ThreadState ts, Frame f, PyObject[] stack, int sp, String name) {
    PyObject v = f.globals.getStr(ts, name);
    if (v == null) {
      v = f.builtins.getStr(ts, name);
      if (v == null) {
        throw EvalSupport.nameError(name);
      }
    }
    ts.refs.incref(v);
    stack[sp] = v;
    return sp + 1;
  }

  /** The attribute caches of {@code f}'s code ({@link AttrCache}), made at the first use. */
  static AttrCache.Entry[] attrSlots(Frame f) {
    PyCode co = f.code;
    AttrCache.Entry[] slots = co.attrSlots;
    if (slots == null) {
      slots = new AttrCache.Entry[co.code.length / 2];
      co.attrSlots = slots;
    }
    return slots;
  }

  /** LOAD_ATTR at instruction {@code at}, through its cache. */
  static int loadAttr(ThreadState ts, Frame f, PyObject[] stack, int sp, String name, int at) {
    PyObject o = stack[sp - 1];
    PyObject v = AttrCache.load(ts, o, name, attrSlots(f), at >> 1);
    RefCounts rc = ts.refs;
    rc.incref(v);
    stack[sp - 1] = v;
    if (rc.decref(o)) {
      Refs.dealloc(ts, o);
    }
    return sp;
  }

  /**
   * LOAD_METHOD at instruction {@code at}, through its cache: [o] -> [meth, o] for a plain method
   * found on the type, else [NULL, o.name].
   */
  static int loadMethod(ThreadState ts, Frame f, PyObject[] stack, int sp, String name, int at) {
    PyObject o = stack[sp - 1];
    PyObject m = AttrCache.method(ts, o, name, attrSlots(f), at >> 1);
    if (m == null) {
      return EvalSupport.loadMethod(ts, stack, sp, name);
    }
    ts.refs.incref(m);
    stack[sp - 1] = m;
    stack[sp] = o;
    return sp + 1;
  }

  /** STORE_ATTR at instruction {@code at}, through its cache: {@code owner.name = value}. */
  static int storeAttr(ThreadState ts, Frame f, PyObject[] stack, int sp, String name, int at) {
    PyObject owner = stack[sp - 1];
    PyObject value = stack[sp - 2];
    AttrCache.store(ts, owner, name, value, attrSlots(f), at >> 1);
    return popStored(ts, stack, sp, owner, value);
  }

  static int binarySubscr(ThreadState ts, PyObject[] stack, int sp) {
    PyObject i = stack[sp - 1];
    PyObject a = stack[sp - 2];
    PyObject r = null;
    if (i.getClass() == PyInt.class && ((PyInt) i).big == null) {
      // CPython 3.11's BINARY_SUBSCR_LIST_INT and BINARY_SUBSCR_TUPLE_INT: an index in range.
      if (a.getClass() == PyList.class && !ts.objectLocks) {
        PyList l = (PyList) a;
        r = itemAt(l.items, l.size, ((PyInt) i).value);
      } else if (a.getClass() == PyTuple.class) {
        PyObject[] items = ((PyTuple) a).items;
        r = itemAt(items, items.length, ((PyInt) i).value);
      }
    }
    if (r == null) {
      r = a.getItem(i);
    }
    return replaceTwo(ts, ts.refs, stack, sp, a, i, r);
  }

  /** {@code items[k]} for a Python index (negative from the end) in range, else null. */
  private static PyObject itemAt(PyObject[] items, int size, long k) {
    if (k < 0) {
      k += size;
    }
    return k >= 0 && k < size && k < items.length ? items[(int) k] : null;
  }

  /**
   * STORE_SUBSCR: {@code container[key] = value}, then the three operands popped. A list and an int
   * index in range is stored here where no other thread can change the list meanwhile (no object
   * locks), as PyList's own store does it: the new value counted, the old one released.
   */
  static int storeSubscr(ThreadState ts, PyObject[] stack, int sp) {
    PyObject key = stack[sp - 1];
    PyObject container = stack[sp - 2];
    PyObject value = stack[sp - 3];
    RefCounts rc = ts.refs;
    if (container.getClass() == PyList.class
        && key.getClass() == PyInt.class
        && ((PyInt) key).big == null
        && !ts.objectLocks
        && storeListItem(ts, rc, (PyList) container, ((PyInt) key).value, value)) {
      return popThree(ts, rc, stack, sp);
    }
    container.setItem(key, value);
    return popThree(ts, rc, stack, sp);
  }

  private static boolean storeListItem(
      ThreadState ts, RefCounts rc, PyList l, long k, PyObject value) {
    int size = l.size;
    PyObject[] items = l.items;
    if (k < 0) {
      k += size;
    }
    if (k < 0 || k >= size || k >= items.length) {
      return false;
    }
    rc.incref(value);
    PyObject old = items[(int) k];
    items[(int) k] = value;
    if (old != null && rc.decref(old)) {
      Refs.dealloc(ts, old);
    }
    return true;
  }

  private static int popThree(ThreadState ts, RefCounts rc, PyObject[] stack, int sp) {
    for (int i = sp - 3; i < sp; i++) {
      PyObject o = stack[i];
      stack[i] = null;
      if (o != null && rc.decref(o)) {
        Refs.dealloc(ts, o);
      }
    }
    return sp - 3;
  }

  /** IS_OP: {@code a is b} ({@code arg} 0) or {@code a is not b} (1). */
  static int isOp(ThreadState ts, PyObject[] stack, int sp, int arg) {
    PyObject b = stack[sp - 1];
    PyObject a = stack[sp - 2];
    return replaceTwo(ts, ts.refs, stack, sp, a, b, PyBool.of((a == b) == (arg == 0)));
  }

  /**
   * UNPACK_SEQUENCE: the sequence's items pushed last first. An exact tuple or list (a list only
   * without object locks) of the right length is read in place; anything else, and every error,
   * goes through {@link Ops#unpack}.
   */
  static int unpackSequence(ThreadState ts, PyObject[] stack, int sp, int arg) {
    PyObject seq = stack[sp - 1];
    PyObject[] items;
    if (seq.getClass() == PyTuple.class && ((PyTuple) seq).items.length == arg) {
      items = ((PyTuple) seq).items;
    } else if (seq.getClass() == PyList.class
        && !ts.objectLocks
        && ((PyList) seq).size == arg
        && ((PyList) seq).items.length >= arg) {
      items = ((PyList) seq).items;
    } else {
      items = Ops.unpack(seq, arg);
    }
    RefCounts rc = ts.refs;
    stack[sp - 1] = null;
    sp--;
    for (int i = arg - 1; i >= 0; i--) {
      PyObject v = items[i];
      rc.incref(v);
      stack[sp++] = v;
    }
    if (rc.decref(seq)) {
      Refs.dealloc(ts, seq);
    }
    return sp;
  }

  /** STORE_ATTR: {@code owner.name = value}, both popped. */
  static int storeAttr(ThreadState ts, PyObject[] stack, int sp, String name) {
    PyObject owner = stack[sp - 1];
    PyObject value = stack[sp - 2];
    owner.setAttr(name, value);
    return popStored(ts, stack, sp, owner, value);
  }

  /** After STORE_ATTR: drops the stack's references to the value and its owner. */
  private static int popStored(
      ThreadState ts, PyObject[] stack, int sp, PyObject owner, PyObject value) {
    RefCounts rc = ts.refs;
    stack[sp - 2] = null;
    stack[sp - 1] = null;
    if (rc.decref(value)) {
      Refs.dealloc(ts, value);
    }
    if (rc.decref(owner)) {
      Refs.dealloc(ts, owner);
    }
    return sp - 2;
  }

  static int callMethod(ThreadState ts, PyObject[] stack, int sp, int arg) {
    int base = sp - arg - 2;
    PyObject meth = stack[base];
    PyObject r;
    if (meth != null) {
      if (meth instanceof PyFunction fn) {
        r = Eval.callFromStack(ts, fn, stack, base + 1, arg + 1, null);
      } else if (meth instanceof PyMethodDescriptor md) {
        r = md.callWith(ts, stack[base + 1], EvalSupport.copyArgs(stack, base + 2, arg), null);
      } else {
        r = meth.call(ts, EvalSupport.copyArgs(stack, base + 1, arg + 1), null);
      }
    } else {
      PyObject callable = stack[base + 1];
      if (callable instanceof PyFunction fn) {
        r = Eval.callFromStack(ts, fn, stack, base + 2, arg, null);
      } else {
        r = callable.call(ts, EvalSupport.copyArgs(stack, base + 2, arg), null);
      }
    }
    return Eval.finishCall(ts, stack, base, sp, r);
  }

  static int callFunction(ThreadState ts, PyObject[] stack, int sp, int arg) {
    int base = sp - arg - 1;
    PyObject callable = stack[base];
    PyObject r;
    if (callable instanceof PyFunction fn) {
      r = Eval.callFromStack(ts, fn, stack, base + 1, arg, null);
    } else {
      r = callable.call(ts, EvalSupport.copyArgs(stack, base + 1, arg), null);
    }
    return Eval.finishCall(ts, stack, base, sp, r);
  }

  /** RETURN_VALUE: clears the frame and returns the value (floating) for the caller. */
  static PyObject returnValue(ThreadState ts, Frame f, PyObject[] stack, int sp, int pc) {
    PyObject v = stack[--sp];
    stack[sp] = null;
    f.sp = sp;
    f.pc = pc;
    f.clear(ts);
    // The frame's reference passes to the caller, who increfs it if it keeps it.
    Refs.release(ts, v);
    return v;
  }

  // ---------------------------------------------------------------- the tail of an instruction

  /**
   * A checkpoint: the lock's, if it runs every time, then one read of the eval breaker, and only
   * when that is not zero the out-of-line {@link #attention}.
   */
  static void checkpoint(ThreadState ts) {
    if (ts.pollsLock) {
      ts.lock.checkpoint(ts.handle);
    }
    if (ts.breaker.getOpaque() != 0) {
      attention(ts);
    }
  }

  /**
   * The eval breaker is set (CPython's {@code handle_eval_breaker}): the lock's checkpoint (which
   * drops the lock if asked to), then the signal handlers, in the main thread; what a handler
   * raises is raised by the instruction whose checkpoint this is. Out of line, so that the JIT
   * compiles the checkpoint as a read and a call it has seen made (see {@link
   * ThreadState#countTowardsTick}).
   */
  static void attention(ThreadState ts) {
    EvalBreaker breaker = ts.breaker;
    if (breaker.anyOpaque(EvalBreaker.TICK)) {
      breaker.clear(EvalBreaker.TICK);
    }
    if (!ts.pollsLock) {
      ts.lock.checkpoint(ts.handle);
    }
    if (breaker.anyOpaque(EvalBreaker.SIGNALS)) {
      ts.interp.signals.runPending(ts);
    }
  }

  /**
   * What an instruction read out of containers under object locks is on the stack now, with its own
   * references: the ones that kept it alive meanwhile are dropped.
   */
  static void releaseKept(ThreadState ts, Frame f) {
    if (ts.sections.hasKeptAbove(f.keptBase)) {
      ts.sections.releaseKept(ts, f.keptBase);
    }
  }
}
