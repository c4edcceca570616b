# A GIL does not make `n += 1` atomic: it is four bytecodes (LOAD_GLOBAL, LOAD_CONST,
# INPLACE_ADD, STORE_GLOBAL), and a thread switch between the load and the store loses an
# update. With a threading.Lock around it, no update is lost. (Under checkpoints at back edges
# only, as in CPython 3.10+, the switch cannot fall inside the statement.)
import threading

THREADS = 100
INCREMENTS = 10_000

n = 0
m = 0
lock = threading.Lock()


def unlocked():
    global n
    for _ in range(INCREMENTS):
        n += 1


def locked():
    global m
    for _ in range(INCREMENTS):
        with lock:
            m += 1


def run(target):
    threads = [threading.Thread(target=target) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    expected = THREADS * INCREMENTS
    run(unlocked)
    print(f"without a lock: {n} of {expected}")  # expect re: without a lock: \d+ of 1000000
    run(locked)
    print(f"with a lock: {m} of {expected}")  # expect: with a lock: 1000000 of 1000000
