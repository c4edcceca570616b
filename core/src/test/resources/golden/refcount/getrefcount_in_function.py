import sys

def make_and_count():
    item = []
    keep = [item, item]
    n1 = sys.getrefcount(item)
    del keep
    n2 = sys.getrefcount(item)
    return n1, n2

print(make_and_count())  # expect: (4, 2)
g = []
def count_global():
    return sys.getrefcount(g)
print(count_global())  # expect: 2
