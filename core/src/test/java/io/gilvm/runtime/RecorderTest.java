package io.gilvm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.runtime.Recorder.Span;
import io.gilvm.runtime.Recorder.State;
import io.gilvm.runtime.Recorder.Track;
import io.gilvm.spi.LockEvents.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How recorded lock events become spans and totals. Times are given, not measured. */
class RecorderTest {

  private static Track track(Object... timesAndKinds) {
    Track t = new Track(7, "T", (long) timesAndKinds[0]);
    for (int i = 0; i < timesAndKinds.length; i += 2) {
      t.add((long) timesAndKinds[i], (Kind) timesAndKinds[i + 1]);
    }
    return t;
  }

  @Test
  void eventsCutTheThreadsLifeIntoRunningWaitingAndBlocked() {
    Track t = track(
        0L, Kind.WANTS, 10L, Kind.TOOK, 50L, Kind.FORCED_SWITCH, 51L, Kind.WANTS, 70L, Kind.TOOK,
        100L, Kind.BLOCKING_BEGIN, 300L, Kind.BLOCKING_END, 300L, Kind.WANTS, 320L, Kind.TOOK,
        400L, Kind.RELEASED_EXIT);
    assertEquals(
        List.of(
            new Span(State.WAITING, 0, 10),
            new Span(State.RUNNING, 10, 50),
            new Span(State.WAITING, 50, 70),
            new Span(State.RUNNING, 70, 100),
            new Span(State.BLOCKED, 100, 300),
            new Span(State.WAITING, 300, 320),
            new Span(State.RUNNING, 320, 400)),
        t.spans());
    assertEquals(40 + 30 + 80, t.nanosIn(State.RUNNING));
    assertEquals(10 + 20 + 20, t.nanosIn(State.WAITING));
    assertEquals(200, t.nanosIn(State.BLOCKED));
    assertEquals(3, t.acquisitions());
  }

  @Test
  void aDropRequestChangesNothingButIsKept() {
    Track t = track(0L, Kind.WANTS, 5L, Kind.DROP_REQUEST, 9L, Kind.TOOK);
    assertEquals(List.of(new Span(State.WAITING, 0, 9)), t.spans());
    assertEquals(Kind.DROP_REQUEST, t.kind(1));
  }

  @Test
  void aFullBufferCountsWhatItDropsAndKeepsTheTotalsExact() {
    Track t = new Track(1, "T", 0);
    long time = 0;
    for (int i = 0; i < Recorder.MAX_EVENTS + 10; i += 2) {
      t.add(time, Kind.WANTS);
      t.add(time + 1, Kind.TOOK);
      time += 3;
    }
    assertEquals(Recorder.MAX_EVENTS, t.size());
    assertEquals(10, t.dropped());
    assertEquals((Recorder.MAX_EVENTS + 10) / 2, t.acquisitions());
    assertTrue(t.nanosIn(State.RUNNING) > 0);
  }
}
