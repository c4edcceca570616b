print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))  # expect: True True True True
pts = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pts))  # expect: [(1, 'a'), (1, 'z'), (2, 'a'), (2, 'b')]
print(max(pts), min(pts))  # expect: (2, 'b') (1, 'a')
print((1, 2) == [1, 2], (1,) != (1.0,))  # expect: False False
