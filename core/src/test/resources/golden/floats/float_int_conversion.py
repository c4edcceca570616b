print(float(3), float("2.5"), float(" -1e3 "), float("inf"), float())  # expect: 3.0 2.5 -1000.0 inf 0.0
print(int(2.999), int(-2.999), int(1e20), int(-0.5))  # expect: 2 -2 100000000000000000000 0
print(float(2 ** 60), float(10 ** 16 + 1))  # expect: 1.152921504606847e+18 1e+16
print(int(float("1e16")), str(1.0), str(10.0 ** 16))  # expect: 10000000000000000 1.0 1e+16
try:
    int(float("inf"))
except OverflowError as e:
    print(e)  # expect: cannot convert float infinity to integer
try:
    int(float("nan"))
except ValueError as e:
    print(e)  # expect: cannot convert float NaN to integer
