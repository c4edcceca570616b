/**
 * The {@code newgil} lock strategy: CPython 3.2+'s interpreter lock. Requires the {@code
 * io.gilvm.refcount} module so that the {@code plain} memory strategy it defaults to is resolved
 * wherever this module is, even in an image linked without service binding.
 */
module io.gilvm.gil.newgil {
  requires transitive io.gilvm.core;
  requires io.gilvm.refcount;
  requires com.google.common;

  exports io.gilvm.gil.newgil;

  provides io.gilvm.spi.LockStrategy with
      io.gilvm.gil.newgil.NewGilStrategy;
}
