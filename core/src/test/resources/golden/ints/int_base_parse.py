print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))  # expect: 255 255 255 255
print(int("101", 2), int("0b101", 0), int("777", 8), int("0o17", 0))  # expect: 5 5 511 15
print(int("z", 36), int("-10", 3), int("  42\n"))  # expect: 35 -3 42
print(int(3.99), int(-3.99), int(True), int("+7"))  # expect: 3 -3 1 7
print(int("123456789012345678901234567890"))  # expect: 123456789012345678901234567890
try:
    int("12", 2)
except ValueError as e:
    print(e)  # expect: invalid literal for int() with base 2: '12'
print(int())  # expect: 0
