# Many inserts and deletes on a dict that never grows: deleted slots must be reclaimed by the
# table's own housekeeping, or lookups run out of free slots.
d = {}
for i in range(100_000):
    d[i] = i
    del d[i]
print(len(d), d)  # expect: 0 {}
d["k"] = 1
for i in range(10_000):
    d[("t", i)] = i
    d.pop(("t", i))
print(d, ("t", 5) in d)  # expect: {'k': 1} False
