# Values made by two threads are returned to six others by tiny functions, while their makers
# keep replacing them in a shared dict (as lru_cache moves and evicts entries). A returned value
# the returning thread did not make must stay counted until its caller holds it: under biased
# counts an uncounted hand-over queued it to its maker, whose merge could free it first (checked
# memory stops on the use of a freed object; unchecked, a reused object shows as a bad value).
import threading

READERS = 6
ROUNDS = 1000
KEYS = 16
shared = {}
lock = threading.Lock()
done = threading.Event()


def fresh(k, i):
    return (k, i * 1000003, [k])


def maker(start):
    i = start
    while not done.is_set():
        k = i % KEYS
        value = fresh(k, i)
        with lock:
            shared[k] = value
        i += 1


def get(k):
    return shared.get(k)  # None while get_moved has it out


def get_moved(k):
    with lock:
        v = shared.get(k)
        if v is not None:
            del shared[k]
            shared[k] = v
            return v
    return None


def reader(seed, bad):
    x = seed
    for _ in range(ROUNDS):
        x = (x * 1103515245 + 12345) % 2147483648
        k = x % KEYS
        v = get(k) if x & 1 else get_moved(k)
        if v is None:
            continue
        if v[0] != k or v[2] != [k] or v[1] % 1000003 != 0:
            bad.append(v)


for k in range(KEYS):
    shared[k] = fresh(k, 0)
bad = []
makers = [threading.Thread(target=maker, args=(s,)) for s in (0, 7)]
readers = [threading.Thread(target=reader, args=(s, bad)) for s in range(READERS)]
for t in makers + readers:
    t.start()
for t in readers:
    t.join()
done.set()
for t in makers:
    t.join()
print("reads checked:", READERS * ROUNDS, "bad:", len(bad))
print("keys:", sorted(shared) == list(range(KEYS)))
# expect: reads checked: 6000 bad: 0
# expect: keys: True
