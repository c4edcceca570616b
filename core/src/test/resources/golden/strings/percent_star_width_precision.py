"""'%' formatting takes a width or precision from the arguments with '*'."""
print(repr('%.*g' % (3, 3.14159)), repr('%*.*f|' % (8, 2, 3.14159)), repr('%.*e' % (2, 12345.678)))
print(repr('%-*d|' % (5, 3)), repr('%*d|' % (-5, 3)), repr('%.*s|' % (2, 'abcdef')), repr('%0*d' % (6, -42)))
print(repr('%.*f' % (-1, 3.0)), repr('%*s%*s' % (3, 'a', 2, 'b')))
print(b'%.*f' % (1, 2.25), b'%*s|' % (4, b'ab'))
for args in [('a', 3), (3,), (2.5, 1)]:
    try:
        print('%*d' % args)
    except TypeError as e:
        print("TypeError:", e)
try:
    print('%.*d' % ('x', 3))
except TypeError as e:
    print("TypeError:", e)
# Output of CPython 3.11:
# expect: '3.14' '    3.14|' '1.23e+04'
# expect: '3    |' '3    |' 'ab|' '-00042'
# expect: '3' '  a b'
# expect: b'2.2' b'  ab|'
# expect: TypeError: * wants int
# expect: TypeError: not enough arguments for format string
# expect: TypeError: * wants int
# expect: TypeError: * wants int
