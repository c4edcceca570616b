it = iter("abc")
print(next(it), next(it))  # expect: a b
print(list(it))  # expect: ['c']
d = {"x": 1, "y": 2}
di = iter(d)
print(next(di))  # expect: x
print(iter(it) is it)  # expect: True
z = zip([1, 2, 3], "ab")
print(next(z), list(z))  # expect: (1, 'a') [(2, 'b')]
m = map(str, [1, 2])
print(list(m), list(m))  # expect: ['1', '2'] []
