# gilvm lab: processes vs threads for CPU-bound work, and what a process costs.
# count(n) twice in a row, in two threads, and in a multiprocessing.Pool of two worker processes
# (started beforehand); then the cost of starting a pool of two (created, one trivial map, closed)
# and of sending a large argument (a list of ITEMS ints and strings) to a worker and back.
# Usage: processes.py N ROUNDS ITEMS MODE. MODE "speed" prints "@lab sequential|threaded|processes
# SECONDS" per round; MODE "cost" prints "@lab send|start SECONDS" per round.
import os
import sys
import tempfile
import threading
import time

# Pool workers import the functions they run: from a module of their own, since a lab program
# runs from source, not from a file a worker could re-import.
_WORKER = '''
def count(n):
    while n > 0:
        n -= 1
    return n


def size(items):
    return len(items)
'''


def no_main_file():
    # A lab program runs from source under gilvm: the file name it is given is no file a worker
    # process could re-import, so the workers import nothing of it (they need nothing of it).
    main = sys.modules["__main__"]
    path = getattr(main, "__file__", None)
    if path and not os.path.exists(path):
        del main.__file__


def worker_module():
    folder = tempfile.mkdtemp(prefix="gilvm-lab-")
    with open(os.path.join(folder, "lab_worker.py"), "w") as f:
        f.write(_WORKER)
    sys.path.insert(0, folder)
    import lab_worker
    return lab_worker


def timed(func, *args):
    start = time.perf_counter()
    func(*args)
    return time.perf_counter() - start


def main(n, rounds, items, mode):
    from multiprocessing import Pool
    no_main_file()
    w = worker_module()

    def sequential():
        w.count(n)
        w.count(n)

    def threaded():
        ts = [threading.Thread(target=w.count, args=(n,)) for _ in range(2)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()

    def start_pool():
        with Pool(2) as p:
            p.map(w.size, [[1], [2]])

    if mode == "speed":
        with Pool(2) as pool:
            pool.map(w.count, [n // 10, n // 10])  # warm-up: each worker's JIT
            sequential()
            threaded()
            for _ in range(rounds):
                print(f"@lab sequential {timed(sequential):.6f}")
                print(f"@lab threaded {timed(threaded):.6f}")
                print(f"@lab processes {timed(pool.map, w.count, [n, n]):.6f}")
        return
    big = [i if i % 2 else str(i) for i in range(items)]
    with Pool(1) as pool:
        pool.apply(w.size, (big[:100],))  # warm-up
        for _ in range(rounds):
            print(f"@lab send {timed(pool.apply, w.size, (big,)):.6f}")
    for _ in range(rounds):
        print(f"@lab start {timed(start_pool):.6f}")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
