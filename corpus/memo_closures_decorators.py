"""Decorators with and without arguments, closures and memoisation."""
import functools
import time


def count_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def retry(times, exceptions=(Exception,)):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return decorate


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


@count_calls
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


@memoize
@count_calls
def fast_fib(n):
    return n if n < 2 else fast_fib(n - 1) + fast_fib(n - 2)


@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


class Flaky:
    def __init__(self, fail_times):
        self.left = fail_times

    @retry(3, (ConnectionError,))
    def fetch(self):
        if self.left:
            self.left -= 1
            raise ConnectionError("timeout")
        return "payload"


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


def make_late_multipliers():
    return [lambda x: x * i for i in range(4)]


def timer(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        t0 = time.perf_counter()
        r = fn(*a)
        wrapper.elapsed = time.perf_counter() - t0
        return r
    return wrapper


def main():
    print(slow_fib(15), slow_fib.calls, slow_fib.__name__)
    print(fast_fib(60), fast_fib.__wrapped__.calls, len(fast_fib.cache))
    print(ways(20), ways.cache_info().hits > 0)
    print(Flaky(2).fetch())
    try:
        Flaky(5).fetch()
    except RuntimeError as e:
        print(e, "| cause:", repr(e.__cause__))
    print([f(10) for f in make_multipliers()], [f(10) for f in make_late_multipliers()])
    t = timer(sum)
    print(t(range(1000)), t.elapsed >= 0, t.__name__)
    compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
    inc_then_double = compose(lambda x: x + 1, lambda x: x * 2, str)
    print(repr(inc_then_double(4)))
    add = functools.partial(lambda a, b, c: a + b * c, 1, c=10)
    print(add(2), add.args, add.keywords)
    print(Flaky.fetch.__name__, Flaky.fetch.__wrapped__.__qualname__)


main()
