# The errors of sockets, as CPython words them: refused connections, timeouts, non-blocking
# reads, closed sockets and bad addresses.
import socket


def attempt(f, *args):
    try:
        r = f(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
    else:
        print("ok", r)


# A bound socket that is not listening refuses connections.
closed_port = socket.socket()
closed_port.bind(("127.0.0.1", 0))
address = closed_port.getsockname()
c = socket.socket()
attempt(c.connect, address)  # expect: ConnectionRefusedError 111 [Errno 111] Connection refused
print(c.connect_ex(address))  # expect: 111
attempt(socket.create_connection, address)  # expect: ConnectionRefusedError 111 [Errno 111] Connection refused
print(issubclass(socket.timeout, OSError), socket.timeout is TimeoutError)  # expect: True True

a, b = socket.socketpair()
a.settimeout(0.05)
print(a.gettimeout())  # expect: 0.05
attempt(a.recv, 1)  # expect: TimeoutError None timed out
a.setblocking(False)
print(a.gettimeout(), a.getblocking())  # expect: 0.0 False
attempt(a.recv, 1)  # expect: BlockingIOError 11 [Errno 11] Resource temporarily unavailable
b.send(b"!")
attempt(a.recv, 5)  # expect: ok b'!'
a.setblocking(True)
print(a.gettimeout())  # expect: None
attempt(a.recv, -1)  # expect: ValueError negative buffersize in recv
attempt(a.send, "text")  # expect: TypeError a bytes-like object is required, not 'str'
attempt(a.settimeout, -1)  # expect: ValueError Timeout value out of range

a.close()
attempt(a.recv, 1)  # expect: OSError 9 [Errno 9] Bad file descriptor
attempt(a.send, b"x")  # expect: OSError 9 [Errno 9] Bad file descriptor
attempt(a.getsockname)  # expect: OSError 9 [Errno 9] Bad file descriptor
a.close()
print(a.fileno())  # expect: -1

s = socket.socket()
attempt(s.recv, 1)  # expect: OSError 107 [Errno 107] Transport endpoint is not connected
attempt(s.send, b"x")  # expect: BrokenPipeError 32 [Errno 32] Broken pipe
attempt(s.getpeername)  # expect: OSError 107 [Errno 107] Transport endpoint is not connected
attempt(s.accept)  # expect: OSError 22 [Errno 22] Invalid argument
print(s.getsockname())  # expect: ('0.0.0.0', 0)
attempt(s.bind, "x")  # expect: TypeError bind(): AF_INET address must be tuple, not str
attempt(s.bind, ("127.0.0.1",))  # expect: TypeError AF_INET address must be a pair (host, port)
attempt(s.bind, ("127.0.0.1", 70000))  # expect: OverflowError bind(): port must be 0-65535.
attempt(s.bind, ("::1", 0))  # expect: gaierror -9 [Errno -9] Address family for hostname not supported
attempt(s.setsockopt, socket.SOL_SOCKET, 12345, 1)  # expect: OSError 92 [Errno 92] Protocol not available
attempt(socket.socket, 99)  # expect: OSError 97 [Errno 97] Address family not supported by protocol
s.close()

six = socket.socket(socket.AF_INET6)
print(six.getsockname())  # expect: ('::', 0, 0, 0)
attempt(six.connect, "x")  # expect: TypeError connect(): AF_INET6 address must be tuple, not str
attempt(six.bind, ("127.0.0.1", 0))  # expect: gaierror -9 [Errno -9] Address family for hostname not supported
six.close()
b.close()
closed_port.close()
c.close()
