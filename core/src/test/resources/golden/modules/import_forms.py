import math
import math as m
import sys, time
from math import sqrt, pi
from random import seed, randint

print(math.sqrt(9), m.sqrt(9), sqrt(9))  # expect: 3.0 3.0 3.0
print(m is math, pi == math.pi, m.pi)  # expect: True True 3.141592653589793
print(type(math).__name__, math.__name__, m.__name__)  # expect: module math math
print(callable(seed), callable(randint), callable(time.sleep), callable(sys.exit))  # expect: True True True True
import math
print(math is m)  # expect: True
