text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)  # expect: {'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1}
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:3])  # expect: [('the', 3), ('and', 2), ('bat', 1)]
