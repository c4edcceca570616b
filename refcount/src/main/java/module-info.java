/**
 * The memory strategies {@code plain}, {@code atomic} and {@code biased}: reference counting on the
 * count words of {@link io.gilvm.spi.ObjectHeader} (and, for biased, its shared count), skipping
 * immortal objects.
 */
module io.gilvm.refcount {
  requires io.gilvm.core;
  requires org.jctools.core;

  provides io.gilvm.spi.MemoryStrategy with
      io.gilvm.refcount.PlainMemory,
      io.gilvm.refcount.AtomicMemory,
      io.gilvm.refcount.BiasedMemory;
}
