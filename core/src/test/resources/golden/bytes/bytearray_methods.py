# bytearray: a mutable bytes, with the bytes methods and its own mutators and errors.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
ba.append(33)
ba.extend(b" world")
ba.extend([65, 66])
print(ba)
ba[1:5] = b"ELLO!!"
print(ba)
del ba[0]
del ba[-2:]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 74); ba.insert(-1, 75); ba.remove(ord("!"))
print(ba, b"LL" in ba, 76 in ba, ba.find(b"O"), ba.count(b"L"), ba.upper(), ba.lower())
print(bytearray(3), bytearray([1, 2, 255]), bytearray("héllo", "utf-8"), bytearray(b"a b").split(), bytearray(b" x ").strip())
print(ba.decode("ascii"), ba.hex(), bytearray.fromhex("41 42"), ba == bytearray(ba), ba == bytes(ba), bytes(ba) == ba, ba.copy() is ba)
x = bytearray(b"ab")
x += b"cd"
x *= 2
print(x, x + b"!", b"!" + x, x * 2, 2 * bytearray(b"z"), x[::2], x[::-1])
x[::2] = b"XXXX"
print(x, x.replace(b"X", b"-"), x.startswith(b"Xb"), x.reverse(), x)
for b in bytearray(b"hi"):
    print(b, end=" ")
print()
print(list(bytearray(b"\x00\x01")), bytearray(b"a'\"\n"), str(bytearray(b"q")), bytearray(b"x").isalpha())
try: hash(bytearray())
except TypeError as e: print(e)
for bad in ["bytearray(b'a')[5]", "bytearray(b'a').pop(3)", "bytearray().pop()", "bytearray(b'a').remove(9)", "bytearray([256])", "bytearray(b'a') + 'x'", "bytearray('x')"]:
    try: eval(bad)
    except Exception as e: print(type(e).__name__, e)
def setbad():
    b = bytearray(b"abc")
    b[0] = 300
try: setbad()
except ValueError as e: print(e)

# Output of CPython 3.11:
# expect: bytearray(b'hello') 5 104 111 bytearray(b'el') bytearray
# expect: bytearray(b'Hello! worldAB')
# expect: bytearray(b'HELLO!!! worldAB')
# expect: bytearray(b'LLO!!! worl') 100 69 bytearray(b'LLO!!! worl')
# expect: bytearray(b'JLLO!! worKl') True True 3 2 bytearray(b'JLLO!! WORKL') bytearray(b'jllo!! workl')
# expect: bytearray(b'\x00\x00\x00') bytearray(b'\x01\x02\xff') bytearray(b'h\xc3\xa9llo') [bytearray(b'a'), bytearray(b'b')] bytearray(b'x')
# expect: JLLO!! worKl 4a4c4c4f212120776f724b6c bytearray(b'AB') True True True False
# expect: bytearray(b'abcdabcd') bytearray(b'abcdabcd!') b'!abcdabcd' bytearray(b'abcdabcdabcdabcd') bytearray(b'zz') bytearray(b'acac') bytearray(b'dcbadcba')
# expect: bytearray(b'dXbXdXbX') bytearray(b'-b-d-b-d') True None bytearray(b'dXbXdXbX')
# expect: 104 105 
# expect: [0, 1] bytearray(b'a\'"\n') bytearray(b'q') True
# expect: unhashable type: 'bytearray'
# expect: IndexError bytearray index out of range
# expect: IndexError pop index out of range
# expect: IndexError pop from empty bytearray
# expect: ValueError value not found in bytearray
# expect: ValueError byte must be in range(0, 256)
# expect: TypeError can't concat str to bytearray
# expect: TypeError string argument without an encoding
# expect: byte must be in range(0, 256)
