package io.gilvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SocketModuleTest {

  /** Runs a program that must finish within 30 s and returns its stdout. */
  static String run(String source) {
    return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PyRun.out(source));
  }

  private static final String ECHO_SERVER =
      """
      import socket, threading
      def serve(server):
          conn, addr = server.accept()
          with conn:
              while True:
                  data = conn.recv(5)
                  if not data:
                      break
                  conn.sendall(data)
      def echo(family, host):
          server = socket.socket(family)
          server.bind((host, 0))
          server.listen()
          t = threading.Thread(target=serve, args=(server,))
          t.start()
          c = socket.socket(family)
          c.connect(server.getsockname())
          c.sendall(b'over the loopback')
          c.shutdown(socket.SHUT_WR)
          got = b''
          while True:
              data = c.recv(3)
              if not data:
                  break
              got += data
          t.join()
          c.close()
          server.close()
          return got
      """;

  /** Connects to a documentation address (192.0.2.1, TEST-NET-1) without waiting: no traffic. */
  private static final String REMOTE =
      """
      import socket
      for attempt in (lambda s: s.connect(("192.0.2.1", 80)),
                      lambda s: s.connect_ex(("192.0.2.1", 80)),
                      lambda s: socket.create_connection(("192.0.2.1", 80), timeout=0)):
          s = socket.socket()
          s.setblocking(False)
          try:
              attempt(s)
              print("allowed")
          except PermissionError as e:
              print(type(e).__name__, e.errno, e)
          except OSError as e:
              print("allowed")
          finally:
              s.close()
      """;

  @Test
  void onlyLoopbackWithoutAllowNetwork() {
    String refusal =
        "PermissionError 1 [Errno 1] gilvm connects only to loopback addresses, not to"
            + " 192.0.2.1 port 80 (run with --allow-network to allow it)\n";
    PyRun.Result r =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PyRun.run(REMOTE, "t.py", false));
    assertEquals(refusal + refusal + refusal, r.out(), r.err());
    r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PyRun.run(REMOTE, "t.py", true));
    assertEquals("allowed\nallowed\nallowed\n", r.out(), r.err());
  }

  @Test
  void echoOverSocketpair() {
    assertEquals(
        "b'ping' b'pong' b''\n",
        run(
            """
        import socket
        a, b = socket.socketpair()
        a.sendall(b'ping')
        got = b.recv(10)
        b.send(b'pong')
        b.close()
        print(got, a.recv(10), a.recv(10))
        """));
  }

  @Test
  void echoOverTcpLoopbackIpv4() {
    assertEquals(
        "b'over the loopback'\n", run(ECHO_SERVER + "print(echo(socket.AF_INET, '127.0.0.1'))\n"));
  }

  @Test
  void echoOverTcpLoopbackIpv6() {
    assumeTrue(ipv6LoopbackWorks(), "this machine cannot bind the IPv6 loopback ::1");
    assertEquals(
        "b'over the loopback'\n", run(ECHO_SERVER + "print(echo(socket.AF_INET6, '::1'))\n"));
  }

  private static boolean ipv6LoopbackWorks() {
    try (ServerSocketChannel s = ServerSocketChannel.open()) {
      s.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  @Test
  void ipv6NamesAreFourTuples() {
    assumeTrue(ipv6LoopbackWorks(), "this machine cannot bind the IPv6 loopback ::1");
    assertEquals(
        "('::1', True, 0, 0) ('::', 0, 0, 0)\n",
        run(
            """
        import socket
        s = socket.socket(socket.AF_INET6)
        s.bind(('::1', 0))
        host, port, flow, scope = s.getsockname()
        print((host, port > 0, flow, scope), socket.socket(socket.AF_INET6).getsockname())
        """));
  }

  @Test
  void createConnectionToLocalhostFindsTheListeningFamily() {
    // localhost may resolve to ::1 first; create_connection must go on to 127.0.0.1.
    assertEquals(
        "True b'hi'\n",
        run(
            """
        import socket
        server = socket.socket()
        server.bind(('127.0.0.1', 0))
        server.listen()
        c = socket.create_connection(('localhost', server.getsockname()[1]), timeout=5)
        conn, addr = server.accept()
        conn.sendall(b'hi')
        print(c.getpeername() == server.getsockname(), c.recv(2))
        """));
  }

  @Test
  void refusedConnectionRaisesConnectionRefusedError() {
    assertEquals(
        "ConnectionRefusedError 111 [Errno 111] Connection refused True\n111\n"
            + "ConnectionRefusedError [Errno 111] Connection refused\n",
        run(
            """
        import socket
        bound = socket.socket()
        bound.bind(('127.0.0.1', 0))
        c = socket.socket()
        try:
            c.connect(bound.getsockname())
        except OSError as e:
            print(type(e).__name__, e.errno, e, isinstance(e, ConnectionError))
        print(c.connect_ex(bound.getsockname()))
        try:
            socket.create_connection(bound.getsockname())
        except ConnectionRefusedError as e:
            print(type(e).__name__, e)
        """));
  }

  @Test
  void recvAndAcceptTimeOut() {
    assertEquals(
        "TimeoutError timed out True\nTimeoutError timed out True\n",
        run(
            """
        import socket, time
        a, b = socket.socketpair()
        a.settimeout(0.1)
        server = socket.socket()
        server.bind(('127.0.0.1', 0))
        server.listen()
        server.settimeout(0.1)
        for call in (lambda: a.recv(1), server.accept):
            start = time.monotonic()
            try:
                call()
            except socket.timeout as e:
                print(type(e).__name__, e, time.monotonic() - start >= 0.1)
        """));
  }

  @Test
  void nonBlockingCallsRaiseBlockingIoError() {
    assertEquals(
        "BlockingIOError 11\nBlockingIOError 11\nb'x'\n",
        run(
            """
        import socket
        a, b = socket.socketpair()
        a.setblocking(False)
        server = socket.socket()
        server.bind(('127.0.0.1', 0))
        server.listen()
        server.setblocking(False)
        for call in (lambda: a.recv(1), server.accept):
            try:
                call()
            except BlockingIOError as e:
                print(type(e).__name__, e.errno)
        b.send(b'x')
        print(a.recv(1))
        """));
  }

  @Test
  void closedSocketsRaiseBadFileDescriptor() {
    assertEquals(
        "OSError [Errno 9] Bad file descriptor\n" + "OSError [Errno 9] Bad file descriptor\n-1\n",
        run(
            """
        import socket
        a, b = socket.socketpair()
        a.close()
        a.close()
        for call in (lambda: a.recv(1), lambda: a.sendall(b'x')):
            try:
                call()
            except OSError as e:
                print(type(e).__name__, e)
        print(a.fileno())
        """));
  }

  @Test
  void droppedSocketIsClosed() {
    assertEquals(
        "b''\n",
        run(
            """
        import socket
        a, b = socket.socketpair()
        del a
        print(b.recv(1))
        """));
  }

  @Test
  void withStatementAndNames() {
    assertEquals(
        "True True 127.0.0.1 True\nTrue\n",
        run(
            """
        import socket
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(('127.0.0.1', 0))
            s.listen()
            c = socket.create_connection(s.getsockname())
            conn, addr = s.accept()
            print(addr == c.getsockname(), conn.getpeername() == c.getsockname(),
                  conn.getsockname()[0], repr(conn).startswith('<socket.socket fd='))
        print(s.fileno() == -1)
        """));
  }

  @Test
  void optionsAndTimeouts() {
    assertEquals(
        "1 0 1\nNone 2.5 0.0 None\nTrue True\nOSError 92\n",
        run(
            """
        import socket
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR),
              s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR),
              s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
        t1 = s.gettimeout()
        s.settimeout(2.5)
        t2 = s.gettimeout()
        s.setblocking(False)
        t3 = s.gettimeout()
        s.settimeout(None)
        print(t1, t2, t3, s.gettimeout())
        socket.setdefaulttimeout(3)
        print(socket.socket().gettimeout() == 3.0, socket.socket().getblocking())
        socket.setdefaulttimeout(None)
        try:
            s.setsockopt(socket.SOL_SOCKET, 999, 1)
        except OSError as e:
            print(type(e).__name__, e.errno)
        """));
  }

  @Test
  void addressErrorsMatchCpython() {
    assertEquals(
        "gaierror -9\nOverflowError connect(): port must be 0-65535.\n"
            + "TypeError connect(): AF_INET address must be tuple, not list\n",
        run(
            """
        import socket
        s = socket.socket()
        for addr in (('::1', 80), ('127.0.0.1', -1), ['127.0.0.1', 80]):
            try:
                s.connect(addr)
            except socket.gaierror as e:
                print(type(e).__name__, e.errno)
            except (OverflowError, TypeError) as e:
                print(type(e).__name__, e)
        """));
  }

  // ---------------------------------------------------------------- the interpreter lock

  private static final String SETUP =
      """
      import socket, select
      a, b = socket.socketpair()
      b.send(b'data')
      server = socket.socket()
      server.bind(('127.0.0.1', 0))
      server.listen()
      addr = server.getsockname()
      queued = socket.socket()
      queued.connect(addr)
      idle = socket.socket()
      nb = socket.socket()
      nb.setblocking(False)
      quiet, other = socket.socketpair()
      quiet.setblocking(False)
      def attempt(call):
          try:
              call()
          except BlockingIOError:
              pass
      """;

  /**
   * Every call that may block enters exactly one blocking region — one released lock — also when it
   * finds its data or connection waiting and does not block, as CPython releases the GIL around
   * every such system call.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "a.recv(1)",
        "a.send(b'x')",
        "a.sendall(b'xyz')",
        "server.accept()",
        "idle.connect(addr)",
        "idle.connect_ex(addr)",
        "socket.create_connection(addr)",
        "a.shutdown(socket.SHUT_WR)",
        "a.close()",
        "select.select([a], [a], [], 0)",
        "select.select([], [], [], 0)",
        "attempt(lambda: quiet.recv(1))",
        "attempt(lambda: nb.connect(addr))",
      })
  void everyBlockingCallReleasesTheLock(String call) {
    // Dropping the sockets closes them without a blocking region, and frees their descriptors.
    String teardown = "del a, b, server, queued, idle, nb, quiet, other\n";
    long base = PyRun.run(SETUP + teardown).blockingRegions();
    PyRun.Result r = PyRun.run(SETUP + call + "\n" + teardown);
    assertEquals(0, r.status(), r.err());
    assertEquals(base + 1, r.blockingRegions(), call);
  }

  /**
   * A CPU-bound thread counts to a bound while the main thread waits, with nothing to read, in a
   * blocking call that only the counter can end. Were the lock held while waiting, the counter
   * could never run and the program would hang (the 30 s limit fails the test).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "a.recv(1)                         | b.send(b'!')",
        "server.accept()                   | socket.create_connection(addr).close()",
        "select.select([a], [], [])        | b.send(b'!')",
      })
  void cpuThreadRunsWhileAnotherWaits(String wait, String wake) {
    String out =
        run(
            """
        import socket, select, threading
        a, b = socket.socketpair()
        server = socket.socket()
        server.bind(('127.0.0.1', 0))
        server.listen()
        addr = server.getsockname()
        state = {'waiting': False, 'n': 0}
        def count():
            while not state['waiting']:
                pass
            while state['n'] < 100000:
                state['n'] += 1
            %s
        t = threading.Thread(target=count)
        t.start()
        state['waiting'] = True
        %s
        t.join()
        print(state['n'])
        """
                .formatted(wake, wait));
    assertEquals("100000\n", out);
  }
}
