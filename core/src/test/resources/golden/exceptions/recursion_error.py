import sys

def down(n):
    return down(n + 1)

print(sys.getrecursionlimit())  # expect: 1000
down(0)
# expect error: RecursionError: maximum recursion depth exceeded
