# Dict and list work: counting into a dict, building, slicing and sorting lists.
def word_counts(n):
    counts = {}
    for i in range(n):
        key = i % 1000
        counts[key] = counts.get(key, 0) + 1
    return counts


def lists(n):
    xs = []
    for i in range(n):
        xs.append((i * 7919) % 10007)
    xs.sort()
    evens = xs[::2]
    total = 0
    for x in evens:
        total += x
    return len(xs), total


def merge(n):
    d = {}
    for i in range(n):
        d[str(i % 5000)] = i
    keys = sorted(d)
    return len(keys), keys[0], keys[-1]


c = word_counts(400_000)
print(len(c), c[0], c[999])  # expect: 1000 400 400
print(lists(300_000))  # expect: (300000, 750448783)
print(merge(300_000))  # expect: (5000, '0', '999')
