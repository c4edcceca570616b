b = b"ABCDEF"
print(b[0], b[-1], type(b[0]).__name__)  # expect: 65 70 int
print(b[1:3], b[::-1], b[::2])  # expect: b'BC' b'FEDCBA' b'ACE'
print(list(b"\x01\x02\xff"))  # expect: [1, 2, 255]
print(66 in b, b"CD" in b, b"XY" in b)  # expect: True True False
print([x for x in b"hi"], sum(b"\x01\x02"))  # expect: [104, 105] 3
try:
    b[10]
except IndexError as e:
    print(e)  # expect: index out of range
try:
    b[0] = 1
except TypeError as e:
    print(e)  # expect: 'bytes' object does not support item assignment
