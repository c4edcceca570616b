package io.gilvm.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.trace.Recorder.Span;
import io.gilvm.trace.Recorder.State;
import io.gilvm.trace.Recorder.Track;
import io.gilvm.spi.LockEvents.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How recorded lock events become spans and totals. Times are given, not measured. */
class RecorderTest {

  private static Track track(Object... timesAndKinds) {
    Track t = new Track(new io.gilvm.spi.ThreadHandle(7, "T"), (long) timesAndKinds[0]);
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
  void aJavaThreadServingTwoInterpreterThreadsInTurnKeepsATrackForEach() {
    Recorder rec = new Recorder();
    io.gilvm.spi.ThreadHandle a = new io.gilvm.spi.ThreadHandle(1, "A");
    io.gilvm.spi.ThreadHandle b = new io.gilvm.spi.ThreadHandle(2, "B");
    rec.event(a, Kind.WANTS);
    rec.event(a, Kind.TOOK);
    rec.event(b, Kind.WANTS);
    rec.instructions(b, 42);
    rec.event(b, Kind.RELEASED_EXIT);
    List<Track> tracks = rec.tracks();
    assertEquals(List.of("A", "B"), tracks.stream().map(Track::name).toList());
    assertEquals(2, tracks.get(0).size());
    assertEquals(1, tracks.get(0).acquisitions());
    assertEquals(2, tracks.get(1).size());
    assertEquals(42, tracks.get(1).instructions());
    assertEquals(0, tracks.get(1).acquisitions());
  }

  @Test
  void aDropRequestChangesNothingButIsKept() {
    Track t = track(0L, Kind.WANTS, 5L, Kind.DROP_REQUEST, 9L, Kind.TOOK);
    assertEquals(List.of(new Span(State.WAITING, 0, 9)), t.spans());
    assertEquals(Kind.DROP_REQUEST, t.kind(1));
  }

  @Test
  void aFullBufferCountsWhatItDropsAndKeepsTheTotalsExact() {
    Track t = new Track(new io.gilvm.spi.ThreadHandle(1, "T"), 0);
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

  @Test
  void concurrentProducersLoseNoEventTheyDoNotCountAsDropped() throws Exception {
    Recorder rec = new Recorder();
    int threads = 4;
    int pairs = 200_000;
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    List<Thread> ts = new java.util.ArrayList<>();
    for (int k = 0; k < threads; k++) {
      io.gilvm.spi.ThreadHandle h = new io.gilvm.spi.ThreadHandle(k, "T" + k);
      // One thread fills its buffer past the limit, so dropping is counted under contention too.
      int mine = k == 0 ? Recorder.MAX_EVENTS / 2 + 1000 : pairs;
      Thread t = new Thread(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          throw new AssertionError(e);
        }
        for (int i = 0; i < mine; i++) {
          rec.event(h, Kind.WANTS);
          rec.event(h, Kind.TOOK);
        }
      });
      t.start();
      ts.add(t);
    }
    go.countDown();
    for (Thread t : ts) {
      t.join();
    }
    List<Track> tracks = rec.tracks();
    assertEquals(threads, tracks.size());
    for (Track t : tracks) {
      long sent = 2L * (t.threadId() == 0 ? Recorder.MAX_EVENTS / 2 + 1000 : pairs);
      assertEquals(sent, t.size() + t.dropped(), t.name());
      assertEquals(sent / 2, t.acquisitions(), t.name());
      for (int i = 0; i < t.size(); i++) {
        assertEquals(i % 2 == 0 ? Kind.WANTS : Kind.TOOK, t.kind(i), t.name() + " event " + i);
        if (i > 0) {
          assertTrue(t.time(i) >= t.time(i - 1), t.name() + " out of order at " + i);
        }
      }
    }
    assertEquals(2000, tracks.stream().filter(t -> t.threadId() == 0).findFirst().orElseThrow().dropped());
  }
}
