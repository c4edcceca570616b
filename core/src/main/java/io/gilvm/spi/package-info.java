/**
 * The service-provider interface: how a lock strategy and a memory strategy plug into the
 * interpreter.
 *
 * <p>Two kinds of provider are found with {@link java.util.ServiceLoader}, each under a stable
 * lower-case name: a {@link io.gilvm.spi.LockStrategy} creates one {@link
 * io.gilvm.spi.InterpreterLock} per interpreter, and a {@link io.gilvm.spi.MemoryStrategy} creates
 * the {@link io.gilvm.spi.RefCounts} one interpreter uses. The eval loop talks to them only through
 * these types. A provider jar needs one provider class, one line in {@code
 * META-INF/services/<interface>}, and a {@code provides} clause in its {@code module-info.java}.
 *
 * <p>Every method says who calls it, from which thread, how often, and what it may block on.
 */
package io.gilvm.spi;
