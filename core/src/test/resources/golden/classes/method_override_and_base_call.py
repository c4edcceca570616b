class Shape:
    def area(self):
        return 0

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

class Cube(Square):
    def area(self):
        return 6 * Square.area(self)

for sh in [Shape(), Square(3), Cube(2)]:
    print(sh.describe())
# expect: Shape with area 0
# expect: Square with area 9
# expect: Cube with area 24
