# A class whose __abstractmethods__ is not empty cannot be instantiated (what abc.ABCMeta sets);
# bound methods compare equal when they bind the same function to the same object; __dir__.
class Shape:
    pass

Shape.__abstractmethods__ = frozenset({"name", "area"})
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
Shape.__abstractmethods__ = frozenset({"name"})
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
Shape.__abstractmethods__ = frozenset()
print(type(Shape()).__name__)

class A:
    def m(self):
        pass

a = A()
print(a.m == a.m, a.m is a.m, hash(a.m) == hash(a.m), A.m == A.m, a.m != A().m, a.m in [a.m])

class Dd:
    def __dir__(self):
        return ["b", "a"]

print(dir(Dd()))

# CPython 3.11's output:
# expect: TypeError: Can't instantiate abstract class Shape with abstract methods area, name
# expect: TypeError: Can't instantiate abstract class Shape with abstract method name
# expect: Shape
# expect: True False True True True True
# expect: ['a', 'b']
