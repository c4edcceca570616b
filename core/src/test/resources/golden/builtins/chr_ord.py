print(chr(65), chr(97), chr(48), chr(233), chr(0x263A))  # expect: A a 0 é ☺
print(ord("A"), ord("z"), ord("é"), ord("\n"))  # expect: 65 122 233 10
print("".join(chr(ord(c) + 1) for c in "HAL"))  # expect: IBM
try:
    ord("ab")
except TypeError as e:
    print(e)  # expect: ord() expected a character, but string of length 2 found
try:
    chr(-1)
except ValueError as e:
    print(e)  # expect: chr() arg not in range(0x110000)
