items = [3, 1, 3, 2, 1, 5]
seen = set()
unique = []
for x in items:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique)  # expect: [3, 1, 2, 5]
print(sorted(set(items)), len(seen))  # expect: [1, 2, 3, 5] 4
words = ["b", "a", "b"]
print(sorted({w.upper() for w in words}))  # expect: ['A', 'B']
