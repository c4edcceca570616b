a = [1, [2, 3]]
b = a.copy()
c = a[:]
b.append(4)
b[1].append(99)
print(a, b, c)  # expect: [1, [2, 3, 99]] [1, [2, 3, 99], 4] [1, [2, 3, 99]]
print(a is b, a[1] is b[1])  # expect: False True
alias = a
a.clear()
print(a, alias, b)  # expect: [] [] [1, [2, 3, 99], 4]
d = list(b)
print(d == b, d is b)  # expect: True False
