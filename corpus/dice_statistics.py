import random
import statistics
from collections import Counter
from itertools import product

random.seed(12345)


def roll(n, sides=6):
    return [random.randint(1, sides) for _ in range(n)]


rolls = [sum(roll(2)) for _ in range(3600)]
freq = Counter(rolls)
exact = Counter(a + b for a, b in product(range(1, 7), repeat=2))
print("sum  observed  expected")
for total in range(2, 13):
    expected = exact[total] / 36 * len(rolls)
    bar = "#" * (freq[total] // 20)
    print(f"{total:3d} {freq[total]:8d} {expected:9.1f}  {bar}")
print("mean:", round(statistics.mean(rolls), 3))
print("median:", statistics.median(rolls))
print("mode:", statistics.mode(rolls))
print("stdev:", round(statistics.stdev(rolls), 3))
print("pstdev exact:", round(statistics.pstdev([a + b for a, b in product(range(1, 7), repeat=2)]), 4))
chi = sum((freq[t] - exact[t] / 36 * len(rolls)) ** 2 / (exact[t] / 36 * len(rolls)) for t in range(2, 13))
print(f"chi-square: {chi:.3f}")


def yahtzee_trial():
    dice = roll(5)
    for _ in range(2):
        counts = Counter(dice)
        target, _ = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        dice = [d for d in dice if d == target] + roll(5 - counts[target])
    return len(set(dice)) == 1


trials = 5000
hits = sum(yahtzee_trial() for _ in range(trials))
print(f"yahtzee rate: {hits}/{trials} = {hits / trials:.4f}")
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print("hand:", deck[:5])
print("choice:", random.choice(deck), "sample:", random.sample(range(100), 5))
print("uniform:", round(random.uniform(1, 2), 6))
print("gauss-ish list:", [round(random.gauss(0, 1), 3) for _ in range(5)])
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.pstdev(data), statistics.variance(data), statistics.median_low([1, 2, 3, 4]))
print(statistics.quantiles(range(1, 101), n=4))
