/**
 * The {@code legacy} lock strategy: CPython 2.x's interpreter lock. Requires the {@code
 * io.gilvm.refcount} module so that the {@code plain} memory strategy it defaults to is resolved
 * wherever this module is, even in an image linked without service binding.
 */
module io.gilvm.gil.legacy {
  requires transitive io.gilvm.core;
  requires io.gilvm.refcount;
  requires com.google.common;

  exports io.gilvm.gil.legacy;

  provides io.gilvm.spi.LockStrategy with
      io.gilvm.gil.legacy.LegacyGilStrategy;
}
