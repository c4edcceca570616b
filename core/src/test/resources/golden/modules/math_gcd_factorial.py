import math

print(math.gcd(12, 18), math.gcd(17, 5), math.gcd(0, 9), math.gcd(-12, 18))  # expect: 6 1 9 6
print(math.gcd(2 ** 100, 2 ** 60 * 3))  # expect: 1152921504606846976
print(math.factorial(0), math.factorial(5), math.factorial(20))  # expect: 1 120 2432902008176640000
print(math.factorial(30))  # expect: 265252859812191058636308480000000
try:
    math.factorial(-1)
except ValueError as e:
    print(e)  # expect: factorial() not defined for negative values
