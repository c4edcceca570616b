# Blocking calls release the interpreter lock (David Beazley, "Understanding the Python GIL"):
# two select.select([], [], [], t) calls - the literature's way to block for t seconds - run
# one after the other take 2t, and in two threads take t, under any GIL, because each thread
# gives the lock up while it waits.
import select
import threading
import time

T = 0.5


def wait():
    select.select([], [], [], T)


def sequential():
    start = time.perf_counter()
    wait()
    wait()
    return time.perf_counter() - start


def threaded():
    start = time.perf_counter()
    threads = [threading.Thread(target=wait) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


if __name__ == "__main__":
    seq = sequential()
    thr = threaded()
    print(f"sequential: {seq:.2f} s   threaded: {thr:.2f} s")  # expect re: sequential: \d+\.\d\d s   threaded: \d+\.\d\d s
    # Sequential waits at least 2T; threaded about T on an idle machine. A timing, reported and not
    # asserted: a busy machine stretches every wait (gilvm lab's io experiment judges the claim).
    print("threaded faster:", thr < 1.5 * T <= seq)  # expect re: threaded faster: (True|False)
