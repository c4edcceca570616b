# gilvm lab: lost updates. THREADS threads each run `counter += 1` N times on one global,
# first bare, then inside `with lock:`.
# Usage: lost.py THREADS N ROUNDS. Prints "@lab lost_bare K" and "@lab lost_locked K" per round:
# how many of the THREADS * N increments are missing from the counter.
import sys
import threading

counter = 0
lock = threading.Lock()


def bare(n):
    global counter
    for _ in range(n):
        counter += 1


def locked(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


def run(work, threads, n):
    global counter
    counter = 0
    ts = [threading.Thread(target=work, args=(n,)) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return threads * n - counter


def main(threads, n, rounds):
    for _ in range(rounds):
        print(f"@lab lost_bare {run(bare, threads, n)}")
        print(f"@lab lost_locked {run(locked, threads, n)}")


main(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
