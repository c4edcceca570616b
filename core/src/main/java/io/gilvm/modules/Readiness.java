package io.gilvm.modules;

import io.gilvm.object.PyException;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Waiting for sockets to become ready, with a deadline: the part of every blocking socket call (and
 * of {@code select.select}) that actually waits. Sockets stay in non-blocking mode, so a call first
 * tries its operation and waits here only when it would block, as CPython does for sockets with a
 * timeout. Called only inside blocking regions (the interpreter lock released).
 *
 * <p>Selectors are taken from a small pool and fully cleaned (keys cancelled and flushed) before
 * going back, so a channel is never left registered anywhere after a wait: Java defers closing a
 * registered channel, which would keep a closed socket's peer from seeing the end of stream.
 */
final class Readiness {
  private Readiness() {}

  /** No deadline: wait until ready. */
  static final long FOREVER = Long.MAX_VALUE;

  /** A deadline already passed: only look. */
  static final long NOW = Long.MIN_VALUE;

  private static final BlockingQueue<Selector> POOL = new ArrayBlockingQueue<>(16);

  static Selector take() throws IOException {
    Selector s = POOL.poll();
    return s != null ? s : Selector.open();
  }

  /** Returns a selector whose keys were all cancelled; it is closed if the pool is full. */
  static void give(Selector s) {
    try {
      // Deregisters the cancelled keys, so the pool never holds a channel.
      s.selectNow();
      s.selectedKeys().clear();
      if (s.keys().isEmpty() && POOL.offer(s)) {
        return;
      }
      s.close();
    } catch (IOException | RuntimeException e) {
      closeQuietly(s);
    }
  }

  private static void closeQuietly(Selector s) {
    try {
      s.close();
    } catch (IOException e) {
      // A selector that cannot be closed cleanly holds nothing gilvm still needs.
    }
  }

  /** The {@link System#nanoTime} deadline of a wait of {@code timeoutNanos}, or FOREVER. */
  static long deadline(long timeoutNanos) {
    if (timeoutNanos < 0) {
      return FOREVER;
    }
    try {
      return Math.addExact(System.nanoTime(), timeoutNanos);
    } catch (ArithmeticException e) {
      return FOREVER;
    }
  }

  /**
   * Selects on {@code s} until something is ready, the deadline passes or a wakeup; returns how
   * many keys are ready. A Java interrupt becomes InterruptedException (KeyboardInterrupt).
   */
  static int select(Selector s, long deadline) throws IOException, InterruptedException {
    int n;
    if (deadline == FOREVER) {
      n = s.select();
    } else if (deadline == NOW) {
      n = s.selectNow();
    } else {
      long left = deadline - System.nanoTime();
      // Selector.select(0) would mean "forever": a wait that has run out polls instead.
      n = left <= 0 ? s.selectNow() : s.select(Math.max(1, (left + 999_999) / 1_000_000));
    }
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    return n;
  }

  /**
   * Waits until {@code ch} is ready for {@code ops} or the deadline passes; returns false on
   * timeout. {@code waiters} holds the selector while it waits, so that closing the socket can wake
   * it; the channel's being closed then shows as ClosedChannelException.
   */
  static boolean await(SelectableChannel ch, int ops, long deadline, Set<Selector> waiters)
      throws IOException, InterruptedException {
    Selector s = take();
    try {
      SelectionKey key = ch.register(s, ops);
      waiters.add(s);
      try {
        while (true) {
          if (!ch.isOpen()) {
            throw new ClosedChannelException();
          }
          select(s, deadline);
          if (s.selectedKeys().contains(key)) {
            return true;
          }
          if (!ch.isOpen()) {
            throw new ClosedChannelException();
          }
          if (deadline != FOREVER && deadline - System.nanoTime() <= 0) {
            return false;
          }
        }
      } finally {
        waiters.remove(s);
        key.cancel();
      }
    } finally {
      give(s);
    }
  }

  /**
   * A timeout argument in nanoseconds, rounded up (-1 for None), with the caller's CPython messages
   * for a value that is not a number and for a negative one.
   */
  static long timeoutNanos(PyObject v, String notANumber, String negative) {
    if (v == PyNone.NONE) {
      return -1;
    }
    double d;
    if (v instanceof PyFloat f) {
      d = f.value();
    } else if (v instanceof PyInt i) {
      d = i.asDouble();
    } else {
      throw PyException.typeError(notANumber);
    }
    if (Double.isNaN(d)) {
      throw PyException.valueError("Invalid value NaN (not a number)");
    }
    if (d < 0) {
      throw PyException.valueError(negative);
    }
    double nanos = Math.ceil(d * 1e9);
    if (nanos >= 0x1p63) {
      throw PyException.overflowError("timeout doesn't fit into C timeval");
    }
    return (long) nanos;
  }
}
