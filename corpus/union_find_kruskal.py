class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}
        self.sets = len(self.parent)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.sets -= 1
        return True

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())


EDGES = [
    ("A", "B", 7), ("A", "D", 5), ("B", "C", 8), ("B", "D", 9), ("B", "E", 7),
    ("C", "E", 5), ("D", "E", 15), ("D", "F", 6), ("E", "F", 8), ("E", "G", 9),
    ("F", "G", 11), ("H", "I", 2),
]


def kruskal(nodes, edges):
    ds = DisjointSet(nodes)
    tree = []
    for a, b, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])):
        if ds.union(a, b):
            tree.append((a, b, w))
            print(f"  take {a}-{b} ({w})  sets left: {ds.sets}")
        else:
            print(f"  skip {a}-{b} ({w})")
    return tree, ds


nodes = sorted({n for e in EDGES for n in e[:2]})
tree, ds = kruskal(nodes, EDGES)
print("MST weight:", sum(w for *_, w in tree))
print("forest:", ds.groups())

ds2 = DisjointSet(range(10))
pairs = [(0, 1), (2, 3), (1, 3), (4, 5), (6, 7), (5, 7), (8, 9), (0, 3), (9, 8)]
for a, b in pairs:
    print(f"union({a},{b}) -> {ds2.union(a, b)}")
print(ds2.groups(), ds2.sets)
print(ds2.find(3) == ds2.find(0), ds2.find(4) == ds2.find(0))
