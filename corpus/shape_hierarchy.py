"""Shapes with an abstract base class, polymorphic area and sorting."""
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f} and perimeter {self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class Circle(Shape):
    def __init__(self, r):
        super().__init__(f"circle r={r}")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rectangle(Shape):
    def __init__(self, w, h, name=None):
        super().__init__(name or f"rect {w}x{h}")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, f"square {side}")


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} do not make a triangle")
        super().__init__(f"triangle {a}/{b}/{c}")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


def main():
    shapes = [Circle(1.5), Rectangle(2, 5), Square(3), Triangle(3, 4, 5), Circle(0.5)]
    for s in shapes:
        print(s.describe())
    print(sorted(shapes))
    print("largest:", max(shapes), "smallest:", min(shapes, key=lambda s: s.area()))
    try:
        Shape("abstract")
    except TypeError as e:
        print("TypeError:", e)
    try:
        Triangle(1, 2, 10)
    except ValueError as e:
        print("ValueError:", e)
    print("made:", Shape.count)
    print([type(s).__mro__[1].__name__ for s in shapes])
    print(isinstance(Square(1), Rectangle), Square.__mro__[-3].__name__)
    total = sum(s.area() for s in shapes)
    print(f"total area {total:.3f}")
    by_kind = {}
    for s in shapes:
        by_kind.setdefault(type(s).__name__, []).append(round(s.area(), 2))
    print(by_kind)


main()
