package io.gilvm.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gilvm.spi.Checkpoints;
import org.junit.jupiter.api.Test;

class StressConfigTest {

  @Test
  void aSpecNamesLockMemoryCheckpointsAndObjectLocks() {
    StressConfig c = StressConfig.parse("finegrained+biased+backedges+no-object-locks");
    assertEquals(new StressConfig("finegrained", "biased", Checkpoints.BACKEDGES, false), c);
    assertEquals("finegrained+biased+backedges+no-object-locks", c.spec());
  }

  @Test
  void checkpointsDefaultToEveryAndObjectLocksToOn() {
    assertEquals(
        new StressConfig("newgil", "plain", Checkpoints.EVERY, true),
        StressConfig.parse("newgil+plain"));
    assertEquals(
        new StressConfig("finegrained", "biased", Checkpoints.EVERY, false),
        StressConfig.parse("finegrained+biased+no-object-locks"));
  }

  @Test
  void specRoundTrips() {
    for (String spec :
        new String[] {
          "legacy+plain+every", "newgil+atomic+backedges", "x+y+every+no-object-locks"
        }) {
      assertEquals(spec, StressConfig.parse(spec).spec());
    }
  }

  @Test
  void aMalformedSpecSaysWhatIsExpected() {
    for (String bad :
        new String[] {
          "newgil", "+plain", "newgil+", "a+b+sometimes", "a+b+no-object-locks+every", "a+b+c+d+e"
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> StressConfig.parse(bad), bad);
      assertEquals(
          "bad configuration '"
              + bad
              + "'; expected lock+memory[+every|+backedges][+no-object-locks]",
          e.getMessage());
    }
  }
}
