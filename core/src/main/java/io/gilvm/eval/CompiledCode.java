package io.gilvm.eval;

import io.gilvm.object.PyObject;
import io.gilvm.state.ThreadState;

/**
 * A code object translated to JVM bytecode by the compiled tier ({@link TierCompiler}): one
 * generated subclass per distinct bytecode, whose {@link #run} executes a frame's instructions as
 * straight-line code calling the interpreter's own instruction bodies ({@link Insns}, {@link
 * EvalSupport}). It works on the frame as the interpreter does (the value stack, the fast locals,
 * the block stack, {@code pc} where the interpreter sets it), so a frame can move from the eval
 * loop into its compiled code at a loop's head, and an exception unwinds through the same {@link
 * EvalSupport#handleOrThrow}.
 */
public abstract class CompiledCode {
  /**
   * For each site (an instruction, or the checkpoint after one), the {@code pc} and {@code sp} the
   * interpreter would have in its locals there: what the frame gets when an exception is thrown at
   * that site.
   */
  int[] sitePc;

  int[] siteSp;

  /** Where this code's compiled class came from, for {@code gilvm.tier.log}. */
  String describe;

  /**
   * Runs the frame from {@code entry} (0, or the head of a loop reached by a back edge in the
   * interpreter) to its return, or throws the exception that leaves it (the frame cleared). The
   * caller does the frame's entry and exit ({@code ts.frame}, the depth).
   */
  abstract PyObject run(ThreadState ts, Frame f, int entry);
}
