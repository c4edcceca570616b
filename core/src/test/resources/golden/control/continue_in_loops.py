out = []
for i in range(10):
    if i % 3 == 0:
        continue
    out.append(i)
print(out)  # expect: [1, 2, 4, 5, 7, 8]
i = 0
odds = []
while i < 7:
    i += 1
    if i % 2 == 0:
        continue
    odds.append(i)
else:
    print("done", odds)  # expect: done [1, 3, 5, 7]
