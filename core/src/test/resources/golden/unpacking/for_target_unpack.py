pairs = [("a", 1), ("b", 2)]
for name, num in pairs:
    print(name, num)
# expect: a 1
# expect: b 2
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x + y)
# expect: 0 3
# expect: 1 7
for head, *tail in [[1, 2, 3], [4]]:
    print(head, tail)
# expect: 1 [2, 3]
# expect: 4 []
for k, v in {"p": 1}.items():
    print(f"{k}={v}")  # expect: p=1
