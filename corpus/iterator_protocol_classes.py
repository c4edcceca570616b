class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols

    def __iter__(self):
        return Range2DIterator(self.rows, self.cols)

    def __len__(self):
        return self.rows * self.cols


class Range2DIterator:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.rows * self.cols:
            raise StopIteration
        r, c = divmod(self.i, self.cols)
        self.i += 1
        return r, c


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        self.a, self.b = 0, 1
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


class Peekable:
    _missing = object()

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._peeked = self._missing

    def __iter__(self):
        return self

    def __next__(self):
        if self._peeked is not self._missing:
            v, self._peeked = self._peeked, self._missing
            return v
        return next(self._it)

    def peek(self, default=None):
        if self._peeked is self._missing:
            self._peeked = next(self._it, self._missing)
            if self._peeked is self._missing:
                return default
        return self._peeked


class Sequence:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        return self.data[i] * 10


print(list(Range2D(2, 3)), len(Range2D(4, 5)))
grid = Range2D(2, 2)
print([p for p in grid], [p for p in grid])
it = iter(Range2D(1, 3))
print(next(it), next(it), next(it), next(it, "done"))
print(list(Fib(100)), sum(Fib(1000)), max(Fib(50)))
p = Peekable([1, 2, 3, 10, 11])
groups, cur = [], []
for x in p:
    cur.append(x)
    nxt = p.peek()
    if nxt is None or nxt != x + 1:
        groups.append(cur)
        cur = []
print("runs:", groups)
print("legacy getitem iteration:", list(Sequence([1, 2, 3])), 20 in Sequence([1, 2]))
counter = iter([5, 4, 3, 0, 2, 1].pop, 0)
print("iter with sentinel:", list(counter))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip("abc", range(10))
print(list(z), list(zip()), list(zip([1, 2], [3, 4], [5, 6])))
f = filter(None, [0, 1, "", "a", None, [], [0]])
print(list(f), list(filter(str.isupper, "aBcD")))
e = enumerate("xyz", start=1)
print(next(e), list(e))
r = reversed([1, 2, 3])
print(list(r), list(r), list(reversed("abc")), list(reversed(range(3))))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)))
print(any(x > 5 for x in range(10)), all([]), any([]), all(x < 3 for x in [1, 2, 5]), sum(range(5), 100))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration from empty iterator")
print(sorted(Fib(30), reverse=True), dict(enumerate("ab")), tuple(Range2D(1, 2)), set(Fib(5)))
