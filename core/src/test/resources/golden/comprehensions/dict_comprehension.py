words = ["apple", "bob", "kiwi", "apple"]
print({w: len(w) for w in words})  # expect: {'apple': 5, 'bob': 3, 'kiwi': 4}
d = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in d.items()})  # expect: {1: 'a', 2: 'b', 3: 'c'}
print({k: v * v for k, v in d.items() if v != 2})  # expect: {'a': 1, 'c': 9}
print({i % 3: i for i in range(7)})  # expect: {0: 6, 1: 4, 2: 5}
