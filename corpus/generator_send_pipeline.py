"""Log processing with generators: plain pipelines, generators that receive
values through send(), cleanup with close()/finally, and throw()."""
import itertools


RAW = """\
GET /index.html 200 512
GET /about.html 200 1024
POST /login 302 0
GET /missing 404 128
GET /index.html 200 512
GET /api/items 500 64
# a comment line
GET /api/items 200 2048

POST /api/items 201 77
GET /index.html 304 0
"""


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def skip_noise(lines):
    for n, line in lines:
        if line.strip() and not line.startswith("#"):
            yield n, line


def parse(lines):
    for n, line in lines:
        method, path, status, size = line.split()
        yield {"line": n, "method": method, "path": path, "status": int(status), "size": int(size)}


def only(records, **criteria):
    return (r for r in records if all(r[k] == v for k, v in criteria.items()))


def running_average():
    """Coroutine: send numbers, get the average so far back."""
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count


def tally(name, log):
    """Coroutine sink that collects and reports when closed."""
    seen = []
    try:
        while True:
            item = yield
            seen.append(item)
    except GeneratorExit:
        log.append(f"{name} closed after {len(seen)} item(s): {seen}")
        raise


def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()


def chunked(iterable, size):
    it = iter(iterable)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def resilient_counter():
    n = 0
    while True:
        try:
            received = yield n
        except ValueError as e:
            print(f"  counter got ValueError({e}); resetting")
            n = 0
        else:
            n += received if received is not None else 1


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


def delegator():
    result = yield from running_average()
    yield f"inner generator averaged {result} values"


records = list(parse(skip_noise(read_lines(RAW))))
print(len(records), "records; first:", records[0])
print("errors:", [(r["line"], r["status"]) for r in records if r["status"] >= 400])
print("GET 200 paths:", sorted({r["path"] for r in only(records, method="GET", status=200)}))
print("bytes by method:", {m: sum(r["size"] for r in g)
                           for m, g in itertools.groupby(sorted(records, key=lambda r: r["method"]), key=lambda r: r["method"])})

avg = running_average()
next(avg)
print("running:", [round(avg.send(r["size"]), 2) for r in records[:5]])
try:
    avg.send(None)
except StopIteration as stop:
    print("averager finished, count =", stop.value)

log = []
a, b = tally("all", log), tally("big", log)
next(a), next(b)
hub = broadcast([a, b])
next(hub)
for r in records:
    hub.send(r["status"])
hub.close()
print(*log, sep="\n")
print("hub state:", hub.gi_frame is None)

print("chunks:", [sum(c) for c in chunked((r["size"] for r in records), 3)])
c = resilient_counter()
print(next(c), c.send(5), c.send(None), c.throw(ValueError("boom")), c.send(2))
c.close()
try:
    next(c)
except StopIteration:
    print("closed counter raises StopIteration")

print(list(flatten([1, [2, [3, (4, 5)], []], 6])))
d = delegator()
next(d)
for v in (10, 20, 40):
    d.send(v)
print(d.send(None))

pairs = itertools.pairwise(r["status"] for r in records)
changes = sum(1 for x, y in pairs if x != y)
print("status changes:", changes)
evens = itertools.compress(records, itertools.cycle([True, False]))
print([r["line"] for r in evens])
print(list(itertools.accumulate((r["size"] for r in records), initial=0))[-3:])
print(list(itertools.takewhile(lambda r: r["status"] < 400, records))[-1]["path"])
print(dict(itertools.zip_longest("abc", range(2), fillvalue=None)))
gen = (x * x for x in range(4))
print(next(gen), list(gen), list(gen))
print(sum(1 for _ in itertools.product("ab", repeat=3)), list(itertools.starmap(pow, [(2, 5), (3, 2)])))
