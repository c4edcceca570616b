print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)  # expect: False True
print(1.0 == 1, 2.5 > 2, -0.0 == 0.0, 1e16 + 1 == 1e16)  # expect: True True True True
print(sorted([3.5, -1, 2, 0.5, 10 ** 20]))  # expect: [-1, 0.5, 2, 3.5, 100000000000000000000]
print(max(1, 1.0), max(1.0, 1), min(2, 2.0))  # expect: 1 1.0 2
print(sum([0.1] * 10), sum([0.5, 0.25]))  # expect: 0.9999999999999999 0.75
