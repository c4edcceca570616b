package io.gilvm.runtime;

/** A builtin method's body: {@link Native} with the receiver passed apart. */
@FunctionalInterface
public interface NativeMethod {
  PyObject call(ThreadState ts, PyObject self, PyObject[] args, String[] kwnames);
}
