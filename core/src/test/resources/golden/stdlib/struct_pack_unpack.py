import struct
from struct import pack, unpack, calcsize
print(pack("<i", 1), pack(">i", -2), pack("!H", 513), pack("=q", -1), pack("@bi", 1, 2), pack("<bi", 1, 2))
print(pack("<hHlLqQ", -1, 65535, -5, 4000000000, -2**63, 2**64 - 1), pack("nNP", -3, 3, 7))
print(pack("<?c3sx5p", [], b"z", b"abcdef", b"hi"), pack("<2h0i3b", 1, 2, 3, 4, 5))
print(pack("<f", 1.5), pack(">d", -0.1), pack("<e", 65504.0), pack("<e", 1e-8), pack(">e", 0.333), pack("<e", 6e-8), pack("<e", -0.0))
print(pack("<d", float("inf")), pack(">f", float("-inf")), pack("<e", float("nan")), pack("<d", 3), pack("<f", True))
print(unpack("<i", b"\x01\x00\x00\x00"), unpack(">hH", b"\xff\xfe\xff\xfe"), unpack("<qQ", b"\xff" * 16), unpack("@bi", pack("@bi", -1, 99)))
print(unpack("<fde", pack("<fde", 0.1, 0.1, 0.1)), unpack("<3s5p?c", b"abc\x09xyzw\x01z"), unpack("<e", b"\x00\x7c"), unpack(">e", b"\x3c\x01"))
for fmt in ["", "x", "3x", "c", "b", "h", "i", "l", "q", "n", "P", "e", "f", "d", "bi", "ib", "bq", "bxi0q", "<bq", "=l", "!L", "5s", "5p", "3h2d", " i  h ", "@?h"]:
    print(repr(fmt), calcsize(fmt), end="; ")
print()
for fmt, v in [("b", 200), ("B", -1), ("h", 40000), ("H", -1), ("i", 2**31), ("I", -1), ("l", 2**63), ("L", -1), ("q", 2**63), ("Q", -1), ("<b", 200), ("<i", 2**31), ("<I", 2**32), ("<l", 2**31), ("<L", -1), ("<q", 2**63), (">Q", -1), ("=H", 70000), ("i", 1.5), ("i", "1"), ("c", b"ab"), ("c", "a"), ("s", "a"), ("p", 1), ("d", "x"), ("e", 1e10), ("<f", 1e300), ("<n", 1), ("z", 1), ("i", None), ("Q", -1.0), ("e", 65520.0)]:
    try:
        print(fmt, v, pack(fmt, v))
    except (struct.error, OverflowError, TypeError) as e:
        print(fmt, v, type(e).__name__, e)
calls = ['pack("ii", 1)', 'pack("i", 1, 2)', 'unpack("i", b"abc")', 'struct.unpack_from("i", b"abcdefghij", 8)',
         'struct.pack_into("i", bytearray(10), 8, 1)', 'struct.pack_into("i", bytearray(10), -2, 1)', 'struct.pack_into("i", bytearray(10), -20, 1)',
         'struct.unpack_from("i", b"abcdefghij", -20)', 'struct.unpack_from("i", b"abcdefghij", -3)', 'list(struct.iter_unpack("i", b"abcde"))',
         'struct.iter_unpack("", b"")', 'calcsize("2.i")', 'calcsize("3")', 'pack(1)', 'calcsize("99999999999999999999i")', 'struct.pack_into("i", b"1234", 0, 1)', 'unpack("i", "abcd")']
for call in calls:
    try:
        print(repr(eval(call)))
    except Exception as e:
        print(type(e).__name__, e)
