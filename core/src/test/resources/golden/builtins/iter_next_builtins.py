it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))  # expect: 1 2 3 end
s = iter({"b": 0, "a": 0})
print(list(s))  # expect: ['b', 'a']
r = iter(range(2))
print(next(r), next(r), next(r, None))  # expect: 0 1 None
try:
    iter(5)
except TypeError as e:
    print(e)  # expect: 'int' object is not iterable
try:
    next([1])
except TypeError as e:
    print(e)  # expect: 'list' object is not an iterator
