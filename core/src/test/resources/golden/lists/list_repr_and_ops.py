print([1, "a", 2.0, None, True, [], (1,), {}])  # expect: [1, 'a', 2.0, None, True, [], (1,), {}]
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [] * 5)  # expect: [1, 2, 3] [0, 0, 0] [1, 2, 1, 2] []
print([1, 2] == [1, 2], [1, 2] < [1, 2, 0], [2] > [1, 99], [] == [])  # expect: True True True True
print(len([[], []]), [[]] == [[]])  # expect: 2 True
r = [1]
r.append(r)
print(r)  # expect: [1, [...]]
