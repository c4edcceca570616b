records = [("x", 2), ("y", 1), ("z", 2), ("w", 1), ("v", 2)]
by_num = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_num])  # expect: ['y', 'w', 'x', 'z', 'v']
rev = sorted(records, key=lambda r: r[1], reverse=True)
print([r[0] for r in rev])  # expect: ['x', 'z', 'v', 'y', 'w']
two_pass = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1])
print(two_pass)  # expect: [('w', 1), ('y', 1), ('v', 2), ('x', 2), ('z', 2)]
