print(sum([1, 2, 3]), sum([]), sum([1.5, 2.5]), sum(range(4), 10))  # expect: 6 0 4.0 16
print(sum([[1], [2]], []))  # expect: [1, 2]
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("abc"))  # expect: 1 3 4 c
print(max([1, 3, 2], key=lambda x: -x), min(["bb", "a", "ccc"], key=len))  # expect: 1 a
print(max([], default="none"), min((), default=0), max([7], default=1))  # expect: none 0 7
print(max([2, 2.0]), max(2.0, 2), max(["a", "bb", "cc"], key=len))  # expect: 2 2.0 bb
try:
    max([])
except ValueError as e:
    print(e)  # expect: max() arg is an empty sequence
try:
    min()
except TypeError as e:
    print(e)  # expect: min expected at least 1 argument, got 0
