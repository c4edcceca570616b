from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    r: float


@dataclass
class Rect:
    corner: Point
    w: float
    h: float


def area(shape):
    match shape:
        case Circle(r=r):
            return round(3.14159 * r * r, 3)
        case Rect(w=w, h=h) if w == h:
            return f"square {w * h}"
        case Rect(w=w, h=h):
            return w * h
        case Point():
            return 0
        case _:
            raise TypeError(f"not a shape: {shape!r}")


def handle(command):
    match command.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["drop", item]:
            return f"dropping {item}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *rest]:
            return f"unknown verb {verb!r} ({len(rest)} args)"


def classify(value):
    match value:
        case None:
            return "none"
        case True | False:
            return f"bool {value}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as num:
            return f"number {num}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"string of {len(s)}"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *_]:
            return f"sequence starting {x}"
        case {"type": "user", "name": name, **rest}:
            return f"user {name} extra={sorted(rest)}"
        case {"type": kind}:
            return f"record of type {kind}"
        case _:
            return "something else"


def eval_expr(node):
    match node:
        case ("num", v):
            return v
        case ("add", a, b):
            return eval_expr(a) + eval_expr(b)
        case ("mul", a, b):
            return eval_expr(a) * eval_expr(b)
        case ("neg", a):
            return -eval_expr(a)
        case _:
            raise ValueError(node)


shapes = [Circle(Point(0, 0), 2), Rect(Point(1, 1), 3, 4), Rect(Point(0, 0), 5, 5), Point(1, 2), "triangle"]
for s in shapes:
    try:
        print(area(s))
    except TypeError as e:
        print("TypeError:", e)
for cmd in ["", "go north", "go up", "take lamp key", "take", "drop sword", "quit", "dance wildly now"]:
    print(f"{cmd!r:20} -> {handle(cmd)}")
for v in [None, True, -3, 7, 2.5, "", "hey", [1, 2], (9, 8, 7), {"type": "user", "name": "ann", "age": 3, "id": 1}, {"type": "log"}, {1, 2}]:
    print(f"{v!r:45} -> {classify(v)}")
tree = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(eval_expr(tree))
match Point(0, 5):
    case Point(x=0, y=y):
        print("on the y axis at", y)
