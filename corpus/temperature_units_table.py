def c_to_f(c):
    return c * 9 / 5 + 32


def f_to_c(f):
    return (f - 32) * 5 / 9


def c_to_k(c):
    return c + 273.15


CONVERSIONS = {
    ("km", "mi"): 0.621371,
    ("kg", "lb"): 2.20462,
    ("l", "gal"): 0.264172,
    ("m", "ft"): 3.28084,
}


def convert(value, src, dst):
    if (src, dst) in CONVERSIONS:
        return value * CONVERSIONS[(src, dst)]
    if (dst, src) in CONVERSIONS:
        return value / CONVERSIONS[(dst, src)]
    raise KeyError(f"cannot convert {src} to {dst}")


print(f"{'C':>6} {'F':>8} {'K':>8}")
for c in range(-40, 101, 10):
    print(f"{c:6d} {c_to_f(c):8.1f} {c_to_k(c):8.2f}")
for f in (-40, 0, 32, 98.6, 212, 451):
    print(f"{f}F = {f_to_c(f):.2f}C")
readings = [21.5, 22.0, 19.8, 25.3, 30.1, 18.2, 23.7]
print("avg %.2fC = %.2fF" % (sum(readings) / len(readings), c_to_f(sum(readings) / len(readings))))
hot = [r for r in readings if r > 23]
print("hot days:", hot, "coldest:", min(readings), "range:", round(max(readings) - min(readings), 1))
for value, src, dst in [(10, "km", "mi"), (26.2, "mi", "km"), (70, "kg", "lb"), (3, "gal", "l"), (100, "ft", "m"), (1, "km", "kg")]:
    try:
        print(f"{value} {src} = {convert(value, src, dst):.3f} {dst}")
    except KeyError as e:
        print("error:", e.args[0])
print([round(c_to_f(f_to_c(x)), 10) == x for x in (0, 50, 100)])
print(0.1 * 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9, 1 / 3 * 3 == 1.0, 9.95 * 100, 2.675 * 100)
