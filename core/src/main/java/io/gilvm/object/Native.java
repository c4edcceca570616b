package io.gilvm.object;

import io.gilvm.state.ThreadState;

/**
 * A builtin function's body. Called by the eval loop (or by other natives) on an interpreter thread
 * that may run bytecode. Arguments are borrowed; the last {@code kwnames.length} of them are
 * keyword arguments ({@code kwnames} is null when there are none). Returns a borrowed or floating
 * object, never null: None is {@link PyNone#NONE}.
 */
@FunctionalInterface
public interface Native {
  PyObject call(ThreadState ts, PyObject[] args, String[] kwnames);
}
