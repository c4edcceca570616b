# The literature's process remedy for the countdown: the same two countdowns in a row, in two
# threads, and in a multiprocessing.Pool of two worker processes. Each worker is its own process
# with its own interpreter and lock, so the Pool run can use both cores even under a GIL, at the
# price of starting the workers (a JVM each) and pickling the calls. Prints the three times and
# the cost of starting the pool (which depend on the machine and its load).
import sys
import time
from multiprocessing import Pool
from threading import Thread

# How far each countdown counts: the first argument, else 10,000,000.
COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000


def countdown(n):
    while n > 0:
        n -= 1
    return n


def sequential():
    countdown(COUNT)
    countdown(COUNT)


def threaded():
    threads = [Thread(target=countdown, args=(COUNT,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def timed(func, *args):
    start = time.perf_counter()
    result = func(*args)
    return time.perf_counter() - start, result


if __name__ == "__main__":
    seq, _ = timed(sequential)
    thr, _ = timed(threaded)
    start = time.perf_counter()
    with Pool(2) as pool:
        started = time.perf_counter() - start
        pooled, results = timed(pool.map, countdown, [COUNT, COUNT])
    print(f"sequential: {seq:.2f} s   threaded: {thr:.2f} s   2 processes: {pooled:.2f} s")
    print(f"starting the pool of 2 took {started:.2f} s")
    print("results:", results)

# The golden test (GoldenTest) runs it smaller: it checks what is printed, not the speed.
# args: 200000
# expect re: sequential: \d+\.\d\d s   threaded: \d+\.\d\d s   2 processes: \d+\.\d\d s
# expect re: starting the pool of 2 took \d+\.\d\d s
# expect: results: [0, 0]
