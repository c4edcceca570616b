package io.gilvm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.spi.Checkpoints;
import io.gilvm.state.Interpreter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The compiled tier offers the lock the same checkpoints as the interpreter: a program run with
 * {@code --tier interp} and with {@code --tier compiled} gives the {@link CheckpointProbe} the same
 * sequence of frame snapshots, under both checkpoint placements. A compiled statement that could be
 * split where the interpreter's cannot (or the reverse) changes the sequence.
 */
class CompiledTierTest {
  /**
   * {@code n += 1} in a loop: split between INPLACE_ADD and STORE_FAST under {@code every} only.
   */
  static final String INCREMENT =
      """
      def work():
          n = 0
          for i in range(3):
              n += 1
          return n
      print(work())
      """;

  /** The shapes of lost updates the proof matrix uses, with an exception handled in the loop. */
  static final String SHARED =
      """
      counter = 0
      class Box:
          def __init__(self):
              self.v = 0
      def bump(box, items):
          global counter
          for i in range(3):
              counter += 1
              box.v += 1
              items[0] += 1
              try:
                  if i == 1:
                      raise ValueError(i)
              except ValueError as e:
                  items.append(str(e))
          k = 3
          while k:
              k -= 1
          return len(items) + (1 if items else 0)
      print(bump(Box(), [0]), counter)
      """;

  private record Run(List<String> snapshots, String out, long compiledCheckpoints) {}

  private static Run run(String source, String tier, Checkpoints placement) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Interpreter interp =
        Interpreter.builder()
            .gil("probe")
            .checkpoints(placement)
            .tier(tier)
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .build();
    // The program runs in the interpreter's own thread; the tests of this class run one at a time.
    synchronized (CheckpointProbe.SNAPSHOTS) {
      CheckpointProbe.SNAPSHOTS.clear();
    }
    CheckpointProbe.COMPILED.set(0);
    int status = interp.runSource(source, "probe.py");
    assertEquals(0, status, "the probe program failed: " + out);
    List<String> snapshots;
    synchronized (CheckpointProbe.SNAPSHOTS) {
      snapshots = new ArrayList<>(CheckpointProbe.SNAPSHOTS);
    }
    return new Run(snapshots, out.toString(StandardCharsets.UTF_8), CheckpointProbe.COMPILED.get());
  }

  @ParameterizedTest
  @EnumSource(Checkpoints.class)
  void compiledCodeCheckpointsWhereTheInterpreterDoes(Checkpoints placement) {
    for (String program : List.of(INCREMENT, SHARED)) {
      Run interp = run(program, "interp", placement);
      Run compiled = run(program, "compiled", placement);
      assertFalse(interp.snapshots().isEmpty(), "no checkpoint recorded");
      assertEquals(0, interp.compiledCheckpoints(), "the interpreter ran compiled code");
      assertEquals(
          compiled.snapshots().size(),
          compiled.compiledCheckpoints(),
          "some checkpoints of the compiled run came from the interpreter");
      assertEquals(interp.out(), compiled.out());
      assertEquals(String.join("\n", interp.snapshots()), String.join("\n", compiled.snapshots()));
    }
  }

  /**
   * The probe sees the split of {@code n += 1} where CPython's GIL could switch, and only there.
   */
  @Test
  void theIncrementIsSplitUnderEveryAndNotUnderBackedges() {
    String split = "work stack=[range_iterator,1,-,-] fast=[0,0]";
    for (String tier : List.of("interp", "compiled")) {
      assertTrue(run(INCREMENT, tier, Checkpoints.EVERY).snapshots().contains(split), tier);
      assertFalse(run(INCREMENT, tier, Checkpoints.BACKEDGES).snapshots().contains(split), tier);
    }
  }
}
