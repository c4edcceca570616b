print(round(3.14159, 2), round(3.14159, 4), round(2.675, 2))  # expect: 3.14 3.1416 2.67
print(round(0.125, 2), round(0.375, 2), round(1.005, 2))  # expect: 0.12 0.38 1.0
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))  # expect: 1200.0 1200 1400 -1200
print(round(5, 2), round(2 ** 70 + 1, -1))  # expect: 5 1180591620717411303420
print(round(0.1 + 0.2, 10), round(1e20, 2))  # expect: 0.3 1e+20
