print(list(map(str, [1, 2, 3])))  # expect: ['1', '2', '3']
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))  # expect: [4, 10]
print(list(filter(lambda x: x % 2, range(6))))  # expect: [1, 3, 5]
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))  # expect: [1, 'a', [0]]
m = map(int, ["7", "8"])
print(type(m).__name__, next(m), list(m))  # expect: map 7 [8]
print(sum(map(len, ["ab", "cde"])), list(map(abs, (-1, -2))))  # expect: 5 [1, 2]
