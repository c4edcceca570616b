class O:
    pass

a = O()
b = O()
print(a == a, a == b, a != b)  # expect: True False True
print(len({a, b, a}))  # expect: 2
d = {a: 1}
print(d.get(a), d.get(b))  # expect: 1 None
print(a in [b, a], O() in [a, b])  # expect: True False
