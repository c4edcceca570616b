# open() in UTF-16, UTF-32 (with and without byte order marks) and cp1252: writing, appending,
# reading back by read, readline, iteration and readlines, newline handling, and the errors.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
text = "caf\u00e9 \u20ac1\nna\u00efve \U0001f600\r\nlast"
for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "cp1252"):
    t = text if not enc.startswith("cp") else text.replace("\U0001f600", "\u2026")
    with open(p, "w", encoding=enc) as f:
        print(f.encoding, f.mode, f.write(t))
    with open(p, "a", encoding=enc) as f:
        f.write("\nmore")
    with open(p, "rb") as f:
        data = f.read()
    print(enc, len(data), data[:6])
    with open(p, encoding=enc) as f:
        print(repr(f.readline()), repr(f.read(3)), repr(f.read()))
    with open(p, encoding=enc, newline="") as f:
        print([line for line in f])
    with open(p, encoding=enc, newline="\r\n") as f:
        print(f.readlines())
    print(data.decode(enc) == (t + "\nmore"))

with open(p, "w", encoding="utf-16", newline="\r\n") as f:
    f.write("a\nb\n")
print(open(p, "rb").read())
with open(p, "w", encoding="cp1252") as f:
    try:
        f.write("\u4e00")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
with open(p, "wb") as f:
    f.write(b"ok\x81")
try:
    with open(p, encoding="cp1252") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
with open(p, encoding="cp1252", errors="replace") as f:
    print(repr(f.read()))
with open(p, "w", encoding="UTF_16") as f:
    print(f.encoding)
try:
    open(p, encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)
f = open(p, "w", encoding="utf-32")
f.close()
print(f.closed)
try:
    f.write("x")
except ValueError as e:
    print("ValueError", e)
os.remove(p)
os.rmdir(d)

# expect: utf-16 w 21
# expect: utf-16 56 b'\xff\xfec\x00a\x00'
# expect: 'café €1\n' 'naï' 've 😀\nlast\nmore'
# expect: ['café €1\n', 'naïve 😀\r\n', 'last\n', 'more']
# expect: ['café €1\nnaïve 😀\r\n', 'last\nmore']
# expect: True
# expect: utf-16-le w 21
# expect: utf-16-le 54 b'c\x00a\x00f\x00'
# expect: 'café €1\n' 'naï' 've 😀\nlast\nmore'
# expect: ['café €1\n', 'naïve 😀\r\n', 'last\n', 'more']
# expect: ['café €1\nnaïve 😀\r\n', 'last\nmore']
# expect: True
# expect: utf-16-be w 21
# expect: utf-16-be 54 b'\x00c\x00a\x00f'
# expect: 'café €1\n' 'naï' 've 😀\nlast\nmore'
# expect: ['café €1\n', 'naïve 😀\r\n', 'last\n', 'more']
# expect: ['café €1\nnaïve 😀\r\n', 'last\nmore']
# expect: True
# expect: utf-32 w 21
# expect: utf-32 108 b'\xff\xfe\x00\x00c\x00'
# expect: 'café €1\n' 'naï' 've 😀\nlast\nmore'
# expect: ['café €1\n', 'naïve 😀\r\n', 'last\n', 'more']
# expect: ['café €1\nnaïve 😀\r\n', 'last\nmore']
# expect: True
# expect: utf-32-le w 21
# expect: utf-32-le 104 b'c\x00\x00\x00a\x00'
# expect: 'café €1\n' 'naï' 've 😀\nlast\nmore'
# expect: ['café €1\n', 'naïve 😀\r\n', 'last\n', 'more']
# expect: ['café €1\nnaïve 😀\r\n', 'last\nmore']
# expect: True
# expect: utf-32-be w 21
# expect: utf-32-be 104 b'\x00\x00\x00c\x00\x00'
# expect: 'café €1\n' 'naï' 've 😀\nlast\nmore'
# expect: ['café €1\n', 'naïve 😀\r\n', 'last\n', 'more']
# expect: ['café €1\nnaïve 😀\r\n', 'last\nmore']
# expect: True
# expect: cp1252 w 21
# expect: cp1252 26 b'caf\xe9 \x80'
# expect: 'café €1\n' 'naï' 've …\nlast\nmore'
# expect: ['café €1\n', 'naïve …\r\n', 'last\n', 'more']
# expect: ['café €1\nnaïve …\r\n', 'last\nmore']
# expect: True
# expect: b'\xff\xfea\x00\r\x00\n\x00b\x00\r\x00\n\x00'
# expect: UnicodeEncodeError 'charmap' codec can't encode character '\u4e00' in position 0: character maps to <undefined>
# expect: UnicodeDecodeError 'charmap' codec can't decode byte 0x81 in position 2: character maps to <undefined>
# expect: 'ok�'
# expect: UTF_16
# expect: LookupError unknown encoding: no-such-codec
# expect: True
# expect: ValueError I/O operation on closed file.
