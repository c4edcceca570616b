from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
    def perimeter(self):
        return 4 * self.s

class Half(Shape):
    def area(self):
        return 1

print(Square(3).describe(), Square(2).perimeter(), isinstance(Square(1), Shape))
print(sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Square.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Half()
except TypeError as e:
    print("TypeError:", e)

class Sized2(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented

print(isinstance([], Sized2), isinstance(3, Sized2), issubclass(dict, Sized2))

class Registered(ABC):
    pass
Registered.register(tuple)
print(isinstance((1,), Registered), issubclass(tuple, Registered), issubclass(list, Registered))
@Registered.register
class Later:
    pass
print(isinstance(Later(), Registered), type(Shape).__name__)
try:
    Registered.register(3)
except TypeError as e:
    print("TypeError:", e)

class WithProp(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
try:
    WithProp()
except TypeError as e:
    print("TypeError:", e)
class Impl(WithProp):
    @property
    def name(self):
        return "impl"
    @classmethod
    def make(cls):
        return cls()
print(Impl.make().name)

# CPython 3.11's output:
# expect: Square with area 9 8 True
# expect: ['area', 'perimeter'] frozenset({'perimeter'}) frozenset()
# expect: TypeError: Can't instantiate abstract class Shape with abstract methods area, perimeter
# expect: TypeError: Can't instantiate abstract class Half with abstract method perimeter
# expect: True False True
# expect: True True False
# expect: True ABCMeta
# expect: TypeError: Can only register classes
# expect: TypeError: Can't instantiate abstract class WithProp with abstract methods make, name
# expect: impl
