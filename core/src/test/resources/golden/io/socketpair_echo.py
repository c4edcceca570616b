# An echo thread on one end of a socketpair: what is sent comes back, in order and whole.
import socket
import threading

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM)  # expect: True True
print(repr(a.getsockname()), repr(a.getpeername()))  # expect: '' ''


def echo(sock):
    while True:
        data = sock.recv(1024)
        if not data:
            break
        sock.sendall(data)
    sock.close()


t = threading.Thread(target=echo, args=(b,))
t.start()

for word in [b"hello", b"GIL", b"convoy"]:
    a.sendall(word)
    got = b""
    while len(got) < len(word):
        got += a.recv(1024)
    print(got)
# expect: b'hello'
# expect: b'GIL'
# expect: b'convoy'

# More than the socket buffers hold: a second thread sends while this one reads the echo.
big = bytes(range(256)) * 1000
print(a.send(b""))  # expect: 0
sender = threading.Thread(target=a.sendall, args=(big,))
sender.start()
got = b""
while len(got) < len(big):
    got += a.recv(65536)
sender.join()
print(len(got), got == big)  # expect: 256000 True

a.shutdown(socket.SHUT_WR)
t.join()
print(a.recv(10))  # expect: b''
a.close()
print(a.fileno())  # expect: -1
