# The countdown split across two interpreters in one process (PEP 684/734, CPython 3.14's
# concurrent.interpreters), beside the same two countdowns in a row and in two threads. Each
# interpreter has its own lock (its own instance of the lock strategy), so two threads that each
# run in their own interpreter can use both cores even under a GIL: the remedy processes give,
# without starting a process or a JVM. Values cross by copying (pickle). Prints the three times
# and the cost of creating the two interpreters (which depend on the machine and its load).
import sys
import time
from concurrent import interpreters
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


def in_interpreters(interps):
    results = [None, None]

    def run(k):
        results[k] = interps[k].call(countdown, COUNT)

    threads = [Thread(target=run, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def timed(func, *args):
    start = time.perf_counter()
    result = func(*args)
    return time.perf_counter() - start, result


if __name__ == "__main__":
    seq, _ = timed(sequential)
    thr, _ = timed(threaded)
    created, interps = timed(lambda: [interpreters.create() for _ in range(2)])
    split, results = timed(in_interpreters, interps)
    for interp in interps:
        interp.close()
    print(f"sequential: {seq:.2f} s   threaded: {thr:.2f} s   2 interpreters: {split:.2f} s")
    print(f"creating 2 interpreters took {created:.3f} s")
    print("results:", results)

# The golden test (GoldenTest) runs it smaller: it checks what is printed, not the speed.
# args: 200000
# expect re: sequential: \d+\.\d\d s   threaded: \d+\.\d\d s   2 interpreters: \d+\.\d\d s
# expect re: creating 2 interpreters took \d+\.\d\d\d s
# expect: results: [0, 0]
