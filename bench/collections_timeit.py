# The workloads of CollectionsBenchmark (bench/src/main/java/io/gilvm/bench/), timed per item
# with timeit: best of 7 repeats, in ns per item (a deque append and popleft; a word counted).
#   python3 bench/collections_timeit.py      java -jar cli/target/gilvm.jar run bench/collections_timeit.py
import sys
import timeit
from collections import deque, defaultdict, Counter

WORDS = [("w%d" % ((i * 7919) % 1000)) for i in range(10000)]

def deque_ops(n):
    d = deque(range(100))
    for i in range(n):
        d.append(i)
        d.popleft()
    return len(d)

def defaultdict_count(words):
    counts = defaultdict(int)
    for w in words:
        counts[w] += 1
    return len(counts)

def counter_count(words):
    return len(Counter(words))

N = 10000
impl = sys.implementation.name
for name, call in [("deque", lambda: deque_ops(N)), ("defaultdict", lambda: defaultdict_count(WORDS)),
                   ("counter", lambda: counter_count(WORDS))]:
    best = min(timeit.repeat(call, number=20, repeat=7)) / 20
    print(f"{impl} {name:12s} {best / N * 1e9:8.1f} ns per item")
