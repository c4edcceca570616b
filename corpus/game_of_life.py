def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, rows, cols):
    return "\n".join(
        "".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows)
    )


def parse(pattern, dr=0, dc=0):
    cells = set()
    for r, line in enumerate(pattern.strip().splitlines()):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r + dr, c + dc))
    return cells


glider = parse("""
.#.
..#
###
""", 1, 1)
blinker = parse("###", 8, 10)
block = parse("##\n##", 2, 12)

world = glider | blinker | block
for gen in range(6):
    print(f"generation {gen}: population {len(world)}")
    print(render(world, 11, 16))
    print()
    world = step(world)

acorn = parse(".#.....\n...#...\n##..###")
history = []
for g in range(60):
    history.append(len(acorn))
    acorn = step(acorn)
print("acorn populations:", history[::5])
rs = sorted(acorn)
print("bounding box:", min(r for r, _ in rs), max(r for r, _ in rs), min(c for _, c in rs), max(c for _, c in rs))
