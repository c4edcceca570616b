package io.gilvm.eval;

import io.gilvm.bytecode.Opcode;
import io.gilvm.mem.CheckedRefCounts;
import io.gilvm.mem.Refs;
import io.gilvm.object.Coroutines;
import io.gilvm.object.DictMethods;
import io.gilvm.object.ExceptionGroups;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.Format;
import io.gilvm.object.ListMethods;
import io.gilvm.object.Ops;
import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyByteArray;
import io.gilvm.object.PyCell;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyDeque;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyDictView;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFunction;
import io.gilvm.object.PyGenerator;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyIterators;
import io.gilvm.object.PyList;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyRange;
import io.gilvm.object.PySet;
import io.gilvm.object.PySlice;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTraceback;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import io.gilvm.object.SetMethods;
import io.gilvm.spi.RefCounts;
import io.gilvm.state.ThreadState;
import java.util.Arrays;

/**
 * The eval loop's less frequent instructions and its exception unwinding, kept out of {@link
 * Eval#execute} so that method stays small. Same invariant: pop only after success.
 */
public final class EvalSupport {
  private EvalSupport() {}

  static PyException unboundLocal(PyCode co, int i) {
    return PyException.of(
        ExceptionTypes.UNBOUND_LOCAL_ERROR,
        "cannot access local variable '"
            + co.varnames[i]
            + "' where it is not associated with a value");
  }

  static PyException nameError(String name) {
    return PyException.nameError("name '" + name + "' is not defined");
  }

  static PyObject[] copyArgs(PyObject[] stack, int from, int n) {
    return n == 0 ? NO_ARGS : Arrays.copyOfRange(stack, from, from + n);
  }

  public static final PyObject[] NO_ARGS = new PyObject[0];

  static String[] kwnames(PyTuple names) {
    PyObject[] items = names.items();
    String[] out = new String[items.length];
    for (int i = 0; i < items.length; i++) {
      out[i] = ((PyStr) items[i]).value();
    }
    return out;
  }

  private static void decref(ThreadState ts, PyObject o) {
    if (o != null && ts.refs.decref(o)) {
      Refs.dealloc(ts, o);
    }
  }

  /** Replaces the top {@code n} values with {@code r}. */
  private static int replaceTop(ThreadState ts, PyObject[] stack, int sp, int n, PyObject r) {
    ts.refs.incref(r);
    int base = sp - n;
    for (int i = base; i < sp; i++) {
      PyObject o = stack[i];
      stack[i] = null;
      decref(ts, o);
    }
    stack[base] = r;
    return base + 1;
  }

  private static int popN(ThreadState ts, PyObject[] stack, int sp, int n) {
    for (int i = sp - n; i < sp; i++) {
      PyObject o = stack[i];
      stack[i] = null;
      decref(ts, o);
    }
    return sp - n;
  }

  private static int push(ThreadState ts, PyObject[] stack, int sp, PyObject v) {
    ts.refs.incref(v);
    stack[sp] = v;
    return sp + 1;
  }

  static int binaryOp(ThreadState ts, PyObject[] stack, int sp, int op) {
    PyObject a = stack[sp - 2];
    PyObject b = stack[sp - 1];
    PyObject r;
    switch (op) {
      case Opcode.BINARY_MULTIPLY:
        r = Ops.binary(a, b, Ops.MUL);
        break;
      case Opcode.BINARY_MODULO:
        r = Ops.binary(a, b, Ops.MOD);
        break;
      case Opcode.BINARY_POWER:
        r = Ops.binary(a, b, Ops.POW);
        break;
      case Opcode.BINARY_TRUE_DIVIDE:
        r = Ops.binary(a, b, Ops.TRUEDIV);
        break;
      case Opcode.BINARY_FLOOR_DIVIDE:
        r = Ops.binary(a, b, Ops.FLOORDIV);
        break;
      case Opcode.BINARY_LSHIFT:
        r = Ops.binary(a, b, Ops.LSHIFT);
        break;
      case Opcode.BINARY_RSHIFT:
        r = Ops.binary(a, b, Ops.RSHIFT);
        break;
      case Opcode.BINARY_AND:
        r = Ops.binary(a, b, Ops.AND);
        break;
      case Opcode.BINARY_OR:
        r = Ops.binary(a, b, Ops.OR);
        break;
      case Opcode.BINARY_XOR:
        r = Ops.binary(a, b, Ops.XOR);
        break;
      case Opcode.BINARY_MATRIX_MULTIPLY:
        r = Ops.binary(a, b, Ops.MATMUL);
        break;
      case Opcode.INPLACE_MULTIPLY:
        r = Ops.inplace(a, b, Ops.MUL);
        break;
      case Opcode.INPLACE_MODULO:
        r = Ops.inplace(a, b, Ops.MOD);
        break;
      case Opcode.INPLACE_POWER:
        r = Ops.inplace(a, b, Ops.POW);
        break;
      case Opcode.INPLACE_TRUE_DIVIDE:
        r = Ops.inplace(a, b, Ops.TRUEDIV);
        break;
      case Opcode.INPLACE_FLOOR_DIVIDE:
        r = Ops.inplace(a, b, Ops.FLOORDIV);
        break;
      case Opcode.INPLACE_LSHIFT:
        r = Ops.inplace(a, b, Ops.LSHIFT);
        break;
      case Opcode.INPLACE_RSHIFT:
        r = Ops.inplace(a, b, Ops.RSHIFT);
        break;
      case Opcode.INPLACE_AND:
        r = Ops.inplace(a, b, Ops.AND);
        break;
      case Opcode.INPLACE_OR:
        r = Ops.inplace(a, b, Ops.OR);
        break;
      case Opcode.INPLACE_XOR:
        r = Ops.inplace(a, b, Ops.XOR);
        break;
      case Opcode.INPLACE_MATRIX_MULTIPLY:
        r = Ops.inplace(a, b, Ops.MATMUL);
        break;
      default:
        throw new IllegalStateException("not a binary opcode: " + op);
    }
    return replaceTop(ts, stack, sp, 2, r);
  }

