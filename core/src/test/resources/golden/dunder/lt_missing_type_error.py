class A:
    pass

try:
    A() < A()
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'A' and 'A'
try:
    sorted([3, "a"])
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'str' and 'int'
print(1 < 2.5, "a" < "b", [1, 2] < [1, 3], (1, "z") < (2, "a"))  # expect: True True True True
