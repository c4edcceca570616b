package io.gilvm.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.compiler.Compiler;
import io.gilvm.lang.PySyntaxError;
import io.gilvm.object.PyException;
import io.gilvm.state.Interpreter;
import io.gilvm.testing.BudgetLock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The fuzzer: mutants of real programs (the golden programs and the compatibility corpus, changed a
 * few tokens or lines at a time by {@link Mutator}) go through the lexer, parser and compiler, and
 * those that compile run on a fresh interpreter, bounded by a checkpoint budget. The property is
 * the one a user relies on: every input ends in a Python-level result (a code object or a {@code
 * SyntaxError} at compile time; output, a Python exception or an exit status at run time) within a
 * time bound. A Java exception, an "internal error", a stack overflow or a hang is a finding; the
 * fuzzer shrinks it to the fewest mutations that still show it and prints the mutant's source.
 *
 * <p>CI runs a short round from a fixed seed, so a failure there is reproducible. A longer run that
 * explores new inputs: {@code mvn -pl core test -Dtest=FuzzTest -Dgilvm.fuzz.tries=50000
 * -Dgilvm.fuzz.seed=random}; a failure names the round seed that reproduces it. The figures line at
 * the end says how many inputs were tried per second and how big the seed corpus is.
 */
class FuzzTest {

  /** How long one input may take before it counts as a hang, generous for a loaded machine. */
  private static final long SECONDS = 30;

  /** Checkpoints a mutant may pass before its run is cut short (a bounded run, not a finding). */
  private static final long BUDGET = 200_000;

  /** As gilvm's Python threads: deep nesting must be refused before it overflows this. */
  private static final long STACK = 512L * 1024 * 1024;

  /** What a mutant that runs may not use: the world outside, threads, blocking and waiting. */
  private static final Pattern UNSAFE =
      Pattern.compile(
          "\\b(os|shutil|subprocess|threading|_thread|socket|select|signal|asyncio|multiprocessing"
              + "|concurrent|queue|tempfile|pathlib|io|importlib|runpy|gc|atexit|logging|time|sys)\\b"
              + "|open\\(|input\\(|__import__|exec|eval|compile|breakpoint|help\\(");

  record Seed(String name, String source, boolean runnable) {}

  record Mutant(Seed seed, List<Mutator.Mutation> mutations) {
    String source() {
      return Mutator.apply(seed.source(), mutations);
    }

    @Override
    public String toString() {
      return seed.name() + " " + mutations;
    }
  }

  private static final List<Seed> SEEDS = loadSeeds();
  private static final AtomicLong TRIED = new AtomicLong();
  private static final AtomicLong COMPILED = new AtomicLong();
  private static final AtomicLong RAN = new AtomicLong();
  private static final AtomicLong BOUNDED = new AtomicLong();
  private static final long STARTED = System.nanoTime();

