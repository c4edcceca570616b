def naturals():
    n = 1
    while True:
        yield n
        n += 1

total = 0
for n in naturals():
    if n > 100:
        break
    total += n
print(total)  # expect: 5050

def take(k, it):
    for i, v in enumerate(it):
        if i == k:
            return
        yield v

print(list(take(5, (n * n for n in naturals()))))  # expect: [1, 4, 9, 16, 25]
