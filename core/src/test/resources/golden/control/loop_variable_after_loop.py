for i in range(5):
    pass
print(i)  # expect: 4
for k, v in [("a", 1), ("b", 2)]:
    pass
print(k, v)  # expect: b 2
j = "unchanged"
for j in []:
    pass
print(j)  # expect: unchanged
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)  # expect: [1, 2, 3, 4]
