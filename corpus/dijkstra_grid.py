import heapq

GRID = [
    "S.#.......",
    ".##.####..",
    "...3....#.",
    "#.#.##.9#.",
    "..#..#..#.",
    ".5###.#.#.",
    "......#...",
    ".####.###.",
    "......2..E",
]


def neighbors(r, c, rows, cols):
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols:
            yield nr, nc


def cost(ch):
    return int(ch) if ch.isdigit() else 1


def dijkstra(grid):
    rows, cols = len(grid), len(grid[0])
    start = end = None
    for r, line in enumerate(grid):
        for c, ch in enumerate(line):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                end = (r, c)
    dist = {start: 0}
    prev = {}
    pq = [(0, start)]
    visited = 0
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float("inf")):
            continue
        visited += 1
        if node == end:
            break
        for nb in neighbors(*node, rows, cols):
            ch = grid[nb[0]][nb[1]]
            if ch == "#":
                continue
            nd = d + cost(ch)
            if nd < dist.get(nb, float("inf")):
                dist[nb] = nd
                prev[nb] = node
                heapq.heappush(pq, (nd, nb))
    path = [end]
    while path[-1] != start:
        path.append(prev[path[-1]])
    path.reverse()
    return dist[end], path, visited


total, path, visited = dijkstra(GRID)
print("cost:", total, "length:", len(path), "visited:", visited)
canvas = [list(row) for row in GRID]
for r, c in path[1:-1]:
    canvas[r][c] = "*"
for row in canvas:
    print("".join(row))
print("path:", " -> ".join(f"({r},{c})" for r, c in path[:8]), "...")

graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
}


def shortest(graph, src):
    dist = {n: float("inf") for n in graph}
    dist[src] = 0
    heap = [(0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in graph[u].items():
            if d + w < dist[v]:
                dist[v] = d + w
                heapq.heappush(heap, (dist[v], v))
    return dist


for src in "AE":
    print(src, shortest(graph, src))
