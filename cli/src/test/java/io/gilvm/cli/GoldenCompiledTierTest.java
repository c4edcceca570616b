package io.gilvm.cli;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden programs ({@link GoldenTest}) in the compiled tier's two modes: a class of its own so
 * that surefire's two test JVMs can run it beside GoldenTest's four modes.
 */
class GoldenCompiledTierTest {
  /**
   * The same programs through the compiled tier ({@code --tier compiled}: every function, class and
   * module body the translator handles runs as generated JVM code from its first call), in checked
   * memory mode with the leak report: an instruction whose compiled form differed from the
   * interpreter's in what it does, what it counts or where an exception leaves the frame shows up
   * as a wrong output, a traceback, a fatal error or a leak.
   */
  @TestFactory
  Stream<DynamicTest> goldenProgramsCompiledTier() throws IOException {
    return GoldenTest.programs(true, null, null, "compiled");
  }

  /** The compiled tier without a GIL (finegrained, biased counts, object locks), checked memory. */
  @TestFactory
  Stream<DynamicTest> goldenProgramsCompiledTierWithoutAGil() throws IOException {
    return GoldenTest.programs(true, "finegrained", null, "compiled");
  }
}
