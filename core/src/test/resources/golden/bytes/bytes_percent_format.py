# printf-style formatting of bytes and bytearray.
tests = [lambda: b'%d items' % 5, lambda: b'%s|%5s|%-5b|' % (b'ab', b'cd', bytearray(b'e')), lambda: b'%r %a' % ('h\xe9', b'x'),
 lambda: b'%c%c' % (65, b'B'), lambda: b'%x %05.1f %+d %%' % (255, 2.5, 3), lambda: b'%(k)s' % {b'k': b'v'},
 lambda: b'%s' % 'str', lambda: b'%c' % 300, lambda: b'%c' % b'ab', lambda: b'%d' % (1, 2), lambda: bytearray(b'%s-%d') % (b'a', 1),
 lambda: b'%s' % memoryview(b'mv'), lambda: b'%d' % 'x', lambda: b'%z' % 1, lambda: b'%s %s' % (b'a',),
 lambda: '%b' % b'x', lambda: b'\xff%s\x80' % b'\xfe', lambda: b'%.2s' % b'abcdef']
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
class B:
    def __bytes__(self): return b'BB'
print(b'%s' % B())
# expect: b'5 items'
# expect: b'ab|   cd|e    |'
# expect: b"'h\\xe9' b'x'"
# expect: b'AB'
# expect: b'ff 002.5 +3 %'
# expect: b'v'
# expect: TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
# expect: OverflowError %c arg not in range(256)
# expect: TypeError %c requires an integer in range(256) or a single byte
# expect: TypeError not all arguments converted during bytes formatting
# expect: bytearray(b'a-1')
# expect: b'mv'
# expect: TypeError %d format: a real number is required, not str
# expect: ValueError unsupported format character 'z' (0x7a) at index 1
# expect: TypeError not enough arguments for format string
# expect: ValueError unsupported format character 'b' (0x62) at index 1
# expect: b'\xff\xfe\x80'
# expect: b'ab'
# expect: b'BB'
