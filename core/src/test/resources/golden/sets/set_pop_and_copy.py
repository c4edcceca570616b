s = {42}
print(s.pop(), s)  # expect: 42 set()
try:
    s.pop()
except KeyError as e:
    print(e)  # expect: 'pop from an empty set'
src = {1, 2, 3}
popped = set()
while src:
    popped.add(src.pop())
print(sorted(popped), src)  # expect: [1, 2, 3] set()
t = {1, 2}
u = set(t)
u.add(3)
print(sorted(t), sorted(u))  # expect: [1, 2] [1, 2, 3]
