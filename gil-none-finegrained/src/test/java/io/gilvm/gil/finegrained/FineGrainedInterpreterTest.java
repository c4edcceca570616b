package io.gilvm.gil.finegrained;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.state.Interpreter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The finegrained lock driving the real eval loop: threads run bytecode in parallel, and the
 * per-object critical sections keep containers whole and never deadlock. Timeouts here only turn a
 * hang into a failure; nothing asserts how fast anything runs.
 */
class FineGrainedInterpreterTest {

  /** A hang is a failure, not a stuck build. */
  private static final Duration HANG = Duration.ofMinutes(2);

  record Run(int status, String out, String err) {}

  static Run run(String memory, boolean objectLocks, String... lines) {
    return run(memory, objectLocks, false, lines);
  }

  static Run run(String memory, boolean objectLocks, boolean checked, String... lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Interpreter.builder()
            .gil("finegrained")
            .memory(memory)
            .objectLocks(objectLocks)
            .checkMemory(checked)
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .err(new PrintStream(err, true, StandardCharsets.UTF_8))
            .build()
            .runSource(String.join("\n", lines) + "\n", "test.py");
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static final String[] APPENDS = {
    "import threading",
    "items = []",
    "def work(tag):",
    "    for i in range(100_000):",
    "        items.append(i)",
    "ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]",
    "for t in ts: t.start()",
    "for t in ts: t.join()",
    "print(len(items), sum(items))",
  };

  /** Object locks make list.append atomic: two threads × 100k appends leave exactly 200k. */
  @Test
  void objectLocksKeepEveryAppend() {
    Run r = assertTimeoutPreemptively(HANG, () -> run("atomic", true, APPENDS));
    assertEquals(0, r.status(), r.err());
    assertEquals("200000 " + 2 * (99_999L * 100_000 / 2), r.out().trim());
  }

  /**
   * Without object locks the same program may lose appends or raise, but must end: no probe or
   * resize loop may spin forever on a table two threads wrote at once. The outcome is reported.
   */
  @Test
  void withoutObjectLocksAppendsMayBeLostButTheProgramEnds() {
    Run r = assertTimeoutPreemptively(HANG, () -> run("atomic", false, APPENDS));
    System.out.println(
        "object locks off, 2 x 100000 appends: status "
            + r.status()
            + ", printed "
            + r.out().trim()
            + (r.err().isEmpty()
                ? ""
                : ", stderr: " + r.err().lines().reduce((a, b) -> b).orElse("")));
  }

  /**
   * Without object locks, three threads growing one dict and one set at once may lose keys or
   * raise, but the program must end: a resize that another thread's resize overtook once spun for
   * ever on a full table (found by the lab's shared-dict experiment, in 4 of 6 runs).
   */
  @Test
  void withoutObjectLocksDictAndSetResizesEnd() {
    Run r =
        assertTimeoutPreemptively(
            HANG,
            () ->
                run(
                    "biased",
                    false,
                    "import threading",
                    "def work(d, s, k):",
                    "    try:",
                    "        for i in range(20_000):",
                    "            d[(k, i)] = k",
                    "            s.add((k, i))",
                    "    except RuntimeError:",
                    "        pass",
                    "for _ in range(5):",
                    "    d, s = {}, set()",
                    "    ts = [threading.Thread(target=work, args=(d, s, k)) for k in range(3)]",
                    "    for t in ts: t.start()",
                    "    for t in ts: t.join()",
                    "    try:",
                    "        print(len(d), len(s))",
                    "        del d, s",
                    "    except RuntimeError as e:",
                    "        print(e)"));
    System.out.println(
        "object locks off, 3 x 20000 dict and set stores, 5 rounds: status "
            + r.status()
            + ", printed "
            + String.join(" / ", r.out().trim().lines().toList()));
    assertTrue(r.status() == 0 || r.status() == 1, r.err());
  }

  /** Distinct keys stored by two threads into one dict are all there. */
  @Test
  void objectLocksKeepEveryDictStore() {
    Run r =
        assertTimeoutPreemptively(
            HANG,
            () ->
                run(
                    "atomic",
                    true,
                    "import threading",
                    "d = {}",
                    "def work(k):",
                    "    for i in range(50_000):",
                    "        d[(k, i)] = i",
                    "ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]",
                    "for t in ts: t.start()",
                    "for t in ts: t.join()",
                    "print(len(d), all(d[(k, i)] == i for k in range(2) for i in range(50_000)))"));
    assertEquals(0, r.status(), r.err());
    assertEquals("100000 True", r.out().trim());
  }

  /**
   * A thread that blocks inside a critical section (here: an {@code __eq__} called by {@code in} on
   * a list waits for an event) suspends it, so another thread can still use the list — the other
   * thread appends and then sets the event. Holding the list's lock across the wait would deadlock.
   */
  @Test
  void blockingInsideASectionReleasesIt() {
    Run r =
        assertTimeoutPreemptively(
            HANG,
            () ->
                run(
                    "atomic",
                    true,
                    "import threading",
                    "ready = threading.Event()",
                    "entered = threading.Event()",
                    "class Slow:",
                    "    def __eq__(self, other):",
                    "        entered.set()",
                    "        ready.wait()",
                    "        return True",
                    "lst = [Slow()]",
                    "def other():",
                    "    entered.wait()",
                    "    lst.append(1)",
                    "    ready.set()",
                    "t = threading.Thread(target=other)",
                    "t.start()",
                    "print(42 in lst, len(lst))",
                    "t.join()"));
    assertEquals(0, r.status(), r.err());
    assertEquals("True 2", r.out().trim());
  }

  /**
   * Nested sections taken in opposite orders by two threads (each thread's {@code __eq__}, called
   * inside a section on one list, appends to the other list) never deadlock: a thread that finds a
   * mutex taken suspends the sections it holds before it waits.
   */
  @Test
  void nestedSectionsInOppositeOrdersNeverDeadlock() {
    Run r =
        assertTimeoutPreemptively(
            HANG,
            () ->
                run(
                    "atomic",
                    true,
                    "import threading",
                    "a = []",
                    "b = []",
                    "class Touch:",
                    "    def __init__(self, target): self.target = target",
                    "    def __eq__(self, other):",
                    "        self.target.append(0)",
                    "        return False",
                    "a.append(Touch(b))",
                    "b.append(Touch(a))",
                    "def work(lst):",
                    "    for _ in range(20_000):",
                    "        7 in lst",
                    "ts = [threading.Thread(target=work, args=(x,)) for x in (a, b)]",
                    "for t in ts: t.start()",
                    "for t in ts: t.join()",
                    "print(len(a), len(b))"));
    assertEquals(0, r.status(), r.err());
    // `7 in a` compares 7 with every item of a, and only the Touch at index 0 appends (to b).
    assertEquals("20001 20001", r.out().trim());
  }

  /** sys._is_gil_enabled() tells the truth. */
  @Test
  void reportsNoGil() {
    Run r = run("atomic", true, "import sys", "print(sys._is_gil_enabled())");
    assertEquals(0, r.status(), r.err());
    assertEquals("False", r.out().trim());
  }

  private static final String[] SHARED_COUNTS = {
    "import threading",
    "shared = [[i] for i in range(50)]",
    "def work(k):",
    "    for r in range(20_000):",
    "        x = shared[(r + k) % 50]",
    "        y = x",
    "        del x, y",
    "ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]",
    "for t in ts: t.start()",
    "for t in ts: t.join()",
    "import sys",
    "print(sum(sys.getrefcount(s) for s in shared) - 3 * len(shared))",
  };

  /**
   * Non-atomic counts without a global lock: two threads taking and dropping references to the same
   * objects lose count updates (the sum printed is then not 0, or a freed list made the run fail).
   * Whether a run loses any is up to the scheduler, so the drift is reported, not asserted; what is
   * asserted is that a lost count never breaks the interpreter: in checked mode a run either ends
   * normally or stops with CPython's fatal error for a freed object (exit 134), never with an
   * internal error.
   */
  @Test
  void plainCountsWithoutAGilDriftAndCheckedModeCatchesTheFrees() {
    int drifted = 0;
    int fatal = 0;
    int runs = 5;
    for (int i = 0; i < runs; i++) {
      Run r = assertTimeoutPreemptively(HANG, () -> run("plain", true, SHARED_COUNTS));
      // Unchecked, a premature free is C's: a freed list may be reused and the program may see
      // another value or raise; but the interpreter itself must not fail.
      assertFalse(r.err().contains("internal error"), r.err());
      if (r.status() != 0 || !r.out().trim().equals("0")) {
        drifted++;
      }
      Run c = assertTimeoutPreemptively(HANG, () -> run("plain", true, true, SHARED_COUNTS));
      if (c.status() == 134) {
        assertTrue(c.err().contains("Fatal Python error: use of a freed object: "), c.err());
        fatal++;
      } else {
        assertEquals(0, c.status(), c.err());
      }
      assertFalse(c.err().contains("internal error"), c.err());
    }
    System.out.println(
        "finegrained+plain, 2 threads x 20000 shared loads: counts drifted in "
            + drifted
            + " of "
            + runs
            + " runs; checked mode stopped on a freed object in "
            + fatal
            + " of "
            + runs
            + " runs");
  }

  /**
   * {@code s += t} grows the string where it is only when the memory strategy proves the variable
   * and the stack its only owners: biased for the thread that made it, atomic always. The id
   * staying the same is what shows it. A string another name holds, or that another thread has
   * counted, is copied, and its other owner keeps the old text.
   */
  @Test
  void inPlaceConcatOnlyWhenProvablyUnshared() {
    String[] program = {
      "import threading",
      "def grow(n):",
      "    s = 'ab' * n",
      "    before = id(s)",
      "    s += 'c'",
      "    print(id(s) == before, len(s))",
      "    t = s",
      "    s += 'd'",
      "    print(id(s) == id(t), t[-1], s[-1])",
      "grow(8)",
      "box = []",
      "taken = threading.Event(); go = threading.Event()",
      "def other():",
      "    v = box.pop()",
      "    taken.set(); go.wait()",
      "    print(len(v))",
      "def main(n):",
      "    s = 'xy' * n",
      "    box.append(s)",
      "    th = threading.Thread(target=other)",
      "    th.start(); taken.wait()",
      "    s += 'z'",
      "    go.set(); th.join()",
      "    print(len(s))",
      "main(8)",
    };
    for (String memory : new String[] {"biased", "atomic"}) {
      Run r = assertTimeoutPreemptively(HANG, () -> run(memory, true, true, program));
      assertEquals(0, r.status(), memory + ": " + r.err());
      assertEquals("True 17\nFalse c d\n16\n17", r.out().trim(), memory);
    }
    Run plain = assertTimeoutPreemptively(HANG, () -> run("plain", true, program));
    assertEquals("False 17\nFalse c d\n16\n17", plain.out().trim(), "plain counts cannot prove it");
  }

  /**
   * Many threads replacing one global while others read it without the dict's lock: with biased
   * counts and checked memory, a reader may find a value already freed, and must be refused, never
   * stopped by a fatal error. From the command line, {@code examples/lost_update.py} (this
   * program's shape) once stopped so in 3 of 5 runs: a freed object's owner field held the number
   * of the thread that freed it, which a live reader's Java thread id could equal. That collision
   * needs thread ids this test's JVM may not give; core's {@code CheckedMemoryTest} checks its
   * cause directly.
   */
  @Test
  void checkedModeNeverStopsOnAValueFreedUnderALockFreeRead() {
    String[] program = {
      "import threading",
      "n = 0",
      "def work():",
      "    global n",
      "    for _ in range(2000):",
      "        n += 1",
      "ts = [threading.Thread(target=work) for _ in range(100)]",
      "for t in ts: t.start()",
      "for t in ts: t.join()",
      "print(0 < n <= 200000)",
    };
    for (int round = 0; round < 3; round++) {
      Run r = assertTimeoutPreemptively(HANG, () -> run("biased", true, true, program));
      assertEquals(0, r.status(), "round " + round + ": " + r.err());
      assertEquals("True", r.out().trim());
    }
  }
}
