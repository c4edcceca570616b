# A function's annotations are evaluated when the def runs, in CPython's order.
def f(a: int, /, b: str = "s", *args: float, c: bool, **kw: dict) -> None:
    return a


print(f.__annotations__)
print(f(1, c=True))


def g(x, y=2):
    pass


print(g.__annotations__)
g.__annotations__["x"] = list[int]
print(g.__annotations__)
g.__annotations__ = {"r": 1}
print(g.__annotations__)
del g.__annotations__
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(e)


class C:
    def method(self, __private: int) -> "C":
        return self


print(C.method.__annotations__)
calls = []


def note(value):
    calls.append(value)
    return value


def h(a: note("a"), b: note("b") = note("default")) -> note("ret"):
    pass


print(calls)
print(h.__annotations__)
print(dict[str, list[int]], tuple[int, ...], int | None, list[int] | None)
print(list[int]([1, 2]), (int | str) == (str | int))

# Output of CPython 3.11:
# expect: {'b': <class 'str'>, 'a': <class 'int'>, 'args': <class 'float'>, 'c': <class 'bool'>, 'kw': <class 'dict'>, 'return': None}
# expect: 1
# expect: {}
# expect: {'x': list[int]}
# expect: {'r': 1}
# expect: {}
# expect: __annotations__ must be set to a dict object
# expect: {'_C__private': <class 'int'>, 'return': 'C'}
# expect: ['default', 'a', 'b', 'ret']
# expect: {'a': 'a', 'b': 'b', 'return': 'ret'}
# expect: dict[str, list[int]] tuple[int, ...] int | None list[int] | None
# expect: [1, 2] True
