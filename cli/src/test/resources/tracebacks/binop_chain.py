a, b, c = 1, 2, 0
print(a + b // c)
