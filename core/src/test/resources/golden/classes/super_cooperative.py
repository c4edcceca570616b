# Cooperative super() through a diamond: each __init__ runs once, in MRO order, passing the
# keyword arguments it does not use along.
class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
        super().__init__(**kw)

class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left", left)
        self.left = left
        super().__init__(**kw)

class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right", right)
        self.right = right
        super().__init__(**kw)

class Both(Left, Right):
    def __init__(self, **kw):
        print("Both")
        super().__init__(**kw)

b = Both(left=1, right=2)
print(b.left, b.right)

# Two-argument super, classmethods and properties through super.
class Shape:
    registry = []

    @classmethod
    def make(cls, *args):
        obj = cls(*args)
        Shape.registry.append(cls.__name__)
        return obj

    @property
    def area(self):
        return 0

    def __repr__(self):
        return f"{type(self).__name__}(area={self.area})"

class Square(Shape):
    def __init__(self, side):
        self.side = side

    @classmethod
    def make(cls, *args):
        print("Square.make", cls.__name__)
        return super().make(*args)

    @property
    def area(self):
        return self.side ** 2 + super().area

class Cube(Square):
    @property
    def area(self):
        return 6 * super(Cube, self).area

print(Square.make(3), Cube.make(2), Shape.registry)

# super() in a method defined outside the class body has no __class__ cell.
def outside(self):
    return super().__repr__()

try:
    outside(Square(1))
except RuntimeError as e:
    print("RuntimeError:", e)

# super() objects
s = super(Cube, Cube(1))
print(s.area, isinstance(s, super))

# CPython 3.11's output:
# expect: Both
# expect: Left 1
# expect: Right 2
# expect: Base []
# expect: 1 2
# expect: Square.make Square
# expect: Square.make Cube
# expect: Square(area=9) Cube(area=24) ['Square', 'Cube']
# expect: RuntimeError: super(): __class__ cell not found
# expect: 1 True
