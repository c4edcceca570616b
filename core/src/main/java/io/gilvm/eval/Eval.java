package io.gilvm.eval;

import io.gilvm.bytecode.Opcode;
import io.gilvm.mem.Refs;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFunction;
import io.gilvm.object.PyGenerator;
import io.gilvm.object.PyObject;
import io.gilvm.spi.RefCounts;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import io.gilvm.sync.CriticalSection;

/**
 * The eval loop: runs a frame's bytecode. A flat int code array, one switch, the lock's checkpoint
 * as one call per instruction (a field read once inlined), reference counts changed where CPython
 * changes them. Frequent instructions are handled inline; the rest call {@link EvalSupport}, which
 * keeps this method small enough for the JIT to compile.
 *
 * <p>Invariant for every instruction: operands are popped only after the operation succeeded, so an
 * exception leaves the stack as it was and unwinding releases each value exactly once.
 */
public final class Eval {
  private Eval() {}

  static {
    for (int op : new int[] {Opcode.LOAD_FAST, Opcode.LOAD_CONST, Opcode.STORE_FAST, Opcode.NOP}) {
      if (Opcode.checkpoint(op) != Opcode.CP_NEVER) {
        throw new ExceptionInInitializerError(
            Opcode.name(op)
                + " skips the eval loop's checkpoint, but the opcode table gives it one");
      }
    }
  }

  /** Runs a module's code with {@code globals} as its namespace. */
  public static void runModule(ThreadState ts, PyCode code, PyDict globals) {
    Frame f = new Frame(code, globals, ts.interp.builtins, globals);
    execute(ts, f);
  }

  /**
   * Calls a Python function with borrowed arguments (the last kwnames.length are keywords), from a
   * native. The call holds a reference to each argument while it runs: a native's argument may be
   * floating (a new instance passed to {@code __init__}, an int from an iterator), and without that
   * reference the callee's frame would free it on exit while the native still uses it. Afterwards
   * each is handed back, never deallocated here ({@link Refs#release}: without a global lock an
   * argument the call shared with other threads stays counted until the instruction ends).
   */
  public static PyObject call(
      ThreadState ts, PyFunction fn, PyObject[] args, int off, int n, String[] kwnames) {
    RefCounts rc = ts.refs;
    for (int i = off; i < off + n; i++) {
      rc.incref(args[i]);
    }
    try {
      Frame f = Args.bind(ts, fn, args, off, n, kwnames);
      if (fn.code.isGenerator()) {
        return new PyGenerator(f, fn);
      }
      return execute(ts, f);
    } finally {
      for (int i = off; i < off + n; i++) {
        Refs.release(ts, args[i]);
      }
    }
  }

  /**
   * Calls a Python function whose arguments are on the caller's stack: binds them (the frame takes
   * its own references), releases the stack's references, and runs the body. Returns the result
   * (floating).
   */
  static PyObject callFromStack(
      ThreadState ts, PyFunction fn, PyObject[] stack, int off, int n, String[] kwnames) {
    Frame f = Args.bind(ts, fn, stack, off, n, kwnames);
    // As CPython 3.11, the callee owns its arguments: the caller's stack lets go before the body
    // runs.
    RefCounts rc = ts.refs;
    for (int i = off; i < off + n; i++) {
      PyObject o = stack[i];
      stack[i] = null;
      rc.decref(o);
    }
    if (fn.code.isGenerator()) {
      return new PyGenerator(f, fn);
    }
    return execute(ts, f);
  }

  /** Pops the call's operands from {@code base} to {@code sp} and pushes {@code result}. */
  static int finishCall(ThreadState ts, PyObject[] stack, int base, int sp, PyObject result) {
    RefCounts rc = ts.refs;
    rc.incref(result);
    for (int i = base; i < sp; i++) {
      PyObject o = stack[i];
      if (o != null) {
        stack[i] = null;
        if (rc.decref(o)) {
          Refs.dealloc(ts, o);
        }
      }
    }
    stack[base] = result;
    return base + 1;
  }

  /**
   * Runs (or resumes) a frame until it returns or yields. Returns the value, floating; {@link
   * Frame#yielded} tells which. On return or exception the frame is cleared.
   */
  public static PyObject execute(ThreadState ts, Frame f) {
    ts.countTowardsTick();
    if (ts.interp.tier != Tier.INTERP && f.pc == 0) {
      // Generators resume where they stopped: Tier leaves their code to the interpreter.
      CompiledCode compiled = f.code.compiled;
      if (compiled == null) {
        compiled = Tier.onCall(ts, f.code);
      }
      if (compiled != null) {
        return runCompiled(ts, f, compiled);
      }
    }
    return interpret(ts, f);
  }

