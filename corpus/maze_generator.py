import random


def generate(width, height, seed):
    rng = random.Random(seed)
    walls_h = [[True] * width for _ in range(height + 1)]
    walls_v = [[True] * (width + 1) for _ in range(height)]
    visited = [[False] * width for _ in range(height)]
    stack = [(0, 0)]
    visited[0][0] = True
    while stack:
        r, c = stack[-1]
        options = []
        for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < height and 0 <= nc < width and not visited[nr][nc]:
                options.append((nr, nc, dr, dc))
        if not options:
            stack.pop()
            continue
        nr, nc, dr, dc = rng.choice(options)
        if dr == 1:
            walls_h[r + 1][c] = False
        elif dr == -1:
            walls_h[r][c] = False
        elif dc == 1:
            walls_v[r][c + 1] = False
        else:
            walls_v[r][c] = False
        visited[nr][nc] = True
        stack.append((nr, nc))
    return walls_h, walls_v


def render(walls_h, walls_v, path=()):
    height, width = len(walls_v), len(walls_h[0])
    lines = []
    onpath = set(path)
    for r in range(height + 1):
        lines.append("+" + "+".join("--" if walls_h[r][c] else "  " for c in range(width)) + "+")
        if r < height:
            row = ""
            for c in range(width + 1):
                row += "|" if walls_v[r][c] else " "
                if c < width:
                    row += "<>" if (r, c) in onpath else "  "
            lines.append(row)
    return "\n".join(lines)


def solve(walls_h, walls_v):
    height, width = len(walls_v), len(walls_h[0])
    goal = (height - 1, width - 1)
    prev = {(0, 0): None}
    frontier = [(0, 0)]
    while frontier:
        nxt = []
        for r, c in frontier:
            moves = []
            if not walls_h[r][c]:
                moves.append((r - 1, c))
            if not walls_h[r + 1][c]:
                moves.append((r + 1, c))
            if not walls_v[r][c]:
                moves.append((r, c - 1))
            if not walls_v[r][c + 1]:
                moves.append((r, c + 1))
            for m in moves:
                if m not in prev and 0 <= m[0] < height and 0 <= m[1] < width:
                    prev[m] = (r, c)
                    nxt.append(m)
        frontier = nxt
    path = [goal]
    while prev[path[-1]] is not None:
        path.append(prev[path[-1]])
    return path[::-1]


h, v = generate(12, 8, seed=99)
print(render(h, v))
path = solve(h, v)
print("solution length:", len(path))
print(render(h, v, path))
for seed in range(5):
    hh, vv = generate(10, 10, seed)
    print(f"seed {seed}: path {len(solve(hh, vv))}")
