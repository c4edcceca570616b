package io.gilvm.state;

import io.gilvm.compiler.Compiler;
import io.gilvm.eval.Traceback;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyModule;
import io.gilvm.object.TypeSetup;
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
   * A library module's source location: the resource path of {@code name}'s file, and whether it is
   * a package; null when gilvm ships no such module.
   */
  record LibrarySource(String resource, boolean isPackage) {
    /**
     * The file name that tracebacks and {@code __file__} show: where the module's source is, as a
     * path; inside gilvm's jar as CPython names a module imported from a zip archive ({@code
     * /path/gilvm.jar/io/gilvm/lib/enum.py}).
     */
    String filename(String name) {
      if (LIBRARY_JAR != null) {
        return LIBRARY_JAR_PATH + "/" + resource;
      }
      java.net.URL url = libraryResource(resource);
      if (url != null) {
        String u = url.toString();
        try {
          if (u.startsWith("jar:file:") && u.contains("!/")) {
            int bang = u.indexOf("!/");
            String jar = java.nio.file.Path.of(new java.net.URI(u.substring(4, bang))).toString();
            return jar + "/" + u.substring(bang + 2);
          }
          if (u.startsWith("file:")) {
            return java.nio.file.Path.of(url.toURI()).toString();
          }
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
          // Not a local path: the descriptive name below.
        }
      }
      return "<gilvm lib " + name.replace('.', '/') + (isPackage ? "/__init__.py>" : ".py>");
    }
  }

  /** Whether {@code name} is a built-in module written in Java (or {@code builtins}). */
  static boolean isBuiltin(String name) {
    return name.equals("builtins") || FACTORIES.containsKey(name);
  }

  /**
   * The library module at {@code rel} (a path under the library without suffix: {@code queue},
   * {@code concurrent/futures}): its file, or its package's {@code __init__.py}; null if none.
   */
  static LibrarySource findLibraryResource(String rel) {
    String base = LIB + rel;
    if (hasLibraryResource(base + "/__init__.py")) {
      return new LibrarySource(base + "/__init__.py", true);
    }
    if (hasLibraryResource(base + ".py")) {
      return new LibrarySource(base + ".py", false);
    }
    return null;
  }

  private static boolean hasLibraryResource(String resource) {
    if (LIBRARY_JAR != null) {
      return LIBRARY_JAR.getEntry(resource) != null;
    }
    return libraryResource(resource) != null;
  }

  /**
   * The jar gilvm's classes and library come from, opened once, or null when they are not in a jar
   * (a build's class folders). Reading the library through it skips the class loader's URL for each
   * lookup and read, which cost a tenth of a worker process's start before the JIT warms up.
   */
  private static final java.util.jar.JarFile LIBRARY_JAR;

  /** {@link #LIBRARY_JAR}'s path, as module file names show it. */
  private static final String LIBRARY_JAR_PATH;

  static {
    java.util.jar.JarFile jar = null;
    String path = null;
    try {
      java.security.CodeSource cs = Modules.class.getProtectionDomain().getCodeSource();
      java.net.URL loc = cs == null ? null : cs.getLocation();
      if (loc != null && "file".equals(loc.getProtocol())) {
        java.nio.file.Path p = java.nio.file.Path.of(loc.toURI());
        if (java.nio.file.Files.isRegularFile(p)) {
          jar = new java.util.jar.JarFile(p.toFile(), false);
          path = p.toString();
        }
      }
    } catch (IOException
        | java.net.URISyntaxException
        | IllegalArgumentException
        | SecurityException e) {
      // Read through the class loader instead.
      jar = null;
    }
    LIBRARY_JAR = jar;
    LIBRARY_JAR_PATH = path;
  }

  /**
   * A resource of the library, looked up through this class: on the module path the library's
   * folders are packages of {@code io.gilvm.core} that it does not open, which a class loader
   * lookup cannot see and the module's own classes can.
   */
  static java.net.URL libraryResource(String resource) {
    return Modules.class.getResource("/" + resource);
  }

  /**
   * The compiled code of a library module found by {@link #findLibraryResource}; its source is
   * registered for tracebacks.
   */
  static PyCode libraryCode(String name, LibrarySource src) {
    return LIBRARY_CODE.computeIfAbsent(
        name,
        n -> {
          byte[] bytes = readResource(src.resource());
          String source = new String(bytes, StandardCharsets.UTF_8);
          String filename = src.filename(n);
          PyCode code = null;
          if (FrozenCode.ENABLED) {
            String res = src.resource();
            byte[] frozen =
                readResourceIfPresent(res.substring(0, res.length() - 3) + FrozenCode.SUFFIX);
            code = frozen == null ? null : FrozenCode.thaw(frozen, bytes, filename);
          }
          if (code == null) {
            code = Compiler.compile(source, filename);
          }
          Traceback.registerSource(filename, source);
          return code;
        });
  }

  private static byte[] readResource(String resource) {
    byte[] bytes = readResourceIfPresent(resource);
    if (bytes == null) {
      throw new IllegalStateException(resource + " is missing from gilvm-core's resources");
    }
    return bytes;
  }

  private static byte[] readResourceIfPresent(String resource) {
    if (LIBRARY_JAR != null) {
      java.util.zip.ZipEntry e = LIBRARY_JAR.getEntry(resource);
      if (e == null) {
        return null;
      }
      try (InputStream in = LIBRARY_JAR.getInputStream(e)) {
        return in.readAllBytes();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    try (InputStream in = Modules.class.getResourceAsStream("/" + resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
