package io.gilvm.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.state.Interpreter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a flight recording running, an interpreter reports its lock events to JFR. */
class JfrEventsTest {

  @Test
  void aRunUnderAFlightRecordingShowsTheLockAndTheBlockingCalls(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("run.jfr");
    try (Recording recording = new Recording()) {
      for (String name :
          new String[] {"io.gilvm.LockWait", "io.gilvm.LockHeld", "io.gilvm.BlockingCall"}) {
        recording.enable(name);
      }
      recording.start();
      int status =
          Interpreter.builder()
              .gil("serial")
              .memory("testplain")
              .out(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
              .build()
              .runSource("import time\ntime.sleep(0)\ntime.sleep(0.05)\n", "sleepy.py");
      assertEquals(0, status);
      recording.stop();
      recording.dump(file);
    }
    List<RecordedEvent> events = RecordingFile.readAllEvents(file);
    for (String type :
        new String[] {"io.gilvm.LockWait", "io.gilvm.LockHeld", "io.gilvm.BlockingCall"}) {
      assertTrue(
          events.stream()
              .anyMatch(
                  e ->
                      e.getEventType().getName().equals(type)
                          && "MainThread".equals(e.getString("pythonThread"))
                          && "serial".equals(e.getString("lock"))),
          "no " + type + " event for MainThread among " + events.size());
    }
    // The longest blocking call is the 50 ms sleep's. A sleep's deadline is fixed before its
    // blocking region opens, and the region's first use loads JFR's event classes, which can take
    // all of a short sleep on a busy machine: sleep(0) pays for that first.
    RecordedEvent sleep =
        events.stream()
            .filter(e -> e.getEventType().getName().equals("io.gilvm.BlockingCall"))
            .max(java.util.Comparator.comparing(RecordedEvent::getDuration))
            .orElseThrow();
    assertTrue(
        sleep.getDuration().toNanos() >= 25_000_000,
        "the sleep's blocking call: " + sleep.getDuration());
  }
}
