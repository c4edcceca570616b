# Multiple inheritance: the C3 method resolution order, and the errors CPython raises for
# bases it cannot order or combine.
class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

print(D().who())
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__), D.__bases__, D.__base__)
print(isinstance(D(), C), issubclass(D, A), issubclass(C, B), issubclass(D, (int, C)))
print(super(B, D()).who(), super(C, D()).who())

# The classic example: the orders of the bases must agree.
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print(" ".join(k.__name__ for k in Aa.__mro__))

def attempt(make):
    try:
        make()
    except TypeError as e:
        print("TypeError:", str(e).replace("\n", " "))

attempt(lambda: type("Bad", (A, B), {}))
attempt(lambda: type("Dup", (A, A), {}))
attempt(lambda: type("Lay", (list, dict), {}))
attempt(lambda: type("Lay2", (int, str), {}))
attempt(lambda: type("NoBool", (bool,), {}))

# A class statement with two incompatible bases fails the same way.
try:
    class X(A, D):
        pass
except TypeError as e:
    print(str(e).splitlines()[-1])

# Builtin and plain bases mix: the layout is the builtin's.
class Mixin:
    def describe(self):
        return type(self).__name__ + " of " + str(len(self))

class Bag(Mixin, list):
    pass

b = Bag([1, 2, 3])
print(b.describe(), [k.__name__ for k in Bag.__mro__])
print(A.__subclasses__())

# CPython 3.11's output:
# expect: D>B>C>A
# expect: ['D', 'B', 'C', 'A', 'object']
# expect: True (<class '__main__.B'>, <class '__main__.C'>) <class '__main__.B'>
# expect: True True False True
# expect: C>A A
# expect: Aa Bb Cc Dd E F O object
# expect: TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B
# expect: TypeError: duplicate base class A
# expect: TypeError: multiple bases have instance lay-out conflict
# expect: TypeError: multiple bases have instance lay-out conflict
# expect: TypeError: type 'bool' is not an acceptable base type
# expect: order (MRO) for bases A, D
# expect: Bag of 3 ['Bag', 'Mixin', 'list', 'object']
# expect: [<class '__main__.B'>, <class '__main__.C'>]
