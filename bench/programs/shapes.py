# Attribute and method lookups on instances: methods found on a base class, instance fields read
# and written, class-level constants read through instances, a non-data descriptor overridden.


class Shape:
    sides = 0
    scale = 1.0

    def __init__(self, name, size):
        self.name = name
        self.size = size
        self.moves = 0

    def area(self):
        return 0.0

    def grow(self, k):
        self.size = self.size + k * self.scale
        self.moves += 1

    def describe(self):
        return self.sides + self.moves


class Square(Shape):
    sides = 4

    def area(self):
        return self.size * self.size


class Triangle(Shape):
    sides = 3
    scale = 0.5

    def area(self):
        return self.size * self.size * 0.433


class Circle(Shape):
    def area(self):
        return 3.14159 * self.size * self.size


def run(n):
    shapes = []
    for i in range(30):
        k = i % 3
        if k == 0:
            shapes.append(Square("s", i))
        elif k == 1:
            shapes.append(Triangle("t", i))
        else:
            shapes.append(Circle("c", i))
    total = 0.0
    count = 0
    for step in range(n):
        for s in shapes:
            s.grow(1)
            total += s.area()
            count += s.describe()
        if step % 1000 == 0:
            for s in shapes:
                s.size = s.size % 7
    return round(total, 2), count


print(run(6000))  # expect: (85884099963.66, 540510000)
