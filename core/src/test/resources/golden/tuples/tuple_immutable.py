t = (1, [2, 3])
t[1].append(4)
print(t)  # expect: (1, [2, 3, 4])
try:
    t[0] = 9
except TypeError as e:
    print(e)  # expect: 'tuple' object does not support item assignment
print(hash((1, 2)) == hash((1, 2)))  # expect: True
try:
    hash(t)
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
d = {(1, 2): "pair"}
print(d[(1, 2)], d[1, 2])  # expect: pair pair
