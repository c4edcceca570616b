package io.gilvm.modules;

import io.gilvm.state.Modules;

/** Registers gilvm's built-in modules with {@link Modules}; called once per JVM by type setup. */
public final class BuiltinModules {
  private BuiltinModules() {}

  /**
   * Registers sys, time, math, random, dis, _thread, socket, select, io and signal (threading is a
   * library module in Python: see {@link Modules}).
   */
  public static void registerAll() {
    Modules.register("sys", SysModule::create);
    Modules.register("time", TimeModule::create);
    Modules.register("math", MathModule::create);
    Modules.register("random", RandomModule::create);
    Modules.register("dis", DisModule::create);
    Modules.register("_thread", ThreadModule::create);
    Modules.register("socket", SocketModule::create);
    Modules.register("select", SelectModule::create);
    Modules.register("importlib", ImportlibModule::create);
    Modules.register("importlib.util", ImportlibModule::createUtil);
    Modules.register("runpy", RunpyModule::create);
    Modules.register("_io", FileIO::createIo);
    Modules.register("posix", PosixModule::create);
    Modules.register("_re", ReModule::create);
    Modules.register("_json", JsonModule::create);
    Modules.register("_traceback", TracebackModule::create);
    Modules.register("binascii", BinasciiModule::create);
    Modules.register("_gilvm_hash", DigestModule::createHash);
    Modules.register("zlib", DigestModule::createZlib);
    Modules.register("_gilvm_pickle", PickleSupport::create);
    Modules.register("_gilvm_process", ProcessModule::create);
    Modules.register("_collections", CollectionsModule::create);
    Modules.register("_functools", FunctoolsModule::create);
    Modules.register("_copy", CopyModule::create);
    Modules.register("signal", SignalModule::create);
    Modules.register("_weakref", WeakrefModule::create);
    Modules.register("_struct", StructModule::create);
    Modules.register("array", ArrayModule::create);
    Modules.register("_gilvm_decimal", DecimalCore::create);
    Modules.register("_interpreters", InterpretersModule::create);
  }
}
