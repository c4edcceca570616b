package io.gilvm.eval;

import io.gilvm.object.PyCode;
import io.gilvm.object.PyObject;
import io.gilvm.state.ThreadState;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled tier's policy and the run-time helpers its generated code calls.
 *
 * <ul>
 *   <li>{@code interp}: every frame runs in the eval loop ({@link Eval}).
 *   <li>{@code compiled}: every code object the compiler can translate is translated at its first
 *       call (generators and coroutines, and code using an instruction it does not translate, stay
 *       interpreted).
 *   <li>{@code auto} (the default): a code object is translated once its calls plus loop back edges
 *       reach {@code gilvm.tier.threshold} (1000); a frame already running in the eval loop moves
 *       to the compiled code at its next back edge.
 * </ul>
 *
 * <p>The choice: {@code --tier}, else the {@code gilvm.tier} system property. With {@code
 * -Dgilvm.tier.log=true} each translation (or the reason for none) is printed on stderr.
 *
 * <p>Compiled classes are shared by every code object with the same bytecode (the class reads
 * constants and names from the frame's code object), so a program run again in the same JVM reuses
 * the JIT's work.
 */
public final class Tier {
  private Tier() {}

  public static final int INTERP = 0;
  static final int COMPILED = 1;
  static final int AUTO = 2;

  static final int THRESHOLD = Math.max(1, Integer.getInteger("gilvm.tier.threshold", 1000));
  static final boolean LOG = Boolean.getBoolean("gilvm.tier.log");

  /** The compiled classes by bytecode; bounded, past the bound code compiles uncached. */
  private static final ConcurrentHashMap<CodeKey, CompiledCode> CACHE = new ConcurrentHashMap<>();

  private static final int CACHE_LIMIT = 4096;

  public static int parse(String name) {
    if (name == null) {
      return AUTO;
    }
    return switch (name) {
      case "interp" -> INTERP;
      case "compiled" -> COMPILED;
      case "auto" -> AUTO;
      default ->
          throw new IllegalArgumentException(
              "unknown tier '" + name + "'; expected interp, compiled or auto");
    };
  }

  public static int fromProperty() {
    return parse(System.getProperty("gilvm.tier"));
  }

  /** A call of {@code co}: its compiled code if it has (or now gets) one, else null. */
  static CompiledCode onCall(ThreadState ts, PyCode co) {
    if (co.notCompilable || co.isGenerator()) {
      return null;
    }
    if (ts.interp.tier != COMPILED && ++co.heat < THRESHOLD) {
      return null;
    }
    return compile(co);
  }

  /** A back edge of a frame of {@code co} in the interpreter: compiled code to move to, or null. */
  static CompiledCode backEdge(ThreadState ts, PyCode co) {
    CompiledCode c = co.compiled;
    if (c != null) {
      return co.isGenerator() ? null : c;
    }
    if (co.notCompilable || co.isGenerator() || ++co.heat < THRESHOLD) {
      return null;
    }
    return compile(co);
  }

  private static CompiledCode compile(PyCode co) {
    CompiledCode c = co.compiled;
    if (c != null) {
      return c;
    }
    synchronized (co) {
      c = co.compiled;
      if (c != null || co.notCompilable) {
        return c;
      }
      CodeKey key = new CodeKey(co.code);
      c = CACHE.get(key);
      if (c == null) {
        TierCompiler.Result r = TierCompiler.compile(co);
        if (r.code() == null) {
          if (LOG) {
            System.err.println(
                "gilvm tier: "
                    + co.qualname
                    + " ("
                    + co.filename
                    + ") stays interpreted: "
                    + r.reason());
          }
          co.notCompilable = true;
          return null;
        }
        c = r.code();
        if (LOG) {
          System.err.println(
              "gilvm tier: compiled " + co.qualname + " (" + co.filename + "): " + c.describe);
        }
        if (CACHE.size() < CACHE_LIMIT) {
          CompiledCode prev = CACHE.putIfAbsent(key, c);
          if (prev != null) {
            c = prev;
          }
        }
      }
      co.compiled = c;
      return c;
    }
  }

  /** A code array as a map key. */
  private record CodeKey(int[] code) {
    @Override
    public boolean equals(Object o) {
      return o instanceof CodeKey k && Arrays.equals(code, k.code);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(code);
    }
  }

  // ---------------------------------------------------------------- called by the generated code

  static final int EVERY = 1;
  static final int KEEPS = 2;

  /** The frame's constant settings, one int for the generated code's tail. */
  static int flags(ThreadState ts) {
    return (ts.interp.checkpointsEvery ? EVERY : 0) | (ts.countsHandOvers ? KEEPS : 0);
  }

  /** After an instruction whose checkpoint class is EVERY (or a forward BACKWARD_JUMP). */
  static void afterEvery(ThreadState ts, Frame f, int flags) {
    if ((flags & EVERY) != 0) {
      Insns.checkpoint(ts);
    }
    if ((flags & KEEPS) != 0) {
      Insns.releaseKept(ts, f);
    }
  }

  /** After a CALL, or a BACKWARD_JUMP that jumped backward: a checkpoint under any placement. */
  static void afterCall(ThreadState ts, Frame f, int flags) {
    Insns.checkpoint(ts);
    if ((flags & KEEPS) != 0) {
      Insns.releaseKept(ts, f);
    }
  }

  /** After an instruction that is never a checkpoint but still ends in the eval loop's tail. */
  static void afterNever(ThreadState ts, Frame f, int flags) {
    if ((flags & KEEPS) != 0) {
      Insns.releaseKept(ts, f);
    }
  }

  /** A loop's back edge in compiled code: as ThreadState.backEdge in the eval loop. */
  static void loopBackEdge(ThreadState ts, Frame f) {
    ts.backEdge(f.keptBase);
  }

  /** Adds the instructions a compiled frame executed to the thread's count (--stats). */
  static void count(ThreadState ts, long executed) {
    if (ts.events != null) {
      ts.instructions += executed;
    }
  }

  /**
   * An exception at {@code site}: the frame gets the interpreter's pc and sp there, and the one
   * exception path finds a handler (returns its offset) or rethrows after clearing the frame.
   */
  static int onException(
      Throwable e, ThreadState ts, Frame f, CompiledCode cc, int site, long executed) {
    f.pc = cc.sitePc[site];
    f.sp = cc.siteSp[site];
    count(ts, executed);
    EvalSupport.handleOrThrow(ts, f, e);
    return f.pc;
  }

  /** RETURN_VALUE in a part of compiled code: the value for {@code run} to return, and -1. */
  static int returned(PyObject v, Frame f) {
    f.compiledResult = v;
    return -1;
  }

  /** What {@code run} returns once a part returned -1. */
  static PyObject result(Frame f) {
    PyObject v = f.compiledResult;
    f.compiledResult = null;
    return v;
  }

  static RuntimeException badEntry(int pc) {
    return new IllegalStateException("compiled code entered at " + pc + ", which is no entry");
  }
}
