import sys
def run(enum):
    Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum = enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag, enum.auto, enum.unique, enum.StrEnum
    class Color(Enum):
        RED = 1
        GREEN = 2
        BLUE = 3
        CRIMSON = 1
        def describe(self):
            return f"{self.name} is {self.value}"
        @classmethod
        def favourite(cls):
            return cls.GREEN
    print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
    print(Color.RED.name, Color.RED.value, Color.GREEN.describe(), Color.favourite(), isinstance(Color.RED, Color), type(Color.RED))
    print(list(Color.__members__), Color.RED == Color.RED, Color.RED == 1, Color.RED in Color, hash(Color.RED) == hash(Color.RED))
    print(f"{Color.BLUE}", "%s" % Color.GREEN, {Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: c.value)[-1])
    try:
        Color(7)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Color["PINK"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        Color.RED = 5
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        class More(Color):
            PINK = 9
    except TypeError as e:
        print("TypeError:", e)
    class Shape(Enum):
        SQUARE = auto()
        CIRCLE = auto()
    print(list(Shape), Shape.CIRCLE.value, repr(Color))
    class Num(IntEnum):
        ONE = 1
        TWO = 2
    print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, Num(1) is Num.ONE, sorted([Num.TWO, Num.ONE]), f"{Num.TWO}", isinstance(Num.ONE, int))
    class Perm(Flag):
        R = 4
        W = 2
        X = 1
        RW = 6
    rw = Perm.R | Perm.W
    print(repr(rw), rw, Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), list(Perm), list(rw), rw is Perm.RW)
    print(repr(~Perm.R), repr(Perm.R & Perm.W), repr(Perm.RW ^ Perm.W), repr(Perm))
    class Opt(Flag):
        A = auto()
        B = auto()
        C = auto()
    print([o.value for o in Opt], repr(Opt.A | Opt.C))
    class Bits(IntFlag):
        A = 1
        B = 2
    print(Bits.A | Bits.B, repr(Bits.A | Bits.B), Bits.A | 2 == 3, Bits.B & 2)
    class Mode(StrEnum):
        READ = auto()
        WRITE = "w"
    print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode("w"), Mode.READ.upper())
    try:
        @unique
        class Dup(Enum):
            A = 1
            B = 1
    except ValueError as e:
        print("ValueError:", e)
    Animal = Enum("Animal", "ANT BEE CAT")
    print(list(Animal), Animal.BEE.value)
    class Planet(Enum):
        MERCURY = (3.303e+23, 2.4397e6)
        EARTH = (5.976e+24, 6.37814e6)
        def __init__(self, mass, radius):
            self.mass = mass
            self.radius = radius
    print(Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))
    class WithMissing(Enum):
        A = "a"
        @classmethod
        def _missing_(cls, value):
            return cls.A
    print(WithMissing("zzz"))
import enum
run(enum)

# CPython 3.11's output:
# expect: Color.RED <Color.RED: 1> Color.GREEN Color.BLUE True [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>] 3
# expect: RED 1 GREEN is 2 Color.GREEN True <enum 'Color'>
# expect: ['RED', 'GREEN', 'BLUE', 'CRIMSON'] True False True True
# expect: Color.BLUE Color.GREEN r Color.BLUE
# expect: ValueError: 7 is not a valid run.<locals>.Color
# expect: KeyError: 'PINK'
# expect: AttributeError: cannot reassign member 'RED'
# expect: TypeError: <enum 'More'> cannot extend <enum 'Color'>
# expect: [<Shape.SQUARE: 1>, <Shape.CIRCLE: 2>] 2 <enum 'Color'>
# expect: 1 <Num.TWO: 2> 2 True True [<Num.ONE: 1>, <Num.TWO: 2>] 2 True
# expect: <Perm.RW: 6> Perm.RW True False False <Perm: 0> [<Perm.R: 4>, <Perm.W: 2>, <Perm.X: 1>] [<Perm.R: 4>, <Perm.W: 2>] True
# expect: <Perm.W|X: 3> <Perm: 0> <Perm.R: 4> <flag 'Perm'>
# expect: [1, 2, 4] <Opt.A|C: 5>
# expect: 3 <Bits.A|B: 3> True 2
# expect: read <Mode.READ: 'read'> True w READ
# expect: ValueError: duplicate values found in <enum 'Dup'>: B -> A
# expect: [<Animal.ANT: 1>, <Animal.BEE: 2>, <Animal.CAT: 3>] 2
# expect: 5.976e+24 (5.976e+24, 6378140.0) Planet.MERCURY
# expect: WithMissing.A
