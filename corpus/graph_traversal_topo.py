from collections import deque, defaultdict

EDGES = """
shirt tie
tie jacket
trousers shoes
trousers belt
belt jacket
shirt belt
socks shoes
undershorts trousers
undershorts shoes
"""


def build(text):
    g = defaultdict(list)
    nodes = set()
    for line in text.strip().splitlines():
        a, b = line.split()
        g[a].append(b)
        nodes.update((a, b))
    return g, sorted(nodes)


def topo_kahn(g, nodes):
    indeg = {n: 0 for n in nodes}
    for a in g:
        for b in g[a]:
            indeg[b] += 1
    ready = sorted(n for n in nodes if indeg[n] == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in sorted(g.get(n, [])):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(order) != len(nodes):
        raise ValueError("cycle detected")
    return order


def topo_dfs(g, nodes):
    state = {}
    out = []

    def visit(n, path):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle: " + " -> ".join(path + [n]))
        state[n] = "active"
        for m in sorted(g.get(n, [])):
            visit(m, path + [n])
        state[n] = "done"
        out.append(n)

    for n in nodes:
        visit(n, [])
    return out[::-1]


g, nodes = build(EDGES)
print("nodes:", nodes)
print("kahn:", topo_kahn(g, nodes))
print("dfs: ", topo_dfs(g, nodes))
g2, n2 = build(EDGES + "jacket shirt\n")
for fn in (topo_kahn, topo_dfs):
    try:
        fn(g2, n2)
    except ValueError as e:
        print(fn.__name__, "->", e)

MAZE = [
    "##########",
    "#S   #   #",
    "# ## # # #",
    "#  #   # #",
    "## ##### #",
    "#      # #",
    "# #### # #",
    "#    #  E#",
    "##########",
]


def bfs(maze):
    start = next((r, c) for r, row in enumerate(maze) for c, ch in enumerate(row) if ch == "S")
    q = deque([start])
    parent = {start: None}
    while q:
        r, c = q.popleft()
        if maze[r][c] == "E":
            path = []
            node = (r, c)
            while node:
                path.append(node)
                node = parent[node]
            return path[::-1], len(parent)
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nxt = (r + dr, c + dc)
            if maze[nxt[0]][nxt[1]] != "#" and nxt not in parent:
                parent[nxt] = (r, c)
                q.append(nxt)
    return None, len(parent)


path, explored = bfs(MAZE)
print("path length:", len(path) - 1, "explored:", explored)
grid = [list(r) for r in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "."
print("\n".join("".join(r) for r in grid))

undirected = defaultdict(set)
for a, b in [(1, 2), (2, 3), (4, 5), (6, 6), (7, 8), (8, 9), (9, 7), (10, 11)]:
    undirected[a].add(b)
    undirected[b].add(a)
seen = set()
components = []
for n in sorted(undirected):
    if n in seen:
        continue
    stack, comp = [n], []
    seen.add(n)
    while stack:
        x = stack.pop()
        comp.append(x)
        for y in undirected[x]:
            if y not in seen:
                seen.add(y)
                stack.append(y)
    components.append(sorted(comp))
print("components:", components)
