print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))  # expect: [3, 2, 1] ['c', 'b', 'a'] [2, 1, 0]
print(list(reversed((1, 2))), "".join(reversed("stressed")))  # expect: [2, 1] desserts
r = reversed([1, 2])
print(next(r), list(r), list(r))  # expect: 2 [1] []
print(list(reversed({"a": 1, "b": 2})))  # expect: ['b', 'a']
try:
    reversed({1, 2})
except TypeError as e:
    print(e)  # expect: 'set' object is not reversible
