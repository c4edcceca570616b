# memoryview over bytes and bytearray: indexing, slicing, writing through, release.
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:4].tobytes(), m.tobytes(), m.tolist()[:3], m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.obj)
print(m[::2].tobytes(), m[1:5][1:3].tobytes(), bytes(m[2:]), m == b"abcdef", m[:2] == b"ab", b"".join([m[:1], b"z"]))
buf = bytearray(b"12345")
with memoryview(buf) as v:
    v[0] = ord("X")
    v[1:3] = b"YZ"
    print(buf, v.readonly, v.hex())
    try:
        buf.append(1)
    except BufferError as e:
        print("BufferError:", e)
print(repr(v).startswith("<released memory at 0x"))
try: len(v)
except ValueError as e: print(e)
buf.append(54)
print(buf)
try: m[0] = 1
except TypeError as e: print(e)
mv = memoryview(buf); mv.release(); mv.release(); buf.extend(b"!")
print(buf, memoryview(bytearray(b"q")).tobytes())
try: memoryview("s")
except TypeError as e: print(e)

# Output of CPython 3.11:
# expect: 6 97 102 b'bcd' b'abcdef' [97, 98, 99] True 6 B 1 1 (6,) b'abcdef'
# expect: b'ace' b'cd' b'cdef' True True b'az'
# expect: bytearray(b'XYZ45') False 58595a3435
# expect: BufferError: Existing exports of data: object cannot be re-sized
# expect: True
# expect: operation forbidden on released memoryview object
# expect: bytearray(b'XYZ456')
# expect: cannot modify read-only memory
# expect: bytearray(b'XYZ456!') b'q'
# expect: memoryview: a bytes-like object is required, not 'str'
