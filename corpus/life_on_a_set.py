"""Conway's game of life on a small bounded board, stored as a set of live cells."""

GLIDER = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
BLINKER = {(5, 5), (6, 5), (7, 5)}


def neighbours(cell):
    x, y = cell
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                yield x + dx, y + dy


def step(live, width, height):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            if 0 <= n[0] < width and 0 <= n[1] < height:
                counts[n] = counts.get(n, 0) + 1
    return {c for c, k in counts.items() if k == 3 or (k == 2 and c in live)}


def render(live, width, height):
    rows = []
    for y in range(height):
        rows.append("".join("#" if (x, y) in live else "." for x in range(width)))
    return "\n".join(rows)


def bounding_box(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)


def main():
    width, height = 10, 8
    live = GLIDER | BLINKER
    history = []
    for gen in range(5):
        print(f"generation {gen}: {len(live)} alive, box {bounding_box(live)}")
        print(render(live, width, height))
        history.append(frozenset(live))
        live = step(live, width, height)
    print("blinker period 2:", step(step(BLINKER, 20, 20), 20, 20) == BLINKER)
    g = GLIDER
    for _ in range(4):
        g = step(g, 20, 20)
    moved = {(x - 1, y - 1) for x, y in g}
    print("glider moved by (1, 1):", moved == GLIDER)
    board = set(GLIDER)
    gens = 0
    seen = {}
    while frozenset(board) not in seen and gens < 100:
        seen[frozenset(board)] = gens
        board = step(board, 6, 6)
        gens += 1
    print("glider on 6x6 settles after", gens, "generations into", len(board), "cells")
    print("first repeat of generation", seen.get(frozenset(board)))


main()
