print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))  # expect: 0 2 2 4 0 -2
print(round(2.4), round(2.6), round(-2.6), round(7))  # expect: 2 3 -3 7
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)  # expect: int float
print(round(2.5, 0), round(-0.4))  # expect: 2.0 0
print([round(x + 0.5) for x in range(-3, 4)])  # expect: [-2, -2, 0, 0, 2, 2, 4]
print(round(2 ** 60 + 0.5) == 2 ** 60)  # expect: True
