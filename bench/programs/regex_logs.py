# Log parsing with re: 60,000 access-log lines (600 generated ones, repeated) matched field by
# field, counted by status and path, with a findall and a sub over every line, as a
# monitoring script would.
import re

LINE = re.compile(
    r'(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<when>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+|-)')
PATHS = ["/", "/index.html", "/api/v1/users", "/api/v1/items?id=42", "/static/app.js", "/login"]
METHODS = ["GET", "POST", "PUT", "GET", "GET"]
STATUS = ["200", "200", "404", "500", "301", "200"]


def make_lines(n):
    lines = []
    for i in range(n):
        ip = "10.%d.%d.%d" % (i % 256, (i // 7) % 256, (i // 13) % 256)
        when = "07/Dec/2026:13:%02d:%02d +0000" % ((i // 60) % 60, i % 60)
        lines.append('%s - - [%s] "%s %s HTTP/1.1" %s %s' % (
            ip, when, METHODS[i % 5], PATHS[i % 6], STATUS[i % 6], "-" if i % 11 == 0 else str(i % 5000)))
    return lines


def parse(lines):
    by_status = {}
    by_path = {}
    total = 0
    digits = 0
    for line in lines:
        m = LINE.match(line)
        if m is None:
            continue
        status = m.group("status")
        by_status[status] = by_status.get(status, 0) + 1
        path = m.group("path")
        by_path[path] = by_path.get(path, 0) + 1
        size = m.group("size")
        if size != "-":
            total += int(size)
        digits += len(re.findall(r"\d+", line))
        line = re.sub(r"\d+\.\d+\.\d+\.\d+", "x.x.x.x", line)
    return sorted(by_status.items()), len(by_path), total, digits


lines = make_lines(600) * 100
print(parse(lines))
