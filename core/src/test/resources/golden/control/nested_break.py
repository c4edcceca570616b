pairs = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        pairs.append((i, j))
print(pairs)  # expect: [(0, 0), (1, 0), (1, 1), (2, 0), (2, 1), (2, 2)]

found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print(found, row)  # expect: 4 [3, 4]
