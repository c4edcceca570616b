d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0))  # expect: 1 None 0
print(d.setdefault("a", 100), d.setdefault("b", []), d)  # expect: 1 [] {'a': 1, 'b': []}
d.setdefault("c", []).append(1)
d.setdefault("c", []).append(2)
print(d["c"])  # expect: [1, 2]
groups = {}
for w in ["ant", "bee", "ape", "cat", "bat"]:
    groups.setdefault(w[0], []).append(w)
print(groups)  # expect: {'a': ['ant', 'ape'], 'b': ['bee', 'bat'], 'c': ['cat']}
print(d.setdefault("n"), d["n"])  # expect: None None
