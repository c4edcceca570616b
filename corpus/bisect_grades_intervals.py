import bisect


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


def merge_intervals(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [tuple(x) for x in out]


def binary_search(a, target):
    lo, hi = 0, len(a) - 1
    probes = 0
    while lo <= hi:
        probes += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid, probes
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, probes


def first_true(lo, hi, pred):
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def isqrt_bs(n):
    return first_true(0, n + 1, lambda x: x * x > n) - 1


scores = [33, 99, 77, 70, 89, 90, 100, 59, 60, 81]
print([(s, grade(s)) for s in scores])
ranking = []
for name, s in [("ann", 88), ("bob", 72), ("cy", 95), ("dee", 72), ("eve", 60)]:
    bisect.insort(ranking, (-s, name))
print("ranking:", [(n, -s) for s, n in ranking])
meetings = [(9, 10), (13, 15), (9.5, 11), (14, 16), (17, 18), (18, 19), (1, 2)]
print("merged:", merge_intervals(meetings))
free, prev_end = [], 8
for s, e in merge_intervals(meetings):
    if s > prev_end:
        free.append((prev_end, s))
    prev_end = max(prev_end, e)
print("free slots from 8:", free)
data = list(range(0, 200, 3))
for t in (0, 99, 100, 198, 199, -5):
    print(f"search {t:4}: {binary_search(data, t)}")
print("bisect_left/right:", bisect.bisect_left([1, 2, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 2, 3], 2))
print("isqrt:", [isqrt_bs(n) for n in (0, 1, 15, 16, 17, 10 ** 12, 2 ** 61)])
print("first power of 2 over 1e6:", 2 ** first_true(0, 64, lambda k: 2 ** k > 10 ** 6))
prices = [(5, "pencil"), (12, "notebook"), (30, "backpack"), (75, "shoes"), (300, "bike")]
keys = [p for p, _ in prices]
for budget in (4, 12, 50, 1000):
    i = bisect.bisect_right(keys, budget)
    print(f"budget {budget}: best buy {prices[i - 1][1] if i else 'nothing'}")
