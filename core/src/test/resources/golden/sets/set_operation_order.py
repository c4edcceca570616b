# Sets of ints iterate in CPython's table order; each operation builds its result as CPython's
# does (a copy merges the table, ^ starts from the right operand, a constant display is a
# frozenset constant merged into a new set), so the printed order is CPython's.
a = {-1, 0, 100, 7}
b = {0, 1, 2, 3, 4}
print(a ^ b, b ^ a)
# expect: {1, 2, 3, 4, 100, 7, -1} {1, 2, 3, 100, 4, 7, -1}
print(a.symmetric_difference(b), a.symmetric_difference([0, 1, 2, 3, 4]))
# expect: {1, 2, 3, 4, 100, 7, -1} {1, 2, 3, 4, 100, 7, -1}
print(a | b, b | a, a & b, a - b, b - a)
# expect: {0, 1, 2, 3, 100, 4, 7, -1} {0, 1, 2, 3, 4, 100, 7, -1} {0} {100, -1, 7} {1, 2, 3, 4}
x = {5, 21, 37, 1, 17}
print(x, set(x), x.copy(), frozenset(x))
# expect: {1, 17, 5, 37, 21} {1, 17, 5, 37, 21} {1, 17, 5, 37, 21} frozenset({1, 17, 5, 37, 21})
z = {100, 3, 35, 67, 99, 131}
print(z - {0}, z & z, z ^ set())
# expect: {99, 35, 67, 3, 100, 131} {3, 35, 67, 99, 100, 131} {99, 35, 67, 3, 100, 131}
big = set(range(0, 64, 5))
other = set(range(3, 70, 7))
print(big ^ other)
# expect: {0, 3, 5, 15, 17, 20, 24, 25, 30, 31, 35, 38, 40, 50, 52, 55, 59, 60, 66}
print(big - {5, 10})
# expect: {0, 35, 40, 45, 15, 50, 20, 55, 25, 60, 30}
c = set(a)
c ^= b
print(c)
# expect: {1, 2, 3, 100, 4, 7, -1}
c = set(a)
c &= b
print(c)
# expect: {0}
c = set(a)
c -= b
print(c)
# expect: {100, -1, 7}
print(a.difference(b, {7}), a.intersection(b, a))
# expect: {100, -1} {0}
