# pickle.dumps and pickle.loads of the builtin types (which gilvm writes and reads in Java) give
# the same bytes and values as the Pickler and Unpickler classes (which gilvm runs in Python),
# across protocols 2 to 5: ints of every width, floats, str (ASCII, non-ASCII, astral, a lone
# surrogate), bytes, tuples of every size, lists and dicts in batches of 1000, shared and
# recursive objects. In CPython both sides are its C pickler.
import io
import pickle


def slow_dumps(obj, proto):
    f = io.BytesIO()
    pickle.Pickler(f, proto).dump(obj)
    return f.getvalue()


def slow_loads(data):
    return pickle.Unpickler(io.BytesIO(data)).load()


shared = "shared"
cases = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31,
         -2**31 - 1, 2**63, -2**64, 10**100, -(10**300), 1.5, -0.0, float("inf"), "", "a",
         "é€😀", "x" * 300, "\ud800", b"", b"abc", b"y" * 300, (), (1,), (1, 2), (1, 2, 3),
         (1, 2, 3, 4), [], [1], [1, 2], list(range(1001)), {}, {"a": 1},
         {i: str(i) for i in range(1001)}, {i: i for i in range(1000)},
         [shared, shared, (shared, shared)], [[1, 2]] * 3, {"k": [1, {"n": (None, 2.5)}]},
         [str(i) for i in range(300)] * 2, [i if i % 2 else "s%d" % i for i in range(3000)]]
loop = [1]
loop.append(loop)
cases.append(loop)
knot = ([],)
knot[0].append(knot)
cases.append(knot)

mismatches = 0
for proto in (2, 3, 4, 5):
    for case in cases:
        fast = pickle.dumps(case, proto)
        if fast != slow_dumps(case, proto):
            mismatches += 1
            print("dumps differ:", proto, repr(case)[:60])
        if repr(pickle.loads(fast)) != repr(slow_loads(fast)):
            mismatches += 1
            print("loads differ:", proto, repr(case)[:60])
print("mismatches:", mismatches)  # expect: mismatches: 0
print(pickle.dumps([1, "a", (2.5, None)]))  # expect: b'\x80\x04\x95\x17\x00\x00\x00\x00\x00\x00\x00]\x94(K\x01\x8c\x01a\x94G@\x04\x00\x00\x00\x00\x00\x00N\x86\x94e.'
print(pickle.loads(pickle.dumps({"x": [b"y", True]}, 2)))  # expect: {'x': [b'y', True]}
