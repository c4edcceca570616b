from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            self.evictions += 1
            return old
        return None

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"


class DoublyLinkedLRU:
    class _N:
        __slots__ = ("k", "v", "prev", "next")

        def __init__(self, k=None, v=None):
            self.k, self.v = k, v
            self.prev = self.next = None

    def __init__(self, capacity):
        self.cap = capacity
        self.map = {}
        self.head = self._N()
        self.tail = self._N()
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev

    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n

    def get(self, k):
        n = self.map.get(k)
        if not n:
            return -1
        self._unlink(n)
        self._push_front(n)
        return n.v

    def put(self, k, v):
        if k in self.map:
            n = self.map[k]
            n.v = v
            self._unlink(n)
        else:
            if len(self.map) == self.cap:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.k]
            n = self._N(k, v)
            self.map[k] = n
        self._push_front(n)

    def order(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.k)
            n = n.next
        return out


cache = LRUCache(3)
trace = ["put a 1", "put b 2", "get a", "put c 3", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d", "get a"]
for cmd in trace:
    parts = cmd.split()
    if parts[0] == "put":
        ev = cache.put(parts[1], int(parts[2]))
        print(f"{cmd:10} evicted={ev} -> {cache}")
    else:
        print(f"{cmd:10} -> {cache.get(parts[1])}")
print(f"hits={cache.hits} misses={cache.misses} evictions={cache.evictions} len={len(cache)}")

d = DoublyLinkedLRU(2)
d.put(1, 1); d.put(2, 2)
print(d.get(1), d.order())
d.put(3, 3)
print(d.get(2), d.order())
d.put(4, 4)
print(d.get(1), d.get(3), d.get(4), d.order())
try:
    LRUCache(0)
except ValueError as e:
    print("error:", e)


def fib_with_cache(n, cache):
    hit = cache.get(n)
    if hit is not None:
        return hit
    v = n if n < 2 else fib_with_cache(n - 1, cache) + fib_with_cache(n - 2, cache)
    cache.put(n, v)
    return v


c2 = LRUCache(5)
print([fib_with_cache(i, c2) for i in range(0, 60, 6)])
print(f"hits={c2.hits} misses={c2.misses}")
