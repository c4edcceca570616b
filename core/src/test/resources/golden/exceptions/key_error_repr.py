d = {"a": 1}
try:
    d["x"]
except KeyError as e:
    print(repr(e), str(e), e.args)  # expect: KeyError('x') 'x' ('x',)
try:
    {}[3]
except LookupError as e:
    print(type(e).__name__, e)  # expect: KeyError 3
print(d["x"])
# expect error: KeyError: 'x'
