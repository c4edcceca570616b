# The literature's I/O-bound threads example: 100 threads each GET a URL with requests and count
# the 200 responses under a lock. Waiting for the network releases the interpreter lock, so the
# threads overlap their waits under every lock strategy. So that it needs no network, the
# program starts its own tiny HTTP server on 127.0.0.1, written with the socket module: a thread
# that accepts connections and answers each in a thread of its own after a short delay (a slow
# server), so 100 requests one after the other would take 100 delays and threads take a few.
import socket
import threading
import time

import requests

CLIENTS = 100
DELAY = 0.05  # seconds the server takes to answer one request


def answer(conn):
    with conn:
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = conn.recv(4096)
            if not chunk:
                return
            request += chunk
        time.sleep(DELAY)
        body = b"hello from the counter server\n"
        conn.sendall(b"HTTP/1.1 200 OK\r\n"
                     b"Content-Type: text/plain\r\n"
                     b"Content-Length: " + str(len(body)).encode() + b"\r\n"
                     b"Connection: close\r\n\r\n" + body)


def serve(listener):
    while True:
        try:
            conn, _ = listener.accept()
        except OSError:  # the listener was closed: the program is done
            return
        threading.Thread(target=answer, args=(conn,), daemon=True).start()


listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(CLIENTS)
threading.Thread(target=serve, args=(listener,), daemon=True).start()
url = "http://127.0.0.1:%d/" % listener.getsockname()[1]

ok = 0
ok_lock = threading.Lock()


def fetch():
    global ok
    response = requests.get(url, timeout=30)
    if response.status_code == 200:
        with ok_lock:
            ok += 1


start = time.perf_counter()
threads = [threading.Thread(target=fetch) for _ in range(CLIENTS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
listener.close()

print(f"{ok} of {CLIENTS} requests answered 200")  # expect: 100 of 100 requests answered 200
print(f"{CLIENTS} requests of {DELAY * 1000:.0f} ms each in {elapsed:.2f} s")  # expect re: 100 requests of 50 ms each in \d+\.\d\d s
