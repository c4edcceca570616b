def pascal(n):
    row = [1]
    rows = []
    for _ in range(n):
        rows.append(row)
        row = [a + b for a, b in zip([0] + row, row + [0])]
    return rows


def fizzbuzz(n, rules=((3, "Fizz"), (5, "Buzz"))):
    for i in range(1, n + 1):
        out = "".join(word for d, word in rules if i % d == 0)
        yield out or str(i)


rows = pascal(12)
width = len("   ".join(map(str, rows[-1])))
for r in rows:
    print("   ".join(map(str, r)).center(width).rstrip())
print("sierpinski:")
for r in pascal(16):
    print(" ".join("*" if x % 2 else " " for x in r).center(32).rstrip())
print(", ".join(fizzbuzz(20)))
print(" ".join(fizzbuzz(30, ((2, "Fi"), (7, "Zz")))))
for i in range(1, 6):
    print(" " * (5 - i) + "#" * (2 * i - 1))
for i in range(4, 0, -1):
    print(" " * (5 - i) + "#" * (2 * i - 1))
size = 5
for r in range(size):
    print(" ".join(str((r * c) % 10) for c in range(1, size + 1)))
print("multiplication table:")
print("    " + "".join(f"{c:4d}" for c in range(1, 10)))
for r in range(1, 10):
    print(f"{r:2d} |" + "".join(f"{r * c:4d}" for c in range(1, 10)))
