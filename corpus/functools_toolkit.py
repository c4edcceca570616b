from functools import reduce, partial, lru_cache, singledispatch, total_ordering, cmp_to_key, cached_property, wraps
import operator

print(reduce(operator.add, range(1, 11)))
print(reduce(lambda acc, x: acc * 10 + x, [3, 1, 4, 1, 5], 0))
print(reduce(lambda a, b: a if len(a) >= len(b) else b, "a quick brown foxes jumped".split()))
int2 = partial(int, base=2)
print(int2("101101"), int2("1111"))
pow3 = partial(pow, exp=3)
print([pow3(i) for i in range(6)])


def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"


hello = partial(greet, "Hello")
print(hello("Ann"), hello("Bob", punct="?"), hello.func.__name__, hello.args)


@lru_cache(maxsize=32)
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n, k - 1) + ways(n - k, k)


print([ways(n, n) for n in range(15)])
info = ways.cache_info()
print(info.maxsize, info.currsize <= 32)


@singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int with {obj.bit_length()} bits"


@describe.register
def _(obj: list):
    return f"list of {len(obj)}: " + ", ".join(describe(x) for x in obj)


@describe.register(str)
def _(obj):
    return f"string {obj.upper()!r}"


for thing in [42, "hi", [1, "a", 2.5], 3.5, None, True]:
    print(describe(thing))


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3", "2.0"]]
print(sorted(vs), max(vs), Version("1.0") <= Version("1.0.1"), Version("2.0") >= Version("1.9.9"))


def by_len_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


print(sorted(["pear", "fig", "apple", "kiwi", "plum", "date"], key=cmp_to_key(by_len_then_reverse_alpha)))


class Circle:
    computed = 0

    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        Circle.computed += 1
        return 3.14159 * self.r ** 2


c = Circle(2)
print(c.area, c.area, Circle.computed)
print(list(map(operator.itemgetter(1), [(1, "a"), (2, "b")])), operator.attrgetter("r")(c))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
print(operator.methodcaller("replace", "a", "o")("banana"), operator.neg(5), operator.contains([1, 2], 2))


def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner


@logged
def documented():
    """I have docs."""


print(documented.__name__, documented.__doc__)
