/**
 * gilvm-core: the language, object model, eval loop, standard library and the SPI through which
 * lock and memory strategies plug in.
 */
module io.gilvm.core {
  requires java.management;
  requires jdk.jfr;
  // sun.misc.Signal: routing SIGINT to the program (runtime.Signals).
  requires jdk.unsupported;
  // The compiled tier writes JVM classes with ASM (runtime.TierCompiler).
  requires org.objectweb.asm;

  exports io.gilvm.spi;
  exports io.gilvm.runtime;
  exports io.gilvm.lang;
  exports io.gilvm.compiler;
  exports io.gilvm.bytecode;

  uses io.gilvm.spi.LockStrategy;
  uses io.gilvm.spi.MemoryStrategy;
}
