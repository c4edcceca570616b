print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))  # expect: (3, 2) (-4, 3) (-4, -3)
print(divmod(2 ** 80, 10 ** 9))  # expect: (1208925819614629, 174706176)
print(divmod(7.5, 2))  # expect: (3.0, 1.5)
q, r = divmod(100, 7)
print(q * 7 + r)  # expect: 100
for a, b in [(13, 4), (-13, 4), (13, -4), (-13, -4)]:
    q, r = divmod(a, b)
    assert q == a // b and r == a % b and q * b + r == a
print("consistent")  # expect: consistent
