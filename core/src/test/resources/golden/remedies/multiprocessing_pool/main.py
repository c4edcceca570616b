# multiprocessing with real child processes (spawn semantics: each child re-imports this module
# as __mp_main__, so the guard matters): Pool's map, starmap, apply_async, imap and
# imap_unordered, a worker's exception re-raised with its remote traceback as the cause, a
# lambda refused in the parent; Process with a Queue, exit codes, terminate; and
# ProcessPoolExecutor sharing concurrent.futures' API.
import multiprocessing as mp
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def add(a, b):
    return a + b


def boom(x):
    if x == 2:
        raise ValueError("bad input %d" % x)
    return x


def producer(q, n):
    for i in range(n):
        q.put(i * 10)
    q.put(None)


def leave(code):
    sys.exit(code)


def crash():
    raise RuntimeError("child fails")


def nap():
    time.sleep(60)


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(square, range(8)))
        print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(pool.apply_async(square, (12,)).get(timeout=60))
        print(sorted(pool.imap_unordered(square, range(6))))
        print(list(pool.imap(square, range(4))))
        try:
            pool.map(boom, range(4))
        except ValueError as e:
            print("ValueError:", e, "| cause:", type(e.__cause__).__name__)
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__, str(e).split(":")[1])
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 3))
    p.start()
    got = []
    while True:
        item = q.get(timeout=120)
        if item is None:
            break
        got.append(item)
    p.join()
    print(got, p.exitcode)
    for target, args in [(leave, (3,)), (leave, (None,)), (crash, ())]:
        p = mp.Process(target=target, args=args)
        p.start()
        p.join()
        print(target.__name__, p.exitcode)
    p = mp.Process(target=nap)
    p.start()
    p.terminate()
    p.join()
    print("terminated", p.exitcode, p.is_alive(), mp.active_children())
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(square, range(5))))
        print(ex.submit(add, 2, 3).result())

# expect: [0, 1, 4, 9, 16, 25, 36, 49]
# expect: [3, 7, 11]
# expect: 144
# expect: [0, 1, 4, 9, 16, 25]
# expect: [0, 1, 4, 9]
# expect: ValueError: bad input 2 | cause: RemoteTraceback
# expect: PicklingError  attribute lookup <lambda> on __main__ failed
# expect: [0, 10, 20] 0
# expect: leave 3
# expect: leave 0
# expect: crash 1
# expect: terminated -15 False []
# expect: [0, 1, 4, 9, 16]
# expect: 5
# expect stderr: RuntimeError: child fails
