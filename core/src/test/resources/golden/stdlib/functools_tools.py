import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, cached_property, singledispatch
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(5), square.func is power, square.args, square.keywords)
p2 = partial(partial(power, 2), exp=10)
print(p2(), p2.args, p2.keywords)

calls = []
@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * 10
print(slow(1), slow(2), slow(1), slow(3), slow(2))
print(slow.cache_info(), calls)
info = slow.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, tuple(info))
slow.cache_clear()
print(slow.cache_info())
print(slow.cache_parameters())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@lru_cache
def plain(x, y=0):
    return x + y
print(plain(1), plain(1, y=2), plain(1), plain.cache_info())

def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper

@deco
def documented(x):
    return x
print(documented.__name__, documented.__wrapped__ is not None, documented(3))

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
print(Version(1) < Version(2), Version(2) <= Version(2), Version(3) > Version(2), Version(1) >= Version(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

def by_length(a, b):
    return len(a) - len(b)
print(sorted(["ccc", "a", "bb"], key=cmp_to_key(by_length)))

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.computed, 'area' in c.__dict__)
del c.area
print(c.area, c.computed)

@singledispatch
def describe(x):
    return "object"
@describe.register(int)
def _(x):
    return "int"
@describe.register(list)
def _(x):
    return "list"
print(describe(1), describe(True), describe([1]), describe("s"), describe.dispatch(bool).__name__)

# CPython 3.11's output:
# expect: 10 1
# expect: TypeError: reduce() of empty iterable with no initial value
# expect: 25 True () {'exp': 2}
# expect: 1024 (2,) {'exp': 10}
# expect: 10 20 10 30 20
# expect: CacheInfo(hits=1, misses=4, maxsize=2, currsize=2) [1, 2, 3, 2]
# expect: 1 4 2 2 (1, 4, 2, 2)
# expect: CacheInfo(hits=0, misses=0, maxsize=2, currsize=0)
# expect: {'maxsize': 2, 'typed': False}
# expect: 23416728348467685 CacheInfo(hits=78, misses=81, maxsize=None, currsize=81)
# expect: 1 3 1 CacheInfo(hits=1, misses=2, maxsize=128, currsize=2)
# expect: documented True 3
# expect: True True True False
# expect: ValueError: must define at least one ordering operation: < > <= >=
# expect: ['a', 'bb', 'ccc']
# expect: 12 12 1 True
# expect: 12 2
# expect: int int list object _
