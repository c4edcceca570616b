print(repr(1), repr(1.0), repr("a"), repr(None), repr(True))  # expect: 1 1.0 'a' None True
print(repr([1, "b"]), repr((1,)), repr({"k": "v"}), repr(set()))  # expect: [1, 'b'] (1,) {'k': 'v'} set()
print(repr(b"\x01"), repr(range(1, 3)), repr(-0.0))  # expect: b'\x01' range(1, 3) -0.0
print(repr(repr("x")))  # expect: "'x'"
class R:
    def __repr__(self):
        return "R!"
print(repr(R()), repr([R()]), repr({"k": R()}))  # expect: R! [R!] {'k': R!}
