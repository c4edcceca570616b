"""Analyse a web server log: parsing with re, aggregation, and a small report."""
import re
import statistics
from collections import Counter, OrderedDict, deque, namedtuple
from contextlib import contextmanager, suppress, ExitStack
from functools import lru_cache, reduce, singledispatch, partial, total_ordering
from itertools import accumulate, groupby, islice, pairwise, zip_longest, chain
from operator import attrgetter, itemgetter
from string import Template
from typing import NamedTuple, Protocol, Iterator

LOG = """\
10.0.0.1 - - [12/Mar/2024:10:00:01] "GET /index.html HTTP/1.1" 200 512 0.012
10.0.0.2 - - [12/Mar/2024:10:00:03] "GET /about HTTP/1.1" 200 1024 0.020
10.0.0.1 - - [12/Mar/2024:10:00:04] "POST /api/login HTTP/1.1" 401 64 0.105
10.0.0.3 - - [12/Mar/2024:10:01:10] "GET /index.html HTTP/1.1" 304 0 0.002
10.0.0.2 - - [12/Mar/2024:10:01:15] "GET /missing HTTP/1.1" 404 128 0.004
bad line here
10.0.0.4 - - [12/Mar/2024:10:02:00] "GET /api/items?page=2 HTTP/1.1" 200 2048 0.250
10.0.0.1 - - [12/Mar/2024:10:02:30] "POST /api/login HTTP/1.1" 200 96 0.090
10.0.0.5 - - [12/Mar/2024:10:03:45] "DELETE /api/items/7 HTTP/1.1" 500 32 1.500
10.0.0.3 - - [12/Mar/2024:10:04:00] "GET /api/items?page=1 HTTP/1.1" 200 4096 0.310
"""

PATTERN = re.compile(
    r'(?P<ip>\d+(?:\.\d+){3}) - - \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<version>[\d.]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+) (?P<secs>[\d.]+)')


class Hit(NamedTuple):
    ip: str
    minute: str
    method: str
    path: str
    status: int
    size: int
    secs: float

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 400


class Sink(Protocol):
    def write(self, text: str) -> int: ...


def parse(lines) -> Iterator[Hit]:
    for n, line in enumerate(lines, 1):
        if (m := PATTERN.match(line)) is None:
            print(f"skip line {n}: {line[:20]!r}")
            continue
        g = m.groupdict()
        yield Hit(g["ip"], g["when"][12:17], g["method"], g["path"].split("?")[0],
                  int(g["status"]), int(g["size"]), float(g["secs"]))


@total_ordering
class Endpoint:
    def __init__(self, path):
        self.path = path
        self.hits = []

    def __eq__(self, other):
        return self.path == other.path

    def __lt__(self, other):
        return (len(self.hits), self.path) < (len(other.hits), other.path)

    def __format__(self, spec):
        if spec == "short":
            return self.path.rsplit("/", 1)[-1] or "/"
        return format(f"{self.path} ({len(self.hits)})", spec)


@singledispatch
def describe(value):
    return f"value {value!r}"


@describe.register
def _(value: int):
    return f"int {value:,}"


@describe.register
def _(value: float):
    return f"float {value:.3f}"


@describe.register(list)
def _(value):
    return "list of " + ", ".join(describe(v) for v in value)


@lru_cache(maxsize=None)
def status_class(code: int) -> str:
    match code // 100:
        case 2:
            return "success"
        case 3:
            return "redirect"
        case 4 if code == 404:
            return "not found"
        case 4:
            return "client error"
        case _:
            return "server error"


@contextmanager
def section(title, out):
    out.append(f"== {title} ==")
    try:
        yield out
    finally:
        out.append("")


def main():
    hits = list(parse(LOG.splitlines()))
    print(len(hits), "hits;", hits[0])
    by_status = Counter(status_class(h.status) for h in hits)
    print(sorted(by_status.items()), status_class.cache_info().hits)
    endpoints = OrderedDict()
    for h in hits:
        endpoints.setdefault(h.path, Endpoint(h.path)).hits.append(h)
    ranked = sorted(endpoints.values(), reverse=True)
    print([f"{e:short}" for e in ranked], f"[{ranked[0]:>24}]")
    secs = [h.secs for h in hits]
    print(f"mean {statistics.mean(secs):.4f} median {statistics.median(secs):.3f} "
          f"stdev {statistics.stdev(secs):.4f}")
    print("running bytes:", list(accumulate(h.size for h in hits)))
    print("gaps:", [round(b.secs - a.secs, 3) for a, b in pairwise(hits)][:4])
    per_minute = {k: len(list(g)) for k, g in groupby(hits, key=attrgetter("minute"))}
    print(per_minute)
    slowest = sorted(hits, key=attrgetter("secs"), reverse=True)[:3]
    print([(h.method, h.path) for h in slowest])
    ips = Counter(map(itemgetter(0), hits))
    print(ips.most_common(2), sum(ips.values()))
    total = reduce(lambda acc, h: acc + h.size, hits, 0)
    print(describe(total), describe(1.5), describe([1, 2.25, "x"]))
    window = deque(maxlen=3)
    peaks = []
    for h in hits:
        window.append(h.secs)
        if len(window) == 3:
            peaks.append(max(window))
    print("peaks:", peaks)
    out = []
    with ExitStack() as stack:
        stack.enter_context(section("errors", out))
        for h in hits:
            if not h.ok:
                out.append(Template("$method $path -> $status").substitute(h._asdict()))
    with suppress(KeyError):
        out.append(str(endpoints["/nope"]))
    print("\n".join(out))
    fmt = partial("{0:<10}|{1:>6}".format)
    for a, b in zip_longest(["GET", "POST", "DELETE"], [7, 2], fillvalue="-"):
        print(fmt(a, b))
    print(list(islice(chain.from_iterable((h.ip, h.status) for h in hits), 5)))


main()
