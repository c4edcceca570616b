def mandelbrot(c, limit=60):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return i
    return limit


CHARS = " .:-=+*#%@"
width, height = 72, 28
rows = []
for j in range(height):
    y = 1.2 - 2.4 * j / (height - 1)
    line = []
    for i in range(width):
        x = -2.1 + 2.8 * i / (width - 1)
        n = mandelbrot(complex(x, y))
        line.append(CHARS[min(n * len(CHARS) // 61, len(CHARS) - 1)])
    rows.append("".join(line))
print("\n".join(rows))
inside = sum(row.count("@") for row in rows)
print("inside cells:", inside, "of", width * height)
area = inside / (width * height) * 2.8 * 2.4
print(f"estimated area: {area:.4f}")
for c in (0, -1, 0.25, 0.26, -0.75 + 0.1j, 1j, complex(-2, 0)):
    print(f"{c!s:>12} -> {mandelbrot(complex(c))}")
z = complex(3, 4)
print(abs(z), z.conjugate(), z.real, z.imag, z * 1j, (1 + 2j) / (3 - 4j))
