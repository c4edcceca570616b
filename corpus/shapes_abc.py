from abc import ABC, abstractmethod
import math


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
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rectangle(Shape):
    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "square")


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self):
        return sum(self.sides)


try:
    Shape("abstract")
except TypeError as e:
    print("TypeError:", "abstract" in str(e))

shapes = [Circle(1.5), Rectangle(3, 4), Square(2.5), Triangle(3, 4, 5), Circle(0.5), Triangle(7, 8, 9)]
for s in shapes:
    print(s.describe())
print("sorted by area:", sorted(shapes))
print("largest:", max(shapes, key=lambda s: s.area()))
print("total area: %.4f" % sum(s.area() for s in shapes))
print("instances:", Shape.count)
print(isinstance(shapes[2], Rectangle), issubclass(Square, Shape), Square.__mro__[1].__name__)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("error:", e)
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(round(s.area(), 2))
for k, v in by_kind.items():
    print(k, v)
