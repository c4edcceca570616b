# pickle: the bytes CPython 3.11 writes for each protocol, loads of them, instances through
# __getstate__/__setstate__/__reduce__, slots, builtin subclasses, shared and recursive structure.
import pickle
from collections import namedtuple


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Counter:
    def __init__(self, n):
        self.n = n

    def __getstate__(self):
        return {"n": self.n * 10}

    def __setstate__(self, state):
        self.n = state["n"] + 1


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Pair, (self.a, self.b))


class Slotted:
    __slots__ = ("a", "b")


class Tagged(list):
    pass


Pt = namedtuple("Pt", "x y")

data = [None, True, 1, -1, 300, 70000, 2**40, -2**70, 2.5, "é", b"ab", (1, 2), {"k": [1]}]
for proto in range(6):
    print(proto, pickle.dumps(data, proto))
    print(pickle.loads(pickle.dumps(data, proto)) == data)
print(pickle.dumps({1, 2}), pickle.dumps(frozenset()), pickle.dumps(bytearray(b"x"), 5))
print(pickle.dumps(Point(1, "two")))
print(pickle.loads(pickle.dumps(Point(1, "two"))))
print(pickle.dumps(Point(1, 2), 0))
print(pickle.loads(pickle.dumps(Point(3, 4), 0)))
print(pickle.loads(pickle.dumps(Counter(2))).n)
p = pickle.loads(pickle.dumps(Pair("a", [1])))
print(p.a, p.b, pickle.dumps(Pair(1, 2), 2))
s = Slotted()
s.a = 5
s2 = pickle.loads(pickle.dumps(s))
print(s2.a, hasattr(s2, "b"))
t = Tagged([1, 2])
t.tag = "t"
t2 = pickle.loads(pickle.dumps(t))
print(type(t2).__name__, t2, t2.tag)
print(pickle.loads(pickle.dumps(Pt(1, 2))), pickle.dumps(Pt(1, 2)))
print(pickle.dumps([len, Point, Point.__repr__]))
print(pickle.loads(pickle.dumps([len, Point]))[1] is Point)
shared = [1]
both = pickle.loads(pickle.dumps([shared, shared]))
print(both, both[0] is both[1])
loop = []
loop.append(loop)
print(pickle.dumps(loop))
back = pickle.loads(pickle.dumps(loop))
print(back[0] is back)
d = {i: str(i) for i in range(2000)}
print(len(pickle.dumps(d)), pickle.loads(pickle.dumps(d)) == d)
# A pickle CPython wrote with protocol 2 (a set of Python 2 days), and one with protocol 0.
print(pickle.loads(b"\x80\x02c__builtin__\nset\nq\x00]q\x01K\x01a\x85q\x02Rq\x03."))
print(pickle.loads(b"(lp0\nI1\naVa\np1\naF2.5\na."))

