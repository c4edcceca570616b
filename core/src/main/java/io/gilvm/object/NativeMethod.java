package io.gilvm.object;

import io.gilvm.state.ThreadState;

/** A builtin method's body: {@link Native} with the receiver passed apart. */
@FunctionalInterface
public interface NativeMethod {
  PyObject call(ThreadState ts, PyObject self, PyObject[] args, String[] kwnames);
}
