# gilvm lab: interpreters vs threads and processes for CPU-bound work (PEP 684/734).
# count(n) twice in a row, in two threads, and in two threads each running it in an interpreter
# of its own (concurrent.interpreters, created beforehand); then what it costs to start two
# interpreters (created, one trivial call each, closed) and two worker processes (a Pool of two,
# one trivial map, closed).
# Usage: interpreters.py N ROUNDS [PROCESSES: 1 to measure the pool's start, default 1].
# Prints "@lab sequential|threaded|interpreters|start-interpreters|start-processes SECONDS" per round.
import os
import sys
import tempfile
import threading
import time
from concurrent import interpreters


def count(n):
    while n > 0:
        n -= 1
    return n


def timed(func, *args):
    start = time.perf_counter()
    func(*args)
    return time.perf_counter() - start


def sequential(n):
    count(n)
    count(n)


def threaded(n):
    ts = [threading.Thread(target=count, args=(n,)) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def in_interpreters(interps, n):
    ts = [threading.Thread(target=i.call, args=(count, n)) for i in interps]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def start_interpreters():
    interps = [interpreters.create() for _ in range(2)]
    in_interpreters(interps, 1)
    for i in interps:
        i.close()


def no_main_file():
    # A lab program runs from source under gilvm: the file name it is given is no file a worker
    # process could re-import, so the workers import nothing of it (they need nothing of it).
    main = sys.modules["__main__"]
    path = getattr(main, "__file__", None)
    if path and not os.path.exists(path):
        del main.__file__


def start_processes():
    # A worker imports what it runs from a module of its own: a lab program has no file.
    folder = tempfile.mkdtemp(prefix="gilvm-lab-")
    with open(os.path.join(folder, "lab_ident.py"), "w") as f:
        f.write("def ident(x):\n    return x\n")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    import lab_ident
    from multiprocessing import Pool
    no_main_file()
    with Pool(2) as p:
        p.map(lab_ident.ident, [1, 2])


def main(n, rounds, processes):
    interps = [interpreters.create() for _ in range(2)]
    # Warm-up: the JIT compiles the loop for each side.
    for _ in range(3):
        sequential(n // 10)
        threaded(n // 10)
        in_interpreters(interps, n // 10)
    for _ in range(rounds):
        print(f"@lab sequential {timed(sequential, n):.6f}")
        print(f"@lab threaded {timed(threaded, n):.6f}")
        print(f"@lab interpreters {timed(in_interpreters, interps, n):.6f}")
    for i in interps:
        i.close()
    for _ in range(rounds):
        print(f"@lab start-interpreters {timed(start_interpreters):.6f}")
        if processes:
            print(f"@lab start-processes {timed(start_processes):.6f}")


main(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 1)