  /**
   * Runs a frame from its start in its code object's compiled code ({@link Tier}): the same frame,
   * entry and exit as {@link #interpret}, the body in the generated method.
   */
  private static PyObject runCompiled(ThreadState ts, Frame f, CompiledCode compiled) {
    if (++ts.depth > ts.interp.depthLimit) {
      ts.depth--;
      f.clear(ts);
      throw PyException.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }
    f.keptBase = ts.frame == null ? 0 : ts.sections.keptMark();
    f.back = ts.frame;
    ts.frame = f;
    f.yielded = false;
    try {
      if (!ts.interp.checkpointsEvery) {
        // Function entry: a checkpoint under backedges, as in the interpreter.
        Insns.checkpoint(ts);
      }
      return compiled.run(ts, f, 0);
    } finally {
      ts.frame = f.back;
      ts.depth--;
    }
  }

  /** The interpreter: runs (or resumes) a frame in the eval loop's switch. */
  private static PyObject interpret(ThreadState ts, Frame f) {
    final Interpreter interp = ts.interp;
    if (++ts.depth > interp.depthLimit) {
      ts.depth--;
      // The frame never runs: it lets go of its arguments.
      f.clear(ts);
      throw PyException.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }
    final PyCode co = f.code;
    final int[] code = co.code;
    final PyObject[] consts = co.consts;
    final String[] names = co.names;
    final PyObject[] fast = f.fast;
    final PyObject[] stack = f.stack;
    final RefCounts rc = ts.refs;
    final boolean every = interp.checkpointsEvery;
    final boolean keeps = ts.countsHandOvers;
    final boolean counting = ts.events != null;
    long executed = 0;
    final CriticalSection.Stack sections = ts.sections;
    // What a native that runs this frame got kept before is its own, released when it returns;
    // with no Python frame below (a thread's or an embedder's first call) everything kept goes.
    final int keptBase = ts.frame == null ? 0 : sections.keptMark();
    f.back = ts.frame;
    ts.frame = f;
    f.yielded = false;
    int pc = f.pc;
    int sp = f.sp;
    final boolean tiered = interp.tier != Tier.INTERP;
    // Set at a back edge that made the code object hot: the frame moves to its compiled code.
    CompiledCode osr = null;
    try {
      if (!every && pc == 0) {
        Insns.checkpoint(ts);
      }
      interpret:
      while (true) {
        try {
          if (f.pendingThrow != null) {
            PyBaseException thrown = f.pendingThrow;
            f.pendingThrow = null;
            throw new PyException(thrown);
          }
          while (true) {
            final int op = code[pc];
            final int arg = code[pc + 1];
            final int at = pc;
            pc += 2;
            switch (op) {
              // LOAD_FAST, LOAD_CONST, STORE_FAST and NOP are NEVER in the opcode table and read
              // no container: they skip the common tail (a static check fails when the table
              // disagrees).
              case Opcode.LOAD_FAST:
                sp = Insns.loadFast(ts, co, fast, stack, sp, arg);
                executed++;
                continue;
              case Opcode.LOAD_CONST:
                sp = Insns.loadConst(ts, consts, stack, sp, arg);
                executed++;
                continue;
              case Opcode.STORE_FAST:
                sp = Insns.storeFast(ts, fast, stack, sp, arg);
                executed++;
                continue;
              case Opcode.NOP:
                executed++;
                continue;
              default:
                // What the instruction calls may look at this frame's line (a traceback, a
                // sys._getframe from inside a called function): f.pc says where it stands.
                f.pc = pc;
                break;
            }
            switch (op) {
              case Opcode.POP_TOP:
                sp = Insns.popTop(ts, stack, sp);
                break;
              case Opcode.ROT_TWO:
                sp = Insns.rotTwo(stack, sp);
                break;
              case Opcode.DUP_TOP:
                sp = Insns.dupTop(ts, stack, sp);
                break;
              case Opcode.BINARY_ADD:
              case Opcode.INPLACE_ADD:
                sp =
                    Insns.add(
                        ts,
                        fast,
                        stack,
                        sp,
                        op == Opcode.INPLACE_ADD,
                        code[pc] == Opcode.STORE_FAST ? code[pc + 1] : -1);
                break;
              case Opcode.BINARY_SUBTRACT:
              case Opcode.INPLACE_SUBTRACT:
                sp = Insns.subtract(ts, stack, sp, op == Opcode.INPLACE_SUBTRACT);
                break;
              case Opcode.BINARY_MULTIPLY:
              case Opcode.BINARY_MODULO:
              case Opcode.BINARY_POWER:
              case Opcode.BINARY_TRUE_DIVIDE:
              case Opcode.BINARY_FLOOR_DIVIDE:
              case Opcode.BINARY_LSHIFT:
              case Opcode.BINARY_RSHIFT:
              case Opcode.BINARY_AND:
              case Opcode.BINARY_OR:
              case Opcode.BINARY_XOR:
              case Opcode.BINARY_MATRIX_MULTIPLY:
              case Opcode.INPLACE_MULTIPLY:
              case Opcode.INPLACE_MODULO:
              case Opcode.INPLACE_POWER:
              case Opcode.INPLACE_TRUE_DIVIDE:
              case Opcode.INPLACE_FLOOR_DIVIDE:
              case Opcode.INPLACE_LSHIFT:
              case Opcode.INPLACE_RSHIFT:
              case Opcode.INPLACE_AND:
              case Opcode.INPLACE_OR:
              case Opcode.INPLACE_XOR:
              case Opcode.INPLACE_MATRIX_MULTIPLY:
                sp = Insns.binaryOp(ts, stack, sp, op);
                break;
              case Opcode.COMPARE_OP:
                sp = Insns.compareOp(ts, stack, sp, arg);
                break;
              case Opcode.POP_JUMP_IF_FALSE:
              case Opcode.POP_JUMP_IF_TRUE:
                if (Insns.popTruth(ts, stack, sp) == (op == Opcode.POP_JUMP_IF_TRUE)) {
                  pc = arg;
                }
                sp--;
                break;
              case Opcode.JUMP_ABSOLUTE:
                if (arg < pc) {
                  ts.backEdge(keptBase);
                  if (tiered) {
                    osr = Tier.backEdge(ts, co);
                  }
                }
                pc = arg;
                break;
              case Opcode.JUMP_FORWARD:
                pc += arg;
                break;
              case Opcode.FOR_ITER:
                if (Insns.forIter(ts, stack, sp)) {
                  sp++;
                } else {
                  sp--;
                  pc += arg;
                }
                break;
              case Opcode.GET_ITER:
                sp = Insns.getIter(ts, stack, sp);
                break;
              case Opcode.LOAD_GLOBAL:
                sp = Insns.loadGlobal(ts, f, stack, sp, names[arg], at);
                break;
              case Opcode.LOAD_ATTR:
                sp = Insns.loadAttr(ts, f, stack, sp, names[arg], at);
                break;
              case Opcode.BINARY_SUBSCR:
                sp = Insns.binarySubscr(ts, stack, sp);
                break;
              case Opcode.LOAD_METHOD:
                sp = Insns.loadMethod(ts, f, stack, sp, names[arg], at);
                break;
              case Opcode.STORE_ATTR:
                sp = Insns.storeAttr(ts, f, stack, sp, names[arg], at);
                break;
              case Opcode.CALL_METHOD:
                sp = Insns.callMethod(ts, stack, sp, arg);
                break;
              case Opcode.CALL_FUNCTION:
                sp = Insns.callFunction(ts, stack, sp, arg);
                break;
              case Opcode.RETURN_VALUE:
                return Insns.returnValue(ts, f, stack, sp, pc);
              case Opcode.YIELD_VALUE:
                {
                  PyObject v = stack[--sp];
                  stack[sp] = null;
                  f.sp = sp;
                  f.pc = pc;
                  f.yielded = true;
                  Refs.release(ts, v);
                  return v;
                }
              case Opcode.YIELD_FROM:
                {
                  PyObject v = EvalSupport.yieldFrom(ts, stack, sp);
                  if (v != null) {
                    // Run this instruction again when resumed, with the sent value on top.
                    stack[--sp] = null;
                    f.sp = sp;
                    f.pc = pc - 2;
                    f.yielded = true;
                    return v;
                  }
                  sp -= 1;
                  break;
                }
              default:
                sp = EvalSupport.execute(ts, f, stack, sp, op, arg);
                pc = f.pc;
                break;
            }
            executed++;
            // Where a lock may switch is the opcode table's to say (Opcode.Checkpoint).
            final byte cp = Opcode.checkpoint(op);
            if (every
                ? cp != Opcode.CP_NEVER
                : cp == Opcode.CP_CALL || (cp == Opcode.CP_BACKWARD_JUMP && pc <= at)) {
              // The lock, and a signal's handler in the main thread (CPython's eval breaker):
              // what the handler raises is raised by this instruction.
              Insns.checkpoint(ts);
              if (osr != null) {
                f.keptBase = keptBase;
                // A back edge, checkpoint done: the rest of the frame runs compiled, from the
                // loop's head (ThreadState.backEdge released what the instruction kept).
                f.pc = pc;
                f.sp = sp;
                break interpret;
              }
            }
            if (keeps && sections.hasKeptAbove(keptBase)) {
              // What the instruction read out of containers is on the stack now, with its own
              // references: the ones that kept it alive meanwhile are dropped.
              sections.releaseKept(ts, keptBase);
            }
          }
        } catch (PyException
            | IndexOutOfBoundsException
            | NullPointerException
            | NegativeArraySizeException
            | StackOverflowError
            | OutOfMemoryError e) {
          osr = null;
          f.pc = pc;
          f.sp = sp;
          EvalSupport.handleOrThrow(ts, f, e);
          pc = f.pc;
          sp = f.sp;
        }
      }
      return osr.run(ts, f, f.pc);
    } finally {
      ts.frame = f.back;
      ts.depth--;
      if (counting) {
        ts.instructions += executed;
      }
    }
  }
}
