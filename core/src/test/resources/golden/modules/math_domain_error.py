import math

try:
    math.log(0)
except ValueError as e:
    print(e)  # expect: math domain error
try:
    math.log(-1)
except ValueError as e:
    print(e)  # expect: math domain error
print(math.sqrt(0.0))  # expect: 0.0
math.sqrt(-1)
# expect error: ValueError: math domain error
