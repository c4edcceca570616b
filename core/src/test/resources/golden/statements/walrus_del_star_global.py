# The walrus operator, del of every target kind, star unpacking and global/nonlocal.
# walrus
data = [1, 2, 3, 4, 5, 6]
if (n := len(data)) > 3:
    print(f"list of {n}")
while (item := data.pop()) > 4:
    print(item)
print([y for x in range(5) if (y := x * 2) > 4], y)
print({(k := i): k * 2 for i in range(3)}, k)
print(any((hit := v) > 2 for v in [1, 3, 5]), hit)
def f(a=(z := 10)):
    return a
print(f(), z)
print((w := 5, w + 1))
g = lambda: (q := 7) + q
print(g())
print(f"{(r := 3)} {r}")
total = 0
values = [(total := total + v) for v in range(4)]
print(values, total)
def outer():
    [(inner := i) for i in range(3)]
    return inner
print(outer())
class C:
    attr = (tmp := 4)
print(C.attr, C.tmp)
print(x if (x := 0) else "zero")
assert (aa := 1)
print(aa)
class Ctx:
    def __enter__(self):
        return "entered"
    def __exit__(self, *exc):
        return False
with Ctx() as (fh):  # a parenthesised target
    pass
print(fh)
print([last := i for i in range(3)], last)
# del
a, b, c = 1, 2, 3
del a, (b, c)
print("a" in dir(), "b" in dir())
lst = list(range(10))
del lst[0], lst[2:4], lst[::2]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["x"], [d["y"]]
print(d)
class O: pass
o = O(); o.p = 1; o.q = 2
del o.p, [o.q]
print(vars(o))
def dl():
    v = 1
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print(e)
dl()
def dd():
    c = 1
    def inner(): return c
    del c
    try: inner()
    except NameError as e: print(e)
dd()
try:
    del undefined_name
except NameError as e:
    print(e)
# star
first, *middle, last2 = range(6)
print(first, middle, last2)
*init, tail = "abc"
print(init, tail)
[p, *rest] = (1,)
print(p, rest)
(a1, b1), *cs = [(1, 2), 3, 4]
print(a1, b1, cs)
for x1, *xs in [(1, 2, 3), (4,)]:
    print(x1, xs)
print([*range(3), *"ab"], (*[1], *[2]), {*(1, 2), *[2, 3]}, {**{"a": 1}, "b": 2, **{"a": 3}})
def fn(*args, **kw): return args, kw
print(fn(*[1, 2], *(3,), 4, **{"x": 1}, y=2, **{"z": 3}))
print(*[1, 2], sep="-")
try:
    fn(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(e)
try:
    a2, b2 = [1]
except ValueError as e:
    print(e)
try:
    a2, *b2, c2 = [1]
except ValueError as e:
    print(e)
try:
    a2, b2 = 1, 2, 3
except ValueError as e:
    print(e)
# global / nonlocal
counter = 0
def bump():
    global counter
    counter += 1
    def inner():
        global counter
        counter += 10
    inner()
bump()
print(counter)
def mk():
    x = 0
    def a():
        nonlocal x
        x += 1
        def b():
            nonlocal x
            x *= 10
        b()
        return x
    return a
print(mk()())
def gl():
    global newglobal
    newglobal = "made"
gl()
print(newglobal)
class K:
    global kg
    kg = 5
    def m(self):
        return __class__.__name__
print(kg, K().m())

# Output of CPython 3.11:
# expect: list of 6
# expect: 6
# expect: 5
# expect: [6, 8] 8
# expect: {0: 0, 1: 2, 2: 4} 2
# expect: True 3
# expect: 10 10
# expect: (5, 6)
# expect: 14
# expect: 3 3
# expect: [0, 1, 3, 6] 6
# expect: 2
# expect: 4 4
# expect: zero
# expect: 1
# expect: entered
# expect: [0, 1, 2] 2
# expect: False False
# expect: [2, 6, 8]
# expect: {'z': 3}
# expect: {}
# expect: cannot access local variable 'v' where it is not associated with a value
# expect: cannot access free variable 'c' where it is not associated with a value in enclosing scope
# expect: name 'undefined_name' is not defined
# expect: 0 [1, 2, 3, 4] 5
# expect: ['a', 'b'] c
# expect: 1 []
# expect: 1 2 [3, 4]
# expect: 1 [2, 3]
# expect: 4 []
# expect: [0, 1, 2, 'a', 'b'] (1, 2) {1, 2, 3} {'a': 3, 'b': 2}
# expect: ((1, 2, 3, 4), {'x': 1, 'y': 2, 'z': 3})
# expect: 1-2
# expect: __main__.fn() got multiple values for keyword argument 'x'
# expect: not enough values to unpack (expected 2, got 1)
# expect: not enough values to unpack (expected at least 2, got 1)
# expect: too many values to unpack (expected 2)
# expect: 11
# expect: 10
# expect: made
# expect: 5 K
