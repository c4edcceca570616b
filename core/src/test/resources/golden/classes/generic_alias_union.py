# Run-time annotation objects: builtin generics (list[int]) and unions (int | None) as
# types.GenericAlias and types.UnionType; a metaclass's protocol methods seen on its classes.
print(int | None, list[int], dict[str, int], list[int](range(3)), type(list[int]).__name__)
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str), (int | str) == (str | int))
print(tuple[int, ...], list[list[int]], type[int], None | int, int | str | int, (int | str).__args__, list[int].__origin__)
class C: pass
print(C | None, list[C])
try:
    isinstance([], list[int])
except TypeError as e: print("TypeError:", e)
class Meta(type):
    def __iter__(cls): return iter(cls.members)
    def __len__(cls): return len(cls.members)
    def __repr__(cls): return "<Meta " + cls.__name__ + ">"
    def __contains__(cls, x): return x in cls.members
    def __instancecheck__(cls, x): return x == "duck"
class Colors(metaclass=Meta):
    members = ["red", "green"]
print(list(Colors), len(Colors), Colors, "red" in Colors, isinstance("duck", Colors), isinstance(Colors, Meta), bool(Colors))
print(callable(list[int]), callable(int | str))

# CPython 3.11's output:
# expect: int | None list[int] dict[str, int] [0, 1, 2] GenericAlias
# expect: True True True True
# expect: tuple[int, ...] list[list[int]] type[int] None | int int | str (<class 'int'>, <class 'str'>) <class 'list'>
# expect: __main__.C | None list[__main__.C]
# expect: TypeError: isinstance() argument 2 cannot be a parameterized generic
# expect: ['red', 'green'] 2 <Meta Colors> True True True True
# expect: True False
