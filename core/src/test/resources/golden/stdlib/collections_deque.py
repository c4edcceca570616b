from collections import deque
d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], 2 in d, 9 in d)
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.rotate(1); print(d)
d.rotate(-2); print(d)
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(9); print(b)
b.appendleft(7); print(b)
b.extend([10, 11]); print(b)
b.extendleft([1, 2]); print(b)
print(list(reversed(b)), list(b))
e = deque()
try:
    e.pop()
except IndexError as ex:
    print('IndexError:', ex)
try:
    e[0]
except IndexError as ex:
    print('IndexError:', ex)
try:
    deque(maxlen=-1)
except ValueError as ex:
    print('ValueError:', ex)
try:
    b.insert(0, 5)
except IndexError as ex:
    print('IndexError:', ex)
try:
    d.remove(42)
except ValueError as ex:
    print('ValueError:', ex)
try:
    d.index(42)
except ValueError as ex:
    print('ValueError:', ex)
d = deque('abcde')
d.remove('c'); d.insert(1, 'z'); print(d, d.index('z'), d.count('a'))
del d[0]; d[0] = 'Q'; print(d)
d.reverse(); print(d)
print(d == deque(reversed(['Q', 'b', 'd', 'e'])), deque([1, 2]) < deque([1, 3]))
print(deque([1]) + deque([2]), deque([1, 2]) * 2, d.copy(), bool(deque()))
x = deque([1, 2]); x += [3]; print(x)
x.clear(); print(x, repr(deque(maxlen=2)))
try:
    for item in (y := deque([1, 2, 3])):
        y.append(4)
except RuntimeError as ex:
    print('RuntimeError:', ex)
print(type(d), deque.__name__)
try:
    hash(d)
except TypeError as ex:
    print('TypeError:', ex)
z = deque([1]); z.append(z); print(z)
try:
    d['a']
except TypeError as ex:
    print('TypeError:', ex)
print(deque(maxlen=0), deque(iterable=[1], maxlen=None))

# CPython 3.11's output:
# expect: deque([1, 2, 3]) 3 1 3 True False
# expect: deque([1, 2, 3]) 4 0 deque([1, 2, 3])
# expect: deque([3, 1, 2])
# expect: deque([2, 3, 1])
# expect: deque([2, 3, 4], maxlen=3) 3
# expect: deque([3, 4, 9], maxlen=3)
# expect: deque([7, 3, 4], maxlen=3)
# expect: deque([4, 10, 11], maxlen=3)
# expect: deque([2, 1, 4], maxlen=3)
# expect: [4, 1, 2] [2, 1, 4]
# expect: IndexError: pop from an empty deque
# expect: IndexError: deque index out of range
# expect: ValueError: maxlen must be non-negative
# expect: IndexError: deque already at its maximum size
# expect: ValueError: 42 is not in deque
# expect: ValueError: 42 is not in deque
# expect: deque(['a', 'z', 'b', 'd', 'e']) 1 1
# expect: deque(['Q', 'b', 'd', 'e'])
# expect: deque(['e', 'd', 'b', 'Q'])
# expect: True True
# expect: deque([1, 2]) deque([1, 2, 1, 2]) deque(['e', 'd', 'b', 'Q']) False
# expect: deque([1, 2, 3])
# expect: deque([]) deque([], maxlen=2)
# expect: RuntimeError: deque mutated during iteration
# expect: <class 'collections.deque'> deque
# expect: TypeError: unhashable type: 'collections.deque'
# expect: deque([1, [...]])
# expect: TypeError: sequence index must be integer, not 'str'
# expect: deque([], maxlen=0) deque([1])
