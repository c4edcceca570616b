package io.gilvm.eval;

import io.gilvm.object.Ops;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockIntervals;
import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.ThreadHandle;
import io.gilvm.state.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code probe}: a test-only global lock for one thread that records, at every checkpoint, what the
 * innermost Python frame holds: its code's name, its value stack and its fast locals. The sequence
 * of those snapshots says where the lock could have switched: a checkpoint between {@code
 * INPLACE_ADD} and {@code STORE_FAST} shows {@code n + 1} on the stack while {@code n} still holds
 * the old value. Registered in this module's test resources.
 */
public final class CheckpointProbe implements LockStrategy {
  /** The snapshots of the running program (one program at a time). */
  static final List<String> SNAPSHOTS = new ArrayList<>();

  /** How many of them were taken from the compiled tier's generated code. */
  static final java.util.concurrent.atomic.AtomicLong COMPILED =
      new java.util.concurrent.atomic.AtomicLong();

  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.SHOW_HIDDEN_FRAMES);

  public CheckpointProbe() {}

  @Override
  public String name() {
    return "probe";
  }

  @Override
  public String description() {
    return "test-only lock recording the frame at each checkpoint";
  }

  @Override
  public boolean isGlobal() {
    return true;
  }

  @Override
  public String defaultMemory() {
    return "testplain";
  }

  @Override
  public InterpreterLock create(LockConfig config) {
    LockIntervals intervals = new LockIntervals(config);
    return new InterpreterLock() {
      @Override
      public void attach(ThreadHandle thread) {}

      @Override
      public void detach(ThreadHandle thread) {}

      @Override
      public void checkpoint(ThreadHandle thread) {
        Frame f = ThreadState.current().frame;
        if (f == null || !f.code.filename.equals("probe.py")) {
          return;
        }
        StringBuilder sb = new StringBuilder(f.code.name).append(" stack=[");
        for (int i = 0; i < f.stack.length; i++) {
          sb.append(i == 0 ? "" : ",").append(show(f.stack[i]));
        }
        sb.append("] fast=[");
        for (int i = 0; i < f.fast.length; i++) {
          sb.append(i == 0 ? "" : ",").append(show(f.fast[i]));
        }
        // The innermost Python-running Java frame: generated code (or the entry to it, where
        // the function-entry checkpoint is), or the eval loop.
        boolean compiled =
            WALKER.walk(
                frames ->
                    frames
                        .filter(
                            fr ->
                                fr.getClassName().startsWith("io.gilvm.eval.Compiled$")
                                    || fr.getClassName().equals(Eval.class.getName()))
                        .findFirst()
                        .map(
                            fr ->
                                !fr.getClassName().equals(Eval.class.getName())
                                    || fr.getMethodName().equals("runCompiled"))
                        .orElse(false));
        if (compiled) {
          COMPILED.incrementAndGet();
        }
        synchronized (SNAPSHOTS) {
          SNAPSHOTS.add(sb.append(']').toString());
        }
      }

      @Override
      public void beginBlocking(ThreadHandle thread) {}

      @Override
      public void endBlocking(ThreadHandle thread) {}

      @Override
      public LockIntervals intervals() {
        return intervals;
      }
    };
  }

  private static String show(PyObject o) {
    if (o == null) {
      return "-";
    }
    if (o instanceof PyInt || o instanceof PyStr || o instanceof PyBool || o == PyNone.NONE) {
      return Ops.repr(o);
    }
    return o.type().name();
  }
}
