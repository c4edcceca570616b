import random


def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quick_sort(a):
    if len(a) < 2:
        return list(a)
    pivot = a[len(a) // 2]
    less = [x for x in a if x < pivot]
    equal = [x for x in a if x == pivot]
    greater = [x for x in a if x > pivot]
    return quick_sort(less) + equal + quick_sort(greater)


def quick_sort_inplace(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo >= hi:
        return
    p = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] < p:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    quick_sort_inplace(a, lo, i - 1)
    quick_sort_inplace(a, i + 1, hi)


def heap_sort(a):
    a = list(a)
    n = len(a)

    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return

    for start in range(n // 2 - 1, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a


random.seed(7)
for size in (0, 1, 8, 50, 500):
    data = [random.randint(-100, 100) for _ in range(size)]
    ms = merge_sort(data)
    qs = quick_sort(data)
    ip = list(data)
    quick_sort_inplace(ip)
    hs = heap_sort(data)
    ok = ms == qs == ip == hs == sorted(data)
    print(f"size {size:4}: ok={ok}", ms[:6])

people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 19), ("eve", 25)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(merge_sort([p[1] for p in people]))
print(heap_sort("sphinx of black quartz".split()))
