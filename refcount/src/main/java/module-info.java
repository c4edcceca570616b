/**
 * The memory strategies {@code plain} and {@code atomic}: reference counting on {@link
 * io.gilvm.runtime.PyObject#refcnt}, skipping immortal objects.
 */
module io.gilvm.refcount {
  requires io.gilvm.core;

  provides io.gilvm.spi.MemoryStrategy with
      io.gilvm.refcount.PlainMemory,
      io.gilvm.refcount.AtomicMemory;
}
