# Natives and constructors that raise part-way through must let go of what they had built or
# taken: the checked golden modes run this with the leak report, which fails on any object left
# behind. Each case prints the exception it got.


class Item:
    def __init__(self, v):
        self.v = [v]

    def __lt__(self, other):
        raise TypeError("cannot order Item")

    def __hash__(self):
        raise TypeError("cannot hash Item")

    def __radd__(self, other):
        raise TypeError("cannot add Item")


def failing():
    yield [1]
    yield [2]
    raise KeyError("midway")


def pairs():
    yield ("a", [1])
    yield ("b", [2])
    raise KeyError("midway")


def key(item):
    if item.v == [3]:
        raise LookupError("no key for 3")
    return item.v


class RaisesInInit:
    def __init__(self):
        self.data = [1, 2, 3]
        raise ValueError("refused")


class RaisingError(Exception):
    def __init__(self, x):
        self.payload = [x]
        raise KeyError("while making the error")


def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("__init__", lambda: RaisesInInit())
attempt("exception __init__", lambda: RaisingError(1))
attempt("sorted", lambda: sorted([Item(1), Item(2)]))
attempt("sorted key", lambda: sorted([Item(1), Item(2), Item(3)], key=key))
attempt("sorted generator", lambda: sorted(failing()))
attempt("list.sort", lambda: [Item(1), Item(2)].sort())
attempt("min key", lambda: min([Item(1), Item(2), Item(3)], key=key))
attempt("max generator", lambda: max(failing()))
attempt("list", lambda: list(failing()))
attempt("tuple", lambda: tuple(failing()))
attempt("list map", lambda: list(map(key, [Item(1), Item(2), Item(3)])))
attempt("list enumerate", lambda: list(enumerate(failing())))
attempt("set", lambda: set([(1, 2), Item(1)]))
attempt("frozenset", lambda: frozenset([[5], [6]]))
attempt("set.update", lambda: set().update([[1], [2]]))
attempt("set.difference", lambda: {(1,)}.difference([[1]]))
attempt("set.union", lambda: set().union([(1,)], failing()))
attempt("dict pairs", lambda: dict(pairs()))
attempt("dict items", lambda: dict([(1, [1]), (2, [2]), Item(1)]))
attempt("dict.fromkeys", lambda: dict.fromkeys([(1, 2), Item(1)]))
attempt("dict display", lambda: {1: [1], Item(1): 2})
attempt("set display", lambda: {(1, 2), Item(1)})
attempt("sum", lambda: sum([[1], [2], Item(1)], []))
attempt("unpack", lambda: [a for a, b in [failing()]])
print(max([[1], [2]], key=lambda x: [x]), min([Item(2), Item(1)], key=key).v)
# expect: __init__ ValueError refused
# expect: exception __init__ KeyError 'while making the error'
# expect: sorted TypeError cannot order Item
# expect: sorted key LookupError no key for 3
# expect: sorted generator KeyError 'midway'
# expect: list.sort TypeError cannot order Item
# expect: min key LookupError no key for 3
# expect: max generator KeyError 'midway'
# expect: list KeyError 'midway'
# expect: tuple KeyError 'midway'
# expect: list map LookupError no key for 3
# expect: list enumerate KeyError 'midway'
# expect: set TypeError cannot hash Item
# expect: frozenset TypeError unhashable type: 'list'
# expect: set.update TypeError unhashable type: 'list'
# expect: set.difference TypeError unhashable type: 'list'
# expect: set.union TypeError unhashable type: 'list'
# expect: dict pairs KeyError 'midway'
# expect: dict items TypeError cannot convert dictionary update sequence element #2 to a sequence
# expect: dict.fromkeys TypeError cannot hash Item
# expect: dict display TypeError cannot hash Item
# expect: set display TypeError cannot hash Item
# expect: sum TypeError cannot add Item
# expect: unpack KeyError 'midway'
# expect: [2] [1]
