# gilvm lab: threads hashing large buffers. hashlib computes in native code (Java here) and
# releases the interpreter lock from 2048 bytes up, as CPython's C code does, so threads hashing
# large buffers run in parallel even under a GIL.
# Usage: hashing.py SIZE COUNT ROUNDS: COUNT sha256 digests of a SIZE-byte buffer, twice in a row,
# then in two threads at once. Prints "@lab sequential SECONDS" and "@lab threaded SECONDS" per round.
import hashlib
import sys
import threading
import time


def digests(data, count):
    for _ in range(count):
        hashlib.sha256(data).digest()


def sequential(data, count):
    start = time.perf_counter()
    digests(data, count)
    digests(data, count)
    return time.perf_counter() - start


def threaded(data, count):
    start = time.perf_counter()
    ts = [threading.Thread(target=digests, args=(data, count)) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - start


def main(size, count, rounds):
    data = bytes(range(256)) * (size // 256)
    sequential(data, max(1, count // 4))
    threaded(data, max(1, count // 4))
    for _ in range(rounds):
        print(f"@lab sequential {sequential(data, count):.6f}")
        print(f"@lab threaded {threaded(data, count):.6f}")


main(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
