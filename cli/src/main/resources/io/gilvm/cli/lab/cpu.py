# gilvm lab: CPU-bound threads. count(n) twice in a row, then in two threads at once.
# Usage: cpu.py N ROUNDS. Prints "@lab sequential SECONDS" and "@lab threaded SECONDS" per round.
import sys
import threading
import time


def count(n):
    while n > 0:
        n -= 1


def sequential(n):
    start = time.perf_counter()
    count(n)
    count(n)
    return time.perf_counter() - start


def threaded(n):
    start = time.perf_counter()
    threads = [threading.Thread(target=count, args=(n,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def warm_up():
    # The JVM compiles what runs often, so the first calls are slower: run a while first.
    start = time.perf_counter()
    while time.perf_counter() - start < 0.3:
        count(100000)


def main(n, rounds):
    warm_up()
    for r in range(rounds):
        # Alternate the order, so that neither side always runs first.
        if r % 2 == 0:
            seq = sequential(n)
            thr = threaded(n)
        else:
            thr = threaded(n)
            seq = sequential(n)
        print(f"@lab sequential {seq:.6f}")
        print(f"@lab threaded {thr:.6f}")


main(int(sys.argv[1]), int(sys.argv[2]))
