import heapq
from collections import deque, defaultdict

ROADS = """
Amsterdam Utrecht 45
Amsterdam Haarlem 20
Haarlem Leiden 30
Leiden TheHague 20
TheHague Rotterdam 25
Utrecht Rotterdam 60
Utrecht Arnhem 65
Arnhem Nijmegen 20
Rotterdam Breda 50
Breda Eindhoven 60
Eindhoven Nijmegen 70
Utrecht Eindhoven 90
Groningen Zwolle 105
Zwolle Arnhem 70
"""


def load(text):
    graph = defaultdict(dict)
    for line in text.strip().splitlines():
        a, b, km = line.split()
        graph[a][b] = graph[b][a] = int(km)
    return graph


def bfs_hops(graph, start):
    hops = {start: 0}
    queue = deque([start])
    while queue:
        here = queue.popleft()
        for nxt in sorted(graph[here]):
            if nxt not in hops:
                hops[nxt] = hops[here] + 1
                queue.append(nxt)
    return hops


def dijkstra(graph, start):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    done = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for nxt, km in graph[node].items():
            nd = d + km
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


def dfs_all_paths(graph, a, b, limit, seen=None):
    seen = (seen or []) + [a]
    if a == b:
        yield seen
        return
    if len(seen) > limit:
        return
    for nxt in sorted(graph[a]):
        if nxt not in seen:
            yield from dfs_all_paths(graph, nxt, b, limit, seen)


def components(graph):
    seen = set()
    groups = []
    for node in sorted(graph):
        if node in seen:
            continue
        stack, group = [node], []
        seen.add(node)
        while stack:
            n = stack.pop()
            group.append(n)
            for m in graph[n]:
                if m not in seen:
                    seen.add(m)
                    stack.append(m)
        groups.append(sorted(group))
    return groups


def prim_mst(graph):
    start = min(graph)
    visited = {start}
    edges = [(km, start, b) for b, km in graph[start].items()]
    heapq.heapify(edges)
    tree = []
    while edges and len(visited) < len(graph):
        km, a, b = heapq.heappop(edges)
        if b in visited:
            continue
        visited.add(b)
        tree.append((a, b, km))
        for c, k2 in graph[b].items():
            if c not in visited:
                heapq.heappush(edges, (k2, b, c))
    return tree


g = load(ROADS)
print(len(g), "cities,", sum(len(v) for v in g.values()) // 2, "roads")
hops = bfs_hops(g, "Amsterdam")
by_hops = defaultdict(list)
for city, h in hops.items():
    by_hops[h].append(city)
for h in sorted(by_hops):
    print(f"{h} hop(s): {', '.join(sorted(by_hops[h]))}")

dist, prev = dijkstra(g, "Amsterdam")
for city in sorted(dist, key=lambda c: (dist[c], c)):
    route = " -> ".join(path_to(prev, city))
    print(f"{city:>10} {dist[city]:4d} km  {route}")

paths = list(dfs_all_paths(g, "Haarlem", "Nijmegen", 6))
print(len(paths), "simple paths Haarlem->Nijmegen within 6 hops")
shortest = min(paths, key=len)
print("fewest hops:", shortest)
lengths = sorted(sum(g[a][b] for a, b in zip(p, p[1:])) for p in paths)
print("lengths:", lengths[:5], "...", lengths[-1])

g["Texel"]["DenHelder"] = g["DenHelder"]["Texel"] = 5
print("components:", components(g))
tree = prim_mst({k: v for k, v in g.items() if k not in ("Texel", "DenHelder")})
print("MST total:", sum(km for _, _, km in tree))
for a, b, km in tree:
    print(f"  {a}-{b} {km}")
print(heapq.nsmallest(3, ((km, a, b) for a in g for b, km in g[a].items() if a < b)))
print(heapq.nlargest(2, g, key=lambda c: len(g[c])))
