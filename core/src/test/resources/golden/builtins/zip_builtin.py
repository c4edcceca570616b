print(list(zip([1, 2, 3], "abc")))  # expect: [(1, 'a'), (2, 'b'), (3, 'c')]
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([])))  # expect: [(1, 'a'), (2, 'b')] [] []
print(list(zip(range(2), range(10, 12), "xy")))  # expect: [(0, 10, 'x'), (1, 11, 'y')]
names, ages = ["a", "b"], [1, 2]
print(dict(zip(names, ages)))  # expect: {'a': 1, 'b': 2}
pairs = [(1, "x"), (2, "y")]
nums, chars = zip(*pairs)
print(nums, chars)  # expect: (1, 2) ('x', 'y')
