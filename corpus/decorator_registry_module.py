"""A plugin-ish module leaning on decorators, the way utility code often does."""
import functools
import time


CALL_LOG = []
REGISTRY = {}


def register(name=None, *, tags=()):
    """Usable as @register or @register("name", tags=...)."""
    def decorate(func):
        key = name or func.__name__
        if key in REGISTRY:
            raise KeyError(f"{key} already registered")
        REGISTRY[key] = func
        func.tags = frozenset(tags)
        return func
    if callable(name):  # bare @register
        func, name = name, None
        return decorate(func)
    return decorate


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in sorted(kwargs.items())]
        CALL_LOG.append(f"{func.__qualname__}({', '.join(parts)})")
        return func(*args, **kwargs)
    return wrapper


def retry(times, exceptions=(ValueError,)):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    print(f"  attempt {attempt} of {func.__name__} failed: {exc}")
            raise RuntimeError(f"{func.__name__} failed {times} times")
        wrapper.attempts = times
        return wrapper
    return decorate


class countcalls:
    """A class used as a decorator, keeping a count per function."""

    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.__wrapped__(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)


@register
@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b


@register("mul", tags=("math", "fast"))
def multiply(a, b):
    return a * b


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=3)
def square(n):
    return n * n


_flaky_state = {"n": 0}


@retry(3)
def flaky():
    _flaky_state["n"] += 1
    if _flaky_state["n"] < 3:
        raise ValueError(f"not yet ({_flaky_state['n']})")
    return "finally"


@retry(2, exceptions=(KeyError,))
def always_fails():
    raise KeyError("missing")


class Temperature:
    instances = 0

    def __init__(self, celsius):
        self._celsius = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("  resetting temperature")
        self._celsius = 0

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def describe(c):
        return "cold" if c < 10 else "mild" if c < 25 else "hot"

    @functools.cached_property
    def kelvin(self):
        print("  computing kelvin once")
        return self._celsius + 273.15

    @countcalls
    def bump(self, by=1):
        self._celsius += by
        return self._celsius

    def __repr__(self):
        return f"Temperature({self._celsius:g})"

    @logged
    def warmer(self, delta, *, unit="C"):
        return Temperature(self._celsius + (delta if unit == "C" else delta * 5 / 9))


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


@functools.singledispatch
def render(value):
    return f"<{type(value).__name__}>"


@render.register
def _(value: int):
    return f"int:{value:+d}"


@render.register(list)
def _(value):
    return "[" + "|".join(render(v) for v in value) + "]"


print(sorted(REGISTRY), REGISTRY["mul"].tags == {"math", "fast"})
print(add(2, b=3), add(1), REGISTRY["mul"](6, 7))
print(add.__name__, add.__doc__, add.__wrapped__(10, 5), add.tags)
print(fib(80), fib.cache_info())
for n in [1, 2, 3, 1, 4, 2, 5]:
    square(n)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
print(flaky(), "after", _flaky_state["n"], "calls; attempts =", flaky.attempts)
try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    register("add")(lambda: 0)
except KeyError as e:
    print("KeyError:", e)

t = Temperature(21.5)
print(t.celsius, t.fahrenheit, Temperature.describe(t.celsius))
t.celsius = 30
print(t.kelvin, t.kelvin, "kelvin" in vars(t))
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
cold = Temperature.from_fahrenheit(41)
print(round(cold.celsius, 2), Temperature.describe(cold.celsius), Temperature.instances)
print(t.bump(), t.bump(5), Temperature.bump.calls, Temperature.bump.__name__)
print(repr(t), str(cold), t.warmer(2), t.warmer(9, unit="F"))
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)

versions = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(versions), max(versions), Version("1.2") >= Version("1.2"), Version("1.2") > Version("1.10"))
print(render(5), render([1, -2, "x", [3]]), render(2.5))
print(render.dispatch(bool).__name__ != "render")
print(*CALL_LOG, sep="\n")
