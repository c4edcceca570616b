import sys
from typing import ClassVar, List
def run(dc):
    dataclass, field, asdict, astuple, replace, fields = dc.dataclass, dc.field, dc.asdict, dc.astuple, dc.replace, dc.fields
    @dataclass
    class Point:
        x: int
        y: int = 0
    p = Point(1, 2)
    print(p, Point(3), p == Point(1, 2), p != Point(2, 2), p.x)
    try:
        Point()
    except TypeError as e:
        print("TypeError:", e)
    try:
        hash(p)
    except TypeError as e:
        print("TypeError:", e)
    @dataclass(order=True, frozen=True)
    class Version:
        major: int
        minor: int = 0
        label: str = field(default="", compare=False)
    v = Version(1, 2, "x")
    print(v, Version(1, 2) < Version(1, 3), sorted([Version(2), Version(1, 5)]), hash(v) == hash(Version(1, 2, "y")))
    try:
        v.major = 3
    except dc.FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    @dataclass
    class Inventory:
        items: List[str] = field(default_factory=list)
        count: ClassVar[int] = 0
        total: int = field(default=0, repr=False)
    a = Inventory()
    b = Inventory()
    a.items.append("x")
    print(a, b, a.items is not b.items, [f.name for f in fields(a)])
    @dataclass
    class Line:
        start: Point
        end: Point
        tags: list = field(default_factory=list)
    ln = Line(Point(0, 0), Point(3, 4), ["a"])
    print(asdict(ln), astuple(ln))
    print(replace(p, y=10), dc.is_dataclass(p), dc.is_dataclass(Point), dc.is_dataclass(3))
    @dataclass
    class WithPost:
        a: int
        b: int = field(init=False)
        def __post_init__(self):
            self.b = self.a * 2
    print(WithPost(4))
    try:
        @dataclass
        class Bad:
            a: int = 1
            b: int
    except TypeError as e:
        print("TypeError:", e)
    try:
        @dataclass
        class Mut:
            a: list = []
    except ValueError as e:
        print("ValueError:", e)
    @dataclass
    class Base:
        x: int
    @dataclass
    class Child(Base):
        y: int = 5
    print(Child(1), Child(1, 2) == Child(1, 2), Child.__match_args__)
    @dataclass(kw_only=True)
    class K:
        a: int
        b: int = 2
    print(K(a=1))
    try:
        K(1)
    except TypeError as e:
        print("TypeError:", e)
    Dyn = dc.make_dataclass("Dyn", [("a", int), ("b", int, field(default=3))])
    print(Dyn(1), Dyn.__name__)
    @dataclass(unsafe_hash=True)
    class H:
        a: int
    print(hash(H(1)) == hash(H(1)), H(1) in {H(1)}, H(1) == H(1))
    try:
        asdict(3)
    except TypeError as e:
        print("TypeError:", e)
import dataclasses
run(dataclasses)

# CPython 3.11's output:
# expect: run.<locals>.Point(x=1, y=2) run.<locals>.Point(x=3, y=0) True True 1
# expect: TypeError: run.<locals>.Point.__init__() missing 1 required positional argument: 'x'
# expect: TypeError: unhashable type: 'Point'
# expect: run.<locals>.Version(major=1, minor=2, label='x') True [run.<locals>.Version(major=1, minor=5, label=''), run.<locals>.Version(major=2, minor=0, label='')] True
# expect: FrozenInstanceError: cannot assign to field 'major'
# expect: run.<locals>.Inventory(items=['x']) run.<locals>.Inventory(items=[]) True ['items', 'total']
# expect: {'start': {'x': 0, 'y': 0}, 'end': {'x': 3, 'y': 4}, 'tags': ['a']} ((0, 0), (3, 4), ['a'])
# expect: run.<locals>.Point(x=1, y=10) True True False
# expect: run.<locals>.WithPost(a=4, b=8)
# expect: TypeError: non-default argument 'b' follows default argument
# expect: ValueError: mutable default <class 'list'> for field a is not allowed: use default_factory
# expect: run.<locals>.Child(x=1, y=5) True ('x', 'y')
# expect: run.<locals>.K(a=1, b=2)
# expect: TypeError: run.<locals>.K.__init__() takes 1 positional argument but 2 were given
# expect: Dyn(a=1, b=3) Dyn
# expect: True True True
# expect: TypeError: asdict() should be called on dataclass instances
