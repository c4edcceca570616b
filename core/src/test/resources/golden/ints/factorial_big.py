import math

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(fact(30))  # expect: 265252859812191058636308480000000
print(fact(50) == math.factorial(50))  # expect: True
f100 = fact(100)
print(len(str(f100)), str(f100)[:12], str(f100).count("0"))  # expect: 158 933262154439 30
print(f100 // fact(98))  # expect: 9900
