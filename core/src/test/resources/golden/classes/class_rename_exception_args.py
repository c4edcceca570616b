# Renaming a class, exception args kept by BaseException.__new__ when __init__ does not call
# super(), keyword-only exception constructors, and super() arguments checked.
class C:
    pass

C.__name__ = "D"
print(C, C.__name__, C.__qualname__)
C.__qualname__ = "E"
print(C)
try:
    C.__name__ = 3
except TypeError as e:
    print("TypeError:", e)

class Plain(Exception):
    def __init__(self, x):
        self.x = x

e = Plain(1)
print(e.args, str(e), repr(e), e.x)

class Coded(Exception):
    def __init__(self, *, code):
        super().__init__(f"code {code}")
        self.code = code

print(Coded(code=3).args, Coded(code=3))

class A:
    def m(self):
        return "A.m"

class B(A):
    pass

try:
    super(B, A()).m()
except TypeError as e:
    print("TypeError:", e)
print(super(A, B()).__class__.__name__, super(B, B).m(B()))

# CPython 3.11's output:
# expect: <class '__main__.C'> D C
# expect: <class '__main__.E'>
# expect: TypeError: can only assign string to D.__name__, not 'int'
# expect: (1,) 1 Plain(1) 1
# expect: ('code 3',) code 3
# expect: TypeError: super(type, obj): obj must be an instance or subtype of type
# expect: super A.m
