/**
 * gilvm-core: the language, object model, eval loop, standard library and the SPI through which
 * lock and memory strategies plug in.
 */
module io.gilvm.core {
  requires java.management;
  requires jdk.jfr;
  // sun.misc.Signal: routing SIGINT to the program (runtime.Signals).
  requires jdk.unsupported;
  // The JSR-223 engine (io.gilvm.embed.GilvmScriptEngineFactory).
  requires transitive java.scripting;
  // com.google.common.graph: the deadlock detector's wait-for graph (runtime.Deadlocks).
  requires com.google.common;
  // The event recorder's per-thread queues to its writer (runtime.Recorder).
  requires org.jctools.core;
  // The compiled tier writes JVM classes with ASM (runtime.TierCompiler).
  requires org.objectweb.asm;

  exports io.gilvm.spi;
  exports io.gilvm.runtime;
  exports io.gilvm.lang;
  exports io.gilvm.compiler;
  exports io.gilvm.bytecode;
  exports io.gilvm.embed;

  uses io.gilvm.spi.LockStrategy;
  uses io.gilvm.spi.MemoryStrategy;

  provides javax.script.ScriptEngineFactory with
      io.gilvm.embed.GilvmScriptEngineFactory;
}
