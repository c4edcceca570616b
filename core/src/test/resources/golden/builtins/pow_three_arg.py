print(pow(2, 10), pow(2, 0.5), pow(2, -2))  # expect: 1024 1.4142135623730951 0.25
print(pow(4, 13, 497), pow(2, 1000, 10 ** 9 + 7))  # expect: 445 688423210
print(pow(10, 100, 7), pow(-2, 5, 3), pow(5, 0, 1))  # expect: 4 1 0
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)  # expect: pow() 3rd argument cannot be 0
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)  # expect: pow() 3rd argument not allowed unless all arguments are integers
