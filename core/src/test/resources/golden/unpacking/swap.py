a, b = 1, 2
a, b = b, a
print(a, b)  # expect: 2 1
x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z)  # expect: z x y
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)  # expect: [30, 20, 10]
i = 0
i, lst[i] = 1, 99
print(i, lst)  # expect: 1 [30, 99, 10]
