# A ThreadPoolExecutor with 8 workers returns every result exactly once: through submit and
# as_completed, and through map, in order.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

N = 2_000
ran = []
ran_lock = threading.Lock()


def work(i):
    with ran_lock:
        ran.append(i)
    total = 0
    for k in range(50):
        total += k
    return i * 2


with ThreadPoolExecutor(max_workers=8) as pool:
    futures = {pool.submit(work, i): i for i in range(N)}
    results = [f.result() for f in as_completed(futures)]
    mapped = list(pool.map(work, range(N)))
    workers = len(pool._threads)

print("results:", len(results), "distinct:", len(set(results)))
print("every result exactly once:", sorted(results) == [2 * i for i in range(N)])
print("map in order:", mapped == [2 * i for i in range(N)])
print("each call ran once:", sorted(ran) == sorted(list(range(N)) * 2))
print("at most 8 workers:", 1 <= workers <= 8)

# CPython 3.11's output:
# expect: results: 2000 distinct: 2000
# expect: every result exactly once: True
# expect: map in order: True
# expect: each call ran once: True
# expect: at most 8 workers: True
