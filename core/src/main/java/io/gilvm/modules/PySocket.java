package io.gilvm.modules;

import io.gilvm.object.ArgParser;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import io.gilvm.state.ThreadState;
import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NetworkChannel;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnsupportedAddressTypeException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code socket.socket}: a stream socket over a non-blocking NIO channel — a {@link SocketChannel}
 * until {@code listen()}, a {@link ServerSocketChannel} after. Every call that may block (accept,
 * connect, send, sendall, recv, shutdown, close) runs its system calls with the interpreter lock
 * released, also when the call turns out not to block, as CPython's socket module does; that is
 * what lets an I/O thread lose the lock to a CPU-bound one at every call (the convoy effect).
 * Blocking and timeouts are the socket's: the call tries its operation and, when it would block,
 * waits in {@link Readiness#await} until its deadline.
 *
 * <p>Concurrency: {@link #channel} and {@link #fd} change only under this object's monitor (listen
 * swaps the channel, close clears it) and are read without it; a thread that finds the channel
 * closed under it reports {@code [Errno 9] Bad file descriptor}. Closing wakes the threads waiting
 * on the socket ({@link #waiters}). Bytes cross the blocking region only as Java arrays: Python
 * objects are made after the lock is back.
 */
final class PySocket extends PyObject {
  static final PyType TYPE = PyType.builtin("socket", PyType.OBJECT);

  static final int SOCK_STREAM = 1;
  static final int SOCK_DGRAM = 2;
  static final int SOCK_NONBLOCK = 2048;
  static final int SOCK_CLOEXEC = 524288;
  static final int SOL_SOCKET = 1;
  static final int SO_REUSEADDR = 2;
  static final int SO_TYPE = 3;
  static final int SO_ERROR = 4;
  static final int SO_SNDBUF = 7;
  static final int SO_RCVBUF = 8;
  static final int SO_KEEPALIVE = 9;
  static final int SO_REUSEPORT = 15;
  static final int IPPROTO_TCP = 6;
  static final int TCP_NODELAY = 1;
  static final int SHUT_RD = 0;
  static final int SHUT_WR = 1;
  static final int SHUT_RDWR = 2;

  private static final byte[] NO_BYTES = new byte[0];

  final int family;
  final int sockType;
  final int proto;

  /** Socketpair ends, whose names are empty as an unnamed AF_UNIX socket's are. */
  private final boolean unnamed;

  /** The open channel; null once closed. */
  private volatile SelectableChannel channel;

  /** The descriptor number {@code fileno()} shows; -1 once closed. */
  private volatile int fd;

  /** -1: blocking (timeout None); 0: non-blocking; otherwise the timeout in nanoseconds. */
  volatile long timeoutNanos;

  /** The selectors of threads waiting on this socket, woken when it is closed. */
  final Set<Selector> waiters = ConcurrentHashMap.newKeySet();

  /** Options set by {@code setsockopt}, applied again when listen() replaces the channel. */
  private final Map<SocketOption<Object>, Object> options = new ConcurrentHashMap<>();

  private PySocket(
      int family,
      int sockType,
      int proto,
      SelectableChannel channel,
      boolean unnamed,
      long timeoutNanos) {
    this.family = family;
    this.sockType = sockType;
    this.proto = proto;
    this.channel = channel;
    this.unnamed = unnamed;
    this.timeoutNanos = timeoutNanos;
    this.fd = Descriptors.allocate(this);
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  static ProtocolFamily protocolFamily(int family) {
    return switch (family) {
      case SockAddr.AF_INET6 -> StandardProtocolFamily.INET6;
      case SockAddr.AF_UNIX -> StandardProtocolFamily.UNIX;
      default -> StandardProtocolFamily.INET;
    };
  }

  private static SocketChannel newChannel(int family) throws IOException {
    SocketChannel ch = SocketChannel.open(protocolFamily(family));
    ch.configureBlocking(false);
    return ch;
  }

  /** A new unconnected stream socket; creating one does not block, so the lock is kept. */
  static PySocket open(int family, int proto, long timeoutNanos) {
    try {
      return new PySocket(family, SOCK_STREAM, proto, newChannel(family), false, timeoutNanos);
    } catch (IOException | UnsupportedOperationException e) {
      throw OsErrors.translate(e, null);
    }
  }

  /** Wraps a connected channel (from accept or socketpair). */
  static PySocket connected(int family, SocketChannel ch, boolean unnamed, long timeoutNanos) {
    return new PySocket(family, SOCK_STREAM, 0, ch, unnamed, timeoutNanos);
  }

  /** {@code socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)}. */
  private static PyObject construct(ThreadState ts, PyType type, PyObject[] a, String[] kw) {
    PyObject[] p =
        ArgParser.parse("socket", a, kw, new String[] {"family", "type", "proto", "fileno"}, 0, 4);
    long family = p[0] == null ? -1 : ArgParser.asLong(p[0], "family");
    long sockType = p[1] == null ? -1 : ArgParser.asLong(p[1], "type");
    long proto = p[2] == null ? -1 : ArgParser.asLong(p[2], "proto");
    if (p[3] != null && p[3] != PyNone.NONE) {
      throw PyException.of(
          ExceptionTypes.NOT_IMPLEMENTED_ERROR,
          "gilvm's socket cannot adopt an existing file descriptor");
    }
    if (family == -1) {
      family = SockAddr.AF_INET;
    }
    if (family != SockAddr.AF_INET && family != SockAddr.AF_INET6 && family != SockAddr.AF_UNIX) {
      throw OsErrors.error(OsErrors.EAFNOSUPPORT);
    }
    if (sockType == -1) {
      sockType = SOCK_STREAM;
    }
    boolean nonblocking = (sockType & SOCK_NONBLOCK) != 0;
    sockType &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (sockType != SOCK_STREAM) {
      throw PyException.of(
          ExceptionTypes.NOT_IMPLEMENTED_ERROR, "gilvm's socket supports only SOCK_STREAM sockets");
    }
    if (proto == -1) {
      proto = 0;
    }
    if (proto != 0 && (family == SockAddr.AF_UNIX || proto != IPPROTO_TCP)) {
      throw OsErrors.error(93);
    }
    long timeout = nonblocking ? 0 : SocketModule.defaultTimeout(ts.interp);
    return open((int) family, (int) proto, timeout);
  }

  // ---------------------------------------------------------------- state

  /** The open channel; {@code [Errno 9] Bad file descriptor} once closed. */
  private SelectableChannel live() {
    SelectableChannel ch = channel;
    if (ch == null) {
      throw OsErrors.error(OsErrors.EBADF);
    }
    return ch;
  }

  /** The stream channel, or {@code [Errno errno]} for a listening socket. */
  private SocketChannel stream(int errnoIfListening) {
    SelectableChannel ch = live();
    if (ch instanceof SocketChannel sc) {
      return sc;
    }
    throw OsErrors.error(errnoIfListening);
  }

  /** The channel {@code select.select} waits on, or null once closed. */
  SelectableChannel channel() {
    return channel;
  }

  int fileno() {
    return fd;
  }

  /** Closes the socket; later calls fail with EBADF, threads waiting on it wake. */
  void close(ThreadState ts) {
    SelectableChannel ch = detachChannel();
    if (ch != null) {
      OsErrors.run(
          ts,
          () -> {
            closeQuietly(ch);
            return null;
          });
    }
  }

  private synchronized SelectableChannel detachChannel() {
    SelectableChannel ch = channel;
    if (ch == null) {
      return null;
    }
    channel = null;
    Descriptors.free(fd);
    fd = -1;
    for (Selector s : waiters) {
      s.wakeup();
    }
    return ch;
  }

  private static void closeQuietly(SelectableChannel ch) {
    try {
      ch.close();
    } catch (IOException e) {
      // As CPython's close, a failure to close leaves nothing for the program to do.
    }
  }

  /** A socket that nothing refers to any more is closed, as CPython's is when it is freed. */
  @Override
  public void release() {
    SelectableChannel ch = detachChannel();
    if (ch != null) {
      closeQuietly(ch);
    }
  }

  /**
   * Java closes a channel whose connect failed; a Python socket stays open and may connect again,
   * so it gets a fresh channel with the same options.
   */
  private synchronized void renewAfterFailedConnect(SocketChannel failed) {
    if (channel != failed || failed.isOpen()) {
      return;
    }
    try {
      SocketChannel fresh = newChannel(family);
      applyOptions(fresh);
      channel = fresh;
    } catch (IOException e) {
      // Left closed: the next call reports EBADF, as for a socket the system could not renew.
    }
  }

  private void applyOptions(NetworkChannel ch) {
    for (Map.Entry<SocketOption<Object>, Object> e : options.entrySet()) {
      if (ch.supportedOptions().contains(e.getKey())) {
        try {
          ch.setOption(e.getKey(), e.getValue());
        } catch (IOException | IllegalArgumentException ignored) {
          // An option the new channel refuses stays recorded; the old channel had it.
        }
      }
    }
  }

  // ---------------------------------------------------------------- bind, listen, accept

  void bind(ThreadState ts, PyObject address) {
    SocketAddress sa = SockAddr.parse(ts, family, address, "bind");
    SelectableChannel ch = live();
    try {
      if (ch instanceof SocketChannel sc) {
        sc.bind(sa);
      } else {
        ((ServerSocketChannel) ch).bind(sa);
      }
    } catch (IOException | AlreadyBoundException | UnsupportedAddressTypeException e) {
      throw OsErrors.translate(e, null);
    }
  }

  /**
   * Java binds and listens in one step, so a bound socket is a SocketChannel until here; listen
   * moves its address to a new ServerSocketChannel.
   */
  private synchronized void listen(int backlog) {
    SelectableChannel ch = live();
    if (ch instanceof ServerSocketChannel) {
      return;
    }
    SocketChannel sc = (SocketChannel) ch;
    if (sc.isConnected() || sc.isConnectionPending()) {
      throw OsErrors.error(OsErrors.EINVAL);
    }
    ServerSocketChannel srv = null;
    try {
      SocketAddress local = sc.getLocalAddress();
      srv = ServerSocketChannel.open(protocolFamily(family));
      srv.configureBlocking(false);
      applyOptions(srv);
      sc.close();
      if (local instanceof UnixDomainSocketAddress u) {
        // The old channel's socket file is in the way of the new one.
        Files.deleteIfExists(u.getPath());
      }
      srv.bind(local, Math.max(1, backlog));
      channel = srv;
    } catch (IOException | AlreadyBoundException | UnsupportedAddressTypeException e) {
      if (srv != null) {
        closeQuietly(srv);
      }
      if (!sc.isOpen()) {
        try {
          channel = newChannel(family);
        } catch (IOException ignored) {
          // The socket keeps its closed channel: every later call reports EBADF.
        }
      }
      throw OsErrors.translate(e, null);
    }
  }

  private record Accepted(SocketChannel channel, SocketAddress peer) {}

  private PyObject accept(ThreadState ts) {
    SelectableChannel ch = live();
    if (!(ch instanceof ServerSocketChannel srv)) {
      throw OsErrors.error(OsErrors.EINVAL);
    }
    long timeout = timeoutNanos;
    Accepted got =
        OsErrors.run(
            ts,
            () -> {
              long deadline = Readiness.deadline(timeout);
              while (true) {
                SocketChannel c = srv.accept();
                if (c != null) {
                  c.configureBlocking(false);
                  return new Accepted(c, c.getRemoteAddress());
                }
                if (timeout == 0) {
                  throw new OsErrors.Errno(OsErrors.EAGAIN);
                }
                if (!Readiness.await(srv, SelectionKey.OP_ACCEPT, deadline, waiters)) {
                  throw new SocketTimeoutException();
                }
              }
            });
    PySocket conn = connected(family, got.channel(), false, SocketModule.defaultTimeout(ts.interp));
    return PyTuple.of(conn, SockAddr.format(family, got.peer()));
  }

  // ---------------------------------------------------------------- connect

  /** What a connect attempt came to: 0, an errno, or {@link #TIMED_OUT}. */
  static final int TIMED_OUT = -1;

  /**
   * Connects, returning 0 or the errno the attempt failed with ({@link #TIMED_OUT} for the socket's
   * timeout), for connect() to raise and connect_ex() to return.
   */
  int connect(ThreadState ts, SocketAddress sa) {
    SocketChannel sc = stream(OsErrors.EINVAL);
    checkAllowed(ts, sa);
    long timeout = timeoutNanos;
    int err =
        OsErrors.run(
            ts,
            () -> {
              try {
                if (sc.isConnected()) {
                  return OsErrors.EISCONN;
                }
                if (sc.isConnectionPending()) {
                  return sc.finishConnect() ? OsErrors.EISCONN : OsErrors.EALREADY;
                }
                if (sc.connect(sa)) {
                  return 0;
                }
                if (timeout == 0) {
                  return OsErrors.EINPROGRESS;
                }
                long deadline = Readiness.deadline(timeout);
                while (!sc.finishConnect()) {
                  if (!Readiness.await(sc, SelectionKey.OP_CONNECT, deadline, waiters)) {
                    return TIMED_OUT;
                  }
                }
                return 0;
              } catch (IOException e) {
                int errno = OsErrors.errnoOf(e);
                if (errno == 0 || (e instanceof ClosedChannelException && channel != sc)) {
                  throw e;
                }
                return errno;
              }
            });
    if (err > 0 && err != OsErrors.EISCONN && err != OsErrors.EALREADY) {
      renewAfterFailedConnect(sc);
    }
    return err;
  }

  /**
   * Refuses a connection to an address other than loopback (or the local wildcard, which reaches
   * this machine) unless the interpreter allows the network ({@code --allow-network}):
   * PermissionError, as connect(2) reports EPERM for a connection a firewall forbids.
   */
  static void checkAllowed(ThreadState ts, SocketAddress sa) {
    if (!(sa instanceof java.net.InetSocketAddress isa) || ts.interp.allowNetwork()) {
      return;
    }
    java.net.InetAddress ip = isa.getAddress();
    if (ip != null && (ip.isLoopbackAddress() || ip.isAnyLocalAddress())) {
      return;
    }
    String where = ip != null ? ip.getHostAddress() : isa.getHostString();
    throw new PyException(
        io.gilvm.object.PyBaseException.create(
            io.gilvm.object.ExceptionTypes.PERMISSION_ERROR,
            PyInt.of(1),
            new io.gilvm.object.PyStr(
                "gilvm connects only to loopback addresses, not to "
                    + where
                    + " port "
                    + isa.getPort()
                    + " (run with --allow-network to allow it)")));
  }

  private void raiseConnectError(int err) {
    if (err == TIMED_OUT) {
      throw OsErrors.timedOut();
    }
    if (err != 0) {
      throw OsErrors.error(err);
    }
  }

  // ---------------------------------------------------------------- data

  private static byte[] bytesArg(PyObject o) {
    if (o instanceof PyBytes b) {
      return b.value();
    }
    throw PyException.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
  }

  private static void noFlags(PyObject[] a, int at) {
    if (a.length > at && ArgParser.asLong(a[at], "flags") != 0) {
      throw PyException.of(
          ExceptionTypes.NOT_IMPLEMENTED_ERROR, "gilvm's socket does not support message flags");
    }
  }

  /** A write that reports an output side shut down (Java: closed) as CPython's EPIPE. */
  private static int write(SocketChannel sc, ByteBuffer buf) throws IOException {
    try {
      return sc.write(buf);
    } catch (NotYetConnectedException e) {
      throw new OsErrors.Errno(OsErrors.EPIPE);
    } catch (ClosedChannelException e) {
      if (sc.isOpen()) {
        throw new OsErrors.Errno(OsErrors.EPIPE);
      }
      throw e;
    }
  }

  /**
   * Writes {@code data}: all of it when {@code all}, else at least one byte; returns the count. For
   * sendall the timeout bounds the whole call, as in CPython 3.5+.
   */
  private int send(ThreadState ts, byte[] data, boolean all) {
    SocketChannel sc = stream(OsErrors.EPIPE);
    long timeout = timeoutNanos;
    return OsErrors.run(
        ts,
        () -> {
          // A bytes object never changes, so the region may read its array in place.
          ByteBuffer buf = ByteBuffer.wrap(data);
          long deadline = Readiness.deadline(timeout);
          int sent = 0;
          while (true) {
            sent += write(sc, buf);
            if (!buf.hasRemaining() || (sent > 0 && !all)) {
              return sent;
            }
            if (timeout == 0) {
              throw new OsErrors.Errno(OsErrors.EAGAIN);
            }
            if (!Readiness.await(sc, SelectionKey.OP_WRITE, deadline, waiters)) {
              throw new SocketTimeoutException();
            }
          }
        });
  }

  /** Reads up to {@code n} bytes: what is there, or waits for some; empty at end of stream. */
  private byte[] recv(ThreadState ts, int n) {
    SocketChannel sc = stream(OsErrors.ENOTCONN);
    if (n == 0) {
      return NO_BYTES;
    }
    long timeout = timeoutNanos;
    return OsErrors.run(
        ts,
        () -> {
          ByteBuffer buf = ByteBuffer.allocate(n);
          long deadline = Readiness.deadline(timeout);
          while (true) {
            int r = sc.read(buf);
            if (r > 0) {
              return Arrays.copyOf(buf.array(), r);
            }
            if (r < 0) {
              return NO_BYTES;
            }
            if (timeout == 0) {
              throw new OsErrors.Errno(OsErrors.EAGAIN);
            }
            if (!Readiness.await(sc, SelectionKey.OP_READ, deadline, waiters)) {
              throw new SocketTimeoutException();
            }
          }
        });
  }

  private void shutdown(ThreadState ts, long how) {
    if (how < SHUT_RD || how > SHUT_RDWR) {
      throw OsErrors.error(OsErrors.EINVAL);
    }
    SelectableChannel ch = live();
    if (!(ch instanceof SocketChannel sc)) {
      return;
    }
    OsErrors.run(
        ts,
        () -> {
          if (how != SHUT_WR) {
            sc.shutdownInput();
          }
          if (how != SHUT_RD) {
            sc.shutdownOutput();
          }
          return null;
        });
  }

  // ---------------------------------------------------------------- names and options

  PyObject sockname() {
    SelectableChannel ch = live();
    if (unnamed) {
      return PyStr.EMPTY;
    }
    try {
      return SockAddr.format(family, ((NetworkChannel) ch).getLocalAddress());
    } catch (IOException e) {
      throw OsErrors.translate(e, null);
    }
  }

  PyObject peername() {
    SocketChannel sc = stream(OsErrors.ENOTCONN);
    SocketAddress peer;
    try {
      peer = sc.getRemoteAddress();
    } catch (IOException e) {
      throw OsErrors.translate(e, null);
    }
    if (peer == null || !sc.isConnected()) {
      throw OsErrors.error(OsErrors.ENOTCONN);
    }
    return unnamed ? PyStr.EMPTY : SockAddr.format(family, peer);
  }

  @SuppressWarnings("unchecked")
  private static SocketOption<Object> option(long level, long name) {
    SocketOption<?> o = null;
    if (level == SOL_SOCKET) {
      if (name == SO_REUSEADDR) {
        o = StandardSocketOptions.SO_REUSEADDR;
      } else if (name == SO_KEEPALIVE) {
        o = StandardSocketOptions.SO_KEEPALIVE;
      } else if (name == SO_SNDBUF) {
        o = StandardSocketOptions.SO_SNDBUF;
      } else if (name == SO_RCVBUF) {
        o = StandardSocketOptions.SO_RCVBUF;
      } else if (name == SO_REUSEPORT) {
        o = StandardSocketOptions.SO_REUSEPORT;
      }
    } else if (level == IPPROTO_TCP && name == TCP_NODELAY) {
      o = StandardSocketOptions.TCP_NODELAY;
    }
    if (o == null) {
      throw OsErrors.error(OsErrors.ENOPROTOOPT);
    }
    return (SocketOption<Object>) o;
  }

  private void setsockopt(long level, long name, PyObject value) {
    SelectableChannel ch = live();
    SocketOption<Object> opt = option(level, name);
    if (!(value instanceof PyInt)) {
      throw PyException.typeError(
          "a bytes-like object is required, not '" + value.type().name() + "'");
    }
    long v = ((PyInt) value).asLong();
    Object javaValue =
        (Class<?>) opt.type() == Boolean.class ? (Object) (v != 0) : (Object) (int) v;
    options.put(opt, javaValue);
    NetworkChannel nc = (NetworkChannel) ch;
    if (nc.supportedOptions().contains(opt)) {
      try {
        nc.setOption(opt, javaValue);
      } catch (IOException | IllegalArgumentException e) {
        throw OsErrors.error(OsErrors.EINVAL);
      }
    }
  }

  private PyObject getsockopt(ThreadState ts, long level, long name) {
    SelectableChannel ch = live();
    if (level == SOL_SOCKET && name == SO_TYPE) {
      return PyInt.of(sockType);
    }
    if (level == SOL_SOCKET && name == SO_ERROR) {
      return PyInt.of(takeSocketError(ts, ch));
    }
    SocketOption<Object> opt = option(level, name);
    Object v = null;
    NetworkChannel nc = (NetworkChannel) ch;
    if (nc.supportedOptions().contains(opt)) {
      try {
        v = nc.getOption(opt);
      } catch (IOException e) {
        throw OsErrors.translate(e, null);
      }
    } else {
      v = options.get(opt);
    }
    if (v instanceof Boolean b) {
      return PyInt.of(b ? 1 : 0);
    }
    return PyInt.of(v instanceof Integer i ? i : 0);
  }

  /** SO_ERROR: the error a pending non-blocking connect ended with; 0 when none. */
  private int takeSocketError(ThreadState ts, SelectableChannel ch) {
    if (ch instanceof SocketChannel sc && sc.isConnectionPending()) {
      int err =
          OsErrors.run(
              ts,
              () -> {
                try {
                  sc.finishConnect();
                  return 0;
                } catch (IOException e) {
                  int errno = OsErrors.errnoOf(e);
                  if (errno == 0) {
                    throw e;
                  }
                  return errno;
                }
              });
      if (err != 0) {
        renewAfterFailedConnect(sc);
      }
      return err;
    }
    return 0;
  }

  // ---------------------------------------------------------------- timeouts

  /** A timeout argument in nanoseconds (-1 for None), with settimeout's errors. */
  static long timeoutArg(PyObject v) {
    return Readiness.timeoutNanos(
        v,
        "'" + v.type().name() + "' object cannot be interpreted as an integer",
        "Timeout value out of range");
  }

  static PyObject timeoutValue(long nanos) {
    return nanos < 0 ? PyNone.NONE : PyFloat.of(nanos / 1e9);
  }

  // ---------------------------------------------------------------- Python's view

  @Override
  public PyObject lookupAttr(String attr) {
    switch (attr) {
      case "family":
        return PyInt.of(family);
      case "type":
        return PyInt.of(sockType);
      case "proto":
        return PyInt.of(proto);
      case "timeout":
        return timeoutValue(timeoutNanos);
      default:
        return super.lookupAttr(attr);
    }
  }

  @Override
  public String repr() {
    StringBuilder sb = new StringBuilder("<socket.socket ");
    if (channel == null) {
      sb.append("[closed] ");
    }
    sb.append("fd=")
        .append(fd)
        .append(", family=")
        .append(family)
        .append(", type=")
        .append(sockType)
        .append(", proto=")
        .append(proto);
    if (channel != null) {
      appendName(sb, "laddr", true);
      appendName(sb, "raddr", false);
    }
    return sb.append('>').toString();
  }

  private void appendName(StringBuilder sb, String label, boolean local) {
    try {
      PyObject name = local ? sockname() : peername();
      if (name.isTrue()) {
        sb.append(", ").append(label).append('=').append(name.repr());
      }
    } catch (PyException e) {
      // An unconnected socket has no peer to show, as in CPython's repr.
    }
  }

  static {
    TYPE.setConstructor(PySocket::construct);
    TYPE.method(
        "bind",
        (ts, self, a, kw) -> {
          ArgParser.arity("bind", a, kw, 1, 1);
          ((PySocket) self).bind(ts, a[0]);
          return PyNone.NONE;
        });
    TYPE.method(
        "listen",
        (ts, self, a, kw) -> {
          ArgParser.arity("listen", a, kw, 0, 1);
          int backlog = a.length == 0 ? 128 : (int) Math.max(0, ArgParser.asLong(a[0], "backlog"));
          ((PySocket) self).listen(backlog);
          return PyNone.NONE;
        });
    TYPE.method(
        "accept",
        (ts, self, a, kw) -> {
          ArgParser.arity("accept", a, kw, 0, 0);
          return ((PySocket) self).accept(ts);
        });
    TYPE.method(
        "connect",
        (ts, self, a, kw) -> {
          ArgParser.arity("connect", a, kw, 1, 1);
          PySocket s = (PySocket) self;
          s.live();
          s.raiseConnectError(s.connect(ts, SockAddr.parse(ts, s.family, a[0], "connect")));
          return PyNone.NONE;
        });
    TYPE.method(
        "connect_ex",
        (ts, self, a, kw) -> {
          ArgParser.arity("connect_ex", a, kw, 1, 1);
          PySocket s = (PySocket) self;
          s.live();
          int err = s.connect(ts, SockAddr.parse(ts, s.family, a[0], "connect_ex"));
          return PyInt.of(err == TIMED_OUT ? OsErrors.EAGAIN : err);
        });
    TYPE.method(
        "send",
        (ts, self, a, kw) -> {
          ArgParser.arity("send", a, kw, 1, 2);
          byte[] data = bytesArg(a[0]);
          noFlags(a, 1);
          return PyInt.of(((PySocket) self).send(ts, data, false));
        });
    TYPE.method(
        "sendall",
        (ts, self, a, kw) -> {
          ArgParser.arity("sendall", a, kw, 1, 2);
          byte[] data = bytesArg(a[0]);
          noFlags(a, 1);
          ((PySocket) self).send(ts, data, true);
          return PyNone.NONE;
        });
    TYPE.method(
        "recv",
        (ts, self, a, kw) -> {
          ArgParser.arity("recv", a, kw, 1, 2);
          long n = ArgParser.asLong(a[0], "bufsize");
          if (n < 0) {
            throw PyException.valueError("negative buffersize in recv");
          }
          if (n > Integer.MAX_VALUE - 8) {
            throw PyException.memoryError();
          }
          noFlags(a, 1);
          return new PyBytes(((PySocket) self).recv(ts, (int) n));
        });
    TYPE.method(
        "shutdown",
        (ts, self, a, kw) -> {
          ArgParser.arity("shutdown", a, kw, 1, 1);
          ((PySocket) self).shutdown(ts, ArgParser.asLong(a[0], "how"));
          return PyNone.NONE;
        });
    TYPE.method(
        "close",
        (ts, self, a, kw) -> {
          ArgParser.arity("close", a, kw, 0, 0);
          ((PySocket) self).close(ts);
          return PyNone.NONE;
        });
    TYPE.method(
        "fileno",
        (ts, self, a, kw) -> {
          ArgParser.arity("fileno", a, kw, 0, 0);
          return PyInt.of(((PySocket) self).fd);
        });
    TYPE.method(
        "settimeout",
        (ts, self, a, kw) -> {
          ArgParser.arity("settimeout", a, kw, 1, 1);
          ((PySocket) self).timeoutNanos = timeoutArg(a[0]);
          return PyNone.NONE;
        });
    TYPE.method(
        "gettimeout",
        (ts, self, a, kw) -> {
          ArgParser.arity("gettimeout", a, kw, 0, 0);
          return timeoutValue(((PySocket) self).timeoutNanos);
        });
    TYPE.method(
        "setblocking",
        (ts, self, a, kw) -> {
          ArgParser.arity("setblocking", a, kw, 1, 1);
          ((PySocket) self).timeoutNanos = a[0].isTrue() ? -1 : 0;
          return PyNone.NONE;
        });
    TYPE.method(
        "getblocking",
        (ts, self, a, kw) -> {
          ArgParser.arity("getblocking", a, kw, 0, 0);
          return PyBool.of(((PySocket) self).timeoutNanos != 0);
        });
    TYPE.method(
        "setsockopt",
        (ts, self, a, kw) -> {
          ArgParser.arity("setsockopt", a, kw, 3, 3);
          ((PySocket) self)
              .setsockopt(ArgParser.asLong(a[0], "level"), ArgParser.asLong(a[1], "optname"), a[2]);
          return PyNone.NONE;
        });
    TYPE.method(
        "getsockopt",
        (ts, self, a, kw) -> {
          ArgParser.arity("getsockopt", a, kw, 2, 2);
          return ((PySocket) self)
              .getsockopt(ts, ArgParser.asLong(a[0], "level"), ArgParser.asLong(a[1], "optname"));
        });
    TYPE.method(
        "getsockname",
        (ts, self, a, kw) -> {
          ArgParser.arity("getsockname", a, kw, 0, 0);
          return ((PySocket) self).sockname();
        });
    TYPE.method(
        "getpeername",
        (ts, self, a, kw) -> {
          ArgParser.arity("getpeername", a, kw, 0, 0);
          return ((PySocket) self).peername();
        });
    TYPE.method("__enter__", (ts, self, a, kw) -> self);
    TYPE.method(
        "__exit__",
        (ts, self, a, kw) -> {
          ((PySocket) self).close(ts);
          return PyNone.NONE;
        });
  }
}
