print(b"a" == "a", str(b"ab"), repr(b"ab"))  # expect: False b'ab' b'ab'
try:
    b"a" + "b"
except TypeError as e:
    print(e)  # expect: can't concat str to bytes
try:
    "b" + b"a"
except TypeError as e:
    print(e)  # expect: can only concatenate str (not "bytes") to str
d = {b"k": 1, "k": 2}
print(len(d), d[b"k"], d["k"])  # expect: 2 1 2
print(f"{b'xy'}")  # expect: b'xy'
