package io.gilvm.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line: mistakes are one line and exit 2, before any test runs. */
class ProofMatrixTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws Exception {
    return ProofMatrix.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpPrintsTheUsage() throws Exception {
    assertEquals(0, run("--help"));
    assertTrue(
        out.toString(StandardCharsets.UTF_8)
            .startsWith("usage: stress/run [--quick | --thorough]"));
  }

  @Test
  void anUnknownOptionIsAUsageError() throws Exception {
    assertEquals(2, run("--fast"));
    assertTrue(err().startsWith("stress: unknown option '--fast'\nusage:"), err());
  }

  @Test
  void anOptionWithoutItsValueIsAUsageError() throws Exception {
    assertEquals(2, run("--only"));
    assertTrue(err().startsWith("stress: --only needs a value\n"), err());
  }

  @Test
  void aMalformedConfigurationIsAUsageError() throws Exception {
    assertEquals(2, run("--only", "newgil"));
    assertEquals(
        "stress: bad configuration 'newgil'; expected lock+memory[+every|+backedges][+no-object-locks]\n",
        err());
  }

  @Test
  void anUnknownTestIsAUsageError() throws Exception {
    assertEquals(2, run("--tests", "GlobalAddTest,NoSuchTest"));
    assertEquals("stress: no such test: NoSuchTest\n", err());
  }
}
