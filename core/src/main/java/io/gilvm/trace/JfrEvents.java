package io.gilvm.trace;

import io.gilvm.spi.LockEvents;
import io.gilvm.spi.ThreadHandle;
import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * Lock events as JDK Flight Recorder events, so that JDK Mission Control shows, on each Java
 * thread, when a Python thread waited for the interpreter lock, held it, sat in a blocking call or
 * waited for a container's critical section, and where drop requests and forced switches fell. On
 * when the JVM is already recording as the interpreter is built ({@code -XX:StartFlightRecording});
 * then every interpreter thread reports through it.
 *
 * <p>Concurrency: each thread's pending events live in a thread-local slot and are begun and
 * committed by that thread only, as {@link LockEvents#event} is always called by the thread it is
 * about.
 */
public final class JfrEvents implements LockEvents {
  private final String lock;
  private final ThreadLocal<Pending> pending = ThreadLocal.withInitial(Pending::new);

  public JfrEvents(String lock) {
    this.lock = lock;
  }

  @Override
  public void event(ThreadHandle thread, Kind kind) {
    Pending p = pending.get();
    switch (kind) {
      case WANTS, CONTENDED -> {
        p.held = commit(p.held, thread);
        if (p.wait == null) {
          p.wait = kind == Kind.WANTS ? new LockWait() : new SectionWait();
          p.wait.begin();
        }
      }
      case TOOK -> {
        p.wait = commit(p.wait, thread);
        if (p.held == null) {
          p.held = new LockHeld();
          p.held.begin();
        }
      }
      case RELEASED_INTERVAL, RELEASED_EXIT -> p.held = commit(p.held, thread);
      case FORCED_SWITCH -> {
        p.held = commit(p.held, thread);
        instant(new ForcedSwitch(), thread);
      }
      case DROP_REQUEST -> instant(new DropRequest(), thread);
      case BLOCKING_BEGIN -> {
        p.held = commit(p.held, thread);
        p.blocking = new BlockingCall();
        p.blocking.begin();
      }
      case BLOCKING_END -> p.blocking = commit(p.blocking, thread);
    }
  }

  private <E extends GilvmEvent> E commit(E e, ThreadHandle thread) {
    if (e != null) {
      e.end();
      if (e.shouldCommit()) {
        e.pythonThread = thread.name();
        e.lock = lock;
        e.commit();
      }
    }
    return null;
  }

  private void instant(GilvmEvent e, ThreadHandle thread) {
    if (e.shouldCommit()) {
      e.pythonThread = thread.name();
      e.lock = lock;
      e.commit();
    }
  }

  /** One thread's events under way. */
  private static final class Pending {
    GilvmEvent wait;
    GilvmEvent held;
    GilvmEvent blocking;
  }

  @Category("gilvm")
  abstract static class GilvmEvent extends Event {
    @Label("Python thread")
    String pythonThread;

    @Label("Lock strategy")
    String lock;
  }

  @Name("io.gilvm.LockWait")
  @Label("Waiting for the interpreter lock")
  @Description("A Python thread wanted the interpreter lock and waited until it took it.")
  static final class LockWait extends GilvmEvent {}

  @Name("io.gilvm.SectionWait")
  @Label("Waiting for a critical section")
  @Description("A Python thread found a container's per-object lock taken and waited for it.")
  static final class SectionWait extends GilvmEvent {}

  @Name("io.gilvm.LockHeld")
  @Label("Running bytecode")
  @Description("A Python thread ran bytecode, holding the interpreter lock if there is one.")
  static final class LockHeld extends GilvmEvent {}

  @Name("io.gilvm.BlockingCall")
  @Label("Blocking call")
  @Description(
      "A Python thread was in a call that may block (sleep, I/O, a user lock, join), with the interpreter lock released.")
  static final class BlockingCall extends GilvmEvent {}

  @Name("io.gilvm.DropRequest")
  @Label("Drop request")
  @Description(
      "A waiting thread asked the holder to drop the interpreter lock after a switch interval.")
  static final class DropRequest extends GilvmEvent {}

  @Name("io.gilvm.ForcedSwitch")
  @Label("Forced switch")
  @Description(
      "The holder dropped the interpreter lock on request and waited until another thread took it.")
  static final class ForcedSwitch extends GilvmEvent {}
}
