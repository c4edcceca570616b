# A recursive solver: counts the placements of N queens by backtracking (sets of attacked
# columns and diagonals passed down the recursion), then solves a small subset-sum puzzle by
# recursive search with pruning. Recursion depth, calls with several arguments, set operations.


def queens(n, row=0, cols=frozenset(), diag1=frozenset(), diag2=frozenset()):
    if row == n:
        return 1
    total = 0
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        total += queens(n, row + 1, cols | {c}, diag1 | {row + c}, diag2 | {row - c})
    return total


def subset_sums(items, target):
    items = sorted(items, reverse=True)
    suffix = [0] * (len(items) + 1)
    for i in range(len(items) - 1, -1, -1):
        suffix[i] = suffix[i + 1] + items[i]
    found = []

    def search(i, remaining, chosen):
        if remaining == 0:
            found.append(tuple(chosen))
            return
        if i == len(items) or suffix[i] < remaining:
            return
        if items[i] <= remaining:
            chosen.append(items[i])
            search(i + 1, remaining - items[i], chosen)
            chosen.pop()
        search(i + 1, remaining, chosen)

    search(0, target, [])
    return found


print(queens(11))  # expect: 2680
sols = subset_sums([3, 34, 4, 12, 5, 2, 27, 19, 8, 41, 15, 7, 23, 11, 30, 9, 17, 6], 100)
print(len(sols), min(len(s) for s in sols))  # expect: 1756 4
