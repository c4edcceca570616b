def read_records():
    raw = """2024-01-03,alice,coffee,3.50
2024-01-03,bob,tea,2.75
2024-01-04,alice,bagel,4.25
2024-01-04,carol,coffee,3.50
bad line here
2024-01-05,bob,coffee,3.50
2024-01-05,alice,tea,2.75
2024-01-06,carol,muffin,3.95
2024-01-06,dave,coffee,-1
2024-01-07,bob,bagel,4.25"""
    for lineno, line in enumerate(raw.splitlines(), 1):
        yield lineno, line


def parse(lines):
    for lineno, line in lines:
        parts = line.split(",")
        if len(parts) != 4:
            print(f"  skip line {lineno}: {line!r}")
            continue
        date, who, item, price = parts
        yield {"date": date, "who": who, "item": item, "price": float(price)}


def valid(records):
    for r in records:
        if r["price"] > 0:
            yield r
        else:
            print(f"  invalid price for {r['who']}: {r['price']}")


def running_total(records):
    total = 0.0
    for r in records:
        total += r["price"]
        yield r, total


def chunked(iterable, n):
    chunk = []
    for x in iterable:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


def delegator(results):
    r = yield from accumulator()
    results.append(r)


print("pipeline:")
for rec, tot in running_total(valid(parse(read_records()))):
    print(f"{rec['date']} {rec['who']:<6} {rec['item']:<7} {rec['price']:5.2f} running={tot:6.2f}")

print("chunks:", list(chunked(range(11), 4)))
print("fib:", list(take(15, fib())))
print("even fibs:", [x for x in take(30, fib()) if x % 2 == 0][:8])
squares = (x * x for x in range(10))
print(sum(squares), sum(squares))
acc = accumulator()
next(acc)
for v in (5, 10, 20):
    print("acc ->", acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final:", e.value)
res = []
d = delegator(res)
next(d)
d.send(1); d.send(2)
try:
    d.send(None)
except StopIteration:
    pass
print("delegated:", res)


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))


c = Countdown(5)
print(list(c), list(reversed(c)), 3 in c, max(c))
gen = (ch.upper() for ch in "lazy")
print(next(gen), next(gen), list(gen))
def closing_gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleaned up")
g = closing_gen()
print(next(g))
g.close()
