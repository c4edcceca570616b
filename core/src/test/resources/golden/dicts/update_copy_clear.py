d = {"a": 1}
d.update({"b": 2, "a": 10})
d.update([("c", 3)])
d.update(e=5)
print(d)  # expect: {'a': 10, 'b': 2, 'c': 3, 'e': 5}
c = d.copy()
c["z"] = 0
print(len(d), len(c), c is d)  # expect: 4 5 False
nested = {"l": [1]}
shallow = nested.copy()
shallow["l"].append(2)
print(nested)  # expect: {'l': [1, 2]}
alias = d
d.clear()
print(d, alias, len(c))  # expect: {} {} 5
