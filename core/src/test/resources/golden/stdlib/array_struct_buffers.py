from array import array
for i in range(3):
    try:
        array("i", (x for x in [1, 2.5]))
    except TypeError as e:
        print(e)
a = array("d", (x / 2 for x in range(4)))
print(a, list(reversed(a)), a.tolist())
import struct
print(struct.unpack("<4d", a), struct.unpack_from("<d", a, 8))

# CPython 3.11's output:
# expect: 'float' object cannot be interpreted as an integer
# expect: 'float' object cannot be interpreted as an integer
# expect: 'float' object cannot be interpreted as an integer
# expect: array('d', [0.0, 0.5, 1.0, 1.5]) [1.5, 1.0, 0.5, 0.0] [0.0, 0.5, 1.0, 1.5]
# expect: (0.0, 0.5, 1.0, 1.5) (0.5,)
