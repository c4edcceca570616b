import sys

a = []
t = (a, a)
print(sys.getrefcount(a))  # expect: 4
t = ()
print(sys.getrefcount(a))  # expect: 2
b = a
c = a
print(sys.getrefcount(a))  # expect: 4
b = []
print(sys.getrefcount(a), sys.getrefcount(b))  # expect: 3 2
