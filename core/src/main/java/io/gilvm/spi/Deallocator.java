package io.gilvm.spi;

/**
 * Deallocates objects whose count a {@link RefCounts} found to be zero outside a {@link
 * RefCounts#decref} call (when merging counts queued for the thread). Given by the runtime; called
 * only by the thread the runtime passed it to.
 */
@FunctionalInterface
public interface Deallocator {

  /** Deallocates {@code o}, whose count just reached zero. */
  void deallocate(ObjectHeader o);
}
