def running_avg():
    total = 0
    count = 0
    for x in [10, 20, 30, 40]:
        total += x
        count += 1
        yield total / count

print(list(running_avg()))  # expect: [10.0, 15.0, 20.0, 25.0]

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f1, f2 = fib(), fib()
print([next(f1) for _ in range(10)])  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
print(next(f2), next(f1))  # expect: 0 55
