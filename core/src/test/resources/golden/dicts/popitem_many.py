# popitem() takes the last item each time (LIFO), even after many deletions.
d = {i: i * i for i in range(50000)}
total = 0
while d:
    k, v = d.popitem()
    total += v
print(total)  # expect: 41665416675000
d = {"a": 1, "b": 2, "c": 3}
del d["c"]
print(d.popitem(), d)  # expect: ('b', 2) {'a': 1}
d["z"] = 26
print(list(d.items()))  # expect: [('a', 1), ('z', 26)]
