package io.gilvm.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.spi.LockEvents.Kind;
import io.gilvm.spi.ThreadHandle;
import io.gilvm.trace.Recorder.State;
import io.gilvm.trace.Recorder.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * How the recorder totals lock events and streams them to its sinks. Times are given, not measured.
 */
class RecorderTest {

  @Test
  void eventsAddUpToTimeRunningWaitingAndBlocked() {
    Recorder rec = new Recorder();
    ThreadHandle h = new ThreadHandle(7, "T");
    long[] times = {0, 10, 50, 51, 70, 100, 300, 300, 320, 400};
    Kind[] kinds = {
      Kind.WANTS, Kind.TOOK, Kind.FORCED_SWITCH, Kind.WANTS, Kind.TOOK,
      Kind.BLOCKING_BEGIN, Kind.BLOCKING_END, Kind.WANTS, Kind.TOOK, Kind.RELEASED_EXIT
    };
    for (int i = 0; i < times.length; i++) {
      rec.record(h, times[i], kinds[i]);
    }
    Track t = rec.tracks().get(0);
    assertEquals(40 + 30 + 80, t.nanosIn(State.RUNNING));
    assertEquals(10 + 20 + 20, t.nanosIn(State.WAITING));
    assertEquals(200, t.nanosIn(State.BLOCKED));
    assertEquals(3, t.acquisitions());
    assertEquals(times.length, t.recorded());
  }

  @Test
  void aJavaThreadServingTwoInterpreterThreadsInTurnKeepsATrackForEach() {
    Recorder rec = new Recorder();
    ThreadHandle a = new ThreadHandle(1, "A");
    ThreadHandle b = new ThreadHandle(2, "B");
    rec.event(a, Kind.WANTS);
    rec.event(a, Kind.TOOK);
    rec.event(b, Kind.WANTS);
    rec.instructions(b, 42);
    rec.event(b, Kind.RELEASED_EXIT);
    List<Track> tracks = rec.tracks();
    assertEquals(List.of("A", "B"), tracks.stream().map(Track::name).toList());
    assertEquals(2, tracks.get(0).recorded());
    assertEquals(1, tracks.get(0).acquisitions());
    assertEquals(2, tracks.get(1).recorded());
    assertEquals(42, tracks.get(1).instructions());
    assertEquals(0, tracks.get(1).acquisitions());
  }

  /** A sink that checks each thread's events come whole and in order: times 0, 1, 2, ... */
  private static final class Checking implements Recorder.Sink {
    final Map<Track, AtomicLong> next = new ConcurrentHashMap<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public void events(Track t, long[] times, byte[] kinds, int n) {
      AtomicLong expect = next.computeIfAbsent(t, k -> new AtomicLong());
      for (int i = 0; i < n; i++) {
        long want = expect.getAndIncrement();
        Kind wantKind = want % 2 == 0 ? Kind.WANTS : Kind.TOOK;
        if (times[i] != want || Recorder.kind(kinds[i]) != wantKind) {
          errors.add(
              t.name()
                  + ": event "
                  + want
                  + " came as "
                  + times[i]
                  + " "
                  + Recorder.kind(kinds[i]));
        }
      }
    }

    long received(Track t) {
      AtomicLong n = next.get(t);
      return n == null ? 0 : n.get();
    }
  }

  @Test
  void aLongRunStreamsEveryEventInOrderAndHoldsABoundedNumber() throws Exception {
    int threads = 4;
    int events = 50 * Recorder.RETAINED_PER_THREAD + 123;
    long[] peak = new long[1];
    boolean[] gated = new boolean[1];
    Recorder[] recHolder = new Recorder[1];
    Checking checking = new Checking();
    // The writer's first hand-off waits until every producer has filled its queue and stopped:
    // it shows the producers wait for the writer rather than keep more.
    Recorder.Sink gate =
        (t, times, kinds, n) -> {
          if (!gated[0]) {
            gated[0] = true;
            while (!allWaiting(recHolder[0], threads)) {
              Thread.onSpinWait();
            }
          }
          long held = 0;
          for (Track each : recHolder[0].tracks()) {
            held += each.retained();
          }
          peak[0] = Math.max(peak[0], held);
        };
    Recorder rec = new Recorder(List.of(checking, gate));
    recHolder[0] = rec;
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> ts = new ArrayList<>();
    for (int k = 0; k < threads; k++) {
      ThreadHandle h = new ThreadHandle(k, "T" + k);
      Thread t =
          new Thread(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  throw new AssertionError(e);
                }
                for (int i = 0; i < events; i++) {
                  rec.record(h, i, i % 2 == 0 ? Kind.WANTS : Kind.TOOK);
                }
              });
      t.start();
      ts.add(t);
    }
    go.countDown();
    for (Thread t : ts) {
      t.join();
    }
    rec.finish();
    assertEquals(List.of(), checking.errors.subList(0, Math.min(5, checking.errors.size())));
    List<Track> tracks = rec.tracks();
    assertEquals(threads, tracks.size());
    for (Track t : tracks) {
      assertEquals(events, t.recorded(), t.name());
      assertEquals(events, checking.received(t), t.name() + ": events lost");
      assertEquals(0, t.retained(), t.name());
      assertEquals(0, t.dropped(), t.name());
    }
    assertTrue(
        peak[0] <= (long) threads * Recorder.RETAINED_PER_THREAD,
        "held "
            + peak[0]
            + " events at once, more than "
            + threads
            + " x "
            + Recorder.RETAINED_PER_THREAD);
  }

  /** Whether each of {@code threads} producers has more events held than its queue takes. */
  private static boolean allWaiting(Recorder rec, int threads) {
    List<Track> tracks = rec.tracks();
    if (tracks.size() < threads) {
      return false;
    }
    for (Track t : tracks) {
      if (t.retained() < (long) (Recorder.QUEUED_CHUNKS + 1) * Recorder.CHUNK) {
        return false;
      }
    }
    return true;
  }

  @Test
  void finishDeliversAThreadStillRunningUpToNowAndCountsLaterEventsAsDropped() {
    Checking checking = new Checking();
    Recorder rec = new Recorder(List.of(checking));
    ThreadHandle h = new ThreadHandle(1, "still running");
    int before = Recorder.CHUNK + Recorder.CHUNK / 2 + 1;
    for (int i = 0; i < before; i++) {
      rec.record(h, i, i % 2 == 0 ? Kind.WANTS : Kind.TOOK);
    }
    rec.finish();
    Track t = rec.tracks().get(0);
    assertEquals(before, checking.received(t));
    for (int i = before; i < before + 10; i++) {
      rec.record(h, i, i % 2 == 0 ? Kind.WANTS : Kind.TOOK);
    }
    assertEquals(before, checking.received(t));
    assertEquals(10, t.dropped());
    assertEquals(List.of(), checking.errors);
  }

  @Test
  void aThreadThatLeavesHandsOverItsLastPartChunk() throws Exception {
    Checking checking = new Checking();
    Recorder rec = new Recorder(List.of(checking));
    ThreadHandle h = new ThreadHandle(1, "leaves");
    Thread t =
        new Thread(
            () -> {
              for (int i = 0; i < 5; i++) {
                rec.record(h, i, i % 2 == 0 ? Kind.WANTS : Kind.TOOK);
              }
            });
    t.start();
    t.join();
    // The thread is gone, its chunk half-empty: only the final look at finish finds it.
    rec.finish();
    assertEquals(5, checking.received(rec.tracks().get(0)));
  }
}
