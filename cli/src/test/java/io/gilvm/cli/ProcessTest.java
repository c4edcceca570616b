package io.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a program does as a process, which only a real process can show: signals, pipes, exit
 * statuses, standard input. Each test starts {@code gilvm} in a fresh JVM (this test's class path,
 * {@link Main}) and compares with what CPython 3.11 does for the same program.
 */
class ProcessTest {

  /** A running gilvm process whose stdout and stderr are collected as they come. */
  static final class Proc {
    final Process process;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Thread outReader;
    private final Thread errReader;

    Proc(Process process) {
      this.process = process;
      this.outReader = pump(process.getInputStream(), out);
      this.errReader = pump(process.getErrorStream(), err);
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream to) {
      Thread t =
          new Thread(
              () -> {
                byte[] buf = new byte[8192];
                try {
                  for (int n; (n = in.read(buf)) > 0; ) {
                    synchronized (to) {
                      to.write(buf, 0, n);
                    }
                  }
                } catch (IOException e) {
                  // The process ended.
                }
              });
      t.setDaemon(true);
      t.start();
      return t;
    }

    String out() {
      synchronized (out) {
        return out.toString(StandardCharsets.UTF_8);
      }
    }

    String err() {
      synchronized (err) {
        return err.toString(StandardCharsets.UTF_8);
      }
    }

