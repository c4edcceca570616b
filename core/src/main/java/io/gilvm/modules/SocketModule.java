package io.gilvm.modules;

import io.gilvm.object.ArgParser;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.Ops;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyTuple;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code socket}: stream sockets ({@link PySocket}) over IPv4, IPv6 and AF_UNIX, {@code
 * socketpair}, {@code create_connection} and the default timeout. Datagram sockets, {@code
 * makefile}, {@code getaddrinfo} and the rest of CPython's module are not provided.
 */
final class SocketModule {
  private SocketModule() {}

  /** Each interpreter's {@code setdefaulttimeout} value (-1 for None), as a process has one. */
  private static final Map<Interpreter, Long> DEFAULT_TIMEOUT =
      Collections.synchronizedMap(new WeakHashMap<>());

  static long defaultTimeout(Interpreter interp) {
    Long t = DEFAULT_TIMEOUT.get(interp);
    return t == null ? -1 : t;
  }

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("socket");
    Object[] constants = {
      "AF_UNIX",
      SockAddr.AF_UNIX,
      "AF_INET",
      SockAddr.AF_INET,
      "AF_INET6",
      SockAddr.AF_INET6,
      "SOCK_STREAM",
      PySocket.SOCK_STREAM,
      "SOCK_DGRAM",
      PySocket.SOCK_DGRAM,
      "SOCK_NONBLOCK",
      PySocket.SOCK_NONBLOCK,
      "SOCK_CLOEXEC",
      PySocket.SOCK_CLOEXEC,
      "SOL_SOCKET",
      PySocket.SOL_SOCKET,
      "SO_REUSEADDR",
      PySocket.SO_REUSEADDR,
      "SO_TYPE",
      PySocket.SO_TYPE,
      "SO_ERROR",
      PySocket.SO_ERROR,
      "SO_SNDBUF",
      PySocket.SO_SNDBUF,
      "SO_RCVBUF",
      PySocket.SO_RCVBUF,
      "SO_KEEPALIVE",
      PySocket.SO_KEEPALIVE,
      "SO_REUSEPORT",
      PySocket.SO_REUSEPORT,
      "IPPROTO_IP",
      0,
      "IPPROTO_TCP",
      PySocket.IPPROTO_TCP,
      "IPPROTO_IPV6",
      41,
      "TCP_NODELAY",
      PySocket.TCP_NODELAY,
      "SHUT_RD",
      PySocket.SHUT_RD,
      "SHUT_WR",
      PySocket.SHUT_WR,
      "SHUT_RDWR",
      PySocket.SHUT_RDWR,
      "SOMAXCONN",
      4096,
    };
    for (int i = 0; i < constants.length; i += 2) {
      m.put((String) constants[i], PyInt.of((Integer) constants[i + 1]));
    }
    m.put("has_ipv6", PyBool.TRUE);
    m.put("socket", PySocket.TYPE);
    m.put("SocketType", PySocket.TYPE);
    m.put("error", ExceptionTypes.OS_ERROR);
    m.put("timeout", ExceptionTypes.TIMEOUT_ERROR);
    m.put("gaierror", OsErrors.GAIERROR);

