# Subclasses of tuple, str, int, float, bytes and frozenset: __new__ makes the value, the
# instance is usable wherever the builtin is, and inherited operations return the builtin type.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2) + Point(10, 20)
x, y = p
print(p, x, y, len(p), p[0], p[::-1], type(p[::-1]).__name__, hash(p) == hash((11, 22)))
print(p == (11, 22), {p: "here"}[(11, 22)], sorted([Point(3, 1), Point(1, 5)]))

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

    def shout(self):
        return self + "!"

u = Upper("hello")
print(u, u.shout(), type(u.shout()).__name__, len(u), u.lower(), u[1:3], u == "HELLO")
print({u: 1}["HELLO"], "HELLO" in {u}, f"<{u}>", "-".join([u, u]), u.startswith("HE"), repr(u))
u.note = "n"
print(u.note, str(u), type(str(u)).__name__, Upper("x") + Upper("y"))

class Money(int):
    def __new__(cls, cents):
        return super().__new__(cls, round(cents))

    def __repr__(self):
        return f"${int(self) / 100:.2f}"

    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__

m = Money(150.4) + 250
print(m, repr(m), 5 + m, sum([Money(1), Money(2)]), m * 2, type(m * 2).__name__, m > 100)
print([10, 20, 30][Money(1)], range(Money(3)), hex(Money(255)), m.bit_length(), str(m))

class Flag(int):
    pass

f = Flag(3)
print(f + 1, type(f + 1).__name__, -f, f == 3, f < 4, isinstance(f, int), f"{f:04d}", f.real)

class Celsius(float):
    def fahrenheit(self):
        return self * 9 / 5 + 32

c = Celsius("37.5")
print(c, c.fahrenheit(), type(c + 1).__name__, round(c), int(c), c == 37.5)

class Blob(bytes):
    def hexed(self):
        return self.hex()

b = Blob(b"\x01\xff")
print(b, len(b), b.hexed(), b[0], b + b"!", type(b + b"!").__name__)

class Tags(frozenset):
    def __repr__(self):
        return "Tags" + repr(sorted(self))

t = Tags(["b", "a"])
print(t, len(t), "a" in t, type(t | {"c"}).__name__, sorted(t | {"c"}), hash(t) == hash(frozenset("ab")))

class Bits(set):
    def add(self, x):
        super().add(x % 8)

bs = Bits([1, 9])
bs.add(10)
print(sorted(bs), type(bs).__name__, len(bs | {100}))

# CPython 3.11's output:
# expect: Point(11, 22) 11 22 2 11 (22, 11) tuple True
# expect: True here [Point(1, 5), Point(3, 1)]
# expect: HELLO HELLO! str 5 hello EL True
# expect: 1 True <HELLO> HELLO-HELLO True 'HELLO'
# expect: n HELLO str XY
# expect: $4.00 $4.00 $4.05 $0.03 800 int True
# expect: 20 range(0, 3) 0xff 9 $4.00
# expect: 4 int -3 True True True 0003 3
# expect: 37.5 99.5 float 38 37 True
# expect: b'\x01\xff' 2 01ff 1 b'\x01\xff!' bytes
# expect: Tags['a', 'b'] 2 True frozenset ['a', 'b', 'c'] True
# expect: [1, 2, 9] Bits 4
