# zlib: compress/decompress round trips, checksums, and zlib.error.
import zlib

data = b"hello world " * 50
c = zlib.compress(data)
print(len(data), len(c) < len(data), c[:2])
print(zlib.decompress(c) == data)
print(zlib.decompress(zlib.compress(data, 9)) == data)
print(zlib.decompress(zlib.compress(data, level=0)) == data)
print(zlib.compress(b"abc", 0))
big = bytes(range(256)) * 100
print(zlib.decompress(zlib.compress(bytearray(big))) == big)
raw = zlib.compress(data, wbits=-15)
print(zlib.decompress(raw, wbits=-15) == data)
print(zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b"hello world"))
print(zlib.adler32(b"hello"), zlib.adler32(b"world", zlib.adler32(b"hello ")), zlib.adler32(b"hello world"))
print(zlib.crc32(big), zlib.adler32(big))
print(zlib.crc32(b""), zlib.adler32(b""))
for bad in (b"not compressed", c[:-5]):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("zlib.error:", e)
try:
    zlib.compress("text")
except TypeError as e:
    print("TypeError:", e)
print(issubclass(zlib.error, Exception), zlib.error.__module__)

# Output of CPython 3.11:
# expect: 600 True b'x\x9c'
# expect: True
# expect: True
# expect: True
# expect: b"x\x01\x01\x03\x00\xfc\xffabc\x02M\x01'"
# expect: True
# expect: True
# expect: 907060870 222957957 222957957
# expect: 103547413 436929629 436929629
# expect: 319769915 1954533600
# expect: 0 1
# expect: zlib.error: Error -3 while decompressing data: incorrect header check
# expect: zlib.error: Error -5 while decompressing data: incomplete or truncated stream
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: True zlib
