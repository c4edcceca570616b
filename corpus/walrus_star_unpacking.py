import re

data = [4, 8, 15, 16, 23, 42]
first, *middle, last = data
print(first, middle, last)
head, *tail = "abc"
print(head, tail)
*init, final = range(5)
print(init, final)
(a, b), c, *_ = (1, 2), 3, 4, 5
print(a, b, c)
for name, *scores in [("ann", 90, 85), ("bob", 70), ("cy",)]:
    print(name, scores, sum(scores) / len(scores) if scores else "n/a")
merged = [*data[:2], *"xy", *range(3)]
print(merged)
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1}, d1 | d2)
s = {*"hello"} & {*"world"}
print(sorted(s))


def stats(*nums, precision=2, **opts):
    avg = sum(nums) / len(nums)
    label = opts.get("label", "avg")
    extra = sorted(opts)
    return f"{label}={avg:.{precision}f} n={len(nums)} opts={extra}"


print(stats(1, 2, 3))
print(stats(*data, precision=1, label="mean", unit="cm"))
params = {"precision": 4, "label": "m"}
print(stats(*[1, 2], **params))


def kwonly(a, /, b, *, c=3):
    return a + b * c


print(kwonly(1, 2), kwonly(1, b=2, c=10))
try:
    kwonly(a=1, b=2)
except TypeError as e:
    print("TypeError:", type(e).__name__)

lines = ["key=value", "  ", "# comment", "name = gilvm ", "broken", "n=42"]
config = {}
for line in lines:
    if (stripped := line.strip()) and not stripped.startswith("#"):
        if (m := re.match(r"(\w+)\s*=\s*(.*)", stripped)) is not None:
            config[m[1]] = m[2]
        else:
            print("skipping:", stripped)
print(config)
values = [3, 9, 1, 12, 7, 15]
if (n := len(values)) > 5:
    print(f"list too long ({n} elements)")
big = [y for x in values if (y := x * x) > 50]
print(big)
total = 0
chunks = iter(range(1, 20))
while (chunk := [v for _, v in zip(range(4), chunks)]):
    total += sum(chunk)
    print("chunk", chunk, "running", total)
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)])
print(*range(5), sep=" | ", end=" <end>\n")
print(max(*values), min(values, default=0), *sorted(config))
x, y = 1, 2
x, y = y, x + y
print(x, y)
