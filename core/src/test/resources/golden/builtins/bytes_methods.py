# bytes and bytearray methods that mirror str's: layout, case, partition, splitlines,
# translate/maketrans, removeprefix/removesuffix and % formatting, with CPython's errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

ba = bytearray
for b in (b"ab", ba(b"ab")):
    print(b.center(6), b.center(7, b"*"), b.ljust(5, b"-"), b.rjust(5), b.center(1))
    print(b.center(5, ba(b"x")), b.ljust(-3), type(b.rjust(2)).__name__)
    print(b"-42".zfill(6), ba(b"+7").zfill(4), b"abc".zfill(2), ba(b"").zfill(3))
t(lambda: b"ab".center(6, "x"))
t(lambda: b"ab".center(6, b"xy"))
t(lambda: b"ab".rjust(6, 3))
t(lambda: b"ab".ljust("a"))
t(lambda: b"ab".ljust())
t(lambda: b"ab".center(5.0))
t(lambda: b"ab".zfill("a"))
t(lambda: b"ab".zfill())
t(lambda: ba(b"ab").center(6, "x"))
t(lambda: ba(b"ab").zfill())
t(lambda: ba(b"ab").partition())
t(lambda: ba(b"ab").title(2))
t(lambda: ba(b"ab").upper(1))
t(lambda: ba(b"ab").removeprefix())

print(repr(ba(b'a"b')), repr(ba(b"a'b\"")), repr(ba(b"'")), repr(b"'"))

# partition and rpartition
print(b"a,b,c".partition(b","), b"a,b,c".rpartition(b","))
print(b"abc".partition(b"z"), b"abc".rpartition(b"z"))
s = b"key=value"
print(s.partition(b"=")[0], s.partition(b"q")[0] is s, s.rpartition(b"q")[2] is s)
print(b"ab".partition(ba(b"a")), ba(b"a-b").partition(b"-"), ba(b"ab").rpartition(b"z"))
t(lambda: b"ab".partition("a"))
t(lambda: b"ab".partition(b""))
t(lambda: b"ab".rpartition(3))
t(lambda: ba(b"ab").partition(b""))

# splitlines
text = b"one\ntwo\r\nthree\rfour\x0bfive\x0c\x1c\n"
print(text.splitlines())
print(text.splitlines(True), text.splitlines(keepends=1))
print(ba(b"x\ny\n").splitlines(), b"".splitlines(), b"\n".splitlines(True))
t(lambda: b"ab".splitlines("x"))
t(lambda: b"ab".splitlines(1.5))
t(lambda: b"ab".splitlines(foo=1))

# expandtabs
print(b"a\tbc\td".expandtabs(), b"a\tbc\td".expandtabs(4), b"x\ty\n\tz".expandtabs(tabsize=2))
print(ba(b"\t1").expandtabs(3), b"\t".expandtabs(0), b"\xe9\t!".expandtabs(4))
t(lambda: b"ab".expandtabs("a"))

# case
for b in (b"hello wORLD 3x\xe9a", ba(b"they're bill's")):
    print(b.title(), b.capitalize(), b.swapcase(), b.upper(), b.lower())
print(b"Hello World".istitle(), b"Hello world".istitle(), b"".istitle(), b"1A".istitle())
print(b"A1b".istitle(), ba(b"Ab Cd").istitle(), b"HELLO".isupper(), b"hello1".islower())
print(b"".isupper(), b"123".islower(), b"aB".isupper(), ba(b"AB").isupper())
print(b"abc".isascii(), b"a\x80".isascii(), b"".isascii(), ba(b"\x7f").isascii())
print(b"ab1".isalnum(), b"ab".isalpha(), b"a b".isalpha(), b"\xe9".isalpha(), b"".isalpha())
print(b"123".isdigit(), b"1.5".isdigit(), b" \t\n\r\x0b\x0c".isspace(), b"\x1c".isspace())
t(lambda: b"ab".title(1))
t(lambda: b"ab".istitle(1))
t(lambda: b"ab".capitalize(1))
t(lambda: b"ab".swapcase(1))
t(lambda: b"ab".isascii(1))

