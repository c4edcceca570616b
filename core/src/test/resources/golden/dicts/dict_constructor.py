print(dict(a=1, b=2))  # expect: {'a': 1, 'b': 2}
print(dict([("x", 1), ("y", 2)]))  # expect: {'x': 1, 'y': 2}
print(dict(zip("abc", range(3))))  # expect: {'a': 0, 'b': 1, 'c': 2}
print(dict({"k": 1}, k2=2), dict())  # expect: {'k': 1, 'k2': 2} {}
print(dict([("a", 1), ("a", 2)]))  # expect: {'a': 2}
print(dict([(c, 0) for c in "ab"]))  # expect: {'a': 0, 'b': 0}
