from collections import namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap

Point = namedtuple("Point", ["x", "y"])
Employee = namedtuple("Employee", "name dept salary", defaults=[50000])

p = Point(3, 4)
print(p, p.x + p.y, p._asdict(), p._replace(x=10), Point._fields)
x, y = p
print(x, y, p == (3, 4), tuple(p))
staff = [
    Employee("ann", "eng", 120000), Employee("bob", "ops"), Employee("cat", "eng", 98000),
    Employee("dan", "sales", 70000), Employee("eve", "ops", 65000), Employee("fay", "eng"),
]
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e)
for dept in sorted(by_dept):
    members = by_dept[dept]
    avg = sum(e.salary for e in members) / len(members)
    print(f"{dept:6} n={len(members)} avg={avg:>10,.1f} top={max(members, key=lambda e: e.salary).name}")

d = deque([1, 2, 3], maxlen=5)
d.appendleft(0)
d.extend([4, 5, 6])
print(d, d.maxlen)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.popleft(), d.pop(), d)
window = deque(maxlen=3)
averages = []
for v in [10, 20, 30, 40, 50, 60]:
    window.append(v)
    averages.append(sum(window) / len(window))
print("moving avg:", averages)

c = Counter("abracadabra")
print(c.most_common(3), c["z"], sorted(c.elements()))
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c & c2, c | c2)
c.update("aaa")
c.subtract({"b": 2})
print(sorted(c.items()), c.total())

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))

defaults = {"color": "red", "size": "M", "qty": 1}
user = {"size": "L"}
session = {"qty": 3}
cm = ChainMap(session, user, defaults)
print(cm["color"], cm["size"], cm["qty"], sorted(cm.keys()))
child = cm.new_child({"color": "blue"})
print(child["color"], cm["color"], len(child.maps))

nested = defaultdict(lambda: defaultdict(int))
for word in "the cat sat on the mat the end".split():
    nested[word[0]][word] += 1
print({k: dict(v) for k, v in sorted(nested.items())})
graph = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 4)]:
    graph[a].add(b)
print({k: sorted(v) for k, v in graph.items()})
