package io.gilvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SelectModuleTest {

  private static String run(String source) {
    return SocketModuleTest.run(source);
  }

  @Test
  void emptyListsSleepForTheTimeout() {
    assertEquals(
        "([], [], []) True\n",
        run(
            """
        import select, time
        start = time.monotonic()
        r = select.select([], [], [], 0.15)
        print(r, time.monotonic() - start >= 0.15)
        """));
  }

  @Test
  void emptyListsReleaseTheLockEvenForZero() {
    long base = PyRun.run("import select").blockingRegions();
    assertEquals(
        base + 2,
        PyRun.run("import select\nselect.select([], [], [], 0)\nselect.select([], [], [], 0.001)")
            .blockingRegions());
  }

  @Test
  void threadRunsWhileAnotherSleepsInSelect() {
    // The sleeper holds no lock while it waits, so the counter gets to run in the meantime.
    assertEquals(
        "True\n",
        run(
            """
        import select, threading
        state = {'n': 0, 'stop': False}
        def count():
            while not state['stop']:
                state['n'] += 1
        t = threading.Thread(target=count)
        t.start()
        select.select([], [], [], 0.05)
        before = state['n']
        select.select([], [], [], 0.1)
        print(state['n'] > before)
        state['stop'] = True
        t.join()
        """));
  }

  @Test
  void socketpairReadiness() {
    assertEquals(
        "[] True\nTrue [] []\nTrue\n",
        run(
            """
        import select, socket
        a, b = socket.socketpair()
        r, w, x = select.select([a, b], [a, b], [a, b], 0)
        print(r, w == [a, b])
        b.send(b'x')
        r, w, x = select.select([b, a], [], [a], 5)
        print(r == [a], w, x)
        print(select.select([a], [], [], 0)[0][0] is a)
        """));
  }

  @Test
  void listeningSocketIsReadableWhenAClientWaits() {
    assertEquals(
        "[]\nTrue\n",
        run(
            """
        import select, socket
        server = socket.socket()
        server.bind(('127.0.0.1', 0))
        server.listen()
        print(select.select([server], [], [], 0)[0])
        c = socket.create_connection(server.getsockname())
        print(select.select([server], [], [], 5)[0] == [server])
        """));
  }

  @Test
  void connectingSocketBecomesWritable() {
    assertEquals(
        "True 0\n",
        run(
            """
        import select, socket
        server = socket.socket()
        server.bind(('127.0.0.1', 0))
        server.listen()
        c = socket.socket()
        c.setblocking(False)
        c.connect_ex(server.getsockname())
        r, w, x = select.select([], [c], [], 5)
        print(w == [c], c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
        """));
  }

  @Test
  void descriptorNumbersAndFilenoObjects() {
    assertEquals(
        "True True\nOSError 9\nValueError filedescriptor out of range in select()\n",
        run(
            """
        import select, socket
        a, b = socket.socketpair()
        class F:
            def fileno(self):
                return b.fileno()
        f = F()
        r, w, x = select.select([], [a.fileno(), f], [], 0)
        print(w[0] == a.fileno(), w[1] is f)
        for fd in (1000, 5000):
            try:
                select.select([fd], [], [], 0)
            except OSError as e:
                print(type(e).__name__, e.errno)
            except ValueError as e:
                print(type(e).__name__, e)
        """));
  }

  @Test
  void argumentErrors() {
    assertEquals(
        """
        TypeError arguments 1-3 must be sequences
        TypeError argument must be an int, or have a fileno() method.
        ValueError timeout must be non-negative
        TypeError timeout must be a float or None
        ValueError file descriptor cannot be a negative integer (-1)
        ValueError file descriptor cannot be a negative integer (-1)
        """,
        run(
            """
        import select, socket
        a, b = socket.socketpair()
        a.close()
        for args in ((1, [], []), (['x'], [], []), ([], [], [], -1), ([], [], [], 'x'),
                     ([-1], [], [], 0), ([a], [], [], 0)):
            try:
                select.select(*args)
            except (TypeError, ValueError) as e:
                print(type(e).__name__, e)
        """));
  }

  @Test
  void filesAreAlwaysReady(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String path = dir.resolve("f.txt").toString();
    assertEquals(
        "True True []\n",
        run(
            """
        import select
        f = open(%s, 'w+')
        r, w, x = select.select([f], [f], [f], 5)
        print(r == [f], w == [f], x)
        f.close()
        """
                .formatted(FileIOTest.pyStr(path))));
  }
}
