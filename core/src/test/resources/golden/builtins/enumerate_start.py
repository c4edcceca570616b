for i, c in enumerate("ab"):
    print(i, c)
# expect: 0 a
# expect: 1 b
print(list(enumerate(["x", "y"], start=1)))  # expect: [(1, 'x'), (2, 'y')]
print(list(enumerate("z", 10)), list(enumerate([])))  # expect: [(10, 'z')] []
print(dict(enumerate("ab")))  # expect: {0: 'a', 1: 'b'}
e = enumerate("pq", -1)
print(next(e), next(e), next(e, None))  # expect: (-1, 'p') (0, 'q') None
