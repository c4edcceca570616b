# A generator that rebinds the variable it yielded drops its own reference to the value it gave
# out; natives that collect an iterator's values (tuple, sorted, unpacking) must hold each one
# while they fetch the next.


def fresh_lists():
    for i in range(3):
        x = [i]
        yield x


print(tuple(fresh_lists()))
print(sorted(fresh_lists(), key=lambda v: -v[0]))
a, b, c = fresh_lists()
print(a, b, c)
print(max(fresh_lists()), min(fresh_lists(), key=lambda v: v[0]))
print(dict(zip("abc", fresh_lists())))
print(set(map(tuple, fresh_lists())) == {(0,), (1,), (2,)})
# expect: ([0], [1], [2])
# expect: [[2], [1], [0]]
# expect: [0] [1] [2]
# expect: [2] [0]
# expect: {'a': [0], 'b': [1], 'c': [2]}
# expect: True
