package io.gilvm.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.state.FatalError;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Checked mode turns a use of a freed object into a fatal error naming who freed it. */
class CheckedMemoryTest {

  @Test
  void touchingAFreedObjectIsFatalAndNamesTheFreeingThread() {
    Interpreter interp =
        Interpreter.builder().gil("serial").memory("testplain").checkMemory(true).build();
    ThreadState ts = interp.attachCurrentThread("Worker-7");
    try {
      PyList l = new PyList();
      Refs.incref(l);
      Refs.decref(l);
      assertTrue(l.isDead(), "a count that reached zero deallocates");
      FatalError e = assertThrows(FatalError.class, () -> Refs.incref(l));
      assertTrue(
          e.getMessage().startsWith("use of a freed object: list object at 0x"), e.getMessage());
      assertTrue(e.getMessage().endsWith("(freed by Worker-7)"), e.getMessage());
      assertTrue(e.report().startsWith("Fatal Python error: use of a freed object: "), e.report());
      PyInt big = PyInt.of(1000);
      Refs.incref(big);
      Refs.decref(big);
      FatalError d = assertThrows(FatalError.class, () -> Refs.decref(big));
      assertEquals("use of a freed object: int 1000 (freed by Worker-7)", d.getMessage());
    } finally {
      interp.detachCurrentThread(ts);
    }
  }

  /**
   * Checked mode records who freed an object in its own field, never in the memory strategy's
   * header words: a strategy that reads its owner word on a dead object (a lock-free reader's
   * tryIncref) must find what the strategy itself left there.
   */
  @Test
  void checkedModeNamesTheFreeingThreadWithoutTouchingTheHeader() {
    Interpreter interp =
        Interpreter.builder().gil("serial").memory("testplain").checkMemory(true).build();
    ThreadState ts = interp.attachCurrentThread("Worker-1");
    try {
      PyList l = new PyList();
      long owner = l.ownerThreadPlain();
      Refs.incref(l);
      Refs.decref(l);
      assertTrue(l.isDead());
      assertEquals(owner, l.ownerThreadPlain(), "checked mode wrote the strategy's owner word");
      assertEquals(0, l.sharedRefcntPlain(), "checked mode wrote the strategy's shared word");
      FatalError e = assertThrows(FatalError.class, () -> Refs.incref(l));
      assertTrue(e.getMessage().endsWith("(freed by Worker-1)"), e.getMessage());
    } finally {
      interp.detachCurrentThread(ts);
    }
  }

  /**
   * A use of a freed object in another thread stops the program with status 134 even while the main
   * thread waits for something that thread would have done (it waited forever before: a thread
   * pool's worker that died this way left the program hanging).
   */
  @Test
  void aFatalErrorInAnotherThreadEndsTheProgramWhileTheMainThreadWaits() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Interpreter interp =
        Interpreter.builder()
            .gil("serial")
            .memory("testplain")
            .checkMemory(true)
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .err(new PrintStream(err, true, StandardCharsets.UTF_8))
            .build();
    PyModule hook = new PyModule("usefreed");
    hook.function(
        "use_freed",
        (ts, a, kw) -> {
          PyList l = new PyList();
          Refs.incref(l);
          Refs.decref(l);
          Refs.incref(l);
          return PyNone.NONE;
        });
    interp.modules().putStr("usefreed", hook);
    int status =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(60),
            () ->
                interp.runSource(
                    "import threading, usefreed\n"
                        + "never = threading.Lock()\n"
                        + "never.acquire()\n"
                        + "go = threading.Event()\n"
                        + "def worker():\n"
                        + "    go.wait()\n"
                        + "    usefreed.use_freed()\n"
                        + "threading.Thread(target=worker, name='Worker').start()\n"
                        + "print('waiting', flush=True)\n"
                        + "go.set()\n"
                        + "never.acquire()\n"
                        + "print('not reached')\n",
                    "t.py"),
            "the program went on waiting after the fatal error");
    assertEquals(FatalError.STATUS, status);
    assertEquals("waiting\n", out.toString(StandardCharsets.UTF_8));
    String report = err.toString(StandardCharsets.UTF_8);
    assertTrue(
        report.startsWith("Fatal Python error: use of a freed object: list object at 0x"), report);
    assertTrue(report.contains("Current thread Worker"), report);
  }

  @Test
  void withoutCheckedModeAFreedIntIsReused() {
    Interpreter interp = Interpreter.builder().gil("serial").memory("testplain").build();
    ThreadState ts = interp.attachCurrentThread("T");
    try {
      PyInt a = ts.freeLists.intOf(1000);
      Refs.incref(a);
      Refs.decref(a);
      PyInt b = ts.freeLists.intOf(2000);
      assertTrue(a == b, "the freed int came back from the free list");
      assertEquals(2000, a.longValue(), "a stale reference now sees another value, as in C");
    } finally {
      interp.detachCurrentThread(ts);
    }
  }

  @Test
  void aProgramThatRunsCleanlyIsUnaffected() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        Interpreter.builder()
            .gil("serial")
            .memory("testplain")
            .checkMemory(true)
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .build()
            .runSource(
                "xs = [i * i for i in range(1000)]\nprint(sum(xs), len({x % 7 for x in xs}))\n",
                "t.py");
    assertEquals(0, status);
    assertEquals("332833500 4\n", out.toString(StandardCharsets.UTF_8));
  }
}
