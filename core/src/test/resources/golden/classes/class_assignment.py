# __class__ assignment between classes whose instances have the same layout, and its errors.
class A:
    def hi(self): return "A"
class B:
    def hi(self): return "B"
a = A()
a.x = 1
a.__class__ = B
print(a.hi(), type(a).__name__, a.x, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e: print("TypeError:", e)
class S:
    __slots__ = ("q",)
try:
    a.__class__ = S
except TypeError as e: print("TypeError:", e)
try:
    a.__class__ = 5
except TypeError as e: print("TypeError:", e)
class L(list): pass
class L2(list): pass
l = L([1])
l.__class__ = L2
print(type(l).__name__, l)

# CPython 3.11's output:
# expect: B B 1 True
# expect: TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
# expect: TypeError: __class__ assignment: 'S' object layout differs from 'B'
# expect: TypeError: __class__ must be set to a class, not 'int' object
# expect: L2 [1]
