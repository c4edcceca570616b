def bubble_sort(items):
    data = list(items)
    n = len(data)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(0, n - i - 1):
            if data[j] > data[j + 1]:
                data[j], data[j + 1] = data[j + 1], data[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return data, swaps


def insertion_sort(items):
    data = list(items)
    shifts = 0
    for i in range(1, len(data)):
        key = data[i]
        j = i - 1
        while j >= 0 and data[j] > key:
            data[j + 1] = data[j]
            j -= 1
            shifts += 1
        data[j + 1] = key
    return data, shifts


def selection_sort(items):
    data = list(items)
    for i in range(len(data)):
        m = i
        for j in range(i + 1, len(data)):
            if data[j] < data[m]:
                m = j
        data[i], data[m] = data[m], data[i]
    return data


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % (2 ** 31)
        yield state % 1000


gen = lcg(42)
samples = [[next(gen) for _ in range(n)] for n in (5, 10, 20, 40)]
for s in samples:
    b, swaps = bubble_sort(s)
    ins, shifts = insertion_sort(s)
    sel = selection_sort(s)
    print(f"n={len(s):3d} swaps={swaps:4d} shifts={shifts:4d} agree={b == ins == sel == sorted(s)}")
    print("  first five:", b[:5], "last:", b[-1])

words = "pear apple fig banana kiwi cherry date grape".split()
print(bubble_sort(words)[0])
print(insertion_sort(words)[0])
print(selection_sort(words))
print(insertion_sort([])[0], bubble_sort([1])[0])
print(bubble_sort([3, 3, 1, 1, 2])[0])
