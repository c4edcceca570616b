# dir() with and without an argument (sorted, honouring __dir__), vars(), format(), ascii().
class A:
    cls_attr = 1
    def method(self): pass
class B(A):
    def __init__(self): self.inst = 2
print([n for n in dir(B()) if not n.startswith('__')])
class C:
    def __dir__(self): return ['z', 'a', 'm']
print(dir(C()))
def f():
    a = 1; b = 2
    print(dir())
f()
print('append' in dir([]), 'keys' in dir({}), '__len__' in dir([]))
print(vars(B()))
try: vars(1)
except TypeError as e: print(e)
print(object().__sizeof__() > 0, type([].__sizeof__()))
print(format(255, 'x'), format('a', '>3'), format(1.5), ascii('ü€'), ascii([1, 'é']))
import math
print([n for n in dir(math) if not n.startswith("_")][:4])

# Output of CPython 3.11:
# expect: ['cls_attr', 'inst', 'method']
# expect: ['a', 'm', 'z']
# expect: ['a', 'b']
# expect: True True True
# expect: {'inst': 2}
# expect: vars() argument must have __dict__ attribute
# expect: True <class 'int'>
# expect: ff   a 1.5 '\xfc\u20ac' [1, '\xe9']
# expect: ['acos', 'acosh', 'asin', 'asinh']
