# Annotated assignments at module and class level are recorded in __annotations__;
# in a function they are never evaluated.
x: int = 1
y: list[int]
z: "a forward reference"
print(__annotations__)
print(x)
print("y" in globals())


class Point:
    x: float
    y: float = 0.0
    __secret: int = 7
    label: str | None = None


print(Point.__annotations__)
print(Point.y, Point._Point__secret)


class Empty:
    pass


print(Empty.__annotations__)


class Child(Point):
    z: float


print(Child.__annotations__)


def f():
    local: this_name_is_never_evaluated = 3
    unset: also_not_evaluated
    return local


print(f())
for i in range(2):
    if i:
        late: bool = True
print(__annotations__["late"])

# Output of CPython 3.11:
# expect: {'x': <class 'int'>, 'y': list[int], 'z': 'a forward reference'}
# expect: 1
# expect: False
# expect: {'x': <class 'float'>, 'y': <class 'float'>, '_Point__secret': <class 'int'>, 'label': str | None}
# expect: 0.0 7
# expect: {}
# expect: {'z': <class 'float'>}
# expect: 3
# expect: <class 'bool'>
