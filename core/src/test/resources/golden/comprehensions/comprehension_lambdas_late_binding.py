fs = [lambda: i for i in range(3)]
print([f() for f in fs])  # expect: [2, 2, 2]
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])  # expect: [0, 1, 2]
adders = {n: (lambda x, n=n: x + n) for n in (1, 10)}
print(adders[1](5), adders[10](5))  # expect: 6 15
