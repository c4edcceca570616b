print([*range(2), *"ab", *(5,)])  # expect: [0, 1, 'a', 'b', 5]
print((*[1, 2], 3))  # expect: (1, 2, 3)
print(sorted({*"aba", *[1 == 1]}, key=str))  # expect: [True, 'a', 'b']
print({**{"a": 1}, "b": 2, **{"a": 3}})  # expect: {'a': 3, 'b': 2}
first, *rest = [*"xy", *range(2)]
print(first, rest)  # expect: x ['y', 0, 1]
