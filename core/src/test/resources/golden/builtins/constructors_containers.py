print(list("abc"), list((1, 2)), list({"k": 1}), list())  # expect: ['a', 'b', 'c'] [1, 2] ['k'] []
print(tuple([1, 2]), tuple("ab"), tuple())  # expect: (1, 2) ('a', 'b') ()
print(sorted(set([3, 1, 3])), set(), set("a"))  # expect: [1, 3] set() {'a'}
print(list(x * 2 for x in range(3)), tuple(range(2)))  # expect: [0, 2, 4] (0, 1)
print(bool(), bool([]), bool([0]), bool(0.0), bool("0"))  # expect: False False True False True
