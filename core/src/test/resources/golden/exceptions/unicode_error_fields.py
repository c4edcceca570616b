# UnicodeDecodeError and UnicodeEncodeError carry encoding, object, start, end and reason, from a
# codec or from Python code (exactly five arguments); str() is built from those fields.
try:
    b'ab\xff'.decode('ascii')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
    print(e)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason)
try:
    b'ok \xe2\x82'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason, e)
try:
    'caf\xe9'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad')
print(e, e.args)
e.start = 1
print(e)
e = UnicodeDecodeError('u', bytearray(b'ab'), 0, 1, 'r')
print(type(e.object).__name__, repr(e))
e = UnicodeEncodeError('ascii', 'a\xe9\u1234\U0001f600', 1, 2, 'nope')
print(e)
e.start, e.end = 3, 4
print(e)
e.end = 5
print(e)
for args in [(), ('utf-8',), (1, b'x', 0, 1, 'r'), ('u', 'str', 0, 1, 'r'), ('u', b'ab', 'a', 1, 'r')]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as x:
        print('TypeError:', x)


class MyDecodeError(UnicodeDecodeError):
    pass


print(MyDecodeError('a', b'x', 0, 1, 'why').reason)

# expect: ascii b'ab\xff' 2 3 ordinal not in range(128) ('ascii', b'ab\xff', 2, 3, 'ordinal not in range(128)')
# expect: 'ascii' codec can't decode byte 0xff in position 2: ordinal not in range(128)
# expect: 0 1 invalid start byte
# expect: 3 5 unexpected end of data 'utf-8' codec can't decode bytes in position 3-4: unexpected end of data
# expect: ascii café 3 4 ordinal not in range(128)
# expect: 'ascii' codec can't encode character '\xe9' in position 3: ordinal not in range(128)
# expect: 'utf-8' codec can't decode bytes in position 0-1: bad ('utf-8', b'\xff\xfe', 0, 2, 'bad')
# expect: 'utf-8' codec can't decode byte 0xfe in position 1: bad
# expect: bytes UnicodeDecodeError('u', bytearray(b'ab'), 0, 1, 'r')
# expect: 'ascii' codec can't encode character '\xe9' in position 1: nope
# expect: 'ascii' codec can't encode character '\U0001f600' in position 3: nope
# expect: 'ascii' codec can't encode characters in position 3-4: nope
# expect: TypeError: function takes exactly 5 arguments (0 given)
# expect: TypeError: function takes exactly 5 arguments (1 given)
# expect: TypeError: argument 1 must be str, not int
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: why
