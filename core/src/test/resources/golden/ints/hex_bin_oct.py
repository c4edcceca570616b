print(hex(255), bin(10), oct(8))  # expect: 0xff 0b1010 0o10
print(hex(-255), bin(-5), oct(0))  # expect: -0xff -0b101 0o0
print(hex(2 ** 100))  # expect: 0x10000000000000000000000000
print(0xFF, 0b1010, 0o17, 1_000_000)  # expect: 255 10 15 1000000
print(int(hex(12345), 16), int(bin(99), 2))  # expect: 12345 99
