import re
from collections import Counter, defaultdict

LOG = """\
2024-03-01 08:00:01 INFO  [auth] user=alice action=login ip=10.0.0.5
2024-03-01 08:00:07 WARN  [auth] user=bob action=login ip=10.0.0.9 reason="bad password"
2024-03-01 08:00:09 WARN  [auth] user=bob action=login ip=10.0.0.9 reason="bad password"
2024-03-01 08:01:15 INFO  [api] GET /items/42 200 12ms
2024-03-01 08:01:16 INFO  [api] GET /items/43 404 3ms
2024-03-01 08:01:20 ERROR [db] timeout after 5000ms query="SELECT * FROM items"
2024-03-01 08:02:00 INFO  [api] POST /items 201 45ms
2024-03-01 08:02:30 INFO  [auth] user=bob action=login ip=10.0.0.9
2024-03-01 08:03:10 INFO  [api] GET /items/42 200 9ms
2024-03-01 08:03:11 ERROR [api] GET /admin 500 120ms
garbage line without structure
2024-03-01 08:04:00 INFO  [auth] user=alice action=logout ip=10.0.0.5
"""

LINE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+\[(?P<mod>\w+)\] (?P<msg>.*)$")
KV = re.compile(r'(\w+)=("[^"]*"|\S+)')
HTTP = re.compile(r"(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) (?P<status>\d{3}) (?P<ms>\d+)ms")

levels = Counter()
modules = defaultdict(int)
http = []
bad = []
kvs = []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    levels[m["level"]] += 1
    modules[m.group("mod")] += 1
    msg = m.group("msg")
    if h := HTTP.search(msg):
        http.append((h["method"], h["path"], int(h["status"]), int(h["ms"])))
    pairs = {k: v.strip('"') for k, v in KV.findall(msg)}
    if pairs:
        kvs.append((m["time"], pairs))

print("levels:", sorted(levels.items()))
print("modules:", dict(sorted(modules.items())))
print("unparsed lines:", bad)
for method, path, status, ms in http:
    print(f"  {method:5} {path:12} {status} {ms:4d}ms {'SLOW' if ms > 40 else ''}".rstrip())
print("mean latency: %.1fms" % (sum(h[3] for h in http) / len(http)))
print("status classes:", sorted(Counter(f"{s // 100}xx" for _, _, s, _ in http).items()))
failed = Counter(p["user"] for _, p in kvs if "reason" in p)
print("failed logins:", dict(failed))
for t, p in kvs:
    print(" ", t, sorted(p.items()))
paths = sorted({re.sub(r"/\d+", "/:id", h[1]) for h in http})
print("routes:", paths)
print(re.sub(r"(\d+)ms", lambda m: f"{int(m.group(1)) / 1000:.3f}s", "took 1500ms then 20ms"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;d"))
print(re.findall(r"\b[A-Z]{3,}\b", LOG)[:6])
print(bool(re.fullmatch(r"\d+\.\d+\.\d+\.\d+", "10.0.0.5")), re.escape("a.b*c"))
print(re.compile(r"(?i)error").findall(LOG), len(re.findall(r"^2024", LOG, re.M)))