# removeprefix and removesuffix
s = b"prefix-body-suffix"
print(s.removeprefix(b"prefix-"), s.removesuffix(b"-suffix"), s.removeprefix(b"x") is s)
print(s.removesuffix(b"") is s, ba(b"abc").removeprefix(b"ab"), b"abc".removesuffix(ba(b"c")))
print(ba(b"abc").removesuffix(b"zz"), b"ab".removeprefix(memoryview(b"a")))
t(lambda: b"ab".removeprefix("a"))
t(lambda: b"ab".removesuffix(3))
t(lambda: b"ab".removesuffix())

# translate and maketrans
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], bytearray.maketrans(b"a", ba(b"b"))[97:99])
print(b"aabbcc".translate(table), b"abcd".translate(table, b"d"), b"abc".translate(None, b"b"))
print(ba(b"cab").translate(table), b"abc".translate(None), b"abc".translate(None, delete=b"ac"))
t(lambda: b"ab".translate(b"x"))
t(lambda: b"ab".translate("x" * 256))
t(lambda: b"ab".translate(None, "a"))
t(lambda: b"ab".translate(table=None))
t(lambda: bytes.maketrans(b"ab", b"c"))
t(lambda: bytes.maketrans("ab", b"cd"))
t(lambda: bytes.maketrans(b"ab"))

# % formatting
print(b"%s-%d" % (b"a", 3), b"%5.2f|%-4d|%x|%o|%X" % (3.14159, 7, 255, 8, 255))
print(b"%(x)s=%(y)d" % {b"x": b"k", b"y": 2}, b"%c%c" % (65, b"B"), b"%r %a" % ("\xe9", "\xe9"))
print(b"%b %s" % (ba(b"ba"), memoryview(b"mv")), b"100%%" % (), b"%s" % b"one")
print(ba(b"%d+%d") % (1, 2), type(ba(b"%s") % b"x").__name__, b"%i%%" % 5)
print(bytes.__mod__(b"%s", b"x"), bytes.__rmod__(b"x", b"%s"), bytes.__rmod__(b"x", 3))
print(bytes.__rmod__(b"x", ba(b"%s")), ba.__rmod__(ba(b"x"), ba(b"%s")), ba.__rmod__(ba(b"x"), b"%s"))
t(lambda: b"%s" % "a")
t(lambda: b"%d" % "a")
t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%s" % (b"a", b"b"))
t(lambda: b"%c" % 256)
t(lambda: b"%" % ())
t(lambda: b"%(x)s" % (1,))
t(lambda: bytes.__mod__(b"%s", 1))

# the remaining dunders and the dir() listings
b = ba(b"ab")
b *= 3
print(b, b"xy".__bytes__(), b"xy".__getnewargs__())
print(b.__imul__(0) is b, b, len(b.__imul__(2)))
print(sorted(n for n in dir(bytes) if n not in dir(object)))
print(sorted(n for n in dir(bytearray) if n not in dir(object)))