    /** Waits (up to a minute) until stdout contains {@code text}. */
    void awaitOut(String text) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!out().contains(text)) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          process.destroyForcibly();
          fail("never printed '" + text + "'; stdout:\n" + out() + "\nstderr:\n" + err());
        }
        Thread.sleep(20);
      }
    }

    /** Sends a signal by name (INT, TERM) with kill(1). */
    void signal(String name) throws IOException, InterruptedException {
      Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
      assertEquals(0, kill.waitFor(), "kill -" + name);
    }

    /** Waits (up to a minute) for the exit status, with all output read. */
    int await() throws InterruptedException {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("did not end; stdout:\n" + out() + "\nstderr:\n" + err());
      }
      outReader.join(5000);
      errReader.join(5000);
      return process.exitValue();
    }

    String context() {
      return "\n--- stdout ---\n" + out() + "--- stderr ---\n" + err();
    }
  }

  /** The command that starts gilvm's Main in a fresh JVM with this test's class path. */
  static List<String> gilvm(String... args) {
    return gilvmWithJvmOptions(List.of(), args);
  }

  static List<String> gilvmWithJvmOptions(List<String> jvm, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xshare:auto");
    cmd.addAll(jvm);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    return cmd;
  }

  static Proc start(String... args) throws IOException {
    return new Proc(new ProcessBuilder(gilvm(args)).start());
  }

  private static final String INTERRUPTED_LOOP_THEN_SLEEP =
      "import sys, time\n"
          + "print('ready', flush=True)\n"
          + "try:\n"
          + "    while True:\n"
          + "        pass\n"
          + "except KeyboardInterrupt:\n"
          + "    print('caught')\n"
          + "finally:\n"
          + "    print('finally')\n"
          + "print('buffered', end='')\n"
          + "print(' sleeping', file=sys.stderr, flush=True)\n"
          + "try:\n"
          + "    time.sleep(60)\n"
          + "finally:\n"
          + "    print(' and flushed')\n";

  /**
   * SIGINT raises KeyboardInterrupt in the main thread at its next checkpoint (a busy loop) and
   * interrupts a blocking call (time.sleep); handlers and finally blocks run, buffered output is
   * flushed, and an uncaught KeyboardInterrupt prints its traceback and exits 130, as CPython.
   */
  @Test
  void sigintRaisesKeyboardInterruptInTheMainThread() throws Exception {
    for (String gil : List.of("newgil", "finegrained")) {
      Proc p = start("run", "--gil", gil, "-c", INTERRUPTED_LOOP_THEN_SLEEP);
      p.awaitOut("ready");
      p.signal("INT");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!p.err().contains("sleeping") && System.nanoTime() < deadline && p.process.isAlive()) {
        Thread.sleep(20);
      }
      p.signal("INT");
      int status = p.await();
      assertEquals(130, status, gil + p.context());
      assertEquals("ready\ncaught\nfinally\nbuffered and flushed\n", p.out(), gil + p.context());
      List<String> err = p.err().lines().toList();
      assertEquals("KeyboardInterrupt", err.get(err.size() - 1), gil + p.context());
      // At the sleep (line 13 of the -c string, whose lines CPython does not show).
      assertTrue(
          p.err().contains("  File \"<string>\", line 13, in <module>\n"), gil + p.context());
    }
  }

  /** A thread waiting for a lock is interrupted too; a handler that returns lets the wait go on. */
  @Test
  void sigintInterruptsALockWaitAndAHandlerThatReturnsResumesIt() throws Exception {
    String program =
        "import signal, threading, time\n"
            + "got = []\n"
            + "def handler(signum, frame):\n"
            + "    got.append(signum)\n"
            + "    print('handled', signum, flush=True)\n"
            + "    if len(got) == 2:\n"
            + "        raise KeyboardInterrupt\n"
            + "signal.signal(signal.SIGINT, handler)\n"
            + "lock = threading.Lock()\n"
            + "lock.acquire()\n"
            + "print('ready', flush=True)\n"
            + "try:\n"
            + "    lock.acquire()\n"
            + "except KeyboardInterrupt:\n"
            + "    print('interrupted after', got, flush=True)\n";
    Proc p = start("run", "-c", program);
    p.awaitOut("ready");
    p.signal("INT");
    p.awaitOut("handled 2\n");
    p.signal("INT");
    assertEquals(0, p.await(), p.context());
    assertEquals("ready\nhandled 2\nhandled 2\ninterrupted after [2, 2]\n", p.out(), p.context());
  }

  /**
   * A reader that goes away ends a program that keeps printing: BrokenPipeError from the print
   * whose buffer could not be written, exit 1 (CPython: the same traceback and status).
   */
  @Test
  void aClosedPipeEndsTheWriterWithBrokenPipeError() throws Exception {
    Proc p = start("run", "-c", "while True: print(1)");
    p.awaitOut("1\n");
    p.process.getInputStream().close();
    assertEquals(1, p.await(), p.context());
    List<String> err = p.err().lines().toList();
    assertEquals("BrokenPipeError: [Errno 32] Broken pipe", err.get(err.size() - 1), p.context());
  }

  private static Proc startWithStdout(java.io.File stdout, String... args) throws IOException {
    return new Proc(new ProcessBuilder(gilvm(args)).redirectOutput(stdout).start());
  }

  /**
   * A full disk: the print that fills the buffer raises OSError (exit 1); a failure at the final
   * flush is reported as CPython's "Exception ignored" with exit status 120.
   */
  @Test
  void writeErrorsAreOSErrors() throws Exception {
    java.io.File full = new java.io.File("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "no /dev/full on this system");
    Proc atExit = startWithStdout(full, "run", "-c", "import sys\nprint(1)\nsys.exit(3)");
    assertEquals(120, atExit.await(), atExit.context());
    assertEquals(
        "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
            + "OSError: [Errno 28] No space left on device\n",
        atExit.err());
    Proc inPrint = startWithStdout(full, "run", "-c", "print('x' * 100000)\nprint('not reached')");
    assertEquals(1, inPrint.await(), inPrint.context());
    List<String> err = inPrint.err().lines().toList();
    assertEquals(
        "OSError: [Errno 28] No space left on device", err.get(err.size() - 1), inPrint.context());
    // Traceback, the File line (no source line for -c, as CPython), the error.
    assertEquals(3, err.size(), inPrint.context());
  }

  private static Proc startWithInput(String input, String... args) throws IOException {
    Proc p = start(args);
    try (var stdin = p.process.getOutputStream()) {
      stdin.write(input.getBytes(StandardCharsets.UTF_8));
    }
    return p;
  }

  /** input() writes its prompt and reads a line; at the end of input it raises EOFError. */
  @Test
  void inputReadsLinesAndRaisesEOFErrorAtTheEnd() throws Exception {
    Proc p = startWithInput("bob\n", "run", "-c", "print(input('name? '))\nprint(input())");
    assertEquals(1, p.await(), p.context());
    assertEquals("name? bob\n", p.out());
    List<String> err = p.err().lines().toList();
    assertEquals("EOFError: EOF when reading a line", err.get(err.size() - 1), p.context());
  }

  /**
   * sys.stdin reads as CPython's: readline, iteration, read, readlines; line ends kept as they are.
   */
  @Test
  void sysStdinReadsAsCPythons() throws Exception {
    String program =
        "import sys\n"
            + "print(repr(sys.stdin.readline()))\n"
            + "print(repr(sys.stdin.readline(3)))\n"
            + "for line in sys.stdin:\n"
            + "    print(repr(line))\n"
            + "    if line.startswith('stop'): break\n"
            + "print(sys.stdin.readlines())\n"
            + "print(repr(sys.stdin.read()), repr(sys.stdin.readline()))\n"
            + "print(sys.stdin)\n";
    Proc p = startWithInput("first\nsecond\r\nthird\rstop\nrest 1\nrest 2", "run", "-c", program);
    assertEquals(0, p.await(), p.context());
    assertEquals(
        "'first\\n'\n'sec'\n'ond\\r\\n'\n'third\\rstop\\n'\n'rest 1\\n'\n'rest 2'\n[]\n'' ''\n"
            + "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>\n",
        p.out());
  }

  /** {@code gilvm run -} runs the program that standard input holds; sys.argv[0] is '-'. */
  @Test
  void runDashReadsTheProgramFromStdin() throws Exception {
    Proc p = startWithInput("import sys\nprint(sys.argv)\n", "run", "-", "a", "b");
    assertEquals(0, p.await(), p.context());
    assertEquals("['-', 'a', 'b']\n", p.out());
  }

  /** A source file that is not UTF-8 and declares nothing is CPython's SyntaxError, exit 1. */
  @Test
  void aNonUtf8FileIsASyntaxError(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.py");
    java.nio.file.Files.write(bad, new byte[] {'x', '=', '1', '\n', '#', (byte) 0xff, '\n'});
    Proc p = start("run", bad.toString());
    assertEquals(1, p.await(), p.context());
    assertEquals(
        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file "
            + bad
            + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
        p.err());
    Path latin = dir.resolve("latin.py");
    java.nio.file.Files.write(
        latin,
        "# coding: latin-1\nprint('\u00e9', len('\u00e9'))\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    Proc q = start("run", latin.toString());
    assertEquals(0, q.await(), q.context());
    assertEquals("\u00e9 1\n", q.out());
  }

  /** Running out of heap is a MemoryError that the program can catch, as in CPython. */
  @Test
  void outOfHeapIsMemoryError() throws Exception {
    String program =
        "try:\n"
            + "    x = [list(range(1000)) for i in range(1000000)]\n"
            + "except MemoryError as e:\n"
            + "    x = None\n"
            + "    print('caught', repr(e))\n"
            + "y = [list(range(1000)) for i in range(1000000)]\n";
    Proc p =
        new Proc(
            new ProcessBuilder(gilvmWithJvmOptions(List.of("-Xmx64m"), "run", "-c", program))
                .start());
    assertEquals(1, p.await(), p.context());
    assertEquals("caught MemoryError()\n", p.out());
    List<String> err = p.err().lines().toList();
    assertEquals("MemoryError", err.get(err.size() - 1), p.context());
    assertTrue(err.get(0).startsWith("Traceback (most recent call last):"), p.context());
  }

  /**
   * A recursion limit higher than the Java stack could hold still ends infinite recursion in
   * RecursionError, promptly (CPython: under a second), never in a Java stack overflow.
   */
  @Test
  void infiniteRecursionUnderAHugeLimitIsRecursionError() throws Exception {
    String program =
        "import sys\n"
            + "sys.setrecursionlimit(10**6)\n"
            + "def forever(n):\n"
            + "    return forever(n + 1)\n"
            + "try:\n"
            + "    forever(0)\n"
            + "except RecursionError as e:\n"
            + "    print(type(e).__name__, e)\n"
            + "print(sys.getrecursionlimit())\n";
    Proc p = start("run", "-c", program);
    assertEquals(0, p.await(), p.context());
    assertEquals("RecursionError maximum recursion depth exceeded\n1000000\n", p.out());
  }
}
