(a, b), c = (1, 2), 3
print(a, b, c)  # expect: 1 2 3
x, (y, (z, w)) = 1, [2, (3, 4)]
print(x, y, z, w)  # expect: 1 2 3 4
(first, *others), last = [1, 2, 3], "end"
print(first, others, last)  # expect: 1 [2, 3] end
