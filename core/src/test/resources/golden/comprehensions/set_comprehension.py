s = {x % 4 for x in range(10)}
print(sorted(s), len(s))  # expect: [0, 1, 2, 3] 4
print(sorted({c for c in "mississippi"}))  # expect: ['i', 'm', 'p', 's']
print({w for w in ["a"] if w})  # expect: {'a'}
print({x for x in []})  # expect: set()
print(type({x for x in ()}).__name__, type({}).__name__)  # expect: set dict
