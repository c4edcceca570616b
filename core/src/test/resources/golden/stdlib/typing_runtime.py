import sys
T = None
def run(typing):
    from_names = ["Any", "Optional", "Union", "List", "Dict", "Tuple", "Callable", "TypeVar", "Generic", "Iterable", "Iterator", "NamedTuple", "TypedDict", "Protocol", "cast", "overload", "TYPE_CHECKING", "Set", "FrozenSet", "Type", "Literal", "ClassVar", "Final", "Sequence", "Mapping", "Deque", "DefaultDict", "Counter", "Awaitable", "Annotated", "NewType", "runtime_checkable", "get_type_hints", "get_origin", "get_args", "NoReturn"]
    for n in from_names:
        getattr(typing, n)
    t = typing
    T = t.TypeVar("T")
    K = t.TypeVar("K", bound=int)
    print(t.List[int], t.Dict[str, t.List[int]], t.Optional[str], t.Union[int, str, None], t.Union[int])
    print(t.Tuple[int, ...], t.Tuple[int, str], t.Callable[[int, str], bool], t.Callable[..., int])
    print(T, K, t.List[T], t.Dict[str, T][int], t.Any, t.Iterable[int], t.Literal["a", 1], t.Type[int])
    print(t.List, t.Dict, t.Callable, t.Optional, t.Union, t.Final[int], t.ClassVar[int])
    print(t.get_origin(t.List[int]), t.get_args(t.Dict[str, int]), t.get_origin(t.Optional[int]) is t.Union, t.get_args(t.Callable[[int], str]))
    print(t.cast(int, "x"), t.TYPE_CHECKING, isinstance([], t.List), isinstance({}, t.Mapping))
    try:
        isinstance([], t.List[int])
    except TypeError as e:
        print("TypeError:", e)
    try:
        isinstance(1, t.Any)
    except TypeError as e:
        print("TypeError:", e)
    class Stack(t.Generic[T]):
        def __init__(self):
            self.items = []
        def push(self, item: T) -> None:
            self.items.append(item)
    s = Stack[int]()
    s.push(1)
    print(s.items, Stack.__parameters__, Stack[int], Stack.__mro__[-2:] if False else "")
    class Point(t.NamedTuple):
        x: int
        y: int = 0
        def norm(self):
            return abs(self.x) + abs(self.y)
    p = Point(3, -4)
    print(p, p.norm(), Point(1), Point._fields, isinstance(p, tuple), Point.__annotations__)
    Emp = t.NamedTuple("Emp", [("name", str), ("id", int)])
    print(Emp("a", 1))
    class Movie(t.TypedDict):
        name: str
        year: int
    m = Movie(name="Blade Runner", year=1982)
    print(m, type(m).__name__, sorted(Movie.__required_keys__), Movie.__total__)
    @t.runtime_checkable
    class Closable(t.Protocol):
        def close(self): ...
    class F:
        def close(self): pass
    print(isinstance(F(), Closable), isinstance(3, Closable))
    try:
        Closable()
    except TypeError as e:
        print("TypeError:", e)
    @t.overload
    def f(x: int) -> int: ...
    @t.overload
    def f(x: str) -> str: ...
    def f(x):
        return x
    print(f(3))
    UserId = t.NewType("UserId", int)
    print(UserId(5), UserId)
    def g(a: int, b: "str") -> t.List[int]: pass
    print(t.get_type_hints(g))
    print(t.Optional[int] == t.Union[int, None], t.List[int] == t.List[int], hash(t.List[int]) == hash(t.List[int]))
import typing
run(typing)

# CPython 3.11's output:
# expect: typing.List[int] typing.Dict[str, typing.List[int]] typing.Optional[str] typing.Union[int, str, NoneType] <class 'int'>
# expect: typing.Tuple[int, ...] typing.Tuple[int, str] typing.Callable[[int, str], bool] typing.Callable[..., int]
# expect: ~T ~K typing.List[~T] typing.Dict[str, int] typing.Any typing.Iterable[int] typing.Literal['a', 1] typing.Type[int]
# expect: typing.List typing.Dict typing.Callable typing.Optional typing.Union typing.Final[int] typing.ClassVar[int]
# expect: <class 'list'> (<class 'str'>, <class 'int'>) True ([<class 'int'>], <class 'str'>)
# expect: x False True True
# expect: TypeError: Subscripted generics cannot be used with class and instance checks
# expect: TypeError: typing.Any cannot be used with isinstance()
# expect: [1] (~T,) __main__.run.<locals>.Stack[int] 
# expect: Point(x=3, y=-4) 7 Point(x=1, y=0) ('x', 'y') True {'x': <class 'int'>, 'y': <class 'int'>}
# expect: Emp(name='a', id=1)
# expect: {'name': 'Blade Runner', 'year': 1982} dict ['name', 'year'] True
# expect: True False
# expect: TypeError: Protocols cannot be instantiated
# expect: 3
# expect: 5 __main__.UserId
# expect: {'a': <class 'int'>, 'b': <class 'str'>, 'return': typing.List[int]}
# expect: True True True
