# __slots__: no instance dict, member descriptors, the AttributeError wording, a subclass
# without __slots__ getting a dict back, and the layout conflict of two slotted bases.
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
s = Slotted(1)
print(s.x, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.y)
except AttributeError as e:
    print("AttributeError:", e)
s.y = 5
del s.y
try:
    del s.y
except AttributeError as e:
    print("AttributeError:", e)
print(Slotted.x, type(Slotted.x).__name__)
class Sub(Slotted):
    pass
sb = Sub(2)
sb.z = 9
print(sb.z, sb.__dict__)
class Sub2(Slotted):
    __slots__ = ("w",)
try:
    Sub2(1).q = 1
except AttributeError as e:
    print("AttributeError:", e)
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1; w.b = 2
print(w.a, w.b, w.__dict__)

# CPython 3.11's output:
# expect: 1 False
# expect: AttributeError: 'Slotted' object has no attribute 'z'
# expect: AttributeError: 'Slotted' object has no attribute 'y'
# expect: AttributeError: y
# expect: <member 'x' of 'Slotted' objects> member_descriptor
# expect: 9 {'z': 9}
# expect: AttributeError: 'Sub2' object has no attribute 'q'
# expect: TypeError: multiple bases have instance lay-out conflict
# expect: 1 2 {'b': 2}
