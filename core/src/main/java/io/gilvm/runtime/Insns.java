package io.gilvm.runtime;

import io.gilvm.spi.RefCounts;

/**
 * The bodies of the instructions the eval loop runs inline, as static methods that both tiers
 * call: {@link Eval#execute}'s switch and the code the compiled tier ({@link Tier}) generates for
 * a code object. One body per instruction, so the two tiers cannot drift apart in what an
 * instruction does to the stack and to reference counts; where a lock may switch stays with the
 * caller, read from the opcode table.
 *
 * <p>Each takes the value stack and {@code sp}, the stack depth before the instruction, and
 * returns the depth after it (the compiled tier knows it statically and drops the result). Same
 * invariant as the eval loop: operands are popped only after the operation succeeded.
 */
final class Insns {
  private Insns() {}

  static int loadFast(ThreadState ts, PyCode co, PyObject[] fast, PyObject[] stack, int sp, int arg) {
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
  private static int replaceTwo(ThreadState ts, RefCounts rc, PyObject[] stack, int sp, PyObject a, PyObject b, PyObject r) {
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
  static int add(ThreadState ts, PyObject[] fast, PyObject[] stack, int sp, boolean inplace, int storeSlot) {
    RefCounts rc = ts.refs;
    PyObject b = stack[sp - 1];
    PyObject a = stack[sp - 2];
    PyObject r = null;
    if (a.getClass() == PyInt.class && b.getClass() == PyInt.class
        && a instanceof PyInt x && b instanceof PyInt y && x.big == null && y.big == null) {
      long xv = x.value;
      long yv = y.value;
      long s = xv + yv;
      if (((xv ^ s) & (yv ^ s)) >= 0) {
        r = ts.freeLists.intOf(s);
      }
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
    if (a.getClass() == PyInt.class && b.getClass() == PyInt.class
        && a instanceof PyInt x && b instanceof PyInt y && x.big == null && y.big == null) {
      long xv = x.value;
      long yv = y.value;
      long s = xv - yv;
      if (((xv ^ yv) & (xv ^ s)) >= 0) {
        r = ts.freeLists.intOf(s);
      }
    }
    if (r == null) {
      r = inplace ? Ops.inplace(a, b, Ops.SUB) : Ops.binary(a, b, Ops.SUB);
    }
    return replaceTwo(ts, ts.refs, stack, sp, a, b, r);
  }

  static int compareOp(ThreadState ts, PyObject[] stack, int sp, int arg) {
    PyObject b = stack[sp - 1];
    PyObject a = stack[sp - 2];
    PyObject r;
    if (a.getClass() == PyInt.class && b.getClass() == PyInt.class
        && a instanceof PyInt x && b instanceof PyInt y && x.big == null && y.big == null) {
      r = PyBool.of(Ops.compareResult(Long.compare(x.value, y.value), arg));
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
   * FOR_ITER: pushes the iterator's next value and returns true, or, when it is exhausted, pops
   * the iterator and returns false (the caller jumps).
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

  static int loadAttr(ThreadState ts, PyObject[] stack, int sp, String name) {
    PyObject o = stack[sp - 1];
    PyObject v = o.getAttr(name);
    RefCounts rc = ts.refs;
    rc.incref(v);
    stack[sp - 1] = v;
    if (rc.decref(o)) {
      Refs.dealloc(ts, o);
    }
    return sp;
  }

  static int binarySubscr(ThreadState ts, PyObject[] stack, int sp) {
    PyObject i = stack[sp - 1];
    PyObject a = stack[sp - 2];
    PyObject r = a.getItem(i);
    return replaceTwo(ts, ts.refs, stack, sp, a, i, r);
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

  /** The lock's checkpoint, and the signal handlers it lets run (CPython's eval breaker). */
  static void checkpoint(ThreadState ts) {
    ts.lock.checkpoint(ts.handle);
    Signals signals = ts.interp.signals;
    if (signals.pending()) {
      signals.runPending(ts);
    }
  }

  /**
   * What an instruction read out of containers under object locks is on the stack now, with its
   * own references: the ones that kept it alive meanwhile are dropped.
   */
  static void releaseKept(ThreadState ts, Frame f) {
    if (ts.sections.hasKeptAbove(f.keptBase)) {
      ts.sections.releaseKept(ts, f.keptBase);
    }
  }
}
