def compute():
    import math
    from math import factorial
    return math.floor(2.7) + factorial(4)

print(compute())  # expect: 26
try:
    print(math.pi)
except NameError as e:
    print(e)  # expect: name 'math' is not defined
