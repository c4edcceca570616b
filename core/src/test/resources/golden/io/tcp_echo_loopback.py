# A TCP server thread on the IPv4 loopback: bind to port 0, listen, accept one client, and
# echo lines back; the client connects with create_connection and with connect.
import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)  # expect: True
server.listen()
host, port = server.getsockname()
print(host, 0 < port < 65536)  # expect: 127.0.0.1 True


peers = []


def serve(count):
    for _ in range(count):
        conn, addr = server.accept()
        with conn:
            peers.append(addr[0])
            buf = b""
            while True:
                data = conn.recv(16)
                if not data:
                    break
                buf += data
            conn.sendall(buf.upper())


t = threading.Thread(target=serve, args=(2,))
t.start()

with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
    print(c.gettimeout(), c.getpeername() == ("127.0.0.1", port))
    c.sendall(b"first client\n")
    c.shutdown(socket.SHUT_WR)
    reply = b""
    while True:
        data = c.recv(4)
        if not data:
            break
        reply += data
    print(reply)
# expect: 5.0 True
# expect: b'FIRST CLIENT\n'

c = socket.socket()
c.connect(("127.0.0.1", port))
c.sendall(b"second")
c.shutdown(socket.SHUT_WR)
print(c.recv(100))
c.close()
t.join()
server.close()
print(server)
print("accepted from", peers)
# expect: b'SECOND'
# expect: <socket.socket [closed] fd=-1, family=2, type=1, proto=0>
# expect: accepted from ['127.0.0.1', '127.0.0.1']
