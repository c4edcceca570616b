evens = {n for n in range(20) if n % 2 == 0}
threes = set(range(0, 20, 3))
print(sorted(evens | threes))
print(sorted(evens & threes), sorted(evens - threes), sorted(evens ^ threes))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1, 2}.isdisjoint({3, 4}))
fs = frozenset([3, 1, 2])
lookup = {fs: "triple", frozenset(): "empty"}
print(lookup[frozenset({1, 2, 3})], lookup[frozenset()], sorted(fs), len(fs))
s = {5, 3, 8}
s.add(1); s.discard(42); s.remove(3)
s.update([10, 11], (12,))
print(sorted(s), 8 in s, len(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
inventory = {"apples": 5, "pears": 0, "plums": 12}
inventory["kiwis"] = 7
inventory.update({"pears": 3}, figs=1)
print(inventory)
print(list(inventory.keys()), list(inventory.values()), list(inventory.items())[:2])
print(inventory.get("mango"), inventory.get("mango", 0), inventory.setdefault("mango", 9), inventory["mango"])
print(inventory.pop("plums"), inventory.pop("nothing", "default"), inventory.popitem(), inventory)
print({k: v for k, v in inventory.items() if v > 2}, {v: k for k, v in inventory.items()})
print(dict.fromkeys(["a", "b"], 0), dict(zip("xyz", range(3))), dict([("k", 1)], extra=2))
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.items() - {("x", 1)}))
merged = a | b
a |= {"q": 9}
print(merged, a)
del a["x"]
print(a, "x" in a, len(a), list(reversed(a)))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
grouped = {}
for word in ["ant", "bee", "cat", "ape", "bat", "cow"]:
    grouped.setdefault(word[0], []).append(word)
print(grouped)
matrix = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(sorted(matrix.items())[:4], max(matrix, key=matrix.get), sum(matrix.values()))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("x", {}).get("c", "absent"))
d = {}
d[1] = "int"; d[1.0] = "float"; d[True] = "bool"
print(d, len(d))
print(sorted({3, 1, 2}), sorted({(2, "b"), (1, "z"), (1, "a")}), set() == set(), {} == dict(), len({1, 1.0, True}))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
view = inventory.keys()
inventory["late"] = 1
print("late" in view, len(view))
