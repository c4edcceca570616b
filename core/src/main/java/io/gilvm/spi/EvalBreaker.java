package io.gilvm.spi;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One interpreter's eval breaker (CPython's {@code eval_breaker}): a word that is zero while
 * nothing needs the running thread's attention, and has a bit set for each thing that does — the
 * lock asking its holder to drop it, a signal waiting for its handler. At a checkpoint the eval
 * loop reads the word once; only when it is not zero does it call out of line to see which.
 *
 * <p>Concurrency: any thread sets and clears bits, each with one atomic read-modify-write, so that
 * two bits set and cleared by different threads never undo each other. The running thread reads the
 * word opaque: the word carries no data (whoever handles a bit reads what it guards under that
 * thing's own synchronisation), and an opaque read, unlike a plain one, cannot be hoisted out of
 * the eval loop by the JIT, so a set bit is seen within a bounded number of checkpoints. A late
 * read only delays the handling, as CPython's relaxed load of its breaker does.
 */
public final class EvalBreaker {

  /** The lock asks the thread holding it to drop it (CPython's {@code gil_drop_request}). */
  public static final int DROP_REQUEST = 1;

  /** A signal arrived and its Python-level handler has not run yet. */
  public static final int SIGNALS = 2;

  /**
   * Nothing to do: set now and then by the runtime (every so many loop back edges and calls), so
   * that the JIT sees the out-of-line path taken and compiles it, instead of leaving an uncommon
   * trap for the first real request to hit.
   */
  public static final int TICK = 4;

  @SuppressWarnings("unused") // through WORD
  private int word;

  private static final VarHandle WORD;

  static {
    try {
      WORD = MethodHandles.lookup().findVarHandle(EvalBreaker.class, "word", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The word, read opaque: the checkpoint's one read. */
  public int getOpaque() {
    return (int) WORD.getOpaque(this);
  }

  /** Whether any of {@code bits} is set, read opaque. */
  public boolean anyOpaque(int bits) {
    return ((int) WORD.getOpaque(this) & bits) != 0;
  }

  /** Sets {@code bits}; any thread. */
  public void set(int bits) {
    WORD.getAndBitwiseOrRelease(this, bits);
  }

  /** Clears {@code bits}; any thread. */
  public void clear(int bits) {
    WORD.getAndBitwiseAndRelease(this, ~bits);
  }
}
