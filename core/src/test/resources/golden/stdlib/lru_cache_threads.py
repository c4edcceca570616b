# functools.lru_cache shared by 8 threads keeps its statistics consistent: hits + misses equals
# the number of calls, and the cache never holds more than maxsize entries.
import threading
from functools import lru_cache

THREADS = 8
CALLS = 5_000


@lru_cache(maxsize=64)
def cached(n):
    return n * n


def hammer(seed):
    x = seed
    for _ in range(CALLS):
        x = (x * 1103515245 + 12345) % 2147483648
        assert cached(x % 100) == (x % 100) ** 2


threads = [threading.Thread(target=hammer, args=(s,)) for s in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
info = cached.cache_info()
print("calls:", THREADS * CALLS)
print("hits + misses == calls:", info.hits + info.misses == THREADS * CALLS)
print("currsize within maxsize:", info.currsize <= info.maxsize == 64)
print("misses at least the distinct arguments:", info.misses >= 100)

# CPython 3.11's output:
# expect: calls: 40000
# expect: hits + misses == calls: True
# expect: currsize within maxsize: True
# expect: misses at least the distinct arguments: True
