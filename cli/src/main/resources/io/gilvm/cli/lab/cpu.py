# gilvm lab: CPU-bound threads. count(n) twice in a row in one thread, then in two threads at once.
# Usage: cpu.py N ROUNDS [WARM_UP_SECONDS, default 2]. Prints "@lab sequential SECONDS" and "@lab threaded SECONDS" per round.
import sys
import threading
import time


def count(n):
    while n > 0:
        n -= 1


def twice(n):
    count(n)
    count(n)


def sequential(n):
    # In one thread of its own, so that both sides run the same code: the JVM may compile a loop
    # the main thread runs differently from the same loop started by a new thread.
    start = time.perf_counter()
    t = threading.Thread(target=twice, args=(n,))
    t.start()
    t.join()
    return time.perf_counter() - start


def threaded(n):
    start = time.perf_counter()
    threads = [threading.Thread(target=count, args=(n,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def warm_up(seconds):
    # The JVM compiles what runs often, so the first calls are slower: run both sides a while
    # first. Threads matter too: a loop compiled while the main thread ran it is not yet the
    # code a new thread starts in.
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        sequential(50000)
        threaded(50000)


def main(n, rounds, warm_up_seconds):
    warm_up(warm_up_seconds)
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


main(int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]) if len(sys.argv) > 3 else 2.0)
