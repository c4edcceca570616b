from decimal import Decimal, ROUND_HALF_UP

rows = [
    ("Widget", 1234.5, 0.0825, 17),
    ("Gadget Pro", 99.999, 0.15, 3),
    ("Thingamajig", 0.5, 0.0, 1200),
    ("Doohickey", -42.125, 1.0, -7),
]
print(f"{'Item':<12}|{'Price':>12}|{'Rate':>8}|{'Qty':>6}|")
print(f"{'':-<12}+{'':->12}+{'':->8}+{'':->6}+")
for name, price, rate, qty in rows:
    print(f"{name:<12.12}|{price:>12,.2f}|{rate:>8.1%}|{qty:>6d}|")
print()
n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:#010b} {n:08.3f} {n:+d} {-n: d} {n:,}")
print(f"{1234567.891:_.2f} {1e-5:e} {1e-5:g} {123456789:.3e} {0.000123:.2g} {12.0:g}")
print(f"[{'left':<10}] [{'right':>10}] [{'center':^10}] [{'pad':*^11}] [{42:0>5}]")
width, prec = 10, 3
print(f"[{3.14159265:{width}.{prec}f}] [{'dyn':>{width}}]")
name, score = "ann", 93.456
print(f"{name!r} {name!s} {name.upper()=} {score=:.1f}")
print("{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{:>6.2f}".format(3.14159))
print("{p[0]},{p[1]} {d[key]} {o.real}".format(p=(1, 2), d={"key": "v"}, o=3 + 4j))
print("%s is %d years and %.2f%% done %5s|%-5s|" % ("Bob", 42, 99.5, "r", "l"))
print("%(a)s + %(b)s" % {"a": "x", "b": "y"}, "%x %o %e" % (255, 8, 12345.678))
print(format(0.1 + 0.2, ".17g"), repr(0.1 + 0.2), str(1 / 3), 2 / 3, 1e16, 1e15, 123456789012345678.0)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(7, -1))
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("0.1") + Decimal("0.2"))
print(int("ff", 16), int("0b101", 0), int("  42  "), float("1e3"), float("-inf"), float("nan") != float("nan"))
print(str(10 ** 20), 10 ** 20 / 3, 7 // -2, -7 % 3, divmod(-17, 5), 2 ** -1, pow(3, 4, 5))
print(f"{'%':>3}{'|':^3}{'#':<3}|", "tab\tsep", repr("quote's"), ascii("héllo"), "na" * 3)
table = {"alpha": 1, "beta": 22, "gamma": 333}
w = max(map(len, table))
for k, v in table.items():
    print(f"{k:.<{w + 3}}{v:.>6}")
print("{:=^40}".format(" END OF REPORT "))
