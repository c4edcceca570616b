package io.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deadlock detector ({@code --deadlock}): two threads taking two locks in opposite orders are
 * reported with their Python stacks, once; waits with a timeout and condition waits are not.
 */
class DeadlockTest {
  @TempDir Path dir;

  /** Two threads take a Lock and an RLock in opposite orders; the barrier makes it certain. */
  static final String OPPOSITE_ORDERS =
      """
      import threading, time
      a = threading.Lock()
      b = threading.RLock()
      ready = threading.Barrier(2)

      def one():
          with a:
              ready.wait()
              with b:
                  pass

      def two():
          with b:
              ready.wait()
              with a:
                  pass

      threading.Thread(target=one, name="first", daemon=True).start()
      threading.Thread(target=two, name="second", daemon=True).start()
      """;

  private ProcessTest.Proc run(String mode, String program) throws Exception {
    Path file = dir.resolve("prog.py");
    Files.writeString(file, program);
    return ProcessTest.start("run", "--deadlock", mode, file.toString());
  }

  @Test
  void exitModeReportsTheCycleWithStacksAndExits() throws Exception {
    ProcessTest.Proc p = run("exit", OPPOSITE_ORDERS + "time.sleep(60)\n");
    int status = p.await();
    String err = p.err();
    assertEquals(1, status, p.context());
    assertTrue(
        err.startsWith(
            "gilvm: deadlock: 2 threads wait for each other's locks, without a timeout:\n"),
        p.context());
    assertTrue(
        err.contains("  Thread 'first' waits for <locked _thread.RLock object owner="),
        p.context());
    assertTrue(err.contains(", held by Thread 'second'\n"), p.context());
    assertTrue(
        err.contains("  Thread 'second' waits for <locked _thread.lock object at 0x"), p.context());
    assertTrue(err.contains(", held by Thread 'first'\n"), p.context());
    assertTrue(err.contains("\nThread 'first' (most recent call last):\n"), p.context());
    assertTrue(err.contains("prog.py\", line 9, in one\n    with b:\n"), p.context());
    assertTrue(err.contains("prog.py\", line 15, in two\n    with a:\n"), p.context());
  }

  @Test
  void reportModeReportsACycleOnceAndTheProgramGoesOn() throws Exception {
    // The main thread is not in the cycle: it sleeps through several scans, then exits.
    ProcessTest.Proc p = run("report", OPPOSITE_ORDERS + "time.sleep(2.5)\nprint('main done')\n");
    assertEquals(0, p.await(), p.context());
    assertEquals("main done\n", p.out());
    String err = p.err();
    assertEquals(1, err.split("gilvm: deadlock:", -1).length - 1, p.context());
  }

  @Test
  void joiningAThreadThatWaitsForTheJoinersLockIsADeadlock() throws Exception {
    String program =
        """
        import threading
        a = threading.Lock()

        def worker():
            with a:
                pass

        with a:
            t = threading.Thread(target=worker, name="worker")
            t.start()
            t.join()
        """;
    ProcessTest.Proc p = run("exit", program);
    assertEquals(1, p.await(), p.context());
    String err = p.err();
    assertTrue(
        err.contains(
            "  Thread 'MainThread' waits for the end of Thread 'worker' (join), held by Thread 'worker'\n"),
        p.context());
    assertTrue(
        err.contains("  Thread 'worker' waits for <locked _thread.lock object at 0x"), p.context());
    assertTrue(err.contains(", held by Thread 'MainThread'\n"), p.context());
    assertTrue(err.contains("prog.py\", line 11, in <module>\n    t.join()\n"), p.context());
  }

  @Test
  void offModeReportsNothing() throws Exception {
    ProcessTest.Proc p = run("off", OPPOSITE_ORDERS + "time.sleep(1.8)\nprint('main done')\n");
    assertEquals(0, p.await(), p.context());
    assertFalse(p.err().contains("deadlock"), p.context());
  }

  @Test
  void waitsWithATimeoutAndConditionWaitsAreNoDeadlock() throws Exception {
    String program =
        """
        import queue, threading
        a = threading.Lock()
        b = threading.Lock()
        ready = threading.Barrier(2)
        got = []

        def one():
            with a:
                ready.wait()
                got.append(b.acquire(timeout=1.4))   # times out, then lets a go

        def two():
            with b:
                ready.wait()
                got.append(a.acquire(timeout=5))     # gets a once one let it go

        q = queue.Queue()
        def consumer():
            got.append(q.get())   # a condition wait of 1.6 s: the waiter holds its own lock

        threads = [threading.Thread(target=f) for f in (one, two, consumer)]
        for t in threads:
            t.start()
        threads[0].join()
        q.put('item')
        for t in threads:
            t.join()
        print(sorted(map(str, got)))
        """;
    ProcessTest.Proc p = run("exit", program);
    assertEquals(0, p.await(), p.context());
    assertEquals("['False', 'True', 'item']\n", p.out());
    assertFalse(p.err().contains("deadlock"), p.context());
  }
}
