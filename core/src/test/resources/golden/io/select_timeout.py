# select.select: a timeout with nothing ready returns three empty lists after the timeout; the
# lists that come back hold the very objects passed in, in order.
import select
import socket
import time

start = time.perf_counter()
print(select.select([], [], [], 0.1))  # expect: ([], [], [])
print(time.perf_counter() - start >= 0.1)  # expect: True

a, b = socket.socketpair()
start = time.perf_counter()
r, w, x = select.select([a, b], [], [a, b], 0.1)
print(r, x, time.perf_counter() - start >= 0.1)  # expect: [] [] True

r, w, x = select.select([a, b], [b, a], [], 0)
print(r == [], w == [b, a])  # expect: True True

b.send(b"ping")
r, w, x = select.select([a, b], [], [], 5)
print(r == [a], a.recv(10))  # expect: True b'ping'

r, w, x = select.select([a.fileno()], [b.fileno()], [], 0)
print(r, w == [b.fileno()])  # expect: [] True


class Wrapper:
    def __init__(self, sock):
        self.sock = sock

    def fileno(self):
        return self.sock.fileno()


wrapped = Wrapper(b)
a.send(b"x")
r, w, x = select.select((wrapped,), (), (), 5)
print(r == [wrapped])  # expect: True

server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen()
print(select.select([server], [server], [], 0)[:2])  # expect: ([], [])
client = socket.create_connection(server.getsockname())
r, w, x = select.select([server], [], [], 5)
print(r == [server])  # expect: True
conn, _ = server.accept()

for args in [(1, [], []), ([1.5], [], []), ([], [], [], -1), ([], [], [], "x"), ([object()], [], [])]:
    try:
        select.select(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: TypeError arguments 1-3 must be sequences
# expect: TypeError argument must be an int, or have a fileno() method.
# expect: ValueError timeout must be non-negative
# expect: TypeError timeout must be a float or None
# expect: TypeError argument must be an int, or have a fileno() method.

a.close()
try:
    select.select([a], [], [], 0)
except ValueError as e:
    print(e)  # expect: file descriptor cannot be a negative integer (-1)
print(select.error is OSError)  # expect: True
for s in (b, server, client, conn):
    s.close()
