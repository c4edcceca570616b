"""A data type mixed in ahead of Enum (class S(str, Enum)) keeps the enum's repr, str and
format; a body's own __repr__ and IntEnum's chosen str still win."""
from enum import Enum, IntEnum
from typing import NamedTuple


class S(str, Enum):
    A = "a"


class I(int, Enum):
    X = 1


class F(float, Enum):
    Y = 1.5


class Own(str, Enum):
    B = "b"

    def __repr__(self):
        return "own repr"


class Level(IntEnum):
    LOW = 1


for m in (S.A, I.X, F.Y, Own.B, Level.LOW):
    print(repr(m), str(m), f"{m}", format(m, ">6"), "%s" % m)
print(S.A == "a", S.A.upper(), I.X + 1)


class P(NamedTuple):
    a: 5
    b: None
    c: "int"
    d: list[int]


print(P.__annotations__)
# Output of CPython 3.11:
# expect: <S.A: 'a'> S.A S.A    S.A S.A
# expect: <I.X: 1> I.X I.X    I.X I.X
# expect: <F.Y: 1.5> F.Y F.Y    F.Y F.Y
# expect: own repr Own.B Own.B  Own.B Own.B
# expect: <Level.LOW: 1> 1 1      1 1
# expect: True A 2
# expect: {'a': 5, 'b': <class 'NoneType'>, 'c': ForwardRef('int'), 'd': list[int]}