  /**
   * A name in the frame's locals, or null: a dict subclass (a metaclass's namespace) is asked
   * through its own {@code __getitem__}, a KeyError meaning "not there".
   */
  private static PyObject loadLocal(ThreadState ts, PyObject locals, String name) {
    if (locals.getClass() == PyDict.class) {
      return ((PyDict) locals).getStr(ts, name);
    }
    try {
      return locals.getItem(new PyStr(name));
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.KEY_ERROR)) {
        return null;
      }
      throw e;
    }
  }

  private static boolean hasInstanceAttr(PyObject o, String name) {
    PyDict d = o.instanceDict();
    return d != null && d.getStr(name) != null;
  }

  /** LOAD_METHOD: [o] -> [meth, o] for a plain method found on the type, else [NULL, o.name]. */
  static int loadMethod(ThreadState ts, PyObject[] stack, int sp, String name) {
    PyObject o = stack[sp - 1];
    if (o.usesGenericGetAttr()) {
      PyObject m = o.type().lookup(name);
      if (m != null && m.isMethodDescriptor() && !hasInstanceAttr(o, name)) {
        ts.refs.incref(m);
        stack[sp - 1] = m;
        stack[sp] = o;
        return sp + 1;
      }
    }
    PyObject v = o.getAttr(name);
    ts.refs.incref(v);
    stack[sp - 1] = null;
    stack[sp] = v;
    decref(ts, o);
    return sp + 1;
  }

  /** CALL_FUNCTION_EX: [f, args] or [f, args, kwargs] at {@code base}. */
  /** Whether {@code o} can be iterated: what a star in a display or call needs. */
  private static boolean iterable(PyObject o) {
    if (o instanceof PyList
        || o instanceof PyTuple
        || o instanceof PyStr
        || o instanceof PyDict
        || o instanceof PySet
        || o instanceof PyRange) {
      return true;
    }
    PyType t = o.type();
    if (t.lookup("__iter__") != null || t.lookup("__getitem__") != null) {
      return true;
    }
    try {
      o.iter();
      return true;
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.TYPE_ERROR)) {
        return false;
      }
      throw e;
    }
  }

  static PyObject callEx(ThreadState ts, PyObject[] stack, int base, int flags) {
    PyObject callable = stack[base];
    PyObject star = stack[base + 1];
    if (!(star instanceof PyTuple) && !(star instanceof PyList) && !iterable(star)) {
      throw PyException.typeError(
          Ops.callableName(callable)
              + " argument after * must be an iterable, not "
              + star.type().name());
    }
    PyObject[] pos = Ops.toArray(star);
    if ((flags & 1) == 0) {
      return Ops.call(ts, callable, pos, null);
    }
    PyObject kw = stack[base + 2];
    if (!(kw instanceof PyDict d)) {
      throw PyException.typeError(
          Ops.callableName(callable)
              + " argument after ** must be a mapping, not "
              + kw.type().name());
    }
    PyObject[] keys = d.keyArray();
    PyObject[] all = Arrays.copyOf(pos, pos.length + keys.length);
    String[] kwnames = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      if (!(keys[i] instanceof PyStr s)) {
        throw PyException.typeError("keywords must be strings");
      }
      kwnames[i] = s.value();
      all[pos.length + i] = d.get(keys[i]);
    }
    return Ops.call(ts, callable, all, keys.length == 0 ? null : kwnames);
  }

  /**
   * YIELD_FROM: [iter, v] -> sends v into iter. Returns the value iter yielded (the caller suspends
   * the frame), or null when iter is exhausted, having replaced [iter, v] by [result].
   */
  static PyObject yieldFrom(ThreadState ts, PyObject[] stack, int sp) {
    PyObject v = stack[sp - 1];
    PyObject receiver = stack[sp - 2];
    PyObject r;
    PyObject result = PyNone.NONE;
    if (receiver instanceof PyGenerator g) {
      r = g.resume(ts, v);
      if (r == null) {
        result = g.returnValue();
      }
    } else if (receiver instanceof Coroutines.Awaitable a) {
      r = a.step(ts, v, null);
      if (r == null) {
        result = a.result;
      }
    } else if (v == PyNone.NONE) {
      r = receiver.next();
    } else {
      try {
        r = Ops.callAttr(ts, receiver, "send", v);
      } catch (PyException e) {
        if (!e.matches(ExceptionTypes.STOP_ITERATION)) {
          throw e;
        }
        r = null;
        result = e.value().lookupAttr("value");
      }
    }
    if (r != null) {
      return r;
    }
    replaceTop(ts, stack, sp, 2, result);
    return null;
  }

  static int popExcept(ThreadState ts, Frame f, PyObject[] stack, int sp) {
    int b = --f.nblocks;
    if (f.blocks[b * 3] != Frame.EXCEPT_HANDLER) {
      throw PyException.of(ExceptionTypes.SYSTEM_ERROR, "popped block is not an except handler");
    }
    PyObject prev = stack[--sp];
    stack[sp] = null;
    ts.handled = prev instanceof PyBaseException e ? e : null;
    decref(ts, prev);
    return sp;
  }

  /**
   * The eval loop's one exception path: turns what an instruction threw into a Python exception (a
   * RecursionError for a Java stack overflow; a RuntimeError for a container broken by another
   * thread when object locks are off), and moves the frame to its handler; throws when the frame
   * has none (after clearing it), and rethrows anything that is an interpreter bug.
   */
  static void handleOrThrow(ThreadState ts, Frame f, Throwable t) {
    PyException e;
    if (t instanceof PyException pe) {
      e = pe;
    } else if (t instanceof StackOverflowError) {
      e = PyException.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    } else if (t instanceof OutOfMemoryError) {
      // The heap is full: as CPython when malloc fails. What the failed instruction allocated is
      // garbage now, so the handler (or the traceback) has room to run.
      e = PyException.memoryError();
    } else if (t instanceof RuntimeException re
        && ts.unguardedContainers
        && (e = dataRace(re)) != null) {
      // A container's internals failed under a change by another thread: a Python error.
    } else if (t instanceof RuntimeException re) {
      // Anything else is a bug of the interpreter, reported as one, never disguised as a race.
      throw re;
    } else {
      throw (Error) t;
    }
    if (!unwind(ts, f, e)) {
      throw e;
    }
  }

  /**
   * Finds a handler for {@code e} in the frame's block stack. Returns true with the frame's pc and
   * sp set to the handler; false after clearing the frame (the exception propagates).
   */
  static boolean unwind(ThreadState ts, Frame f, PyException e) {
    PyBaseException exc = e.value();
    if (e.skipTraceback) {
      e.skipTraceback = false;
    } else {
      exc.addTraceback(f, f.code.spanAt(Math.max(0, f.pc - 2)));
      if (ts.handled != null && ts.handled != exc) {
        exc.setContext(ts.handled);
      }
    }
    PyObject[] stack = f.stack;
    while (f.nblocks > 0) {
      int b = --f.nblocks;
      int type = f.blocks[b * 3];
      int handler = f.blocks[b * 3 + 1];
      int level = f.blocks[b * 3 + 2];
      if (type == Frame.EXCEPT_HANDLER) {
        // Leaving an except block by an exception: restore what it had saved.
        int sp = f.sp;
        while (sp > level + 1) {
          PyObject o = stack[--sp];
          stack[sp] = null;
          decref(ts, o);
        }
        if (sp == level + 1) {
          PyObject prev = stack[--sp];
          stack[sp] = null;
          ts.handled = prev instanceof PyBaseException p ? p : null;
          decref(ts, prev);
        }
        f.sp = sp;
        continue;
      }
      int sp = f.sp;
      while (sp > level) {
        PyObject o = stack[--sp];
        stack[sp] = null;
        decref(ts, o);
      }
      f.pushBlock(Frame.EXCEPT_HANDLER, -1, sp);
      PyObject prev = ts.handled == null ? PyNone.NONE : ts.handled;
      sp = push(ts, stack, sp, prev);
      sp = push(ts, stack, sp, PyTraceback.of(exc));
      sp = push(ts, stack, sp, exc);
      sp = push(ts, stack, sp, exc.type());
      ts.handled = exc;
      f.sp = sp;
      f.pc = handler;
      return true;
    }
    // The exception leaves the frame: its traceback keeps the variables (tb_frame.f_locals).
    ts.keepForTraceback(exc, f);
    f.clear(ts);
    return false;
  }

  // ---------------------------------------------------------------- the rest of the opcodes

  /**
   * Executes one of the less frequent instructions; may change {@code f.pc}; returns the new sp.
   */
  static int execute(ThreadState ts, Frame f, PyObject[] stack, int sp, int op, int arg) {
    RefCounts rc = ts.refs;
    PyCode co = f.code;
    switch (op) {
      case Opcode.ROT_THREE:
        {
          PyObject t = stack[sp - 1];
          stack[sp - 1] = stack[sp - 2];
          stack[sp - 2] = stack[sp - 3];
          stack[sp - 3] = t;
          return sp;
        }
      case Opcode.ROT_FOUR:
        {
          PyObject t = stack[sp - 1];
          stack[sp - 1] = stack[sp - 2];
          stack[sp - 2] = stack[sp - 3];
          stack[sp - 3] = stack[sp - 4];
          stack[sp - 4] = t;
          return sp;
        }
      case Opcode.ROT_N:
        {
          PyObject t = stack[sp - 1];
          System.arraycopy(stack, sp - arg, stack, sp - arg + 1, arg - 1);
          stack[sp - arg] = t;
          return sp;
        }
      case Opcode.DUP_TOP_TWO:
        {
          PyObject a = stack[sp - 2];
          PyObject b = stack[sp - 1];
          rc.incref(a);
          rc.incref(b);
          stack[sp++] = a;
          stack[sp++] = b;
          return sp;
        }
      case Opcode.JUMP_IF_FALSE_OR_POP:
      case Opcode.JUMP_IF_TRUE_OR_POP:
        {
          PyObject v = stack[sp - 1];
          if (Ops.isTrue(v) == (op == Opcode.JUMP_IF_TRUE_OR_POP)) {
            f.pc = arg;
            return sp;
          }
          stack[--sp] = null;
          if (rc.decref(v)) {
            Refs.dealloc(ts, v);
          }
          return sp;
        }
      case Opcode.STORE_GLOBAL:
        {
          PyObject v = stack[sp - 1];
          f.globals.putStr(co.names[arg], v);
          stack[--sp] = null;
          // Another thread may have replaced the global already: this can be the last reference.
          if (rc.decref(v)) {
            Refs.dealloc(ts, v);
          }
          return sp;
        }
      case Opcode.CALL_FUNCTION_KW:
        {
          int base = sp - arg - 2;
          PyObject callable = stack[base];
          String[] kwnames = kwnames((PyTuple) stack[sp - 1]);
          PyObject r;
          if (callable instanceof PyFunction fn) {
            r = Eval.callFromStack(ts, fn, stack, base + 1, arg, kwnames);
          } else {
            r = callable.call(ts, copyArgs(stack, base + 1, arg), kwnames);
          }
          return Eval.finishCall(ts, stack, base, sp, r);
        }
      case Opcode.CALL_FUNCTION_EX:
        {
          int base = sp - ((arg & 1) != 0 ? 3 : 2);
          PyObject r = callEx(ts, stack, base, arg);
          return Eval.finishCall(ts, stack, base, sp, r);
        }
      case Opcode.SETUP_FINALLY:
        f.pushBlock(Frame.SETUP_FINALLY, f.pc + arg, sp);
        return sp;
      case Opcode.POP_BLOCK:
        f.nblocks--;
        return sp;
      case Opcode.POP_EXCEPT:
        return popExcept(ts, f, stack, sp);
      case Opcode.UNARY_POSITIVE:
        return replaceTop(ts, stack, sp, 1, Ops.unary(stack[sp - 1], Ops.POS));
      case Opcode.UNARY_NEGATIVE:
        return replaceTop(ts, stack, sp, 1, Ops.unary(stack[sp - 1], Ops.NEG));
      case Opcode.UNARY_INVERT:
        return replaceTop(ts, stack, sp, 1, Ops.unary(stack[sp - 1], Ops.INVERT));
      case Opcode.UNARY_NOT:
        return replaceTop(ts, stack, sp, 1, PyBool.of(!Ops.isTrue(stack[sp - 1])));
      case Opcode.IS_OP:
        return Insns.isOp(ts, stack, sp, arg);
      case Opcode.CONTAINS_OP:
        return replaceTop(
            ts, stack, sp, 2, PyBool.of(Ops.contains(stack[sp - 1], stack[sp - 2]) == (arg == 0)));
      case Opcode.STORE_SUBSCR:
        return Insns.storeSubscr(ts, stack, sp);
      case Opcode.DELETE_SUBSCR:
        stack[sp - 2].delItem(stack[sp - 1]);
        return popN(ts, stack, sp, 2);
      case Opcode.STORE_ATTR:
        return Insns.storeAttr(ts, stack, sp, co.names[arg]);
      case Opcode.DELETE_ATTR:
        stack[sp - 1].delAttr(co.names[arg]);
        return popN(ts, stack, sp, 1);
      case Opcode.LOAD_NAME:
        {
          String name = co.names[arg];
          PyObject v = loadLocal(ts, f.locals, name);
          if (v == null) {
            v = f.globals.getStr(ts, name);
            if (v == null) {
              v = f.builtins.getStr(ts, name);
              if (v == null) {
                throw nameError(name);
              }
            }
          }
          return push(ts, stack, sp, v);
        }
      case Opcode.STORE_NAME:
        if (f.locals.getClass() == PyDict.class) {
          ((PyDict) f.locals).putStr(co.names[arg], stack[sp - 1]);
        } else {
          // A class namespace from a metaclass's __prepare__ (a dict subclass or any other
          // mapping): its own __setitem__ runs.
          f.locals.setItem(new PyStr(co.names[arg]), stack[sp - 1]);
        }
        return popN(ts, stack, sp, 1);
      case Opcode.DELETE_NAME:
        if (f.locals.getClass() != PyDict.class) {
          try {
            f.locals.delItem(new PyStr(co.names[arg]));
          } catch (PyException e) {
            if (e.matches(ExceptionTypes.KEY_ERROR)) {
              throw nameError(co.names[arg]);
            }
            throw e;
          }
        } else if (!((PyDict) f.locals).delete(new PyStr(co.names[arg]))) {
          throw nameError(co.names[arg]);
        }
        return sp;
      case Opcode.DELETE_GLOBAL:
        if (!f.globals.delete(new PyStr(co.names[arg]))) {
          throw nameError(co.names[arg]);
        }
        return sp;
      case Opcode.DELETE_FAST:
        {
          PyObject old = f.fast[arg];
          if (old == null) {
            throw unboundLocal(co, arg);
          }
          f.fast[arg] = null;
          decref(ts, old);
          return sp;
        }
      case Opcode.LOAD_CLOSURE:
        return push(ts, stack, sp, f.fast[f.cellBase() + arg]);
      case Opcode.LOAD_DEREF:
        {
          PyObject v = ((PyCell) f.fast[f.cellBase() + arg]).contents;
          if (v == null) {
            throw unboundDeref(co, arg);
          }
          return push(ts, stack, sp, v);
        }
      case Opcode.LOAD_CLASSDEREF:
        {
          int ncells = co.cellvars.length;
          String name = arg < ncells ? co.cellvars[arg] : co.freevars[arg - ncells];
          PyObject v = loadLocal(ts, f.locals, name);
          if (v == null) {
            v = ((PyCell) f.fast[f.cellBase() + arg]).contents;
            if (v == null) {
              throw unboundDeref(co, arg);
            }
          }
          return push(ts, stack, sp, v);
        }
      case Opcode.STORE_DEREF:
        ((PyCell) f.fast[f.cellBase() + arg]).set(stack[sp - 1]);
        return popN(ts, stack, sp, 1);
      case Opcode.DELETE_DEREF:
        {
          PyCell c = (PyCell) f.fast[f.cellBase() + arg];
          if (c.contents == null) {
            throw unboundDeref(co, arg);
          }
          c.set(null);
          return sp;
        }
      case Opcode.BUILD_TUPLE:
        {
          PyTuple t = ts.freeLists.newTuple(arg);
          System.arraycopy(stack, sp - arg, t.items, 0, arg);
          Arrays.fill(stack, sp - arg, sp, null);
          sp -= arg;
          return push(ts, stack, sp, t);
        }
      case Opcode.BUILD_LIST:
        {
          PyObject[] items = Arrays.copyOfRange(stack, sp - arg, sp);
          Arrays.fill(stack, sp - arg, sp, null);
          sp -= arg;
          PyList l = ts.freeLists.newList();
          l.items = items.length == 0 ? new PyObject[4] : items;
          l.size = items.length;
          return push(ts, stack, sp, l);
        }
      case Opcode.BUILD_SET:
        {
          PySet s = new PySet();
          try {
            for (int i = sp - arg; i < sp; i++) {
              s.add(stack[i]);
            }
          } catch (PyException e) {
            // An unhashable key: the new container goes, the stack unwinds as usual.
            Refs.discard(ts, s);
            throw e;
          }
          return replaceTop(ts, stack, sp, arg, s);
        }
      case Opcode.BUILD_MAP:
        {
          PyDict d = ts.freeLists.newDict();
          try {
            for (int i = sp - 2 * arg; i < sp; i += 2) {
              d.put(stack[i], stack[i + 1]);
            }
          } catch (PyException e) {
            // An unhashable key: the new container goes, the stack unwinds as usual.
            Refs.discard(ts, d);
            throw e;
          }
          if (arg == 0) {
            return push(ts, stack, sp, d);
          }
          return replaceTop(ts, stack, sp, 2 * arg, d);
        }
      case Opcode.BUILD_CONST_KEY_MAP:
        {
          PyObject[] keys = ((PyTuple) stack[sp - 1]).items();
          PyDict d = ts.freeLists.newDict();
          try {
            for (int i = 0; i < arg; i++) {
              d.put(keys[i], stack[sp - 1 - arg + i]);
            }
          } catch (PyException e) {
            // An unhashable key: the new container goes, the stack unwinds as usual.
            Refs.discard(ts, d);
            throw e;
          }
          return replaceTop(ts, stack, sp, arg + 1, d);
        }
      case Opcode.BUILD_STRING:
        {
          StringBuilder sb = new StringBuilder();
          for (int i = sp - arg; i < sp; i++) {
            sb.append(((PyStr) stack[i]).value());
          }
          PyStr s = new PyStr(sb.toString());
          if (arg == 0) {
            return push(ts, stack, sp, s);
          }
          return replaceTop(ts, stack, sp, arg, s);
        }
      case Opcode.BUILD_SLICE:
        {
          PyObject step = arg == 3 ? stack[sp - 1] : PyNone.NONE;
          int base = sp - arg;
          return replaceTop(ts, stack, sp, arg, new PySlice(stack[base], stack[base + 1], step));
        }
      case Opcode.LIST_APPEND:
        {
          PyObject v = stack[sp - 1];
          // The target is a display or comprehension under construction: only this frame's
          // stack holds it, so it is changed without a critical section (as in CPython 3.13t).
          ((PyList) stack[sp - 1 - arg]).appendToPrivate(v);
          stack[sp - 1] = null;
          return sp - 1;
        }
      case Opcode.SET_ADD:
        ((PySet) stack[sp - 1 - arg]).addToPrivate(stack[sp - 1]);
        return popN(ts, stack, sp, 1);
      case Opcode.MAP_ADD:
        ((PyDict) stack[sp - 2 - arg]).putToPrivate(stack[sp - 2], stack[sp - 1]);
        return popN(ts, stack, sp, 2);
      case Opcode.LIST_EXTEND:
        {
          PyObject it = stack[sp - 1];
          if (!iterable(it)) {
            throw PyException.typeError(
                "Value after * must be an iterable, not " + it.type().name());
          }
          ((PyList) stack[sp - 1 - arg]).extend(it);
          return popN(ts, stack, sp, 1);
        }
      case Opcode.SET_UPDATE:
        ((PySet) stack[sp - 1 - arg]).addAll(stack[sp - 1]);
        return popN(ts, stack, sp, 1);
      case Opcode.DICT_UPDATE:
        {
          PyObject m = stack[sp - 1];
          if (!(m instanceof PyDict) && !Ops.hasAttr(ts, m, "keys")) {
            throw PyException.typeError("'" + m.type().name() + "' object is not a mapping");
          }
          ((PyDict) stack[sp - 1 - arg]).update(m);
          return popN(ts, stack, sp, 1);
        }
      case Opcode.DICT_MERGE:
        {
          // [callable, args, map, …, m]: the callable names itself in the errors.
          PyDict target = (PyDict) stack[sp - 1 - arg];
          PyObject m = stack[sp - 1];
          PyObject callable = stack[sp - 3 - arg];
          PyObject[] keys;
          PyObject keysObject = null;
          if (m instanceof PyDict src) {
            keys = src.keyArray();
          } else if (Ops.hasAttr(ts, m, "keys")) {
            keysObject = Ops.callAttr(ts, m, "keys");
            ts.refs.incref(keysObject);
            keys = Ops.toArray(keysObject);
          } else {
            throw PyException.typeError(
                Ops.callableName(callable)
                    + " argument after ** must be a mapping, not "
                    + m.type().name());
          }
          try {
            for (PyObject k : keys) {
              if (target.containsKey(k)) {
                throw PyException.typeError(
                    Ops.callableName(callable)
                        + " got multiple values for keyword argument '"
                        + Ops.str(k)
                        + "'");
              }
              PyObject v = m instanceof PyDict src ? src.get(k) : m.getItem(k);
              if (v != null) {
                target.put(k, v);
              }
            }
          } finally {
            if (keysObject != null) {
              Refs.decref(ts, keysObject);
            }
          }
          return popN(ts, stack, sp, 1);
        }
      case Opcode.PRINT_EXPR:
        ExecBuiltins.displayHook(ts, stack[sp - 1]);
        return popN(ts, stack, sp, 1);
      case Opcode.GET_AWAITABLE:
        return replaceTop(ts, stack, sp, 1, Coroutines.awaitable(ts, stack[sp - 1]));
      case Opcode.GET_AITER:
        return replaceTop(ts, stack, sp, 1, Coroutines.aiter(ts, stack[sp - 1]));
      case Opcode.GET_ANEXT:
        return push(ts, stack, sp, Coroutines.anext(ts, stack[sp - 1]));
      case Opcode.BEFORE_ASYNC_WITH:
        {
          PyObject[] r = Coroutines.beforeAsyncWith(ts, stack[sp - 1]);
          sp = replaceTop(ts, stack, sp, 1, r[0]);
          return push(ts, stack, sp, r[1]);
        }
      case Opcode.SETUP_ASYNC_WITH:
        f.pushBlock(Frame.SETUP_FINALLY, f.pc + arg, sp - 1);
        return sp;
      case Opcode.END_ASYNC_FOR:
        {
          PyObject exc = stack[sp - 2];
          if (!(exc instanceof PyBaseException e
              && e.type().isSubtypeOf(ExceptionTypes.STOP_ASYNC_ITERATION))) {
            PyException again = new PyException((PyBaseException) exc);
            sp = popN(ts, stack, sp, 3);
            f.sp = sp;
            again.skipTraceback = true;
            throw again;
          }
          sp = popN(ts, stack, sp, 3);
          sp = popExcept(ts, f, stack, sp);
          return popN(ts, stack, sp, 1);
        }
      case Opcode.GET_LEN:
        return push(ts, stack, sp, PyInt.of(Ops.len(stack[sp - 1])));
      case Opcode.MATCH_MAPPING:
        return push(ts, stack, sp, PyBool.of(Patterns.isMapping(stack[sp - 1])));
      case Opcode.MATCH_SEQUENCE:
        return push(ts, stack, sp, PyBool.of(Patterns.isSequence(stack[sp - 1])));
      case Opcode.MATCH_KEYS:
        return push(ts, stack, sp, Patterns.matchKeys(ts, stack[sp - 2], (PyTuple) stack[sp - 1]));
      case Opcode.COPY_DICT_WITHOUT_KEYS:
        return replaceTop(
            ts, stack, sp, 1, Patterns.copyWithoutKeys(ts, stack[sp - 2], (PyTuple) stack[sp - 1]));
      case Opcode.MATCH_CLASS:
        return replaceTop(
            ts,
            stack,
            sp,
            3,
            Patterns.matchClass(ts, stack[sp - 3], stack[sp - 2], (PyTuple) stack[sp - 1], arg));
      case Opcode.SETUP_ANNOTATIONS:
        if (f.locals.getClass() == PyDict.class) {
          PyDict d = (PyDict) f.locals;
          if (d.getStr(ts, "__annotations__") == null) {
            d.putStr("__annotations__", new PyDict());
          }
        } else if (loadLocal(ts, f.locals, "__annotations__") == null) {
          f.locals.setItem(new PyStr("__annotations__"), new PyDict());
        }
        return sp;
      case Opcode.LIST_TO_TUPLE:
        return replaceTop(ts, stack, sp, 1, PyTuple.of(((PyList) stack[sp - 1]).toArray()));
      case Opcode.UNPACK_SEQUENCE:
        return Insns.unpackSequence(ts, stack, sp, arg);
      case Opcode.UNPACK_EX:
        {
          int before = arg & 0xff;
          int after = arg >> 8;
          PyObject seq = stack[sp - 1];
          PyObject[] all = Ops.toArray(seq);
          if (all.length < before + after) {
            throw PyException.valueError(
                "not enough values to unpack (expected at least "
                    + (before + after)
                    + ", got "
                    + all.length
                    + ")");
          }
          stack[sp - 1] = null;
          sp--;
          for (int i = all.length - 1; i >= all.length - after; i--) {
            sp = push(ts, stack, sp, all[i]);
          }
          sp = push(ts, stack, sp, PyList.of(Arrays.copyOfRange(all, before, all.length - after)));
          for (int i = before - 1; i >= 0; i--) {
            sp = push(ts, stack, sp, all[i]);
          }
          decref(ts, seq);
          return sp;
        }
      case Opcode.GET_YIELD_FROM_ITER:
        {
          PyObject o = stack[sp - 1];
          if (o instanceof PyGenerator g) {
            if (g.kind == PyGenerator.COROUTINE && (co.flags & PyCode.CO_ITERABLE_COROUTINE) == 0) {
              throw PyException.typeError(
                  "cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return sp;
          }
          return replaceTop(ts, stack, sp, 1, Ops.iter(o));
        }
      case Opcode.JUMP_IF_NOT_EXC_MATCH:
        {
          boolean match = Ops.exceptionMatches(stack[sp - 2], stack[sp - 1]);
          sp = popN(ts, stack, sp, 2);
          if (!match) {
            f.pc = arg;
          }
          return sp;
        }
      case Opcode.CHECK_EG_MATCH:
        ExceptionGroups.checkMatch(ts, stack, sp);
        return sp;
      case Opcode.PREP_RERAISE_STAR:
        {
          PyObject r = ExceptionGroups.prepReraise(ts, stack[sp - 2], (PyList) stack[sp - 1]);
          return replaceTop(ts, stack, sp, 2, r == null ? PyNone.NONE : r);
        }
      case Opcode.RERAISE:
        {
          PyBaseException exc = (PyBaseException) stack[sp - 2];
          sp = popN(ts, stack, sp, 3);
          f.sp = sp;
          PyException e = new PyException(exc);
          e.skipTraceback = true;
          throw e;
        }
      case Opcode.RAISE_VARARGS:
        throw raise(ts, f, stack, sp, arg);
      case Opcode.LOAD_ASSERTION_ERROR:
        return push(ts, stack, sp, ExceptionTypes.ASSERTION_ERROR);
      case Opcode.LOAD_BUILD_CLASS:
        return push(ts, stack, sp, f.builtins.getStr("__build_class__"));
      case Opcode.SETUP_WITH:
        {
          PyObject mgr = stack[sp - 1];
          PyObject enter = mgr.type().lookup("__enter__");
          PyObject exit = mgr.type().lookup("__exit__");
          if (enter == null || exit == null) {
            throw PyException.typeError(
                "'" + mgr.type().name() + "' object does not support the context manager protocol");
          }
          PyObject res = Ops.callMethod(ts, enter, mgr, mgr.type(), NO_ARGS, null);
          // Bound only once __enter__ succeeded: nothing holds it if __enter__ raises.
          PyObject boundExit = exit.bindTo(mgr, mgr.type());
          rc.incref(boundExit);
          stack[sp - 1] = boundExit;
          decref(ts, mgr);
          f.pushBlock(Frame.SETUP_FINALLY, f.pc + arg, sp);
          return push(ts, stack, sp, res);
        }
      case Opcode.WITH_EXCEPT_START:
        {
          PyObject exit = stack[sp - 5];
          PyObject r =
              exit.call(ts, new PyObject[] {stack[sp - 1], stack[sp - 2], stack[sp - 3]}, null);
          return push(ts, stack, sp, r);
        }
      case Opcode.MAKE_FUNCTION:
        return makeFunction(ts, f, stack, sp, arg);
      case Opcode.IMPORT_NAME:
        {
          PyObject level = stack[sp - 2];
          PyObject fromlist = stack[sp - 1];
          PyObject m =
              ts.interp.importer.importName(
                  ts, co.names[arg], f.globals, fromlist, (int) ((PyInt) level).asLong());
          return replaceTop(ts, stack, sp, 2, m);
        }
      case Opcode.IMPORT_FROM:
        return push(ts, stack, sp, ts.interp.importer.importFrom(stack[sp - 1], co.names[arg]));
      case Opcode.IMPORT_STAR:
        ts.interp.importer.importStar(stack[sp - 1], (PyDict) f.locals);
        return popN(ts, stack, sp, 1);
      case Opcode.FORMAT_VALUE:
        {
          boolean hasSpec = (arg & 4) != 0;
          PyObject v = stack[sp - (hasSpec ? 2 : 1)];
          String spec = hasSpec ? ((PyStr) stack[sp - 1]).value() : "";
          switch (arg & 3) {
            case 1:
              v = new PyStr(Ops.str(v));
              break;
            case 2:
              v = new PyStr(Ops.repr(v));
              break;
            case 3:
              v = new PyStr(Ops.ascii(v));
              break;
            default:
              break;
          }
          PyObject r =
              (v instanceof PyStr && spec.isEmpty()) ? v : new PyStr(Format.format(v, spec));
          return replaceTop(ts, stack, sp, hasSpec ? 2 : 1, r);
        }
      default:
        throw PyException.of(ExceptionTypes.SYSTEM_ERROR, "unknown opcode " + Opcode.name(op));
    }
  }

  private static PyException unboundDeref(PyCode co, int arg) {
    int ncells = co.cellvars.length;
    if (arg < ncells) {
      return PyException.of(
          ExceptionTypes.UNBOUND_LOCAL_ERROR,
          "cannot access local variable '"
              + co.cellvars[arg]
              + "' where it is not associated with a value");
    }
    return PyException.nameError(
        "cannot access free variable '"
            + co.freevars[arg - ncells]
            + "' where it is not associated with a value in enclosing scope");
  }

  private static int makeFunction(ThreadState ts, Frame f, PyObject[] stack, int sp, int flags) {
    int i = sp - 2;
    PyObject qualname = stack[sp - 1];
    PyCode code = (PyCode) stack[sp - 2];
    PyTuple closure = null;
    PyDict kwdefaults = null;
    PyTuple defaults = null;
    PyTuple annotations = null;
    if ((flags & 0x08) != 0) {
      closure = (PyTuple) stack[--i];
    }
    if ((flags & 0x04) != 0) {
      annotations = (PyTuple) stack[--i];
    }
    if ((flags & 0x02) != 0) {
      kwdefaults = (PyDict) stack[--i];
    }
    if ((flags & 0x01) != 0) {
      defaults = (PyTuple) stack[--i];
    }
    PyFunction fn =
        new PyFunction(code, f.globals, ((PyStr) qualname).value(), defaults, kwdefaults, closure);
    if (annotations != null) {
      fn.setAnnotations(annotations);
    }
    return replaceTop(ts, stack, sp, sp - i, fn);
  }

  private static PyException raise(ThreadState ts, Frame f, PyObject[] stack, int sp, int arg) {
    if (arg == 0) {
      PyBaseException h = ts.handled;
      if (h == null) {
        return PyException.runtimeError("No active exception to reraise");
      }
      PyException e = new PyException(h);
      e.skipTraceback = true;
      return e;
    }
    PyObject excArg = stack[sp - arg];
    PyBaseException exc = Ops.toException(ts, excArg);
    if (arg == 2) {
      PyObject c = stack[sp - 1];
      if (c == PyNone.NONE) {
        exc.setCause(null);
      } else {
        exc.setCause(Ops.toException(ts, c));
      }
    }
    PyException raised = new PyException(exc);
    f.sp = popN(ts, stack, sp, arg);
    return raised;
  }

  /**
   * The Python error for a Java exception that a container's internals threw while two threads
   * changed it at once with object locks off (the "no lock at all" configuration): a RuntimeError
   * naming the container, instead of a crash of the interpreter. Only an exception thrown inside a
   * container's own code (the innermost gilvm frame of its trace is a list, dict, set, deque or
   * bytearray, or their iterators) can be such a race; for any other this returns null, and the
   * caller reports it as the internal error it is.
   */
  static PyException dataRace(RuntimeException e) {
    String what = raceIn(e);
    return what == null
        ? null
        : PyException.runtimeError(
            what
                + " was changed by another thread in the middle of an operation (object locks are off)");
  }

  /** What {@link #dataRace} names: the container whose code threw {@code e}, or null. */
  static String raceIn(RuntimeException e) {
    for (StackTraceElement el : e.getStackTrace()) {
      String c = el.getClassName();
      if (!c.startsWith("io.gilvm.") || countsReferences(c)) {
        // The JDK's own code (Arrays.copyOf, System.arraycopy) and reference counting (a
        // decref of the item a racing thread left null), called by the container.
        continue;
      }
      int nested = c.indexOf('$');
      String outer = nested < 0 ? c : c.substring(0, nested);
      String what = CONTAINER_CODE.get(outer);
      if (what == null && outer.equals(PyIterators.class.getName()) && nested >= 0) {
        String inner = c.substring(nested + 1);
        what =
            inner.startsWith("List")
                ? "a list"
                : inner.startsWith("Dict") ? "a dict" : inner.startsWith("Set") ? "a set" : null;
      }
      return what;
    }
    return null;
  }

  /** Whether {@code className} is reference counting: the runtime's or a memory strategy's. */
  private static boolean countsReferences(String className) {
    return className.equals(Refs.class.getName())
        || className.equals(CheckedRefCounts.class.getName())
        || className.startsWith("io.gilvm.refcount.")
        || className.startsWith("io.gilvm.spi.");
  }

  private static final java.util.Map<String, String> CONTAINER_CODE =
      java.util.Map.of(
          PyList.class.getName(), "a list",
          ListMethods.class.getName(), "a list",
          PyDict.class.getName(), "a dict",
          DictMethods.class.getName(), "a dict",
          PyDictView.class.getName(), "a dict",
          PySet.class.getName(), "a set",
          SetMethods.class.getName(), "a set",
          PyDeque.class.getName(), "a deque",
          PyByteArray.class.getName(), "a bytearray");
}