# Output of CPython 3.11:
# expect: b'  ab  ' b'***ab**' b'ab---' b'   ab' b'ab'
# expect: b'xxabx' b'ab' bytes
# expect: b'-00042' bytearray(b'+007') b'abc' bytearray(b'000')
# expect: bytearray(b'  ab  ') bytearray(b'***ab**') bytearray(b'ab---') bytearray(b'   ab') bytearray(b'ab')
# expect: bytearray(b'xxabx') bytearray(b'ab') bytearray
# expect: b'-00042' bytearray(b'+007') b'abc' bytearray(b'000')
# expect: TypeError: center() argument 2 must be a byte string of length 1, not str
# expect: TypeError: center() argument 2 must be a byte string of length 1, not bytes
# expect: TypeError: rjust() argument 2 must be a byte string of length 1, not int
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: ljust expected at least 1 argument, got 0
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: bytes.zfill() takes exactly one argument (0 given)
# expect: TypeError: center() argument 2 must be a byte string of length 1, not str
# expect: TypeError: bytearray.zfill() takes exactly one argument (0 given)
# expect: TypeError: bytearray.partition() takes exactly one argument (0 given)
# expect: TypeError: bytearray.title() takes no arguments (1 given)
# expect: TypeError: bytearray.upper() takes no arguments (1 given)
# expect: TypeError: bytearray.removeprefix() takes exactly one argument (0 given)
# expect: bytearray(b'a"b') bytearray(b'a\'b"') bytearray(b"\'") b"'"
# expect: (b'a', b',', b'b,c') (b'a,b', b',', b'c')
# expect: (b'abc', b'', b'') (b'', b'', b'abc')
# expect: b'key' True True
# expect: (b'', bytearray(b'a'), b'b') (bytearray(b'a'), bytearray(b'-'), bytearray(b'b')) (bytearray(b''), bytearray(b''), bytearray(b'ab'))
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: ValueError: empty separator
# expect: TypeError: a bytes-like object is required, not 'int'
# expect: ValueError: empty separator
# expect: [b'one', b'two', b'three', b'four\x0bfive\x0c\x1c']
# expect: [b'one\n', b'two\r\n', b'three\r', b'four\x0bfive\x0c\x1c\n'] [b'one\n', b'two\r\n', b'three\r', b'four\x0bfive\x0c\x1c\n']
# expect: [bytearray(b'x'), bytearray(b'y')] [] [b'\n']
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'foo' is an invalid keyword argument for splitlines()
# expect: b'a       bc      d' b'a   bc  d' b'x y\n  z'
# expect: bytearray(b'   1') b'' b'\xe9   !'
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: b'Hello World 3X\xe9A' b'Hello world 3x\xe9a' b'HELLO World 3X\xe9A' b'HELLO WORLD 3X\xe9A' b'hello world 3x\xe9a'
# expect: bytearray(b"They\'Re Bill\'S") bytearray(b"They\'re bill\'s") bytearray(b"THEY\'RE BILL\'S") bytearray(b"THEY\'RE BILL\'S") bytearray(b"they\'re bill\'s")
# expect: True False False True
# expect: False True True True
# expect: False False False True
# expect: True False True True
# expect: True True False False False
# expect: True False True False
# expect: TypeError: bytes.title() takes no arguments (1 given)
# expect: TypeError: bytes.istitle() takes no arguments (1 given)
# expect: TypeError: bytes.capitalize() takes no arguments (1 given)
# expect: TypeError: bytes.swapcase() takes no arguments (1 given)
# expect: TypeError: bytes.isascii() takes no arguments (1 given)
# expect: b'body-suffix' b'prefix-body' True
# expect: True bytearray(b'c') b'ab'
# expect: bytearray(b'abc') b'b'
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: a bytes-like object is required, not 'int'
# expect: TypeError: bytes.removesuffix() takes exactly one argument (0 given)
# expect: 256 b'xyz' b'bb'
# expect: b'xxyyzz' b'xyz' b'ac'
# expect: bytearray(b'zxy') b'abc' b'b'
# expect: ValueError: translation table must be 256 characters long
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: translate() takes at least 1 positional argument (0 given)
# expect: ValueError: maketrans arguments must have same length
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: maketrans expected 2 arguments, got 1
# expect: b'a-3' b' 3.14|7   |ff|10|FF'
# expect: b'k=2' b'AB' b"'\\xe9' '\\xe9'"
# expect: b'ba mv' b'100%' b'one'
# expect: bytearray(b'1+2') bytearray b'5%'
# expect: b'x' b'x' NotImplemented
# expect: NotImplemented bytearray(b'x') NotImplemented
# expect: TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
# expect: TypeError: %d format: a real number is required, not str
# expect: TypeError: not enough arguments for format string
# expect: TypeError: not all arguments converted during bytes formatting
# expect: OverflowError: %c arg not in range(256)
# expect: ValueError: incomplete format
# expect: TypeError: format requires a mapping
# expect: TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'
# expect: bytearray(b'ababab') b'xy' (b'xy',)
# expect: True bytearray(b'') 0
# expect: ['__add__', '__bytes__', '__contains__', '__getitem__', '__getnewargs__', '__iter__', '__len__', '__mod__', '__mul__', '__rmod__', '__rmul__', 'capitalize', 'center', 'count', 'decode', 'endswith', 'expandtabs', 'find', 'fromhex', 'hex', 'index', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'maketrans', 'partition', 'removeprefix', 'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill']
# expect: ['__add__', '__alloc__', '__contains__', '__delitem__', '__getitem__', '__iadd__', '__imul__', '__iter__', '__len__', '__mod__', '__mul__', '__rmod__', '__rmul__', '__setitem__', 'append', 'capitalize', 'center', 'clear', 'copy', 'count', 'decode', 'endswith', 'expandtabs', 'extend', 'find', 'fromhex', 'hex', 'index', 'insert', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'maketrans', 'partition', 'pop', 'remove', 'removeprefix', 'removesuffix', 'replace', 'reverse', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill']
