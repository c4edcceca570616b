# io.StringIO and io.BytesIO: writing, print(file=...), reading back, seeking, iteration.
import io

s = io.StringIO()
print("hello", 42, file=s)
s.write("second line\nthird")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(6)), repr(s.readline()), s.readlines())
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
s.seek(0, 2)
print(s.write("!"), repr(s.getvalue()[-6:]))
s.truncate(5)
print(repr(s.getvalue()), s.seekable(), s.readable(), s.writable())
with io.StringIO("a\nb\n\nc") as f:
    print([line for line in f])
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
t = io.StringIO("x\r\ny\rz", newline=None)
print(repr(t.read()))
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print(e)

b = io.BytesIO(b"line1\nline2\n")
print(b.readline(), b.read(3), b.tell(), b.read(), b.read())
b.seek(-3, 2)
print(b.read(), b.seek(0), b.write(b"LI"), b.getvalue())
print(list(io.BytesIO(b"a\nb")))
try:
    b.write("str")
except TypeError as e:
    print(e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

# expect: 'hello 42\nsecond line\nthird' 26
# expect: 'hello 42\n' 'second' ' line\n' ['third']
# expect: 'hello WORLDcond line\nthird'
# expect: 1 'third!'
# expect: 'hello' True True True
# expect: ['a\n', 'b\n', '\n', 'c']
# expect: True
# expect: I/O operation on closed file
# expect: 'x\ny\nz'
# expect: string argument expected, got 'bytes'
# expect: b'line1\n' b'lin' 9 b'e2\n' b''
# expect: b'e2\n' 0 2 b'LIne1\nline2\n'
# expect: [b'a\n', b'b']
# expect: a bytes-like object is required, not 'str'
# expect: 0 1 2
