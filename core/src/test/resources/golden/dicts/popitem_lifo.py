# popitem() takes the last item each time (LIFO), also after deletions and with inserts between.
d = {i: i * i for i in range(2000)}
total = 0
while d:
    k, v = d.popitem()
    total += v
    if k % 500 == 0:
        d[-k] = 0
        del d[-k]
print(total)  # expect: 2664667000
d = {"a": 1, "b": 2, "c": 3}
del d["c"]
print(d.popitem(), d)  # expect: ('b', 2) {'a': 1}
d["z"] = 26
print(list(d.items()))  # expect: [('a', 1), ('z', 26)]
