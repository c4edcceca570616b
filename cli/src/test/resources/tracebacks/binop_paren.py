a, b = 1, 0
print((a + 1) / b)
