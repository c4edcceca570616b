import math

print(math.sqrt(16), math.sqrt(2), math.fabs(-3), math.fabs(2.5))  # expect: 4.0 1.4142135623730951 3.0 2.5
print(math.floor(2.7), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1))  # expect: 2 -3 3 -2
print(type(math.floor(1.5)).__name__, math.trunc(-2.7), math.trunc(3.9))  # expect: int -2 3
print(math.exp(0), math.log(1), math.sin(0), math.cos(0))  # expect: 1.0 0.0 0.0 1.0
print(round(math.log(math.e), 12), round(math.log(8, 2), 12), round(math.log(1000, 10), 12))  # expect: 1.0 3.0 3.0
print(round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12), round(math.exp(2), 6))  # expect: 1.0 -1.0 7.389056
print(math.floor(10 ** 20 + 0.0) == 10 ** 20, math.sqrt(10 ** 10))  # expect: True 100000.0
