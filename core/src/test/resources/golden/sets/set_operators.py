a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
# expect: [1, 2, 3, 4, 5] [3, 4] [1, 2] [5] [1, 2, 5]
c = set(a)
c |= {9}
c &= {1, 9, 4}
c -= {4}
c ^= {1, 7}
print(sorted(c))  # expect: [7, 9]
print(a - a, {1} & {2})  # expect: set() set()
