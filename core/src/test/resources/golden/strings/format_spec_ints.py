n = 255
print(f"{n:x} {n:X} {n:o} {n:b}")  # expect: ff FF 377 11111111
print(f"{n:#x} {n:#o} {n:#b}")  # expect: 0xff 0o377 0b11111111
print(f"{n:08b} {n:04x}")  # expect: 11111111 00ff
print(f"{5:03d} {-5:03d} {5:+d}")  # expect: 005 -05 +5
print(f"{-255:x} {2**70:x}")  # expect: -ff 400000000000000000
print(f"{65:c}")  # expect: A
print(f"{42:d} {42:5d}|")  # expect: 42    42|
