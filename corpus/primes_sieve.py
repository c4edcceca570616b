def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for m in range(p * p, limit + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i, v in enumerate(is_prime) if v]


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def fmt_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))


def is_prime_trial(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True


primes = sieve(200)
print("count below 200:", len(primes))
for row in range(0, len(primes), 10):
    print(" ".join(f"{p:4d}" for p in primes[row:row + 10]))

for n in [360, 97, 1001, 65536, 123456789, 999983 * 2]:
    print(f"{n} = {fmt_factors(factorize(n))}")

twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print("twin primes:", twins[:8])
gaps = [b - a for a, b in zip(primes, primes[1:])]
print("max gap:", max(gaps), "at", primes[gaps.index(max(gaps))])
print(all(is_prime_trial(p) for p in primes), sum(is_prime_trial(k) for k in range(1000)))
goldbach = {}
for even in range(4, 60, 2):
    for p in primes:
        if is_prime_trial(even - p):
            goldbach[even] = (p, even - p)
            break
print(list(goldbach.items())[:10])
print(2 ** 61 - 1, is_prime_trial(2 ** 31 - 1))
