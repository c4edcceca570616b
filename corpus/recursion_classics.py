import sys


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def permutations(seq):
    if len(seq) <= 1:
        return [seq]
    out = []
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            out.append(x + rest)
    return out


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def binary_strings_no_adjacent_ones(n, prefix=""):
    if len(prefix) == n:
        return [prefix]
    out = binary_strings_no_adjacent_ones(n, prefix + "0")
    if not prefix.endswith("1"):
        out += binary_strings_no_adjacent_ones(n, prefix + "1")
    return out


def depth(obj):
    if isinstance(obj, dict):
        return 1 + max((depth(v) for v in obj.values()), default=0)
    if isinstance(obj, list):
        return 1 + max((depth(v) for v in obj), default=0)
    return 0


def count_down(n):
    return [] if n < 0 else [n] + count_down(n - 1)


moves = hanoi(4)
print("hanoi(4):", len(moves), "moves")
for disk, a, b in moves[:8]:
    print(f"  move disk {disk} {a} -> {b}")
print("hanoi sizes:", [len(hanoi(n)) for n in range(1, 11)])
print("perms:", permutations("abcd")[:8], len(permutations("abcde")))
print("power set:", power_set([1, 2, 3]))
print("flatten:", list(flatten([1, [2, [3, (4, 5)], []], [[[6]]], 7])))
print("ackermann:", [ackermann(2, n) for n in range(5)], ackermann(3, 3))
print("gcd:", gcd(1071, 462), gcd(17, 5), gcd(0, 9))
print("fib-strings:", binary_strings_no_adjacent_ones(4), [len(binary_strings_no_adjacent_ones(n)) for n in range(1, 12)])
print("depth:", depth({"a": [1, {"b": [2, 3]}], "c": 4}), depth([]), depth(5))
print(count_down(10))
sys.setrecursionlimit(3000)


def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)


print("deep recursion:", sum_to(2000))


def runaway(n):
    return runaway(n + 1)


try:
    runaway(0)
except RecursionError as e:
    print("RecursionError caught:", "recursion" in str(e))
