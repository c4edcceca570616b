# gilvm lab: I/O-bound threads. Two select.select([], [], [], t) calls one after the other,
# then in two threads at once.
# Usage: io.py T ROUNDS. Prints "@lab sequential SECONDS" and "@lab threaded SECONDS" per round.
import select
import sys
import threading
import time


def wait(t):
    select.select([], [], [], t)


def sequential(t):
    start = time.perf_counter()
    wait(t)
    wait(t)
    return time.perf_counter() - start


def threaded(t):
    start = time.perf_counter()
    threads = [threading.Thread(target=wait, args=(t,)) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return time.perf_counter() - start


def main(t, rounds):
    threaded(t / 10)  # warm-up: the first threads of a JVM start slower
    for _ in range(rounds):
        print(f"@lab sequential {sequential(t):.6f}")
        print(f"@lab threaded {threaded(t):.6f}")


main(float(sys.argv[1]), int(sys.argv[2]))