    m.function(
        "socketpair",
        (t, a, kw) -> {
          PyObject[] p =
              ArgParser.parse("socketpair", a, kw, new String[] {"family", "type", "proto"}, 0, 3);
          long family = p[0] == null ? SockAddr.AF_UNIX : ArgParser.asLong(p[0], "family");
          long type = p[1] == null ? PySocket.SOCK_STREAM : ArgParser.asLong(p[1], "type");
          if (family != SockAddr.AF_UNIX) {
            throw OsErrors.error(OsErrors.EOPNOTSUPP);
          }
          if (type != PySocket.SOCK_STREAM) {
            throw PyException.of(
                ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                "gilvm's socket supports only SOCK_STREAM sockets");
          }
          return socketpair(t);
        });
    m.function(
        "create_connection",
        (t, a, kw) -> {
          PyObject[] p =
              ArgParser.parse(
                  "create_connection",
                  a,
                  kw,
                  new String[] {"address", "timeout", "source_address", "all_errors"},
                  1,
                  3);
          long timeout = p[1] == null ? defaultTimeout(t.interp) : PySocket.timeoutArg(p[1]);
          PyObject source = p[2] == null ? PyNone.NONE : p[2];
          return createConnection(t, p[0], timeout, source);
        });
    m.function(
        "getdefaulttimeout",
        (t, a, kw) -> {
          ArgParser.arity("getdefaulttimeout", a, kw, 0, 0);
          return PySocket.timeoutValue(defaultTimeout(t.interp));
        });
    m.function(
        "setdefaulttimeout",
        (t, a, kw) -> {
          ArgParser.arity("setdefaulttimeout", a, kw, 1, 1);
          DEFAULT_TIMEOUT.put(t.interp, PySocket.timeoutArg(a[0]));
          return PyNone.NONE;
        });
    return m;
  }

  // ---------------------------------------------------------------- socketpair

  private record Pair(int family, SocketChannel a, SocketChannel b) {}

  /**
   * Two connected stream sockets. Linux makes them with socketpair(2); Java has no such call, so an
   * AF_UNIX listener on a private temporary path accepts one connection and is removed (loopback
   * TCP where AF_UNIX is unavailable). The ends are unnamed, as socketpair's are.
   */
  private static PyObject socketpair(ThreadState ts) {
    Pair pair =
        OsErrors.run(
            ts,
            () -> {
              try {
                return unixPair();
              } catch (IOException | UnsupportedOperationException e) {
                return loopbackPair();
              }
            });
    long timeout = defaultTimeout(ts.interp);
    boolean unix = pair.family() == SockAddr.AF_UNIX;
    return PyTuple.of(
        PySocket.connected(pair.family(), pair.a(), unix, timeout),
        PySocket.connected(pair.family(), pair.b(), unix, timeout));
  }

  private static Pair unixPair() throws IOException {
    Path dir = Files.createTempDirectory("gilvm");
    Path path = dir.resolve("pair");
    try (ServerSocketChannel srv = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      srv.bind(UnixDomainSocketAddress.of(path), 1);
      SocketChannel a = connectTo(StandardProtocolFamily.UNIX, UnixDomainSocketAddress.of(path));
      return new Pair(SockAddr.AF_UNIX, a, acceptOne(srv, a));
    } finally {
      Files.deleteIfExists(path);
      Files.deleteIfExists(dir);
    }
  }

  private static Pair loopbackPair() throws IOException {
    try (ServerSocketChannel srv = ServerSocketChannel.open(StandardProtocolFamily.INET)) {
      srv.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
      SocketChannel a = connectTo(StandardProtocolFamily.INET, srv.getLocalAddress());
      return new Pair(SockAddr.AF_INET, a, acceptOne(srv, a));
    }
  }

  /** One end: connected while still in blocking mode, then made non-blocking like every socket. */
  private static SocketChannel connectTo(StandardProtocolFamily family, SocketAddress where)
      throws IOException {
    SocketChannel a = SocketChannel.open(family);
    try {
      a.connect(where);
      a.configureBlocking(false);
      return a;
    } catch (IOException e) {
      a.close();
      throw e;
    }
  }

  /** The other end: the listener's one connection, which is already queued. */
  private static SocketChannel acceptOne(ServerSocketChannel srv, SocketChannel a)
      throws IOException {
    try {
      SocketChannel b = srv.accept();
      b.configureBlocking(false);
      return b;
    } catch (IOException e) {
      a.close();
      throw e;
    }
  }

  // ---------------------------------------------------------------- create_connection

  /**
   * {@code create_connection((host, port), timeout, source_address)}: tries each address the host
   * resolves to, in order, and returns the first socket that connects; raises the first failure
   * when none does, as CPython 3.11 does.
   */
  private static PyObject createConnection(
      ThreadState ts, PyObject address, long timeout, PyObject source) {
    PyObject[] hp = Ops.unpack(address, 2);
    String host = SockAddr.hostString(hp[0]);
    int port = SockAddr.port(hp[1], "create_connection");
    PyException first = null;
    for (InetAddress ip : SockAddr.resolveAll(ts, host)) {
      int family = ip instanceof Inet4Address ? SockAddr.AF_INET : SockAddr.AF_INET6;
      PySocket s = PySocket.open(family, PySocket.IPPROTO_TCP, timeout);
      try {
        if (source != PyNone.NONE) {
          s.bind(ts, source);
        }
        int err = s.connect(ts, new InetSocketAddress(ip, port));
        if (err == 0) {
          return s;
        }
        throw err == PySocket.TIMED_OUT ? OsErrors.timedOut() : OsErrors.error(err);
      } catch (PyException e) {
        s.close(ts);
        if (!e.matches(ExceptionTypes.OS_ERROR)) {
          throw e;
        }
        if (first == null) {
          first = e;
        }
      }
    }
    throw first != null ? first : PyException.osError("getaddrinfo returns an empty list");
  }
}
