/**
 * The {@code finegrained} lock strategy: no global interpreter lock (PEP 703). Requires the {@code
 * io.gilvm.refcount} module, which provides the memory strategies it runs with.
 */
module io.gilvm.gil.finegrained {
  requires transitive io.gilvm.core;
  requires io.gilvm.refcount;

  exports io.gilvm.gil.finegrained;

  provides io.gilvm.spi.LockStrategy with
      io.gilvm.gil.finegrained.FineGrainedStrategy;
}
