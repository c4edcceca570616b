print(2 ** 200)  # expect: 1606938044258990275541962092341162602522202993782792835301376
print(3 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)  # expect: 1 1 -8 -4
print(2 ** -1, 10 ** -2)  # expect: 0.5 0.01
print(pow(2, 10), pow(2, 100, 1000), pow(3, 4, 5))  # expect: 1024 376 1
print(pow(7, 2 ** 64, 13), pow(-3, 3, 7))  # expect: 9 1
print(len(str(2 ** 1000)), sum(int(c) for c in str(2 ** 1000)))  # expect: 302 1366
print(pow(3, -1, 7))  # expect: 5
