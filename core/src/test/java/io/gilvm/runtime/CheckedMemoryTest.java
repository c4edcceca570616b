package io.gilvm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Checked mode turns a use of a freed object into a fatal error naming who freed it. */
class CheckedMemoryTest {

  @Test
  void touchingAFreedObjectIsFatalAndNamesTheFreeingThread() {
    Interpreter interp = Interpreter.builder().gil("serial").memory("testplain").checkMemory(true).build();
    ThreadState ts = interp.attachCurrentThread("Worker-7");
    try {
      PyList l = new PyList();
      Refs.incref(l);
      Refs.decref(l);
      assertTrue(l.isDead(), "a count that reached zero deallocates");
      FatalError e = assertThrows(FatalError.class, () -> Refs.incref(l));
      assertTrue(e.getMessage().startsWith("use of a freed object: list object at 0x"), e.getMessage());
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
   * Biased counting tells an object's owner by Java thread id, and a reader without a lock may
   * try to count an object that has just died: the freed object must look owned by no thread,
   * whatever number the interpreter gave the thread that freed it, or the reader whose Java id
   * equals that number would count the dead object as its own.
   */
  @Test
  void aFreedObjectLooksOwnedByNoThread() {
    Interpreter interp = Interpreter.builder().gil("serial").memory("testplain").checkMemory(true).build();
    ThreadState ts = interp.attachCurrentThread("Worker-1");
    try {
      PyList l = new PyList();
      Refs.incref(l);
      Refs.decref(l);
      assertTrue(l.isDead());
      assertTrue(l.ownerThread <= 0, "owner field " + l.ownerThread + " could be a live thread's id");
      FatalError e = assertThrows(FatalError.class, () -> Refs.incref(l));
      assertTrue(e.getMessage().endsWith("(freed by Worker-1)"), e.getMessage());
    } finally {
      interp.detachCurrentThread(ts);
    }
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
            .runSource("xs = [i * i for i in range(1000)]\nprint(sum(xs), len({x % 7 for x in xs}))\n", "t.py");
    assertEquals(0, status);
    assertEquals("332833500 4\n", out.toString(StandardCharsets.UTF_8));
  }
}
