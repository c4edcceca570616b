counter_global = 0


def bump_global(by=1):
    global counter_global
    counter_global += by
    return counter_global


def make_counter(start=0, step=1):
    value = start

    def inc():
        nonlocal value
        value += step
        return value

    def reset():
        nonlocal value
        value = start

    def get():
        return value

    return inc, reset, get


def make_multipliers_buggy():
    return [lambda x: x * i for i in range(4)]


def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]


def memo_factory():
    cache = {}

    def compute(n):
        if n in cache:
            return cache[n], "cached"
        cache[n] = sum(i * i for i in range(n + 1))
        return cache[n], "computed"
    compute.cache = cache
    return compute


def accumulate_with_history():
    history = []

    def add(x):
        history.append(x)
        return sum(history), len(history)
    return add, history


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "changed by inner"
            return x
        r = inner()
        return r, x
    r = middle()
    return r, x


for _ in range(3):
    bump_global()
print("global:", bump_global(10))
inc, reset, get = make_counter(100, 5)
print([inc() for _ in range(4)], get())
reset()
print("after reset:", get(), inc())
inc2, _, get2 = make_counter()
inc2(); inc2()
print("independent:", get(), get2())
print("buggy:", [f(10) for f in make_multipliers_buggy()])
print("fixed:", [f(10) for f in make_multipliers_fixed()])
comp = memo_factory()
print(comp(10), comp(10), comp(3), sorted(comp.cache))
add, hist = accumulate_with_history()
for v in (5, 7, -2):
    print("add", v, "->", add(v))
print("history:", hist)
print(outer())
print(inc.__closure__ is not None, len(inc.__code__.co_freevars), sorted(inc.__code__.co_freevars))
x = 10


def shadow():
    x = 20
    return [x for _ in range(2)], (lambda: x)()


print(shadow(), x)


def compose(*fns):
    def run(v):
        for f in reversed(fns):
            v = f(v)
        return v
    return run


pipeline = compose(str.upper, str.strip, lambda s: s.replace("-", " "))
print(repr(pipeline("  hello-closure-world ")))
adders = {n: (lambda k: lambda v: v + k)(n) for n in (1, 10, 100)}
print({n: f(5) for n, f in adders.items()})
try:
    def broken():
        print(undefined_thing)
    broken()
except NameError as e:
    print("NameError:", e)


def unbound():
    try:
        y += 1
    except UnboundLocalError as e:
        return "UnboundLocalError"
    y = 0


print(unbound())
