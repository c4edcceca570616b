# gilvm lab: starvation under a lock with no hand-off. Two CPU-bound threads count down at once;
# the lab reads from the lock's own counters how often the thread that released the lock took it
# straight back.
# Usage: starvation.py N. Prints "@lab threaded SECONDS".
import sys
import threading
import time


def count(n):
    while n > 0:
        n -= 1


def main(n):
    start = time.perf_counter()
    threads = [threading.Thread(target=count, args=(n,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"@lab threaded {time.perf_counter() - start:.6f}")


main(int(sys.argv[1]))
