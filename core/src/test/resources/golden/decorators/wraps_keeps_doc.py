# functools.wraps copies __doc__; a function's __doc__ can be assigned and deleted.
import functools
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def g():
    "I have docs."
print(g.__doc__, g.__name__, g.__wrapped__.__doc__)
def h():
    "doc h"
print(h.__doc__)
h.__doc__ = "x"
print(h.__doc__)
del h.__doc__
print(h.__doc__, h.__dict__)
# expect: I have docs. g I have docs.
# expect: doc h
# expect: x
# expect: None {}
