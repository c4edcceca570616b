# match: literal, capture, wildcard, value, sequence, mapping, class, or and as patterns, guards.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2+3j:
            return "complex"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case []:
            return "empty list"
        case [a]:
            return f"one item {a}"
        case [a, b] if a == b:
            return f"pair of equal {a}"
        case [a, b]:
            return f"pair {a} {b}"
        case (first, *rest) if len(rest) > 2:
            return f"long seq from {first}, rest {rest}"
        case [_, _, *_]:
            return "three-ish"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": kind, **others}:
            return f"typed {kind} {sorted(others)}"
        case {}:
            return "some mapping"
        case str() as s:
            return f"string {s!r}"
        case int(n) if n > 100:
            return f"big int {n}"
        case float(f) | int(f):
            return f"number {f}"
        case _:
            return "something else"

for v in [0, 2, -1, 1.5, 2+3j, "hi", b"raw", None, True, [], [7], [4, 4], (4, 5), (1, 2, 3, 4), [1, 2, 3],
          {"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3, "c": 0}, {"a": 1}, "text", 1000, 50, 2.5, object, False]:
    print(repr(v) if not isinstance(v, type) else v.__name__, "->", describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point(x=px, y=py) as pt:
            return f"at {px},{py} ({type(pt).__name__})"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), "x"]:
    print(where(p))

class Color:
    RED = 1
    GREEN = 2
def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
print(color(Color.RED), color(Color.GREEN), color(3))

match = 1
case = 2
print(match, case)
match (1, 2):
    case (1, x) | (x, 1):
        print("x is", x)
command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit"]:
        print("bye")
for cmd in [["drop", "a", "b"], ["look"]]:
    match cmd:
        case ["drop", *objects]:
            print("dropping", objects)
        case [action]:
            print("action", action)
def loop():
    for i in range(5):
        match i:
            case 1:
                continue
            case 3:
                break
            case _:
                print("i", i)
    return "done"
print(loop())

# Output of CPython 3.11:
# expect: 0 -> zero
# expect: 2 -> small
# expect: -1 -> minus one
# expect: 1.5 -> one and a half
# expect: (2+3j) -> complex
# expect: 'hi' -> greeting
# expect: b'raw' -> bytes
# expect: None -> none
# expect: True -> small
# expect: [] -> empty list
# expect: [7] -> one item 7
# expect: [4, 4] -> pair of equal 4
# expect: (4, 5) -> pair 4 5
# expect: (1, 2, 3, 4) -> long seq from 1, rest [2, 3, 4]
# expect: [1, 2, 3] -> three-ish
# expect: {'type': 'point', 'x': 1, 'y': 2} -> point 1,2
# expect: {'type': 'circle', 'r': 3, 'c': 0} -> typed circle ['c', 'r']
# expect: {'a': 1} -> some mapping
# expect: 'text' -> string 'text'
# expect: 1000 -> big int 1000
# expect: 50 -> number 50
# expect: 2.5 -> number 2.5
# expect: object -> something else
# expect: False -> zero
# expect: origin
# expect: on y axis at 5
# expect: on x axis at 3
# expect: diagonal
# expect: at 1,9 (Point)
# expect: not a point
# expect: red green None
# expect: 1 2
# expect: x is 2
# expect: going north
# expect: dropping ['a', 'b']
# expect: action look
# expect: i 0
# expect: i 2
# expect: done
