import functools


def trace(fn):
    depth = 0

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal depth
        indent = "  " * depth
        arglist = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"{indent}-> {fn.__name__}({arglist})")
        depth += 1
        try:
            result = fn(*args, **kwargs)
        finally:
            depth -= 1
        print(f"{indent}<- {fn.__name__} = {result!r}")
        return result
    return wrapper


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, attempt=attempt, **kwargs)
                except RuntimeError as e:
                    print(f"  attempt {attempt} failed: {e}")
                    last = e
            raise last
        return wrapper
    return deco


def validate_types(**types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(**kwargs):
            for name, t in types.items():
                if name in kwargs and not isinstance(kwargs[name], t):
                    raise TypeError(f"{name} must be {t.__name__}, got {type(kwargs[name]).__name__}")
            return fn(**kwargs)
        return wrapper
    return deco


@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@retry(3)
def flaky(x, attempt):
    if attempt < 3:
        raise RuntimeError(f"not yet ({x})")
    return x * 10


@retry(2)
def always_fails(attempt):
    raise RuntimeError("nope")


@validate_types(name=str, age=int)
def person(name, age):
    return f"{name} is {age}"


class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)


@CountCalls
def greet(who="world"):
    """Say hello."""
    return f"hello {who}"


fact(5)
print(fib(80), len(fib.cache), fib.__name__)
print(flaky(7))
try:
    always_fails()
except RuntimeError as e:
    print("gave up:", e)
print(person(name="ann", age=30))
try:
    person(name="ann", age="thirty")
except TypeError as e:
    print("TypeError:", e)
print(greet(), greet("bob"), greet(who="cy"))
print(greet.calls, greet.__name__, greet.__doc__)


def stacked(prefix):
    def deco(fn):
        def wrapper(*a):
            return prefix + fn(*a)
        return wrapper
    return deco


@stacked("<")
@stacked("[")
def word(w):
    return w + "]>"


print(word("mid"))
print(fact.__wrapped__(6))
