a, b = 1, 2
print(a, b)  # expect: 1 2
(c, d) = [3, 4]
[e, f] = "xy"
print(c, d, e, f)  # expect: 3 4 x y
g, = [5]
print(g)  # expect: 5
x = y = z = 0
print(x, y, z)  # expect: 0 0 0
k, v = {"key": "val"}.popitem()
print(k, v)  # expect: key val
p, q = range(2)
print(p, q)  # expect: 0 1
