print(format(3.14159, ".2f"))  # expect: 3.14
print(format(255, "x"), format(255, "#010b"))  # expect: ff 0b11111111
print(format(1234567, ","))  # expect: 1,234,567
print(format("hi", "^6") + "|")  # expect:   hi  |
print(format(42), format(2.5), format("s"))  # expect: 42 2.5 s
print(format(0.25, ".0%"), format(True), format(None))  # expect: 25% True None
