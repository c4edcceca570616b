"""multiprocessing.connection for gilvm: pickled messages over a loopback socket.

A message is its pickle's length (8 bytes, big-endian) then the pickle. Sending and receiving
release the interpreter lock (they are socket calls).
"""

import pickle
import socket

__all__ = ["Connection", "Listener"]


class Connection:
    """One end of a two-way channel of pickled objects."""

    def __init__(self, sock):
        self._sock = sock
        self.closed = False

    def send_bytes(self, data):
        self._sock.sendall(len(data).to_bytes(8, "big") + data)

    def send(self, obj):
        self.send_bytes(pickle.dumps(obj, pickle.HIGHEST_PROTOCOL))

    def _recv_exact(self, n):
        parts = []
        while n:
            chunk = self._sock.recv(min(n, 1 << 20))
            if not chunk:
                raise EOFError
            parts.append(chunk)
            n -= len(chunk)
        return b"".join(parts)

    def recv_bytes(self):
        n = int.from_bytes(self._recv_exact(8), "big")
        return self._recv_exact(n)

    def recv(self):
        return pickle.loads(self.recv_bytes())

    def close(self):
        if not self.closed:
            self.closed = True
            try:
                self._sock.close()
            except OSError:
                pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Listener:
    """A listening loopback socket children connect back to."""

    def __init__(self):
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.address = self._sock.getsockname()

    def accept(self, timeout=None):
        self._sock.settimeout(timeout)
        s, _ = self._sock.accept()
        s.settimeout(None)
        return Connection(s)

    def close(self):
        self._sock.close()


def connect(address):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect(tuple(address))
    return Connection(s)