# expect: 0 b'(lp0\nNaI01\naI1\naI-1\naI300\naI70000\naL1099511627776L\naL-1180591620717411303424L\naF2.5\naV\xe9\np1\nac_codecs\nencode\np2\n(Vab\np3\nVlatin1\np4\ntp5\nRp6\na(I1\nI2\ntp7\na(dp8\nVk\np9\n(lp10\nI1\nasa.'
# expect: True
# expect: 1 b']q\x00(NI01\nK\x01J\xff\xff\xff\xffM,\x01Jp\x11\x01\x00L1099511627776L\nL-1180591620717411303424L\nG@\x04\x00\x00\x00\x00\x00\x00X\x02\x00\x00\x00\xc3\xa9q\x01c_codecs\nencode\nq\x02(X\x02\x00\x00\x00abq\x03X\x06\x00\x00\x00latin1q\x04tq\x05Rq\x06(K\x01K\x02tq\x07}q\x08X\x01\x00\x00\x00kq\t]q\nK\x01ase.'
# expect: True
# expect: 2 b'\x80\x02]q\x00(N\x88K\x01J\xff\xff\xff\xffM,\x01Jp\x11\x01\x00\x8a\x06\x00\x00\x00\x00\x00\x01\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00\xc0G@\x04\x00\x00\x00\x00\x00\x00X\x02\x00\x00\x00\xc3\xa9q\x01c_codecs\nencode\nq\x02X\x02\x00\x00\x00abq\x03X\x06\x00\x00\x00latin1q\x04\x86q\x05Rq\x06K\x01K\x02\x86q\x07}q\x08X\x01\x00\x00\x00kq\t]q\nK\x01ase.'
# expect: True
# expect: 3 b'\x80\x03]q\x00(N\x88K\x01J\xff\xff\xff\xffM,\x01Jp\x11\x01\x00\x8a\x06\x00\x00\x00\x00\x00\x01\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00\xc0G@\x04\x00\x00\x00\x00\x00\x00X\x02\x00\x00\x00\xc3\xa9q\x01C\x02abq\x02K\x01K\x02\x86q\x03}q\x04X\x01\x00\x00\x00kq\x05]q\x06K\x01ase.'
# expect: True
# expect: 4 b'\x80\x04\x95N\x00\x00\x00\x00\x00\x00\x00]\x94(N\x88K\x01J\xff\xff\xff\xffM,\x01Jp\x11\x01\x00\x8a\x06\x00\x00\x00\x00\x00\x01\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00\xc0G@\x04\x00\x00\x00\x00\x00\x00\x8c\x02\xc3\xa9\x94C\x02ab\x94K\x01K\x02\x86\x94}\x94\x8c\x01k\x94]\x94K\x01ase.'
# expect: True
# expect: 5 b'\x80\x05\x95N\x00\x00\x00\x00\x00\x00\x00]\x94(N\x88K\x01J\xff\xff\xff\xffM,\x01Jp\x11\x01\x00\x8a\x06\x00\x00\x00\x00\x00\x01\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00\xc0G@\x04\x00\x00\x00\x00\x00\x00\x8c\x02\xc3\xa9\x94C\x02ab\x94K\x01K\x02\x86\x94}\x94\x8c\x01k\x94]\x94K\x01ase.'
# expect: True
# expect: b'\x80\x04\x95\t\x00\x00\x00\x00\x00\x00\x00\x8f\x94(K\x01K\x02\x90.' b'\x80\x04\x95\x04\x00\x00\x00\x00\x00\x00\x00(\x91\x94.' b'\x80\x05\x95\x0c\x00\x00\x00\x00\x00\x00\x00\x96\x01\x00\x00\x00\x00\x00\x00\x00x\x94.'
# expect: b'\x80\x04\x95.\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x05Point\x94\x93\x94)\x81\x94}\x94(\x8c\x01x\x94K\x01\x8c\x01y\x94\x8c\x03two\x94ub.'
# expect: Point(1, 'two')
# expect: b'ccopy_reg\n_reconstructor\np0\n(c__main__\nPoint\np1\nc__builtin__\nobject\np2\nNtp3\nRp4\n(dp5\nVx\np6\nI1\nsVy\np7\nI2\nsb.'
# expect: Point(3, 4)
# expect: 21
# expect: a [1] b'\x80\x02c__main__\nPair\nq\x00K\x01K\x02\x86q\x01Rq\x02.'
# expect: 5 False
# expect: Tagged [1, 2] t
# expect: Pt(x=1, y=2) b'\x80\x04\x95\x1b\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x02Pt\x94\x93\x94K\x01K\x02\x86\x94\x81\x94.'
# expect: b'\x80\x04\x95B\x00\x00\x00\x00\x00\x00\x00]\x94(\x8c\x08builtins\x94\x8c\x03len\x94\x93\x94\x8c\x08__main__\x94\x8c\x05Point\x94\x93\x94h\x04\x8c\x0ePoint.__repr__\x94\x93\x94e.'
# expect: True
# expect: [[1], [1]] True
# expect: b'\x80\x04\x95\x06\x00\x00\x00\x00\x00\x00\x00]\x94h\x00a.'
# expect: True
# expect: 18654 True
# expect: {1}
# expect: [1, 'a', 2.5]
