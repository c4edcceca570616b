it = iter([10, 20])
print(next(it, None))  # expect: 10
print(next(it, None))  # expect: 20
print(next(it, None))  # expect: None
print(next(it, "x"))  # expect: x

def evens():
    n = 0
    while True:
        yield n
        n += 2

e = evens()
print([next(e) for _ in range(4)])  # expect: [0, 2, 4, 6]
print(next((x for x in range(10) if x > 7), -1), next((x for x in range(3) if x > 7), -1))  # expect: 8 -1
