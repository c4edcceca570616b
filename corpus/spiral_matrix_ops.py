def spiral_order(m):
    out = []
    while m:
        out.extend(m.pop(0))
        m = [list(r) for r in zip(*m)][::-1]
    return out


def spiral_fill(n):
    grid = [[0] * n for _ in range(n)]
    r, c, dr, dc = 0, 0, 0, 1
    for k in range(1, n * n + 1):
        grid[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n and grid[nr][nc] == 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return grid


def rotate(m):
    return [list(row) for row in zip(*m[::-1])]


def transpose(m):
    return [list(col) for col in zip(*m)]


def show(m):
    w = max(len(str(x)) for row in m for x in row)
    return "\n".join(" ".join(str(x).rjust(w) for x in row) for row in m)


def magic_square(n):
    sq = [[0] * n for _ in range(n)]
    r, c = 0, n // 2
    for k in range(1, n * n + 1):
        sq[r][c] = k
        nr, nc = (r - 1) % n, (c + 1) % n
        if sq[nr][nc]:
            nr, nc = (r + 1) % n, c
        r, c = nr, nc
    return sq


m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print("spiral:", spiral_order([row[:] for row in m]))
print(show(spiral_fill(5)))
print("rotated:")
print(show(rotate(m)))
print("transposed:")
print(show(transpose(m)))
print("rotate x4 is identity:", rotate(rotate(rotate(rotate(m)))) == m)
for n in (3, 5):
    sq = magic_square(n)
    print(show(sq))
    sums = {sum(r) for r in sq} | {sum(c) for c in zip(*sq)} | {sum(sq[i][i] for i in range(n)), sum(sq[i][n - 1 - i] for i in range(n))}
    print("magic constant:", sums)
diag = [[m[r][c] for r in range(len(m)) for c in range(len(m[0])) if r + c == s] for s in range(len(m) + len(m[0]) - 1)]
print("anti-diagonals:", diag)
flat = [x for row in m for x in row]
print("reshape 4x3:", [flat[i:i + 3] for i in range(0, len(flat), 3)])
print("row sums:", [sum(r) for r in m], "col max:", [max(c) for c in zip(*m)])
