# The repr and comparison of deeply nested containers count toward the recursion limit and end in
# RecursionError with CPython's messages, never in a Java stack overflow.
import sys

nested_list = []
for i in range(5000):
    nested_list = [nested_list]
try:
    repr(nested_list)
except RecursionError as e:
    print(e)

nested_tuple = ()
for i in range(5000):
    nested_tuple = (nested_tuple,)
try:
    print(nested_tuple == nested_tuple[0])
except RecursionError as e:
    print(e)

nested_dict = {}
for i in range(5000):
    nested_dict = {1: nested_dict}
try:
    str(nested_dict)
except RecursionError as e:
    print(e)
del nested_list, nested_tuple, nested_dict

# expect: maximum recursion depth exceeded while getting the repr of an object
# expect: maximum recursion depth exceeded in comparison
# expect: maximum recursion depth exceeded while getting the repr of an object
