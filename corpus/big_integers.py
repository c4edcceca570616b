import math


def factorial(n):
    out = 1
    for i in range(2, n + 1):
        out *= i
    return out


def digits_of_pi(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))


def e_digits(n):
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:n]


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


f100 = factorial(100)
print("100! =", f100)
print("digits:", len(str(f100)), "digit sum:", sum(map(int, str(f100))), "trailing zeros:", len(str(f100)) - len(str(f100).rstrip("0")))
print(math.factorial(52) == factorial(52), math.comb(52, 5), math.perm(10, 3))
print("pi:", digits_of_pi(60))
print("e: ", e_digits(60))
print("2**256 =", 2 ** 256)
print("fib(300) =", fib(300))
print("first fib with 100 digits: index", next(i for i in range(1000) if len(str(fib(i))) >= 100))
print(pow(2, 10 ** 5, 10 ** 9 + 7), pow(3, -1, 11), math.gcd(2 ** 64, 6 ** 30), math.lcm(12, 18, 30))
print(math.isqrt(10 ** 40 + 12345), (10 ** 40 + 12345) ** 0.5)
n = 2 ** 127 - 1
print(n, n % 1000007, n.bit_length(), -n // 7, divmod(n, 10 ** 20))
print(int("9" * 50) + 1 == 10 ** 50, str(-(3 ** 100))[:20], abs(-(10 ** 30)))
collatz_max = max(range(1, 3000), key=lambda s: max((v := s, *[(v := v // 2 if v % 2 == 0 else 3 * v + 1) for _ in range(200) if v != 1])))
print("collatz peak seed under 3000:", collatz_max)
print(float(10 ** 20), int(1e20), int(2.5e15), 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(hex(factorial(25)), oct(2 ** 40), format(2 ** 70, ","))
