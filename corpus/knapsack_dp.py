from functools import lru_cache


def knapsack(items, capacity):
    n = len(items)
    table = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (name, weight, value) in enumerate(items, 1):
        for c in range(capacity + 1):
            table[i][c] = table[i - 1][c]
            if weight <= c and table[i - 1][c - weight] + value > table[i][c]:
                table[i][c] = table[i - 1][c - weight] + value
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if table[i][c] != table[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return table[n][capacity], sorted(chosen)


def lcs(a, b):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        x, y = go(i + 1, j), go(i, j + 1)
        return x if len(x) >= len(y) else y
    return go(0, 0)


def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]


def coin_change(coins, amount):
    ways = [1] + [0] * amount
    best = [0] + [float("inf")] * amount
    for coin in coins:
        for v in range(coin, amount + 1):
            ways[v] += ways[v - coin]
    for v in range(1, amount + 1):
        for coin in coins:
            if coin <= v and best[v - coin] + 1 < best[v]:
                best[v] = best[v - coin] + 1
    return ways[amount], best[amount]


def longest_increasing(seq):
    lengths = [1] * len(seq)
    prev = [-1] * len(seq)
    for i in range(len(seq)):
        for j in range(i):
            if seq[j] < seq[i] and lengths[j] + 1 > lengths[i]:
                lengths[i] = lengths[j] + 1
                prev[i] = j
    k = max(range(len(seq)), key=lambda i: lengths[i])
    out = []
    while k != -1:
        out.append(seq[k])
        k = prev[k]
    return out[::-1]


items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30)]
for cap in (50, 100, 200, 400):
    print(f"capacity {cap}:", knapsack(items, cap))
for a, b in [("AGGTAB", "GXTXAYB"), ("dynamic", "programming"), ("abcdef", "acf")]:
    print(f"lcs({a}, {b}) = {lcs(a, b)!r}  edit = {edit_distance(a, b)}")
for w1, w2 in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
    print(w1, w2, edit_distance(w1, w2))
for amount in (11, 27, 100):
    print(f"coins for {amount}:", coin_change([1, 5, 10, 25], amount))
print(coin_change([2, 7], 3))
seq = [10, 9, 2, 5, 3, 7, 101, 18, 4, 8, 6, 12, 13]
print("LIS:", longest_increasing(seq))


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print("partitions:", [partitions(n, n) for n in range(1, 21)])
print(partitions.cache_info().hits > 0)
