package io.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ChildMain reads exactly the command line that ProgramOptions.childCommand writes, and refuses
 * anything else with one line.
 */
class ChildMainTest {

  @Test
  void theChildCommandNamesChildMainAndPassesTheStrategiesAsNameValue() {
    ProgramOptions o = new ProgramOptions();
    o.gil = "legacy";
    o.memory = "atomic";
    o.checkInterval = 7;
    o.checkMemory = true;
    List<String> cmd = o.childCommand();
    int at = cmd.indexOf(ChildMain.class.getName());
    assertTrue(at > 0, cmd.toString());
    assertEquals(
        List.of("--gil=legacy", "--memory=atomic", "--check-interval=7", "--check-memory"),
        cmd.subList(at + 1, cmd.size()));
  }

  @Test
  void aWorkerDefersC2AndThisJvmsOwnOptionsComeAfterSoTheyWin() {
    List<String> cmd = new ProgramOptions().childCommand();
    int jit = cmd.indexOf("-XX:Tier4InvocationThreshold=20000");
    assertTrue(jit == 1, cmd.toString());
    assertEquals(
        ProgramOptions.WORKER_JIT_OPTIONS,
        cmd.subList(1, 1 + ProgramOptions.WORKER_JIT_OPTIONS.size()));
    int cp = cmd.indexOf("-cp");
    assertTrue(cp > jit + ProgramOptions.WORKER_JIT_OPTIONS.size() - 1, cmd.toString());
    for (String arg :
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!arg.startsWith("-agentlib:jdwp") && !arg.startsWith("-javaagent")) {
        int at = cmd.lastIndexOf(arg);
        assertTrue(at > jit, arg + " should follow the worker's defaults in " + cmd);
      }
    }
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Main.UsageError e =
        assertThrows(
            Main.UsageError.class, () -> ChildMain.run(new String[] {"--frobnicate=1", "-m", "x"}));
    assertEquals("child: unknown option --frobnicate=1", e.getMessage());
  }

  @Test
  void aMissingModuleIsAUsageError() {
    Main.UsageError e =
        assertThrows(Main.UsageError.class, () -> ChildMain.run(new String[] {"--gil=newgil"}));
    assertEquals("child: expected -m MODULE after the options", e.getMessage());
  }

  @Test
  void aBadCheckIntervalIsAUsageError() {
    Main.UsageError e =
        assertThrows(
            Main.UsageError.class,
            () -> ChildMain.run(new String[] {"--check-interval=x", "-m", "m"}));
    assertEquals("child: --check-interval expects a number, not x", e.getMessage());
  }
}
