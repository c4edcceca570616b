print(int("42"), int(4.9), int("-0"), int("101", base=2))  # expect: 42 4 0 5
print(float("3.5"), float(2), float("-inf"), float("1e-3"))  # expect: 3.5 2.0 -inf 0.001
print(str(1), str(1.5), str(None), str([1, "a"]), str(b"x"))  # expect: 1 1.5 None [1, 'a'] b'x'
print(repr(str(3)), str("s") == "s", str(True) + str(False))  # expect: '3' True TrueFalse
print(int("  -12  "), float("  7  "), int(float("8.9")))  # expect: -12 7.0 8
