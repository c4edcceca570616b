from array import array
import array as A
import copy
print(A.typecodes, A.ArrayType is array)
a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(array("i", [7]))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a, len(a), a[0], a[-1], a[2:5], a[::-2], a.typecode, a.itemsize)
print(a.pop(), a.pop(0), a.pop(-2), a, a.index(3), a.count(2), 3 in a, 42 in a, a.tolist())
a.remove(3)
a.reverse()
print(a, list(a), list(reversed(a)), sum(a), max(a))
a[0] = -5
a[1:3] = array("i", [8, 8, 8])
del a[-1]
del a[::2]
print(a, a == array("i", [8, 8, 3]), a != a, a < array("i", [9]), a >= a)
b = array("d", [1.5, 2.25, -0.0])
print(b, b.tobytes(), array("d", b.tobytes()), b * 2, 2 * b, b + array("d", [3]), bytes(array("h", [1, -1])))
b += array("d", [9.0])
b *= 2
print(b, len(b))
f = array("f", [0.1, 1e300, -2.5])
print(f, f.tobytes().hex(), f.itemsize)
u = array("u", "hé!")
u.append("x")
u.fromunicode("yz")
print(u, u.tounicode(), u[1], repr(array("u")), array("b"), array("B", b"\x01\xff"))
for code in "bBhHiIlLqQ":
    x = array(code, [1, 2, 3])
    x.byteswap()
    print(code, x.itemsize, x.tobytes().hex(), x)
q = array("Q", [2**64 - 1, 0])
print(q, array("q", [-2**63]), array("L", [2**64 - 1]), array("I", [2**32 - 1]))
c = copy.copy(a)
d = copy.deepcopy(a)
c.append(1)
print(a, c, d, a.buffer_info()[1])
z = array("i")
z.frombytes(array("i", [10, 20]).tobytes())
z.fromlist([30])
print(z, array("d", array("i", [1, 2])), array("i", range(5)), array("i", (x * x for x in range(4))))
tests = ['array("z")', 'array("b", [200])', 'array("b", [-200])', 'array("B", [-1])', 'array("B", [256])',
         'array("h", [40000])', 'array("H", [-1])', 'array("i", [2**31])', 'array("I", [-1])', 'array("I", [2**32])',
         'array("l", [2**63])', 'array("L", [-1])', 'array("q", [2**63])', 'array("Q", [-1])', 'array("Q", [2**64])',
         'array("i", ["x"])', 'array("i", [1.5])', 'array("d", ["x"])', 'array("u", [1])', 'array("i", "ab")',
         'array("i", [1]) + array("d")', 'array("i", [1]) + [1]', 'array("i").pop()', 'array("i", [1]).pop(5)',
         'array("i", [1]).remove(3)', 'array("i", [1]).index(3)', 'array("i", [1])[5]', 'array("i", b"abc")',
         'array("i").frombytes(b"abc")', 'hash(array("i"))', 'array("i", [1])["a"]', 'array("d", [1]).tounicode()',
         'array("i", [1]).extend(array("d"))', 'array("i", [1]) < array("d", [2.0])', 'array("i", [1]) == array("d", [1.0])',
         'array("i", array("d", [1.0]))', 'array("i", 5)', 'array("i", [1]).insert("x", 1)', 'array(1)', 'array("ii")']
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
for stmt in ['w = array("i", [1, 2]); w[0:1] = [5]', 'w = array("i", [1]); w[0:1] = array("d", [1.0])', 'w = array("i", [1]); w[3] = 1', 'w = array("i", [1, 2, 3]); w[::2] = array("i", [1])']:
    try:
        exec(stmt)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
import threading
shared = array("i")
def work(k):
    for i in range(2000):
        shared.append(k)
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), sorted(set(shared)), [shared.count(k) for k in range(4)])

