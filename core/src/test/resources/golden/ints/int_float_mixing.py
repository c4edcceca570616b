print(1 + 2.0, 3 * 1.5, 10 / 4, 10 / 5)  # expect: 3.0 4.5 2.5 2.0
print(7 // 2.0, 2 ** 0.5 == 2 ** 0.5, 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1))  # expect: 3.0 True True False
print(type(1 + 1).__name__, type(1 + 1.0).__name__, type(4 / 2).__name__)  # expect: int float float
print(10 ** 20 / 10 ** 10, (10 ** 20) // (10 ** 10))  # expect: 10000000000.0 10000000000
print(True + True, True * 3.0, -True)  # expect: 2 3.0 -1
print(abs(-7), abs(-7.5), abs(2 ** 100 * -1) == 2 ** 100)  # expect: 7 7.5 True
