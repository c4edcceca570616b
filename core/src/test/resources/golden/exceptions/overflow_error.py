import math

try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)  # expect: OverflowError math range error
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)  # expect: int too large to convert to float
print(10 ** 400 > 10 ** 399, 1e308 * 10)  # expect: True inf
print(isinstance(OverflowError(), ArithmeticError))  # expect: True