# CPython 3.11's output:
# expect: bBuhHiIlLqQfd True
# expect: array('i', [0, 1, 2, 3, 4, 5, 6, 99, 7, 100]) 10 0 100 array('i', [2, 3, 4]) array('i', [100, 99, 5, 3, 1]) i 4
# expect: 100 0 99 array('i', [1, 2, 3, 4, 5, 6, 7]) 2 1 True False [1, 2, 3, 4, 5, 6, 7]
# expect: array('i', [7, 6, 5, 4, 2, 1]) [7, 6, 5, 4, 2, 1] [1, 2, 4, 5, 6, 7] 25 7
# expect: array('i', [8, 8, 2]) False False True True
# expect: array('d', [1.5, 2.25, -0.0]) b'\x00\x00\x00\x00\x00\x00\xf8?\x00\x00\x00\x00\x00\x00\x02@\x00\x00\x00\x00\x00\x00\x00\x80' array('d', [1.5, 2.25, -0.0]) array('d', [1.5, 2.25, -0.0, 1.5, 2.25, -0.0]) array('d', [1.5, 2.25, -0.0, 1.5, 2.25, -0.0]) array('d', [1.5, 2.25, -0.0, 3.0]) b'\x01\x00\xff\xff'
# expect: array('d', [1.5, 2.25, -0.0, 9.0, 1.5, 2.25, -0.0, 9.0]) 8
# expect: array('f', [0.10000000149011612, inf, -2.5]) cdcccc3d0000807f000020c0 4
# expect: array('u', 'hé!xyz') hé!xyz é array('u') array('b') array('B', [1, 255])
# expect: b 1 010203 array('b', [1, 2, 3])
# expect: B 1 010203 array('B', [1, 2, 3])
# expect: h 2 000100020003 array('h', [256, 512, 768])
# expect: H 2 000100020003 array('H', [256, 512, 768])
# expect: i 4 000000010000000200000003 array('i', [16777216, 33554432, 50331648])
# expect: I 4 000000010000000200000003 array('I', [16777216, 33554432, 50331648])
# expect: l 8 000000000000000100000000000000020000000000000003 array('l', [72057594037927936, 144115188075855872, 216172782113783808])
# expect: L 8 000000000000000100000000000000020000000000000003 array('L', [72057594037927936, 144115188075855872, 216172782113783808])
# expect: q 8 000000000000000100000000000000020000000000000003 array('q', [72057594037927936, 144115188075855872, 216172782113783808])
# expect: Q 8 000000000000000100000000000000020000000000000003 array('Q', [72057594037927936, 144115188075855872, 216172782113783808])
# expect: array('Q', [18446744073709551615, 0]) array('q', [-9223372036854775808]) array('L', [18446744073709551615]) array('I', [4294967295])
# expect: array('i', [8, 8, 2]) array('i', [8, 8, 2, 1]) array('i', [8, 8, 2]) 3
# expect: array('i', [10, 20, 30]) array('d', [1.0, 2.0]) array('i', [0, 1, 2, 3, 4]) array('i', [0, 1, 4, 9])
# expect: array("z") -> ValueError bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)
# expect: array("b", [200]) -> OverflowError signed char is greater than maximum
# expect: array("b", [-200]) -> OverflowError signed char is less than minimum
# expect: array("B", [-1]) -> OverflowError unsigned byte integer is less than minimum
# expect: array("B", [256]) -> OverflowError unsigned byte integer is greater than maximum
# expect: array("h", [40000]) -> OverflowError signed short integer is greater than maximum
# expect: array("H", [-1]) -> OverflowError unsigned short is less than minimum
# expect: array("i", [2**31]) -> OverflowError signed integer is greater than maximum
# expect: array("I", [-1]) -> OverflowError can't convert negative value to unsigned int
# expect: array("I", [2**32]) -> OverflowError unsigned int is greater than maximum
# expect: array("l", [2**63]) -> OverflowError Python int too large to convert to C long
# expect: array("L", [-1]) -> OverflowError can't convert negative value to unsigned int
# expect: array("q", [2**63]) -> OverflowError int too big to convert
# expect: array("Q", [-1]) -> OverflowError can't convert negative int to unsigned
# expect: array("Q", [2**64]) -> OverflowError int too big to convert
# expect: array("i", ["x"]) -> TypeError 'str' object cannot be interpreted as an integer
# expect: array("i", [1.5]) -> TypeError 'float' object cannot be interpreted as an integer
# expect: array("d", ["x"]) -> TypeError must be real number, not str
# expect: array("u", [1]) -> TypeError array item must be unicode character
# expect: array("i", "ab") -> TypeError cannot use a str to initialize an array with typecode 'i'
# expect: array("i", [1]) + array("d") -> TypeError bad argument type for built-in operation
# expect: array("i", [1]) + [1] -> TypeError can only append array (not "list") to array
# expect: array("i").pop() -> IndexError pop from empty array
# expect: array("i", [1]).pop(5) -> IndexError pop index out of range
# expect: array("i", [1]).remove(3) -> ValueError array.remove(x): x not in array
# expect: array("i", [1]).index(3) -> ValueError array.index(x): x not in array
# expect: array("i", [1])[5] -> IndexError array index out of range
# expect: array("i", b"abc") -> ValueError bytes length not a multiple of item size
# expect: array("i").frombytes(b"abc") -> ValueError bytes length not a multiple of item size
# expect: hash(array("i")) -> TypeError unhashable type: 'array.array'
# expect: array("i", [1])["a"] -> TypeError array indices must be integers
# expect: array("d", [1]).tounicode() -> ValueError tounicode() may only be called on unicode type arrays
# expect: array("i", [1]).extend(array("d")) -> TypeError can only extend with array of same kind
# expect: array("i", [1]) < array("d", [2.0]) -> True
# expect: array("i", [1]) == array("d", [1.0]) -> True
# expect: array("i", array("d", [1.0])) -> TypeError 'float' object cannot be interpreted as an integer
# expect: array("i", 5) -> TypeError 'int' object is not iterable
# expect: array("i", [1]).insert("x", 1) -> TypeError 'str' object cannot be interpreted as an integer
# expect: array(1) -> TypeError array() argument 1 must be a unicode character, not int
# expect: array("ii") -> TypeError array() argument 1 must be a unicode character, not str
# expect: TypeError can only assign array (not "list") to array slice
# expect: TypeError bad argument type for built-in operation
# expect: IndexError array assignment index out of range
# expect: ValueError attempt to assign array of size 1 to extended slice of size 2
# expect: 8000 [0, 1, 2, 3] [2000, 2000, 2000, 2000]
