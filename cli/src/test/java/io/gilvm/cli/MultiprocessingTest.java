package io.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * multiprocessing's children never outlive the program that started them: however it ends (a pool
 * left in a with block, a pool never closed when the program fails, a daemon process never joined,
 * a lambda refused by Pool.map) no child process is left once it has ended, and when the parent
 * process is killed outright its children halt by themselves.
 */
class MultiprocessingTest {

  @TempDir Path dir;

  /** The child processes of this JVM that are multiprocessing workers. */
  private static List<ProcessHandle> workers(ProcessHandle parent) {
    return parent
        .descendants()
        .filter(ProcessHandle::isAlive)
        .filter(
            p ->
                p.info()
                    .arguments()
                    .map(a -> List.of(a).contains("multiprocessing._child"))
                    .orElse(false))
        .collect(Collectors.toList());
  }

  private record Run(int status, String out, String err) {}

  /** Runs a program in this JVM as `gilvm run prog.py` would. */
  private synchronized Run run(String source) throws IOException {
    Path prog = dir.resolve("prog.py");
    Files.writeString(prog, source);
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      var cl = Main.commandLine();
      cl.setErr(new java.io.PrintWriter(System.err, true));
      int status = cl.execute("run", prog.toString());
      return new Run(
          status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private void assertNoWorkersLeft(Run r) throws InterruptedException {
    // The program has returned: its children were killed and waited for, so none may remain.
    List<ProcessHandle> left = workers(ProcessHandle.current());
    assertTrue(
        left.isEmpty(),
        "child processes left: " + left + "\nstdout:\n" + r.out + "\nstderr:\n" + r.err);
  }

  private static final String HEADER =
      "import multiprocessing as mp, time\n"
          + "def square(x):\n"
          + "    return x * x\n"
          + "def nap():\n"
          + "    time.sleep(120)\n";

  @Test
  void aPoolInAWithBlockLeavesNothing() throws Exception {
    Run r =
        run(
            HEADER
                + "if __name__ == '__main__':\n"
                + "    with mp.Pool(2) as pool:\n"
                + "        print(pool.map(square, [1, 2, 3]))\n");
    assertEquals(0, r.status, r.err);
    assertEquals("[1, 4, 9]\n", r.out);
    assertNoWorkersLeft(r);
  }

  @Test
  void aPoolNeverClosedWhenTheProgramFailsLeavesNothing() throws Exception {
    Run r =
        run(
            HEADER
                + "if __name__ == '__main__':\n"
                + "    pool = mp.Pool(2)\n"
                + "    print(pool.map(square, [4]))\n"
                + "    mp.Process(target=nap, daemon=True).start()\n"
                + "    raise RuntimeError('the parent fails')\n");
    assertEquals(1, r.status, r.err);
    assertTrue(r.err.endsWith("RuntimeError: the parent fails\n"), r.err);
    assertNoWorkersLeft(r);
  }

  @Test
  void aLambdaIsRefusedInTheParentAndLeavesNothing() throws Exception {
    Run r =
        run(
            HEADER
                + "if __name__ == '__main__':\n"
                + "    pool = mp.Pool(2)\n"
                + "    pool.map(lambda x: x, [1])\n");
    assertEquals(1, r.status, r.err);
    assertTrue(
        r.err.contains("_pickle.PicklingError: Can't pickle <function <lambda> at 0x"), r.err);
    assertTrue(r.err.strip().endsWith("attribute lookup <lambda> on __main__ failed"), r.err);
    assertNoWorkersLeft(r);
  }

  @Test
  void childrenHaltWhenTheirParentIsKilled() throws Exception {
    Path prog = dir.resolve("killed.py");
    Files.writeString(
        prog,
        HEADER
            + "if __name__ == '__main__':\n"
            + "    pool = mp.Pool(2)\n"
            + "    print(pool.map(square, [5]), flush=True)\n"
            + "    time.sleep(120)\n");
    ProcessTest.Proc parent = ProcessTest.start("run", prog.toString());
    parent.awaitOut("[25]");
    List<ProcessHandle> children = workers(parent.process.toHandle());
    assertEquals(2, children.size(), "workers of the parent" + parent.context());
    parent.process.destroyForcibly();
    parent.process.waitFor(30, TimeUnit.SECONDS);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    for (ProcessHandle c : children) {
      while (c.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertTrue(!c.isAlive(), "a worker outlived its killed parent: " + c.pid());
    }
  }
}
