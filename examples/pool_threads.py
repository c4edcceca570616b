# Beazley's countdown, written the way programs use threads today: a ThreadPoolExecutor runs a
# CPU-bound countdown on two workers. Under a GIL the pool is no faster than counting down twice
# in a row (only one worker runs bytecode at a time); without one (gilvm's finegrained) the two
# workers count down in parallel, about twice as fast on 2 cores.
import sys
import time
from concurrent.futures import ThreadPoolExecutor

# How far each countdown counts: the first argument, else 5,000,000.
COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000_000


def countdown(n):
    while n > 0:
        n -= 1
    return n


def sequential():
    start = time.perf_counter()
    countdown(COUNT)
    countdown(COUNT)
    return time.perf_counter() - start


def pooled():
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(countdown, [COUNT, COUNT]))
    assert results == [0, 0]
    return time.perf_counter() - start


if __name__ == "__main__":
    seq = sequential()
    pool = pooled()
    print(f"sequential: {seq:.2f} s   pool of 2: {pool:.2f} s   speed-up: {seq / pool:.2f}x")  # expect re: sequential: \d+\.\d\d s   pool of 2: \d+\.\d\d s   speed-up: \d+\.\d\dx

# The golden test (GoldenTest) runs it smaller: it checks what is printed, not the speed.
# args: 200000
