# The convoy effect (bpo-7946, David Beazley): a thread doing I/O gives the interpreter lock up
# at every system call, even one that returns at once, and must then win it back from a
# CPU-bound thread. Under the new GIL (3.2+), each time the CPU-bound thread wins, the I/O thread
# waits a whole switch interval (5 ms) before it may ask for the lock back. The socketpair is
# filled before the reader starts, so recv() never waits; whether the busy thread wins the lock
# during such a call is up to the OS scheduler, so the slowdown varies from run to run (CPython
# 3.11 on a 2-core machine: 1x to 25x over four runs; gilvm's newgil: 1x to 7x over four). A call that
# really waits, however briefly, loses the lock every time: `gilvm lab --only convoy` measures
# that form, about one switch interval added to every call.
# Each time is the median of a few rounds.
import socket
import threading
import time

MESSAGES = 200
ROUNDS = 5


def fill(sock):
    for _ in range(MESSAGES):
        sock.send(b"x")


def reader(sock, times):
    start = time.perf_counter()
    for _ in range(MESSAGES):
        sock.recv(1)
    times.append(time.perf_counter() - start)


def spin(stop):
    n = 0
    while not stop:
        n += 1


def io_time(beside_cpu):
    a, b = socket.socketpair()
    fill(b)
    stop = []
    cpu = threading.Thread(target=spin, args=(stop,))
    if beside_cpu:
        cpu.start()
        time.sleep(0.05)
    times = []
    io = threading.Thread(target=reader, args=(a, times))
    io.start()
    io.join()
    if beside_cpu:
        stop.append(True)
        cpu.join()
    a.close()
    b.close()
    return times[0]


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


if __name__ == "__main__":
    for _ in range(3):
        io_time(False)  # warm-up rounds: a JVM compiles the code it runs often
    alone = median([io_time(False) for _ in range(ROUNDS)])
    beside = median([io_time(True) for _ in range(ROUNDS)])
    print(f"{MESSAGES} recv calls alone:               {alone * 1000:.1f} ms")  # expect re: 200 recv calls alone: +\d+\.\d ms
    print(f"{MESSAGES} recv calls beside a CPU thread: {beside * 1000:.1f} ms")  # expect re: 200 recv calls beside a CPU thread: \d+\.\d ms
    print(f"slowdown: {beside / alone:.0f}x")  # expect re: slowdown: \d+x
