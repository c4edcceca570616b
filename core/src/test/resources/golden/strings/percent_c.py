# '%c' takes a str of one character or an int (or an __index__) in range(0x110000); anything
# else is CPython's TypeError "%c requires int or char", out of range an OverflowError.


class Index:
    def __index__(self):
        return 66


print('%c%c%c' % (65, 'z', Index()))
print(len('%c' % 0x1F600), ord('%c' % 0x1F600) == 0x1F600)
print(repr('%3c|%-3c|' % ('a', 98)))
print(repr('%c' % True))
for bad in (2.5, 'ab', '', None, [1]):
    try:
        '%c' % bad
    except TypeError as e:
        print(type(bad).__name__, e)
for big in (-1, 0x110000, 2 ** 70):
    try:
        '%c' % big
    except OverflowError as e:
        print(big, e)

# expect: AzB
# expect: 1 True
# expect: '  a|b  |'
# expect: '\x01'
# expect: float %c requires int or char
# expect: str %c requires int or char
# expect: str %c requires int or char
# expect: NoneType %c requires int or char
# expect: list %c requires int or char
# expect: -1 %c arg not in range(0x110000)
# expect: 1114112 %c arg not in range(0x110000)
# expect: 1180591620717411303424 %c arg not in range(0x110000)
