import sys

x = []
print(sys.getrefcount(x))  # expect: 2

def local():
    y = {"fresh": True}
    return sys.getrefcount(y)

print(local())  # expect: 2
