print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)))  # expect: [0, 1, 2, 3, 4] [2, 3, 4, 5] [0, 3, 6, 9]
print(list(range(5, 0, -1)), list(range(0)), list(range(3, 3)), list(range(-3, 3, 2)))  # expect: [5, 4, 3, 2, 1] [] [] [-3, -1, 1]
r = range(10, 20, 2)
print(r, r[1], r[-1], 14 in r, 15 in r)  # expect: range(10, 20, 2) 12 18 True False
print(range(3), list(r[1:3]))  # expect: range(0, 3) [12, 14]
try:
    range(1, 5, 0)
except ValueError as e:
    print(e)  # expect: range() arg 3 must not be zero
print(sum(range(101)), list(range(2 ** 64, 2 ** 64 + 2)))  # expect: 5050 [18446744073709551616, 18446744073709551617]
