# Monthly sales summary printed as fixed-width tables, the way a quick
# reporting script would do it: f-strings with format specs, % formatting,
# str.format with nested widths, and plenty of str methods.
import textwrap

SALES = [
    # region, rep, month, units, unit_price
    ("north", "ann smith", "Jan", 120, 19.99),
    ("north", "ann smith", "Feb", 95, 19.99),
    ("north", "bo chen", "Jan", 40, 249.5),
    ("south", "carla diaz", "Jan", 310, 4.25),
    ("south", "carla diaz", "Feb", 280, 4.25),
    ("south", "dev patel", "Feb", 12, 1299.0),
    ("east", "eve o'neil", "Jan", 0, 75.0),
    ("east", "eve o'neil", "Feb", 66, 75.0),
    ("west", "fritz müller", "Jan", 1450, 0.89),
]

COLUMNS = [("Region", 7, "<"), ("Rep", 14, "<"), ("Mon", 3, "^"), ("Units", 6, ">"),
           ("Price", 9, ">"), ("Revenue", 12, ">")]


def rule(char="-", joint="+"):
    return joint + joint.join(char * (w + 2) for _, w, _ in COLUMNS) + joint


def row(cells):
    parts = []
    for (name, width, align), cell in zip(COLUMNS, cells):
        parts.append(" {:{a}{w}} ".format(cell, a=align, w=width))
    return "|" + "|".join(parts) + "|"


print(rule("="))
print(row([name.upper() for name, _, _ in COLUMNS]))
print(rule("="))
total = 0.0
by_region = {}
for region, rep, month, units, price in SALES:
    revenue = units * price
    total += revenue
    by_region[region] = by_region.get(region, 0) + revenue
    print(row([region.capitalize(), rep.title(), month, f"{units:,}", f"{price:.2f}", f"{revenue:,.2f}"]))
print(rule())
print(row(["", "", "", "", "TOTAL", f"{total:,.2f}"]))
print(rule())

print()
print("Share by region".center(40, "~"))
for region, rev in sorted(by_region.items(), key=lambda kv: kv[1], reverse=True):
    share = rev / total
    bar = "#" * round(share * 30)
    print(f"{region:>6} {share:6.1%} {bar:<30}|")

print()
print("%-8s|%8s|%10s" % ("metric", "value", "note"))
print("%-8s|%8d|%10s" % ("count", len(SALES), "rows"))
print("%-8s|%8.3f|%10s" % ("mean", total / len(SALES), "per row"))
print("%-8s|%+8.1e|%10r" % ("max", max(u * p for *_, u, p in SALES), "sci"))
print("%-8s|%08.2f|%-10s!" % ("pad", 3.14159, "left"))
print("%(name)s sold %(units)d units (%(pct).0f%%)" % {"name": "Ann", "units": 215, "pct": 12.5})
print("%c%c%c %x %X %o %#x %#o %5s|%-5s|" % (72, 105, 33, 255, 255, 8, 255, 8, "ab", "cd"))

print()
for n in [0, 7, -42, 1234567, 2**40]:
    print(f"{n:>16,d} {n:>+8} {n:#010x} {n:_b}"[:72])
for x in [0.0, -0.0, 1/3, 2.5, 1e-7, 123456.789, float("inf"), float("nan")]:
    print(f"[{x:10.3f}] [{x:<10.2e}] [{x:^10g}] [{x:=+10.1f}] [{x!r:>22}]")
print(format(1234.5, "010,.1f"), format(0.125, ".0%"), format(255, "08b"), format(3, "^7d") + "|")
print("{0}-{1}-{0}".format("a", "b"), "{x.real}+{x.imag}j".format(x=3+4j), "{0[1]}{1[k]}".format("xyz", {"k": "!"}))
print("{:>{}}|{:<{}}|".format("r", 4, "l", 3), "{!s:*^9}".format([1, 2]))
print("{name:.3}|{pi:.{prec}f}".format(name="abcdef", pi=3.14159265, prec=4))
vals = {"who": "world", "n": 3}
print("hello {who} x{n}".format_map(vals), "{{literal}} {}".format("ok"))

print()
blurb = ("The northern region had a quiet February while the south made up for it with "
         "a single large order of premium units; the west moved the most volume at the lowest price.")
for line in textwrap.wrap(blurb, width=36):
    print("  > " + line.ljust(36) + " <")
print(textwrap.fill("short text " * 5, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.dedent("""\
        indented
          more
        back"""))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder=" [...]"))
print(textwrap.indent("a\n\nb", "| "))

names = [rep for _, rep, *_ in SALES]
print(sorted(set(n.split()[-1].capitalize() for n in names)))
print("fritz müller".upper(), "STRASSE".lower(), "ß".upper(), "ǅ".lower(), "hello world".swapcase())
print("  padded\t".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a b  c".split(), "k=v=w".rsplit("=", 1))
print("tab\tstop".expandtabs(4), "12".zfill(5), "-12".zfill(5), "abc".rjust(6, "."), "Title Case Words".istitle())
print("hello".translate(str.maketrans("el", "ip")), "a-b_c".translate({ord("-"): " ", ord("_"): None}))
print("line1\nline2\r\nline3".splitlines(), "x".join("abc"), "banana".count("an"), "banana".rfind("an"))
print("snake_case_name".replace("_", " ").title().replace(" ", ""), "CamelCase".casefold(), "42".isdigit(), "4.2".isnumeric())
print("prefix_value".removeprefix("prefix_"), "file.tar.gz".removesuffix(".gz"), "abc".partition("x"), "a.b.c".rpartition("."))
