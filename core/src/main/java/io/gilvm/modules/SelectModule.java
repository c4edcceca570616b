package io.gilvm.modules;

import io.gilvm.mem.Refs;
import io.gilvm.object.ArgParser;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.Ops;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyTuple;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code select}: {@code select.select(rlist, wlist, xlist[, timeout])} over gilvm's sockets and
 * files (or their descriptor numbers). The whole wait runs with the interpreter lock released, even
 * a zero timeout, as CPython's does; with three empty lists it is a sleep, the form the GIL
 * literature uses to show that blocking calls let other threads run. Files are always ready, as
 * regular files are to select(2); nothing is ever exceptional (gilvm has no out-of-band data).
 * {@code poll} and {@code epoll} are not provided.
 */
final class SelectModule {
  private SelectModule() {}

  /** select(2)'s FD_SETSIZE: larger descriptor numbers are refused, as CPython refuses them. */
  private static final int FD_SETSIZE = 1024;

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("select");
    m.put("error", ExceptionTypes.OS_ERROR);
    m.function(
        "select",
        (t, a, kw) -> {
          ArgParser.arity("select", a, kw, 3, 4);
          return select(t, a);
        });
    return m;
  }

  /** One entry of a list: the object as given, and the socket or file it stands for. */
  private record Entry(PyObject given, Object target) {}

  private static PyObject select(ThreadState ts, PyObject[] a) {
    long timeout = a.length < 4 ? -1 : timeoutArg(a[3]);
    Entry[][] lists = new Entry[3][];
    for (int i = 0; i < 3; i++) {
      PyObject[] items;
      try {
        items = Ops.toArray(a[i]);
      } catch (PyException e) {
        if (!e.matches(ExceptionTypes.TYPE_ERROR)) {
          throw e;
        }
        throw PyException.typeError("arguments 1-3 must be sequences");
      }
      lists[i] = new Entry[items.length];
      for (int j = 0; j < items.length; j++) {
        lists[i][j] = new Entry(items[j], target(ts, items[j]));
      }
    }
    // The lists' objects must outlive the wait even if another thread drops them meanwhile.
    for (Entry[] list : lists) {
      for (Entry e : list) {
        ts.refs.incref(e.given());
      }
    }
    try {
      Set<Object> ready = wait(ts, lists, timeout);
      PyObject[] out = new PyObject[3];
      for (int i = 0; i < 3; i++) {
        PyList l = new PyList();
        for (Entry e : lists[i]) {
          if (i < 2 && ready.contains(i == 0 ? readKey(e.target()) : writeKey(e.target()))) {
            l.append(e.given());
          }
        }
        out[i] = l;
      }
      return PyTuple.of(out);
    } finally {
      for (Entry[] list : lists) {
        for (Entry e : list) {
          Refs.decref(ts, e.given());
        }
      }
    }
  }

  /** The socket or file an item names: itself, its {@code fileno()}, or a descriptor number. */
  private static Object target(ThreadState ts, PyObject o) {
    PyObject fdObj = o;
    if (o instanceof PySocket s) {
      return checkOpen(s.fileno(), s);
    }
    if (o instanceof PyFile f) {
      return checkOpen(f.fileno(), f);
    }
    if (!(o instanceof PyInt)) {
      fdObj = Ops.callAttr(ts, o, "fileno");
      if (fdObj == null) {
        throw PyException.typeError("argument must be an int, or have a fileno() method.");
      }
      if (!(fdObj instanceof PyInt)) {
        throw PyException.typeError("fileno() returned a non-integer");
      }
    }
    long fd = ((PyInt) fdObj).asLong();
    if (fd < 0) {
      throw PyException.valueError("file descriptor cannot be a negative integer (" + fd + ")");
    }
    if (fd >= FD_SETSIZE) {
      throw PyException.valueError("filedescriptor out of range in select()");
    }
    Object t = Descriptors.lookup((int) fd);
    if (t == null) {
      throw OsErrors.error(OsErrors.EBADF);
    }
    return t;
  }

  private static Object checkOpen(int fd, Object target) {
    if (fd < 0) {
      throw PyException.valueError("file descriptor cannot be a negative integer (" + fd + ")");
    }
    return target;
  }

  /** Keys of the ready set: what "readable" and "writable" are recorded against. */
  private record Ready(Object target, boolean write) {}

  private static Object readKey(Object target) {
    return new Ready(target, false);
  }

  private static Object writeKey(Object target) {
    return new Ready(target, true);
  }

  private static long timeoutArg(PyObject v) {
    return Readiness.timeoutNanos(
        v, "timeout must be a float or None", "timeout must be non-negative");
  }

  /**
   * Waits, with the lock released, until some entry is ready or the timeout passes; returns the
   * ready {@link Ready} keys. Only Java objects cross into the region.
   */
  private static Set<Object> wait(ThreadState ts, Entry[][] lists, long timeout) {
    Map<SelectableChannel, Integer> interest = new IdentityHashMap<>();
    Map<SelectableChannel, PySocket> owners = new HashMap<>();
    Set<Object> alwaysReady = new HashSet<>();
    for (int i = 0; i < 2; i++) {
      for (Entry e : lists[i]) {
        if (e.target() instanceof PyFile f) {
          alwaysReady.add(i == 0 ? readKey(f) : writeKey(f));
          continue;
        }
        PySocket s = (PySocket) e.target();
        SelectableChannel ch = s.channel();
        if (ch == null) {
          throw OsErrors.error(OsErrors.EBADF);
        }
        int ops = i == 0 ? readOps(ch) : writeOps(ch);
        interest.merge(ch, ops, (x, y) -> x | y);
        owners.put(ch, s);
      }
    }
    if (interest.isEmpty() && alwaysReady.isEmpty()) {
      sleep(ts, timeout);
      return alwaysReady;
    }
    return OsErrors.run(
        ts,
        () -> {
          Set<Object> ready = new HashSet<>(alwaysReady);
          if (interest.isEmpty()) {
            return ready;
          }
          Selector sel = Readiness.take();
          try {
            Map<SelectionKey, PySocket> keys = new HashMap<>();
            for (Map.Entry<SelectableChannel, Integer> e : interest.entrySet()) {
              PySocket s = owners.get(e.getKey());
              keys.put(e.getKey().register(sel, e.getValue()), s);
              s.waiters.add(sel);
            }
            try {
              long deadline = ready.isEmpty() ? Readiness.deadline(timeout) : Readiness.NOW;
              // A wakeup meant for another wait can end a select early: wait again, as CPython
              // retries an interrupted select(2), unless a socket was closed meanwhile.
              while (true) {
                Readiness.select(sel, deadline);
                for (SelectionKey k : sel.selectedKeys()) {
                  int r;
                  try {
                    r = k.readyOps();
                  } catch (CancelledKeyException e) {
                    // Its socket was closed by another thread during the wait: not ready.
                    continue;
                  }
                  if ((r & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
                    ready.add(readKey(keys.get(k)));
                  }
                  if ((r & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
                    ready.add(writeKey(keys.get(k)));
                  }
                }
                sel.selectedKeys().clear();
                if (!ready.isEmpty()
                    || deadline == Readiness.NOW
                    || anyClosed(keys.keySet())
                    || (deadline != Readiness.FOREVER && deadline - System.nanoTime() <= 0)) {
                  break;
                }
              }
            } finally {
              for (Map.Entry<SelectionKey, PySocket> k : keys.entrySet()) {
                k.getValue().waiters.remove(sel);
                k.getKey().cancel();
              }
            }
          } finally {
            Readiness.give(sel);
          }
          return ready;
        });
  }

  /** Nothing to wait for but the timeout: a sleep with the lock released (forever for None). */
  private static void sleep(ThreadState ts, long timeout) {
    if (timeout >= 0) {
      TimeModule.sleep(ts, timeout);
      return;
    }
    ts.blocking(
        () -> {
          while (true) {
            Thread.sleep(Long.MAX_VALUE);
          }
        });
  }

  private static boolean anyClosed(Set<SelectionKey> keys) {
    for (SelectionKey k : keys) {
      if (!k.channel().isOpen()) {
        return true;
      }
    }
    return false;
  }

  private static int readOps(SelectableChannel ch) {
    return ch instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
  }

  /** A listening socket is never writable; a connecting one is writable once connected. */
  private static int writeOps(SelectableChannel ch) {
    if (ch instanceof SocketChannel sc) {
      return sc.isConnectionPending() ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
    }
    return 0;
  }
}
