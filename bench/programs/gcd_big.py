# math.gcd and lcm on big integers (a few hundred digits), as number-theory scripts use them.
import math

def run(n):
    a = 3 ** 400 + 7
    b = 2 ** 700 + 5 ** 300
    acc = 0
    for i in range(n):
        x = a * (i + 1)
        y = b * (i + 3)
        acc += math.gcd(x, y) + math.gcd(x, y * x) % 1000
        acc += math.lcm(i + 1, 12)
    return acc

print(run(100000))
