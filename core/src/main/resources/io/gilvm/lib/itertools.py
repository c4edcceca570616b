"""Iterator building blocks, with CPython 3.11's API: every function of 3.11's itertools.

Written in Python as generators and small iterator classes; reprs of count, repeat and cycle
follow CPython's where it has them.
"""

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
           "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest"]


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not isinstance(value, (int, float)) and not hasattr(value, "__add__"):
                raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f"count({self._next!r})"
        return f"count({self._next!r}, {self._step!r})"


class repeat:
    """repeat(object[, times]): object over and over, for ever or times times."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = max(0, times.__index__() if not isinstance(times, int) else times)
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._object
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._left})"


def cycle(iterable):
    """cycle('AB'): A B A B ... (the items are saved on the first pass)."""
    saved = []
    for item in iterable:
        yield item
        saved.append(item)
    while saved:
        for item in saved:
            yield item


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func): accumulate([1,2,3]) -> 1 3 6."""
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for item in it:
        total = total + item if func is None else func(total, item)
        yield total


class chain:
    """chain('ab', 'cd'): a b c d."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._current = None

    @classmethod
    def from_iterable(cls, iterables):
        """chain.from_iterable(['ab', 'cd']): a b c d, taking the iterables lazily."""
        c = cls()
        c._sources = iter(iterables)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._current is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    self._current = iter(next(self._sources))
                except StopIteration:
                    self._sources = None
                    raise
            try:
                return next(self._current)
            except StopIteration:
                self._current = None


def compress(data, selectors):
    """The items of data whose selector is true."""
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    """Skips items while predicate holds, then yields every item."""
    it = iter(iterable)
    for item in it:
        if not predicate(item):
            yield item
            break
    for item in it:
        yield item


def takewhile(predicate, iterable):
    """Yields items while predicate holds."""
    for item in iterable:
        if not predicate(item):
            break
        yield item


def filterfalse(predicate, iterable):
    """The items for which predicate is false (or which are false, when predicate is None)."""
    if predicate is None:
        predicate = bool
    for item in iterable:
        if not predicate(item):
            yield item


class _Grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current_group is not self:
            raise StopIteration
        if parent._pending is _NOTHING:
            parent._advance()
        if parent._pending is _NOTHING or parent._pending_key != self._key:
            raise StopIteration
        value = parent._pending
        parent._pending = _NOTHING
        return value


_NOTHING = object()


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of items with equal keys."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._pending = _NOTHING
        self._pending_key = None
        self._current_group = None
        self._done = False

    def _advance(self):
        try:
            value = next(self._it)
        except StopIteration:
            self._done = True
            self._pending = _NOTHING
            return
        self._pending = value
        self._pending_key = value if self._keyfunc is None else self._keyfunc(value)

    def __iter__(self):
        return self

    def __next__(self):
        group = self._current_group
        if group is not None:
            # Skip what is left of the current group.
            while True:
                if self._pending is _NOTHING:
                    if self._done:
                        break
                    self._advance()
                    if self._pending is _NOTHING:
                        break
                if self._pending_key != group._key:
                    break
                self._pending = _NOTHING
        elif self._pending is _NOTHING and not self._done:
            self._advance()
        if self._pending is _NOTHING:
            self._current_group = None
            raise StopIteration
        key = self._pending_key
        self._current_group = _Grouper(self, key)
        return key, self._current_group


def islice(iterable, *args):
    """islice(it, stop) or islice(it, start, stop[, step]): like slicing, lazily."""
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    for name, v in (("Indices", start), ("Stop argument", stop)):
        if v is not None and (not isinstance(v, int) or v < 0):
            if name == "Indices":
                raise ValueError("Indices for islice() must be None or an integer: "
                                 "0 <= x <= sys.maxsize.")
            raise ValueError("Stop argument for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
    if not isinstance(step, int) or step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    nexti = start
    i = 0
    if stop is not None and stop <= start:
        # Consume nothing more than CPython does: up to stop items.
        for _ in range(stop):
            try:
                next(it)
            except StopIteration:
                break
        return
    for item in it:
        if i == nexti:
            yield item
            nexti += step
        i += 1
        if stop is not None and i >= stop:
            return


def pairwise(iterable):
    """pairwise('ABC'): AB BC."""
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    """starmap(pow, [(2, 5), (3, 2)]): 32 9."""
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2):
    """n independent iterators over one iterable."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    queues = [[] for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for q in queues:
                    q.append(value)
            yield mine.pop(0)

    return tuple(gen(q) for q in queues)


def zip_longest(*iterables, fillvalue=None):
    """zip_longest('AB', 'x', fillvalue='-'): Ax B-."""
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                values.append(fillvalue)
        yield tuple(values)


def product(*iterables, repeat=1):
    """The Cartesian product: product('AB', repeat=2): AA AB BA BB."""
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    for pool in pools:
        if not pool:
            return
    # An odometer over the pools: the last position turns fastest.
    positions = [0] * len(pools)
    while True:
        yield tuple(pool[k] for pool, k in zip(pools, positions))
        place = len(pools) - 1
        while place >= 0:
            positions[place] += 1
            if positions[place] < len(pools[place]):
                break
            positions[place] = 0
            place -= 1
        if place < 0:
            return


def _orderings(available, r):
    # Index tuples of length r drawn from available without reuse, in lexicographic order.
    if r == 0:
        yield ()
        return
    for k in range(len(available)):
        first = available[k]
        for rest in _orderings(available[:k] + available[k + 1:], r - 1):
            yield (first,) + rest


def permutations(iterable, r=None):
    """The r-length orderings of the items: permutations('ABC', 2): AB AC BA BC CA CB."""
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    for chosen in _orderings(list(range(n)), r):
        yield tuple(pool[i] for i in chosen)


def _increasing(n, r, start, step):
    # Index tuples of length r, each index >= the previous plus step, from start, below n.
    if r == 0:
        yield ()
        return
    for i in range(start, n):
        for rest in _increasing(n, r - 1, i + step, step):
            yield (i,) + rest


def combinations(iterable, r):
    """The r-length subsequences, in order: combinations('ABC', 2): AB AC BC."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    for chosen in _increasing(len(pool), r, 0, 1):
        yield tuple(pool[i] for i in chosen)


def combinations_with_replacement(iterable, r):
    """Like combinations, with items repeatable: ('AB', 2): AA AB BB."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    for chosen in _increasing(len(pool), r, 0, 0):
        yield tuple(pool[i] for i in chosen)