buf = bytearray(12)
struct.pack_into("<hi", buf, 2, -1, 0x01020304)
struct.pack_into(">h", buf, -2, 258)
print(buf, struct.unpack_from("<hi", buf, 2), struct.unpack_from(">h", buf, offset=-2), struct.unpack_from("<h", memoryview(buf)))
print(list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")))
s = struct.Struct("<3sHd")
print(s.size, s.format, struct.Struct(b">h").format, s.pack(b"ab", 7, 2.5), s.unpack(s.pack(b"xyz", 1, -1.0)), s.unpack_from(b"\x00" + s.pack(b"q", 9, 0.5), 1))
print(list(struct.Struct("<b").iter_unpack(b"\x01\xff")), issubclass(struct.error, Exception), struct.error.__module__)
class Idx:
    def __index__(self):
        return 42
class Flt:
    def __float__(self):
        return 2.5
print(pack("<i", Idx()), pack("<d", Flt()), pack("<d", Idx()))
records = [(b"alice", 30, 55.5), (b"bob", 25, 72.25)]
rec = struct.Struct("<8sHf")
blob = b"".join(rec.pack(*r) for r in records)
print(len(blob), [(n.rstrip(b"\0").decode(), a, w) for n, a, w in rec.iter_unpack(blob)])
for c in "bBhHiIlLqQ":
    for o in "<>=!@":
        out = []
        for v in [-1, 2**63, 2**64, -2**63 - 1, 2**32, -2**31 - 1, 2**31, 255, -128, 65536]:
            try:
                struct.pack(o + c, v)
                out.append("ok")
            except struct.error as e:
                out.append(str(e))
        print(o + c, " | ".join(out))

# CPython 3.11's output:
# expect: b'\x01\x00\x00\x00' b'\xff\xff\xff\xfe' b'\x02\x01' b'\xff\xff\xff\xff\xff\xff\xff\xff' b'\x01\x00\x00\x00\x02\x00\x00\x00' b'\x01\x02\x00\x00\x00'
# expect: b'\xff\xff\xff\xff\xfb\xff\xff\xff\x00(k\xee\x00\x00\x00\x00\x00\x00\x00\x80\xff\xff\xff\xff\xff\xff\xff\xff' b'\xfd\xff\xff\xff\xff\xff\xff\xff\x03\x00\x00\x00\x00\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00'
# expect: b'\x00zabc\x00\x02hi\x00\x00' b'\x01\x00\x02\x00\x03\x04\x05'
# expect: b'\x00\x00\xc0?' b'\xbf\xb9\x99\x99\x99\x99\x99\x9a' b'\xff{' b'\x00\x00' b'5T' b'\x01\x00' b'\x00\x80'
# expect: b'\x00\x00\x00\x00\x00\x00\xf0\x7f' b'\xff\x80\x00\x00' b'\x00~' b'\x00\x00\x00\x00\x00\x00\x08@' b'\x00\x00\x80?'
# expect: (1,) (-2, 65534) (-1, 18446744073709551615) (-1, 99)
# expect: (0.10000000149011612, 0.1, 0.0999755859375) (b'abc', b'xyzw', True, b'z') (inf,) (1.0009765625,)
# expect: '' 0; 'x' 1; '3x' 3; 'c' 1; 'b' 1; 'h' 2; 'i' 4; 'l' 8; 'q' 8; 'n' 8; 'P' 8; 'e' 2; 'f' 4; 'd' 8; 'bi' 8; 'ib' 5; 'bq' 16; 'bxi0q' 8; '<bq' 9; '=l' 4; '!L' 4; '5s' 5; '5p' 5; '3h2d' 24; ' i  h ' 6; '@?h' 4; 
# expect: b 200 error byte format requires -128 <= number <= 127
# expect: B -1 error ubyte format requires 0 <= number <= 255
# expect: h 40000 error short format requires -32768 <= number <= 32767
# expect: H -1 error ushort format requires 0 <= number <= 65535
# expect: i 2147483648 error 'i' format requires -2147483648 <= number <= 2147483647
# expect: I -1 error argument out of range
# expect: l 9223372036854775808 error argument out of range
# expect: L -1 error argument out of range
# expect: q 9223372036854775808 error argument out of range
# expect: Q -1 error argument out of range
# expect: <b 200 error byte format requires -128 <= number <= 127
# expect: <i 2147483648 error 'i' format requires -2147483648 <= number <= 2147483647
# expect: <I 4294967296 error 'I' format requires 0 <= number <= 4294967295
# expect: <l 2147483648 error 'l' format requires -2147483648 <= number <= 2147483647
# expect: <L -1 error argument out of range
# expect: <q 9223372036854775808 error argument out of range
# expect: >Q -1 error int too large to convert
# expect: =H 70000 error ushort format requires 0 <= number <= 65535
# expect: i 1.5 error required argument is not an integer
# expect: i 1 error required argument is not an integer
# expect: c b'ab' error char format requires a bytes object of length 1
# expect: c a error char format requires a bytes object of length 1
# expect: s a error argument for 's' must be a bytes object
# expect: p 1 error argument for 'p' must be a bytes object
# expect: d x error required argument is not a float
# expect: e 10000000000.0 OverflowError float too large to pack with e format
# expect: <f 1e+300 OverflowError float too large to pack with f format
# expect: <n 1 error bad char in struct format
# expect: z 1 error bad char in struct format
# expect: i None error required argument is not an integer
# expect: Q -1.0 error required argument is not an integer
# expect: e 65520.0 OverflowError float too large to pack with e format
# expect: error pack expected 2 items for packing (got 1)
# expect: error pack expected 1 items for packing (got 2)
# expect: error unpack requires a buffer of 4 bytes
# expect: error unpack_from requires a buffer of at least 12 bytes for unpacking 4 bytes at offset 8 (actual buffer size is 10)
# expect: error pack_into requires a buffer of at least 12 bytes for packing 4 bytes at offset 8 (actual buffer size is 10)
# expect: error no space to pack 4 bytes at offset -2
# expect: error offset -20 out of range for 10-byte buffer
# expect: error offset -20 out of range for 10-byte buffer
# expect: error not enough data to unpack 4 bytes at offset -3
# expect: error iterative unpacking requires a buffer of a multiple of 4 bytes
# expect: error cannot iteratively unpack with a struct of length 0
# expect: error bad char in struct format
# expect: error repeat count given without format specifier
# expect: TypeError Struct() argument 1 must be a str or bytes object, not int
# expect: error total struct size too long
# expect: TypeError argument must be read-write bytes-like object, not bytes
# expect: TypeError a bytes-like object is required, not 'str'
# expect: bytearray(b'\x00\x00\xff\xff\x04\x03\x02\x01\x00\x00\x01\x02') (-1, 16909060) (258,) (0,)
# expect: [(1, 2), (3, 4)]
# expect: 13 <3sHd >h b'ab\x00\x07\x00\x00\x00\x00\x00\x00\x00\x04@' (b'xyz', 1, -1.0) (b'q\x00\x00', 9, 0.5)
# expect: [(1,), (-1,)] True struct
# expect: b'*\x00\x00\x00' b'\x00\x00\x00\x00\x00\x00\x04@' b'\x00\x00\x00\x00\x00\x00E@'
# expect: 28 [('alice', 30, 55.5), ('bob', 25, 72.25)]
# expect: <b ok | argument out of range | argument out of range | argument out of range | byte format requires -128 <= number <= 127 | byte format requires -128 <= number <= 127 | byte format requires -128 <= number <= 127 | byte format requires -128 <= number <= 127 | ok | byte format requires -128 <= number <= 127
# expect: >b ok | argument out of range | argument out of range | argument out of range | byte format requires -128 <= number <= 127 | byte format requires -128 <= number <= 127 | byte format requires -128 <= number <= 127 | byte format requires -128 <= number <= 127 | ok | byte format requires -128 <= number <= 127
# expect: =b ok | argument out of range | argument out of range | argument out of range | byte format requires -128 <= number <= 127 | byte format requires -128 <= number <= 127 | byte format requires -128 <= number <= 127 | byte format requires -128 <= number <= 127 | ok | byte format requires -128 <= number <= 127
# expect: !b ok | argument out of range | argument out of range | argument out of range | byte format requires -128 <= number <= 127 | byte format requires -128 <= number <= 127 | byte format requires -128 <= number <= 127 | byte format requires -128 <= number <= 127 | ok | byte format requires -128 <= number <= 127
# expect: @b ok | argument out of range | argument out of range | argument out of range | byte format requires -128 <= number <= 127 | byte format requires -128 <= number <= 127 | byte format requires -128 <= number <= 127 | byte format requires -128 <= number <= 127 | ok | byte format requires -128 <= number <= 127
# expect: <B ubyte format requires 0 <= number <= 255 | argument out of range | argument out of range | argument out of range | ubyte format requires 0 <= number <= 255 | ubyte format requires 0 <= number <= 255 | ubyte format requires 0 <= number <= 255 | ok | ubyte format requires 0 <= number <= 255 | ubyte format requires 0 <= number <= 255
# expect: >B ubyte format requires 0 <= number <= 255 | argument out of range | argument out of range | argument out of range | ubyte format requires 0 <= number <= 255 | ubyte format requires 0 <= number <= 255 | ubyte format requires 0 <= number <= 255 | ok | ubyte format requires 0 <= number <= 255 | ubyte format requires 0 <= number <= 255
# expect: =B ubyte format requires 0 <= number <= 255 | argument out of range | argument out of range | argument out of range | ubyte format requires 0 <= number <= 255 | ubyte format requires 0 <= number <= 255 | ubyte format requires 0 <= number <= 255 | ok | ubyte format requires 0 <= number <= 255 | ubyte format requires 0 <= number <= 255
# expect: !B ubyte format requires 0 <= number <= 255 | argument out of range | argument out of range | argument out of range | ubyte format requires 0 <= number <= 255 | ubyte format requires 0 <= number <= 255 | ubyte format requires 0 <= number <= 255 | ok | ubyte format requires 0 <= number <= 255 | ubyte format requires 0 <= number <= 255
# expect: @B ubyte format requires 0 <= number <= 255 | argument out of range | argument out of range | argument out of range | ubyte format requires 0 <= number <= 255 | ubyte format requires 0 <= number <= 255 | ubyte format requires 0 <= number <= 255 | ok | ubyte format requires 0 <= number <= 255 | ubyte format requires 0 <= number <= 255
# expect: <h ok | argument out of range | argument out of range | argument out of range | short format requires -32768 <= number <= 32767 | short format requires -32768 <= number <= 32767 | short format requires -32768 <= number <= 32767 | ok | ok | short format requires -32768 <= number <= 32767
# expect: >h ok | argument out of range | argument out of range | argument out of range | 'h' format requires -32768 <= number <= 32767 | 'h' format requires -32768 <= number <= 32767 | 'h' format requires -32768 <= number <= 32767 | ok | ok | 'h' format requires -32768 <= number <= 32767
# expect: =h ok | argument out of range | argument out of range | argument out of range | short format requires -32768 <= number <= 32767 | short format requires -32768 <= number <= 32767 | short format requires -32768 <= number <= 32767 | ok | ok | short format requires -32768 <= number <= 32767
# expect: !h ok | argument out of range | argument out of range | argument out of range | 'h' format requires -32768 <= number <= 32767 | 'h' format requires -32768 <= number <= 32767 | 'h' format requires -32768 <= number <= 32767 | ok | ok | 'h' format requires -32768 <= number <= 32767
# expect: @h ok | argument out of range | argument out of range | argument out of range | short format requires -32768 <= number <= 32767 | short format requires -32768 <= number <= 32767 | short format requires -32768 <= number <= 32767 | ok | ok | short format requires -32768 <= number <= 32767
# expect: <H ushort format requires 0 <= number <= 65535 | argument out of range | argument out of range | argument out of range | ushort format requires 0 <= number <= 65535 | ushort format requires 0 <= number <= 65535 | ushort format requires 0 <= number <= 65535 | ok | ushort format requires 0 <= number <= 65535 | ushort format requires 0 <= number <= 65535
# expect: >H argument out of range | 'H' format requires 0 <= number <= 65535 | argument out of range | argument out of range | 'H' format requires 0 <= number <= 65535 | argument out of range | 'H' format requires 0 <= number <= 65535 | ok | argument out of range | 'H' format requires 0 <= number <= 65535
# expect: =H ushort format requires 0 <= number <= 65535 | argument out of range | argument out of range | argument out of range | ushort format requires 0 <= number <= 65535 | ushort format requires 0 <= number <= 65535 | ushort format requires 0 <= number <= 65535 | ok | ushort format requires 0 <= number <= 65535 | ushort format requires 0 <= number <= 65535
# expect: !H argument out of range | 'H' format requires 0 <= number <= 65535 | argument out of range | argument out of range | 'H' format requires 0 <= number <= 65535 | argument out of range | 'H' format requires 0 <= number <= 65535 | ok | argument out of range | 'H' format requires 0 <= number <= 65535
# expect: @H ushort format requires 0 <= number <= 65535 | argument out of range | argument out of range | argument out of range | ushort format requires 0 <= number <= 65535 | ushort format requires 0 <= number <= 65535 | ushort format requires 0 <= number <= 65535 | ok | ushort format requires 0 <= number <= 65535 | ushort format requires 0 <= number <= 65535
# expect: <i ok | argument out of range | argument out of range | argument out of range | 'i' format requires -2147483648 <= number <= 2147483647 | 'i' format requires -2147483648 <= number <= 2147483647 | 'i' format requires -2147483648 <= number <= 2147483647 | ok | ok | ok
# expect: >i ok | argument out of range | argument out of range | argument out of range | 'i' format requires -2147483648 <= number <= 2147483647 | 'i' format requires -2147483648 <= number <= 2147483647 | 'i' format requires -2147483648 <= number <= 2147483647 | ok | ok | ok
# expect: =i ok | argument out of range | argument out of range | argument out of range | 'i' format requires -2147483648 <= number <= 2147483647 | 'i' format requires -2147483648 <= number <= 2147483647 | 'i' format requires -2147483648 <= number <= 2147483647 | ok | ok | ok
# expect: !i ok | argument out of range | argument out of range | argument out of range | 'i' format requires -2147483648 <= number <= 2147483647 | 'i' format requires -2147483648 <= number <= 2147483647 | 'i' format requires -2147483648 <= number <= 2147483647 | ok | ok | ok
# expect: @i ok | argument out of range | argument out of range | argument out of range | 'i' format requires -2147483648 <= number <= 2147483647 | 'i' format requires -2147483648 <= number <= 2147483647 | 'i' format requires -2147483648 <= number <= 2147483647 | ok | ok | ok
# expect: <I argument out of range | 'I' format requires 0 <= number <= 4294967295 | argument out of range | argument out of range | 'I' format requires 0 <= number <= 4294967295 | argument out of range | ok | ok | argument out of range | ok
# expect: >I argument out of range | 'I' format requires 0 <= number <= 4294967295 | argument out of range | argument out of range | 'I' format requires 0 <= number <= 4294967295 | argument out of range | ok | ok | argument out of range | ok
# expect: =I argument out of range | 'I' format requires 0 <= number <= 4294967295 | argument out of range | argument out of range | 'I' format requires 0 <= number <= 4294967295 | argument out of range | ok | ok | argument out of range | ok
# expect: !I argument out of range | 'I' format requires 0 <= number <= 4294967295 | argument out of range | argument out of range | 'I' format requires 0 <= number <= 4294967295 | argument out of range | ok | ok | argument out of range | ok
# expect: @I argument out of range | 'I' format requires 0 <= number <= 4294967295 | argument out of range | argument out of range | 'I' format requires 0 <= number <= 4294967295 | argument out of range | ok | ok | argument out of range | ok
# expect: <l ok | argument out of range | argument out of range | argument out of range | 'l' format requires -2147483648 <= number <= 2147483647 | 'l' format requires -2147483648 <= number <= 2147483647 | 'l' format requires -2147483648 <= number <= 2147483647 | ok | ok | ok
# expect: >l ok | argument out of range | argument out of range | argument out of range | 'l' format requires -2147483648 <= number <= 2147483647 | 'l' format requires -2147483648 <= number <= 2147483647 | 'l' format requires -2147483648 <= number <= 2147483647 | ok | ok | ok
# expect: =l ok | argument out of range | argument out of range | argument out of range | 'l' format requires -2147483648 <= number <= 2147483647 | 'l' format requires -2147483648 <= number <= 2147483647 | 'l' format requires -2147483648 <= number <= 2147483647 | ok | ok | ok
# expect: !l ok | argument out of range | argument out of range | argument out of range | 'l' format requires -2147483648 <= number <= 2147483647 | 'l' format requires -2147483648 <= number <= 2147483647 | 'l' format requires -2147483648 <= number <= 2147483647 | ok | ok | ok
# expect: @l ok | argument out of range | argument out of range | argument out of range | ok | ok | ok | ok | ok | ok
# expect: <L argument out of range | 'L' format requires 0 <= number <= 4294967295 | argument out of range | argument out of range | 'L' format requires 0 <= number <= 4294967295 | argument out of range | ok | ok | argument out of range | ok
# expect: >L argument out of range | 'L' format requires 0 <= number <= 4294967295 | argument out of range | argument out of range | 'L' format requires 0 <= number <= 4294967295 | argument out of range | ok | ok | argument out of range | ok
# expect: =L argument out of range | 'L' format requires 0 <= number <= 4294967295 | argument out of range | argument out of range | 'L' format requires 0 <= number <= 4294967295 | argument out of range | ok | ok | argument out of range | ok
# expect: !L argument out of range | 'L' format requires 0 <= number <= 4294967295 | argument out of range | argument out of range | 'L' format requires 0 <= number <= 4294967295 | argument out of range | ok | ok | argument out of range | ok
# expect: @L argument out of range | ok | argument out of range | argument out of range | ok | argument out of range | ok | ok | argument out of range | ok
# expect: <q ok | argument out of range | argument out of range | argument out of range | ok | ok | ok | ok | ok | ok
# expect: >q ok | int too large to convert | int too large to convert | int too large to convert | ok | ok | ok | ok | ok | ok
# expect: =q ok | argument out of range | argument out of range | argument out of range | ok | ok | ok | ok | ok | ok
# expect: !q ok | int too large to convert | int too large to convert | int too large to convert | ok | ok | ok | ok | ok | ok
# expect: @q ok | argument out of range | argument out of range | argument out of range | ok | ok | ok | ok | ok | ok
# expect: <Q argument out of range | ok | argument out of range | argument out of range | ok | argument out of range | ok | ok | argument out of range | ok
# expect: >Q int too large to convert | ok | int too large to convert | int too large to convert | ok | int too large to convert | ok | ok | int too large to convert | ok
# expect: =Q argument out of range | ok | argument out of range | argument out of range | ok | argument out of range | ok | ok | argument out of range | ok
# expect: !Q int too large to convert | ok | int too large to convert | int too large to convert | ok | int too large to convert | ok | ok | int too large to convert | ok
# expect: @Q argument out of range | ok | argument out of range | argument out of range | ok | argument out of range | ok | ok | argument out of range | ok
