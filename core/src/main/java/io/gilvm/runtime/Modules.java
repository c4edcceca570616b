package io.gilvm.runtime;

import io.gilvm.compiler.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The modules gilvm itself provides, by name: built-in modules written in Java (registered with
 * {@link #register}) and library modules written in Python, shipped as resources under {@code
 * io/gilvm/lib/} in gilvm-core's jar ({@code queue.py}, or {@code concurrent/__init__.py} for a
 * package). A library module's code is compiled once per JVM (code objects are immutable and
 * shared) and run once per interpreter that imports it.
 */
public final class Modules {
  private Modules() {}

  /** Where library modules live among the class path's resources. */
  static final String LIB = "io/gilvm/lib/";

  private static final Map<String, BiFunction<ThreadState, Interpreter, PyModule>> FACTORIES =
      new ConcurrentHashMap<>();

  /** Compiled library modules, by module name. */
  private static final Map<String, PyCode> LIBRARY_CODE = new ConcurrentHashMap<>();

  /** Registers a built-in module. Called once per module at startup. */
  public static void register(String name, BiFunction<ThreadState, Interpreter, PyModule> factory) {
    FACTORIES.put(name, factory);
  }

  /** The names of every built-in module written in Java. */
  public static java.util.Set<String> names() {
    TypeSetup.ensure();
    return new java.util.TreeSet<>(FACTORIES.keySet());
  }

  static PyModule create(ThreadState ts, Interpreter interp, String name) {
    if (name.equals("builtins")) {
      return new PyModule("builtins", interp.builtins);
    }
    BiFunction<ThreadState, Interpreter, PyModule> f = FACTORIES.get(name);
    if (f != null) {
      return f.apply(ts, interp);
    }
    return null;
  }

  /**
   * A library module's source location: the resource path of {@code name}'s file, and whether
   * it is a package; null when gilvm ships no such module.
   */
  record LibrarySource(String resource, boolean isPackage) {
    /** The file name that tracebacks and {@code __file__} show, as CPython names frozen code. */
    String filename(String name) {
      return "<gilvm lib " + name.replace('.', '/') + (isPackage ? "/__init__.py>" : ".py>");
    }
  }

  static LibrarySource findLibrary(String name) {
    String base = LIB + name.replace('.', '/');
    if (Modules.class.getClassLoader().getResource(base + ".py") != null) {
      return new LibrarySource(base + ".py", false);
    }
    if (Modules.class.getClassLoader().getResource(base + "/__init__.py") != null) {
      return new LibrarySource(base + "/__init__.py", true);
    }
    return null;
  }

  /** The compiled code of a library module found by {@link #findLibrary}. */
  static PyCode libraryCode(String name, LibrarySource src) {
    return LIBRARY_CODE.computeIfAbsent(
        name, n -> Compiler.compile(readResource(src.resource()), src.filename(n)));
  }

  private static String readResource(String resource) {
    try (InputStream in = Modules.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from gilvm-core's resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
