import sys

class Thing:
    pass

t = Thing()
print(sys.getrefcount(t))  # expect: 2
others = [t, t, t]
print(sys.getrefcount(t))  # expect: 5
others = None
print(sys.getrefcount(t))  # expect: 2
