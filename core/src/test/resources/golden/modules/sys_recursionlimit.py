import sys

print(sys.getrecursionlimit())  # expect: 1000
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())  # expect: 2000

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(1500))  # expect: 1500
sys.setrecursionlimit(100)
try:
    depth(500)
except RecursionError:
    print("limit enforced")  # expect: limit enforced
sys.setrecursionlimit(1000)
print(depth(50))  # expect: 50
