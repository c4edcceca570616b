# The classic experiment of the GIL literature (David Beazley, "Understanding the Python GIL"):
# count down from N twice in a row, then in two threads at once. Under a GIL the threaded run is
# no faster; under CPython 2's GIL on a multicore machine it is slower.
import sys
import time
from threading import Thread

# How far each countdown counts: the first argument, else 10,000,000.
COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000


def report_time(func):
    def timed(*args, **kwargs):
        start = time.perf_counter()
        func(*args, **kwargs)
        return time.perf_counter() - start
    return timed


def countdown(n):
    while n > 0:
        n -= 1


@report_time
def sequential():
    countdown(COUNT)
    countdown(COUNT)


@report_time
def threaded():
    t1 = Thread(target=countdown, args=(COUNT,))
    t2 = Thread(target=countdown, args=(COUNT,))
    t1.start()
    t2.start()
    t1.join()
    t2.join()


if __name__ == "__main__":
    seq = sequential()
    thr = threaded()
    print(f"sequential: {seq:.2f} s   threaded: {thr:.2f} s")  # expect re: sequential: \d+\.\d\d s   threaded: \d+\.\d\d s

# The golden test (GoldenTest) runs it smaller: it checks what is printed, not the speed.
# args: 200000
