from concurrent.futures import ThreadPoolExecutor, as_completed
import hashlib


def collatz_length(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def digest(word):
    return word, hashlib.sha256(word.encode()).hexdigest()[:12]


def risky(x):
    if x % 7 == 0:
        raise ValueError(f"multiple of seven: {x}")
    return x * x


with ThreadPoolExecutor(max_workers=4) as pool:
    lengths = list(pool.map(collatz_length, range(1, 31)))
print("collatz lengths:", lengths)
best = max(range(1, 31), key=lambda n: (lengths[n - 1], -n))
print("longest under 31:", best, lengths[best - 1])

words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
with ThreadPoolExecutor(max_workers=3) as pool:
    for w, h in pool.map(digest, words):
        print(f"{w:8} {h}")

results = {}
errors = []
with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(risky, x): x for x in range(1, 22)}
    for fut in as_completed(futures):
        x = futures[fut]
        try:
            results[x] = fut.result()
        except ValueError as e:
            errors.append(str(e))
for x in sorted(results):
    print(f"{x:2d}^2 = {results[x]}")
print("errors:", sorted(errors))

with ThreadPoolExecutor(max_workers=2) as pool:
    f1 = pool.submit(sum, range(1000))
    f2 = pool.submit(lambda: "".join(sorted("threadpool")))
    print(f1.result(), f2.result(), f1.done())
