i = 0
total = 0
while True:
    i += 1
    if i % 2:
        continue
    total += i
    if i >= 10:
        break
print(i, total)  # expect: 10 30
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)  # expect: 111
