# Deep recursion ends in RecursionError as in CPython, whatever the limit, and never overflows the
# Java stack: Python calls, and the repr and comparison of deeply nested containers.
import sys

nested_list = []
for i in range(100000):
    nested_list = [nested_list]
try:
    repr(nested_list)
except RecursionError as e:
    print(e)

nested_tuple = ()
for i in range(100000):
    nested_tuple = (nested_tuple,)
try:
    print(nested_tuple == nested_tuple[0])
except RecursionError as e:
    print(e)

nested_dict = {}
for i in range(100000):
    nested_dict = {1: nested_dict}
try:
    str(nested_dict)
except RecursionError as e:
    print(e)
del nested_list, nested_tuple, nested_dict

sys.setrecursionlimit(10**6)
print(sys.getrecursionlimit())


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
# expect: maximum recursion depth exceeded while getting the repr of an object
# expect: maximum recursion depth exceeded in comparison
# expect: maximum recursion depth exceeded while getting the repr of an object
# expect: 1000000
# expect: RecursionError maximum recursion depth exceeded