  private static List<Seed> loadSeeds() {
    List<Seed> seeds = new ArrayList<>();
    for (Path root : List.of(Path.of("src/test/resources/golden"), Path.of("../corpus"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
          String source = Files.readString(p, StandardCharsets.UTF_8);
          if (source.length() > 20_000) {
            continue;
          }
          seeds.add(
              new Seed(root.relativize(p).toString(), source, !UNSAFE.matcher(source).find()));
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return List.copyOf(seeds);
  }

  /** The seed of this round's random choices: a number, or "random" for a new one each run. */
  private static long roundSeed() {
    String p = System.getProperty("gilvm.fuzz.seed", "20261207");
    return p.equals("random") ? new java.util.Random().nextLong() : Long.parseLong(p);
  }

  private static int tries(int ci) {
    return Integer.getInteger("gilvm.fuzz.tries", ci);
  }

  /** Mutations that keep a program valid more often, so that more mutants get to run. */
  private static final Mutator.Kind[] GENTLE = {
    Mutator.Kind.RENAME,
    Mutator.Kind.REPLACE,
    Mutator.Kind.SWAP,
    Mutator.Kind.DELETE_LINE,
    Mutator.Kind.DUPLICATE_LINE,
    Mutator.Kind.DELETE
  };

  private static Mutant mutant(
      java.util.Random r, List<Seed> seeds, Mutator.Kind[] kinds, int most) {
    Seed seed = seeds.get(r.nextInt(seeds.size()));
    List<Mutator.Mutation> ms = new ArrayList<>();
    for (int n = 1 + r.nextInt(most); n > 0; n--) {
      ms.add(
          new Mutator.Mutation(
              kinds[r.nextInt(kinds.length)], r.nextInt(1 << 20), r.nextInt(1 << 20)));
    }
    return new Mutant(seed, ms);
  }

  /** What went wrong with one input, or null when it ended in a Python-level result. */
  private interface Check {
    String finding(Mutant m) throws Throwable;
  }

  /**
   * Tries {@code count} mutants; on the first finding, drops mutations one at a time while the
   * finding stays (the fewest that still show it) and fails with that mutant's source.
   */
  private static void fuzz(
      String what, List<Seed> seeds, Mutator.Kind[] kinds, int most, int count, Check check)
      throws Throwable {
    long seed = roundSeed();
    java.util.Random r = new java.util.Random(seed);
    for (int i = 0; i < count; i++) {
      Mutant m = mutant(r, seeds, kinds, most);
      TRIED.incrementAndGet();
      String finding = check.finding(m);
      if (finding == null) {
        continue;
      }
      List<Mutator.Mutation> ms = new ArrayList<>(m.mutations());
      for (int j = ms.size() - 1; j >= 0 && ms.size() > 1; j--) {
        List<Mutator.Mutation> fewer = new ArrayList<>(ms);
        fewer.remove(j);
        String f = check.finding(new Mutant(m.seed(), fewer));
        if (f != null) {
          ms = fewer;
          finding = f;
        }
      }
      Mutant small = new Mutant(m.seed(), ms);
      throw new AssertionError(
          what
              + " "
              + small
              + " (round seed "
              + seed
              + ", input "
              + i
              + "): "
              + finding
              + "\nsource:\n"
              + small.source());
    }
  }

  /** Runs {@code body} on a thread with a Python thread's stack; a hang fails the property. */
  private static <T> T bounded(String what, java.util.concurrent.Callable<T> body)
      throws Throwable {
    FutureTask<T> task = new FutureTask<>(body);
    Thread t = new Thread(null, task, "fuzz", STACK);
    t.setDaemon(true);
    t.start();
    try {
      return task.get(SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError(what + " did not end within " + SECONDS + " s");
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }

  private static String trace(Throwable e) {
    StringWriter w = new StringWriter();
    e.printStackTrace(new PrintWriter(w));
    return w.toString();
  }

  @Test
  void compilingAMutantEndsInCodeOrAPythonError() throws Throwable {
    fuzz("compiling", SEEDS, Mutator.Kind.values(), 4, tries(1500), FuzzTest::compileFinding);
  }

  /** How compiling went: a finding (a Java exception), or whether it gave a code object. */
  private record Compiled(String finding, boolean code) {}

  private static Compiled compileOnce(Mutant m, String source) throws Throwable {
    return bounded(
        "compiling " + m,
        () -> {
          try {
            Compiler.compile(source, "m.py");
            COMPILED.incrementAndGet();
            return new Compiled(null, true);
          } catch (PySyntaxError | PyException e) {
            return new Compiled(null, false);
          } catch (RuntimeException | Error e) {
            return new Compiled("a Java exception:\n" + trace(e), false);
          }
        });
  }

  private static String compileFinding(Mutant m) throws Throwable {
    return compileOnce(m, m.source()).finding();
  }

  @Test
  void runningAMutantEndsInAPythonResult() throws Throwable {
    fuzz(
        "running",
        SEEDS.stream().filter(Seed::runnable).toList(),
        GENTLE,
        1,
        tries(600),
        FuzzTest::runFinding);
  }

  private static String runFinding(Mutant m) throws Throwable {
    String source = m.source();
    Compiled c = compileOnce(m, source);
    if (!c.code()) {
      return c.finding();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    BudgetLock.allowed = BUDGET;
    Interpreter interp =
        Interpreter.builder()
            .gil("budget")
            .memory("testplain")
            .argv(List.of("m.py"))
            .in(new ByteArrayInputStream(new byte[0]))
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .err(new PrintStream(err, true, StandardCharsets.UTF_8))
            .build();
    int status = bounded("running " + m, () -> interp.runSource(source, "m.py"));
    RAN.incrementAndGet();
    if (((BudgetLock.Lock) interp.lock()).exhausted()) {
      BOUNDED.incrementAndGet();
      return null;
    }
    String e = err.toString(StandardCharsets.UTF_8);
    boolean javaLeaked =
        e.contains("internal error")
            || e.contains("Fatal Python error")
            || e.contains("\tat io.gilvm");
    return !javaLeaked && status >= 0 && status <= 255
        ? null
        : "exit status " + status + ", stderr:\n" + e;
  }

  @AfterAll
  static void figures() {
    double seconds = (System.nanoTime() - STARTED) / 1e9;
    long runnable = SEEDS.stream().filter(Seed::runnable).count();
    System.out.printf(
        "fuzz: %d seeds (%d runnable), %d inputs in %.1f s (%.0f/s): %d compiled, %d of them ran"
            + " (%d stopped by the checkpoint budget)%n",
        SEEDS.size(),
        runnable,
        TRIED.get(),
        seconds,
        TRIED.get() / seconds,
        COMPILED.get(),
        RAN.get(),
        BOUNDED.get());
  }

  @Test
  void theSeedCorpusIsThere() {
    assertTrue(
        SEEDS.size() >= 300,
        "expected the golden programs and the corpus as seeds, found " + SEEDS.size());
    assertTrue(
        SEEDS.stream().filter(Seed::runnable).count() >= 100,
        "expected at least 100 seeds that can run without the outside world");
  }
}
