package io.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * hashlib and zlib release the interpreter lock on inputs of 2048 bytes or more, and only then:
 * each release is followed by one more acquisition in the {@code --stats} row of the thread.
 */
class NativeReleaseTest {

  private static synchronized long mainAcquisitions(String code) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      var cl = Main.commandLine();
      cl.setErr(new java.io.PrintWriter(System.err, true));
      int status = cl.execute("run", "--stats", "-c", code);
      System.err.flush();
      String text = err.toString(StandardCharsets.UTF_8);
      assertEquals(0, status, text);
      String row =
          text.lines()
              .filter(l -> l.trim().startsWith("MainThread "))
              .findFirst()
              .orElseThrow(() -> new AssertionError(text));
      String[] cols = row.trim().split("\\s+");
      return Long.parseLong(cols[cols.length - 1].replace(",", ""));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private static long extraAcquisitions(String callTemplate) {
    String prelude = "import hashlib, zlib\n";
    long small = mainAcquisitions(prelude + "for _ in range(10): " + callTemplate.formatted(2047));
    long large = mainAcquisitions(prelude + "for _ in range(10): " + callTemplate.formatted(2048));
    return large - small;
  }

  @Test
  void hashingReleasesTheLockFrom2048Bytes() {
    assertEquals(10, extraAcquisitions("hashlib.sha256(bytes(%d))"));
  }

  @Test
  void updatingFromABytearrayReleasesTheLockToo() {
    assertEquals(10, extraAcquisitions("hashlib.md5().update(bytearray(%d))"));
  }

  @Test
  void zlibReleasesTheLockFrom2048Bytes() {
    assertEquals(10, extraAcquisitions("zlib.crc32(bytes(%d))"));
    assertEquals(10, extraAcquisitions("zlib.compress(bytes(%d))"));
  }
}
