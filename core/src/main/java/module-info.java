/**
 * gilvm-core: the language, object model, eval loop, standard library and the SPI through which
 * lock and memory strategies plug in.
 */
module io.gilvm.core {
  requires java.management;
  requires jdk.jfr;
  // sun.misc.Signal: routing SIGINT to the program (state.Signals).
  requires jdk.unsupported;
  // The JSR-223 engine (io.gilvm.embed.GilvmScriptEngineFactory).
  requires transitive java.scripting;
  // com.google.common.graph: the deadlock detector's wait-for graph (sync.Deadlocks).
  requires com.google.common;
  // The event recorder's per-thread queues to its writer (trace.Recorder).
  requires org.jctools.core;
  // The compiled tier writes JVM classes with ASM (eval.TierCompiler).
  requires org.objectweb.asm;

  // What a strategy module and an embedder need: the SPI, and the embedding API. The language
  // (lang, compiler, bytecode), the object model (object), the eval loop (eval), the
  // interpreter's state (state), critical sections (sync), reference bookkeeping (mem), the
  // recorder (trace) and the built-in modules (modules) stay inside; on the class path, where
  // the CLI, the lab and the benchmarks run, every package is visible as usual.
  exports io.gilvm.spi;
  exports io.gilvm.embed;

  uses io.gilvm.spi.LockStrategy;
  uses io.gilvm.spi.MemoryStrategy;

  provides javax.script.ScriptEngineFactory with
      io.gilvm.embed.GilvmScriptEngineFactory;
}
