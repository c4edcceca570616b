"""Format records as a Markdown table and a plain-text box, with alignment."""

PLANETS = [
    ("Mercury", 0.39, 0.055, 0),
    ("Venus", 0.72, 0.815, 0),
    ("Earth", 1.0, 1.0, 1),
    ("Mars", 1.52, 0.107, 2),
    ("Jupiter", 5.2, 317.8, 95),
    ("Saturn", 9.54, 95.2, 146),
]
HEADERS = ("planet", "distance (AU)", "mass (Earths)", "moons")


def cell(v):
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


def markdown(headers, rows):
    table = [list(headers)] + [[cell(v) for v in r] for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(headers))]
    numeric = [all(isinstance(r[i], (int, float)) for r in rows) for i in range(len(headers))]
    def line(values):
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric)]
        return "| " + " | ".join(parts) + " |"
    out = [line(table[0])]
    out.append("|" + "|".join(("-" * (w + 1) + ":") if num else ("-" * (w + 2)) for w, num in zip(widths, numeric)) + "|")
    out.extend(line(r) for r in table[1:])
    return "\n".join(out)


def boxed(title, lines):
    width = max(len(title), *(len(l) for l in lines)) + 2
    top = "+" + "-" * width + "+"
    out = [top, "|" + title.center(width) + "|", top]
    out += ["| " + l.ljust(width - 1) + "|" for l in lines]
    out.append(top)
    return "\n".join(out)


def main():
    print(markdown(HEADERS, PLANETS))
    print()
    heavy = sorted(PLANETS, key=lambda p: p[2], reverse=True)[:3]
    print(boxed("heaviest", [f"{n:<8}{m:>8.1f}" for n, _, m, _ in heavy]))
    moons = sum(p[3] for p in PLANETS)
    print(f"{'total moons':.<20}{moons:.>6}")
    print(f"{'share of Saturn':.<20}{PLANETS[-1][3] / moons:.>6.1%}")
    names = [p[0] for p in PLANETS]
    print(", ".join(names[:-1]) + " and " + names[-1])
    print(" ".join(n[:3].upper() for n in names))
    print("%-8s|%6.2f|%05d" % ("Earth", 1.0, 42))
    print("{0:^12}|{1:*>8}|{2:+.3e}".format("center", "right", 12345.678))
    for name, dist, *_ in PLANETS[:3]:
        bar = "=" * int(dist * 10)
        print(f"{name:>8} {bar}> {dist}")
    print(max(names, key=len), min(names, key=lambda n: (len(n), n)))
    print("Earth".zfill(8), "x".center(5, "~"), "tab\tsep".expandtabs(4), "a-b-c".rsplit("-", 1))


main()
