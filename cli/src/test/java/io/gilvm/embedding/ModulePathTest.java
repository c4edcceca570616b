package io.gilvm.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.gil.finegrained.FineGrainedStrategy;
import io.gilvm.gil.legacy.LegacyGilStrategy;
import io.gilvm.gil.newgil.NewGilStrategy;
import io.gilvm.refcount.PlainMemory;
import io.gilvm.state.Interpreter;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gilvm on the module path: a consumer module that requires only {@code io.gilvm.core} is compiled
 * and run with {@code --module-path} (the modules as built: classes directories or jars, with their
 * {@code module-info}), and finds the lock and memory strategies through {@code provides}/{@code
 * uses}, the JSR-223 engine through {@code provides}, and gilvm's Python library modules among
 * core's resources.
 */
class ModulePathTest {
  @TempDir static Path dir;
  static Path consumer;

  static final String MODULE_INFO = "module demo.consumer {\n  requires io.gilvm.core;\n}\n";

  static final String MAIN =
      """
      package demo;

      import io.gilvm.embed.PythonInterpreter;
      import io.gilvm.spi.Strategies;
      import java.util.stream.Collectors;
      import javax.script.ScriptEngineManager;

      public final class Main {
        public static void main(String[] args) throws Exception {
          Strategies s = Strategies.discover();
          System.out.println("locks: " + s.locks().stream().map(l -> l.name()).collect(Collectors.joining(",")));
          System.out.println("memories: " + s.memories().stream().map(m -> m.name()).collect(Collectors.joining(",")));
          System.out.println("module: " + PythonInterpreter.class.getModule().getName());
          PythonInterpreter.Builder b = PythonInterpreter.builder();
          if (args.length > 0) {
            b.lock(args[0]);
          }
          try (PythonInterpreter py = b.build()) {
            py.exec("import json, collections\\ndef f(xs):\\n    return json.dumps(collections.Counter(xs).most_common(1))\\n");
            System.out.println(py.lockName() + "/" + py.memoryName() + ": " + py.call("f", java.util.List.of("a", "b", "a")));
          }
          var engine = new ScriptEngineManager().getEngineByName("gilvm");
          System.out.println("jsr223: " + engine.eval("6 * 7"));
          ((AutoCloseable) engine).close();
        }
      }
      """;

  /** Where a class's module was built: its classes directory or its jar. */
  static String root(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static final String CORE = root(Interpreter.class);
  static final String REFCOUNT = root(PlainMemory.class);
  static final String NEWGIL = root(NewGilStrategy.class);
  static final String LEGACY = root(LegacyGilStrategy.class);
  static final String FINEGRAINED = root(FineGrainedStrategy.class);

  /** Guava (the deadlock detector's graph) and the module it requires. */
  static final String GUAVA = root(com.google.common.graph.Graph.class);

  static final String FAILUREACCESS =
      root(com.google.common.util.concurrent.internal.InternalFutureFailureAccess.class);

  /** JCTools, whose MPSC queue biased counting (refcount) hands objects to their owner with. */
  static final String JCTOOLS = root(org.jctools.queues.atomic.MpscUnboundedAtomicArrayQueue.class);

  /** ASM, which the compiled tier generates classes with. */
  static final String ASM = root(org.objectweb.asm.ClassWriter.class);

  @BeforeAll
  static void compileTheConsumer() throws IOException {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("demo"));
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(src.resolve("demo/Main.java"), MAIN);
    consumer = dir.resolve("out");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStreamWriter log = new ByteArrayOutputStreamWriter();
    int rc =
        javac.run(
            null,
            log.stream,
            log.stream,
            "-d",
            consumer.toString(),
            "--module-path",
            String.join(File.pathSeparator, CORE, GUAVA, FAILUREACCESS, ASM, JCTOOLS),
            src.resolve("module-info.java").toString(),
            src.resolve("demo/Main.java").toString());
    assertEquals(0, rc, log.toString());
  }

  /** Runs the consumer in a fresh JVM on the module path only; its stdout, checked for exit 0. */
  static String run(List<String> modules, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("--module-path");
    List<String> path = new ArrayList<>(modules);
    path.add(GUAVA);
    path.add(FAILUREACCESS);
    path.add(ASM);
    path.add(JCTOOLS);
    path.add(consumer.toString());
    cmd.add(String.join(File.pathSeparator, path));
    cmd.add("--module");
    cmd.add("demo.consumer/demo.Main");
    cmd.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the consumer did not finish in 120 s");
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), "stdout:\n" + stdout + "\nstderr:\n" + stderr);
    return stdout;
  }

  @Test
  void everyStrategyModuleIsFoundAndTheDefaultIsNewgil() throws Exception {
    String out = run(List.of(CORE, REFCOUNT, NEWGIL, LEGACY, FINEGRAINED));
    assertEquals(
        List.of(
            "locks: finegrained,legacy,newgil",
            "memories: atomic,biased,plain",
            "module: io.gilvm.core",
            "newgil/plain: [[\"a\", 2]]",
            "jsr223: 42"),
        out.lines().collect(Collectors.toList()));
  }

  @Test
  void aNamedLockIsUsed() throws Exception {
    String out = run(List.of(CORE, REFCOUNT, NEWGIL, LEGACY, FINEGRAINED), "legacy");
    assertTrue(out.contains("legacy/plain: [[\"a\", 2]]\n"), out);
  }

  @Test
  void theOnlyLockOnTheModulePathIsTheDefault() throws Exception {
    String out = run(List.of(CORE, REFCOUNT, FINEGRAINED));
    assertTrue(out.startsWith("locks: finegrained\n"), out);
    assertTrue(out.contains("finegrained/biased: [[\"a\", 2]]\n"), out);
  }

  /** A writer javac reports to, kept as text for the assertion's message. */
  static final class ByteArrayOutputStreamWriter {
    final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    final java.io.PrintStream stream = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Override
    public String toString() {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
